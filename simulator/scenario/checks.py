"""Checks that span a whole scenario: ids, the beat graph, needs, translations and asset paths.

`transitions` validates nothing about our story graph, and pydantic sees one field at a time, so this module
walks the scenario as a whole. Each check yields `(field path, message)`; the loader adds file positions.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path, PurePosixPath
from typing import Any

from .avatars import find_avatar, path_problem
from .errors import FieldPath
from .model import Scenario
from .vocabulary import END, LANGUAGES, Move

Finding = tuple[FieldPath, str]
LANGUAGE_NAMES = {"nl": "Dutch (nl)", "en": "English (en)"}
REQUIRED_ENDINGS = ("committed", "complied", "withdrawn", "stalled")


def check_scenario(scenario: Scenario, raw: Any, asset_roots: Sequence[Path] | None) -> list[Finding]:
    """Every whole-file problem in `scenario`; `raw` is the data as read, used for the translation walk.
    Avatar paths are looked up in `asset_roots` (None: not checked)."""
    findings: list[Finding] = []
    findings += _unique_ids(scenario)
    findings += _graph(scenario)
    findings += _needs(scenario)
    findings += _proposals(scenario)
    findings += _endings(scenario)
    findings += _translations(raw, scenario.languages)
    if asset_roots is not None:
        findings += _assets(scenario, asset_roots)
    return findings


def _unique_ids(scenario: Scenario) -> Iterator[Finding]:
    seen_beats: set[str] = set()
    seen_options: dict[str, FieldPath] = {}
    for b, beat in enumerate(scenario.beats):
        if beat.id in seen_beats:
            yield ("beats", b, "id"), f"beat id '{beat.id}' is used twice"
        seen_beats.add(beat.id)
        for o, option in enumerate(beat.options):
            if option.id in seen_options:
                yield ("beats", b, "options", o, "id"), f"option id '{option.id}' is used twice"
            seen_options[option.id] = ("beats", b, "options", o)
    seen_needs: set[str] = set()
    for n, need in enumerate(scenario.needs):
        if need.id in seen_needs:
            yield ("needs", n, "id"), f"need id '{need.id}' is used twice"
        seen_needs.add(need.id)


def _graph(scenario: Scenario) -> Iterator[Finding]:
    beat_ids = {beat.id for beat in scenario.beats}
    if END in beat_ids:
        yield ("beats",), f"'{END}' is reserved for ending the conversation and cannot be a beat id"
    if scenario.start.beat not in beat_ids:
        yield ("start", "beat"), f"the start beat '{scenario.start.beat}' does not exist"
        return
    successors: dict[str, set[str]] = {}
    for b, beat in enumerate(scenario.beats):
        targets: set[str] = set()
        for o, option in enumerate(beat.options):
            for state, target in option.next.items():
                if target != END and target not in beat_ids:
                    yield (
                        ("beats", b, "options", o, "next", state),
                        f"next beat '{target}' does not exist",
                    )
                targets.add(target)
        successors[beat.id] = targets

    reachable: set[str] = set()
    todo = [scenario.start.beat]
    while todo:
        current = todo.pop()
        if current in reachable or current not in successors:
            continue
        reachable.add(current)
        todo.extend(successors[current])
    for b, beat in enumerate(scenario.beats):
        if beat.id not in reachable:
            yield ("beats", b, "id"), f"beat '{beat.id}' can never be reached from the start"

    # A beat can end if one of its options ends, or leads to a beat that can end.
    can_end = {beat_id for beat_id, targets in successors.items() if END in targets}
    changed = True
    while changed:
        changed = False
        for beat_id, targets in successors.items():
            if beat_id not in can_end and targets & can_end:
                can_end.add(beat_id)
                changed = True
    for b, beat in enumerate(scenario.beats):
        if beat.id in reachable and beat.id not in can_end:
            yield ("beats", b, "id"), f"from beat '{beat.id}' no path leads to an end ('next: {END}')"


def _needs(scenario: Scenario) -> Iterator[Finding]:
    declared = {need.id for need in scenario.needs}
    used: set[str] = set()
    for b, beat in enumerate(scenario.beats):
        for o, option in enumerate(beat.options):
            if option.uncovers is None:
                continue
            used.add(option.uncovers)
            if option.uncovers not in declared:
                yield (
                    ("beats", b, "options", o, "uncovers"),
                    f"need '{option.uncovers}' is not declared under 'needs'",
                )
    for n, need in enumerate(scenario.needs):
        if need.id not in used:
            yield ("needs", n, "id"), f"no option uncovers the need '{need.id}'"


def _proposals(scenario: Scenario) -> Iterator[Finding]:
    """Proposals name the needs they answer; the central needs can be answered; a need that can come up has a
    reply for when the customer is not ready to share it."""
    declared = {need.id for need in scenario.needs}
    answered: set[str] = set()
    for b, beat in enumerate(scenario.beats):
        for o, option in enumerate(beat.options):
            where: FieldPath = ("beats", b, "options", o)
            if option.move is Move.PROPOSE:
                if not option.addresses:
                    yield (*where, "move"), "a proposal needs 'addresses': the ids of the needs it answers"
                for i, need_id in enumerate(option.addresses):
                    if need_id not in declared:
                        yield (*where, "addresses", i), f"need '{need_id}' is not declared under 'needs'"
                answered.update(option.addresses)
            elif option.addresses:
                yield (*where, "addresses"), "only a 'propose' option answers needs ('addresses')"
            if option.uncovers is not None and option.withheld is None and scenario.format >= 2:
                yield (
                    (*where, "uncovers"),
                    "an option that uncovers a need also needs 'withheld': the reply when the customer is not ready",
                )
    central = [need for need in scenario.needs if need.central]
    if not central:
        yield ("needs",), "mark at least one need 'central: true' (what the resistance is really about)"
    for n, need in enumerate(scenario.needs):
        if need.central and need.id not in answered:
            yield ("needs", n, "id"), f"no proposal answers the central need '{need.id}' ('addresses')"


def _endings(scenario: Scenario) -> Iterator[Finding]:
    for outcome in REQUIRED_ENDINGS:
        if outcome not in scenario.endings:
            yield ("endings",), f"missing the ending text for '{outcome}'"


def _translations(raw: Any, languages: tuple[str, ...], path: FieldPath = ()) -> Iterator[Finding]:
    """Find every `{nl: .., en: ..}` text and report languages it lacks."""
    if isinstance(raw, dict):
        keys = set(raw)
        if keys and keys <= set(LANGUAGES):
            for language in languages:
                if language not in raw:
                    yield path, f"missing the {LANGUAGE_NAMES[language]} text"
            return
        for key, value in raw.items():
            yield from _translations(value, languages, (*path, key))
    elif isinstance(raw, list):
        for index, value in enumerate(raw):
            yield from _translations(value, languages, (*path, index))


def check_asset_path(relative: str, roots: Sequence[Path]) -> str | None:
    """Why `relative` is not an acceptable avatar path in any of `roots`, or None when it is."""
    problem = path_problem(relative)
    if problem is not None:
        return problem
    if find_avatar(relative, roots) is not None:
        return None
    for root in roots:
        # A name that exists but resolves elsewhere is a link out of the folder: say so rather than "missing".
        if (root / PurePosixPath(relative)).exists():
            return f"'{relative}' leads outside assets/"
    return f"'{relative}' does not exist under assets/ or beside the scenario (in avatars/)"


def _assets(scenario: Scenario, roots: Sequence[Path]) -> Iterator[Finding]:
    checked: set[str] = set()
    for expression, relative in scenario.persona.avatar.items():
        if relative in checked:
            continue
        checked.add(relative)
        problem = check_asset_path(relative, roots)
        if problem:
            yield ("persona", "avatar", expression), problem
