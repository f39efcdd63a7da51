"""A class of saved sessions seen together: one row per session, and what the class did per scenario and beat.

A trainer collects the session files of a group and wants to see who reached an owned yes, where most of them
pushed, and which need nobody found. Every file is loaded (and so checked) the same way a single session is; a
damaged or foreign file is listed as skipped with its reason and never stops the rest.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..scenario import Family
from .measures import session_measures
from .session import Session
from .storage import SessionFileError

OUTCOMES = ("committed", "complied", "withdrawn", "stalled")


@dataclass(frozen=True)
class SessionRow:
    """One session in the class table."""

    file: str
    player: str
    scenario_id: str
    scenario_title: dict[str, str]
    language: str
    outcome: str
    turns: int
    final_trust: int
    needs_found: int
    needs_total: int
    slowing_share: float | None
    trust_curve: tuple[int, ...]
    session: Session = field(repr=False, compare=False)


@dataclass(frozen=True)
class Skipped:
    """A file that could not be read as a session, and why."""

    file: str
    reason: str


@dataclass(frozen=True)
class BeatChoices:
    """What the class chose at one beat."""

    beat: str
    customer_line: dict[str, str]
    chosen: Counter[str]
    """Option id -> how many sessions chose it here (a session that met the beat twice counts twice)."""
    pushing: int
    option_texts: dict[str, dict[str, str]]
    option_families: dict[str, str]

    @property
    def total(self) -> int:
        """How many times the beat was answered."""
        return sum(self.chosen.values())


@dataclass(frozen=True)
class ScenarioResults:
    """What the class did in one scenario."""

    scenario_id: str
    title: dict[str, str]
    sessions: int
    outcomes: Counter[str]
    curves: tuple[tuple[int, ...], ...]
    average_curve: tuple[float, ...]
    beats: tuple[BeatChoices, ...]
    needs_missed: tuple[tuple[str, dict[str, str], int], ...]
    """(need id, label, sessions that never found it), most often missed first."""

    @property
    def pushing_moment(self) -> BeatChoices | None:
        """The beat at which the class pushed most often (None when nobody pushed)."""
        pushed = [beat for beat in self.beats if beat.pushing]
        return max(pushed, key=lambda beat: (beat.pushing, beat.pushing / beat.total)) if pushed else None


@dataclass(frozen=True)
class ClassOverview:
    """Every session of a class, the files skipped, and the summaries per scenario."""

    rows: tuple[SessionRow, ...]
    skipped: tuple[Skipped, ...]
    scenarios: tuple[ScenarioResults, ...]


def session_files(inputs: Iterable[str | Path]) -> list[Path]:
    """The session files named by `inputs`: files as given, and every `*.json` directly inside a folder given."""
    found: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found += sorted(p for p in path.glob("*.json") if p.is_file() and not p.name.startswith("."))
        else:
            found.append(path)
    return found


def load_class(inputs: Iterable[str | Path]) -> ClassOverview:
    """Load every session named by `inputs` (files or folders) into a class overview."""
    rows: list[SessionRow] = []
    skipped: list[Skipped] = []
    for path in session_files(inputs):
        try:
            session = Session.load(path)
        except SessionFileError as error:
            skipped.append(Skipped(str(path), error.reason))
            continue
        rows.append(_row(str(path), session))
    return ClassOverview(tuple(rows), tuple(skipped), _summaries(rows))


def _row(file: str, session: Session) -> SessionRow:
    measures = session_measures(session)
    return SessionRow(
        file=file,
        player=session.player or "",
        scenario_id=session.scenario.id,
        scenario_title=dict(session.scenario.title),
        language=session.language,
        outcome=session.outcome or "unfinished",
        turns=len(session.turns),
        final_trust=session.trust,
        needs_found=len(session.needs_uncovered),
        needs_total=len(session.scenario.needs),
        slowing_share=measures.slowing_share,
        trust_curve=measures.trust_curve,
        session=session,
    )


def _summaries(rows: list[SessionRow]) -> tuple[ScenarioResults, ...]:
    by_scenario: dict[str, list[SessionRow]] = {}
    for row in rows:
        by_scenario.setdefault(row.scenario_id, []).append(row)
    return tuple(_summary(group) for _, group in sorted(by_scenario.items()))


def average_curve(curves: Iterable[tuple[int, ...]]) -> tuple[float, ...]:
    """The turn-by-turn mean of several trust curves. A session that ended keeps its final trust in the mean
    (the customer's trust stays where the conversation left it), so the average does not jump when the shorter
    conversations stop."""
    curves = [curve for curve in curves if curve]
    length = max((len(curve) for curve in curves), default=0)
    return tuple(sum(curve[min(index, len(curve) - 1)] for curve in curves) / len(curves) for index in range(length))


def _summary(rows: list[SessionRow]) -> ScenarioResults:
    # The newest stored copy names the beats and needs (sessions of one scenario may span an edit of it).
    scenario = rows[-1].session.scenario
    beats: dict[str, BeatChoices] = {}
    for beat in scenario.beats:
        beats[beat.id] = BeatChoices(
            beat=beat.id,
            customer_line=dict(beat.customer.get("default", next(iter(beat.customer.values())))[0]),
            chosen=Counter(),
            pushing=0,
            option_texts={o.id: dict(o.text) for o in beat.options},
            option_families={o.id: str(o.move.family) for o in beat.options},
        )
    pushing: Counter[str] = Counter()
    for row in rows:
        for turn in row.session.turns:
            if turn.beat in beats:
                beats[turn.beat].chosen[turn.option] += 1
                if turn.option not in beats[turn.beat].option_texts:  # a typed answer no option stood for
                    beats[turn.beat].option_texts[turn.option] = {
                        "nl": f"(getypt, algemene reactie: {turn.move})",
                        "en": f"(typed, general reply: {turn.move})",
                    }
                    beats[turn.beat].option_families[turn.option] = str(turn.family)
                if turn.family is Family.PUSHING:
                    pushing[turn.beat] += 1
    choices = tuple(
        BeatChoices(b.beat, b.customer_line, b.chosen, pushing[b.beat], b.option_texts, b.option_families)
        for b in beats.values()
        if b.chosen
    )
    missed = Counter(
        {need.id: sum(1 for row in rows if need.id not in row.session.needs_uncovered) for need in scenario.needs}
    )
    labels = {need.id: dict(need.label) for need in scenario.needs}
    curves = tuple(row.trust_curve for row in rows)
    return ScenarioResults(
        scenario_id=scenario.id,
        title=dict(scenario.title),
        sessions=len(rows),
        outcomes=Counter(row.outcome for row in rows),
        curves=curves,
        average_curve=average_curve(curves),
        beats=choices,
        needs_missed=tuple((need, labels[need], count) for need, count in missed.most_common()),
    )
