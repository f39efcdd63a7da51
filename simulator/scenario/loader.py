"""The one way in for scenarios: read a YAML file (or a stored copy), validate it, return a frozen `Scenario`.

Every problem is collected and raised together as a `ScenarioError` whose lines read
`file:line:column: field.path: message`; nothing else escapes, so a caller never shows a traceback.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import difflib
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .avatars import avatar_roots
from .checks import check_scenario
from .errors import FieldPath, Problem, ScenarioError, format_field_path
from .model import Scenario
from .upgrade import upgrade_format_1
from .yaml_source import MAX_BYTES, Located, read_yaml

_YAML_BOOL_HINT = " (YAML reads yes/no/on/off as true/false and bare numbers as numbers: put text in quotes)"


# The default of `assets_dir`: look beside the scenario file, then among the bundled assets.
_BESIDE_THE_FILE = Path()
AssetFolders = Path | Sequence[Path] | None


def _roots(assets_dir: AssetFolders, scenario_file: Path | None) -> tuple[tuple[Path, ...], bool]:
    """The folders avatars are looked up in, and whether a missing one is a problem."""
    if assets_dir is _BESIDE_THE_FILE:
        return avatar_roots(scenario_file), True
    if assets_dir is None:
        return avatar_roots(scenario_file), False
    if isinstance(assets_dir, Path):
        return (assets_dir,), True
    return tuple(assets_dir), True


def load_scenario(path: str | Path, *, assets_dir: AssetFolders = _BESIDE_THE_FILE) -> Scenario:
    """Load and validate the scenario at `path`.

    Avatar paths are looked up in `assets_dir` (a folder, or folders in order); by default beside the file and
    then among the bundled assets (`avatars.avatar_roots`). With None a missing picture is not a problem (the
    neutral default is shown).
    """
    path = Path(path)
    if "\0" in str(path):  # no file system has such a name; resolving it would raise ValueError
        raise ScenarioError([Problem(str(path), 1, 1, "", "cannot read the file: its name contains a NUL byte")])
    source = str(path)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except OSError as error:
        raise ScenarioError([Problem(source, 1, 1, "", f"cannot read the file: {error.strerror or error}")]) from None
    roots, checked = _roots(assets_dir, path)
    return _located(_validate(read_yaml(raw, source), roots if checked else None), roots)


def parse_scenario(raw: bytes, source: str, *, assets_dir: AssetFolders = _BESIDE_THE_FILE) -> Scenario:
    """Validate the YAML bytes `raw`; `source` names them in messages. With no file to stand beside, avatars are
    looked up among the bundled assets unless `assets_dir` says where."""
    roots, checked = _roots(assets_dir, None)
    return _located(_validate(read_yaml(raw, source), roots if checked else None), roots)


def scenario_from_data(data: Any, source: str, *, assets_dir: Path | None = None) -> Scenario:
    """Validate already-parsed data, such as the copy of a scenario stored in a session file."""
    # A JSON round trip turns tuples into lists, as YAML would give them, and rejects anything exotic.
    try:
        plain = json.loads(json.dumps(data))
    except (TypeError, ValueError) as error:
        raise ScenarioError([Problem(source, 1, 1, "scenario", f"not plain data: {error}")]) from None
    roots, checked = _roots(assets_dir, None)
    return _located(_validate(Located(data=plain, source=source), roots if checked else None), roots)


def _located(scenario: Scenario, roots: tuple[Path, ...]) -> Scenario:
    scenario.locate_avatars(roots)
    return scenario


def _validate(located: Located, asset_roots: Sequence[Path] | None) -> Scenario:
    problems: list[Problem] = []
    if not isinstance(located.data, dict):
        line, column = located.where(())
        message = "a scenario file is a mapping of fields (format, id, title, ...), not a single value or a list"
        raise ScenarioError([Problem(located.source, line, column, "", message)])
    if located.data.get("format") == 1:
        located = dataclasses.replace(located, data=upgrade_format_1(located.data))
    try:
        scenario = _model(located.data)
    except ValidationError as error:
        details = [detail for detail in error.errors(include_url=False) if not _counts_only_valid_items(detail)]
        problems = [_problem_from_pydantic(located, detail) for detail in details]
        # One misspelt name should not hide the rest of the file: mend what can be mended (a misspelt choice,
        # an unknown field) in a copy, and if that copy validates, run the whole-file checks on it too.
        mended = _mend(located.data, details)
        if mended is not None:
            # If the mended copy still fails, the problems above are all there is to say.
            with contextlib.suppress(ValidationError):
                problems += _whole_file_problems(_model(mended), located, mended, asset_roots, known=problems)
        raise ScenarioError(problems) from None
    problems = _whole_file_problems(scenario, located, located.data, asset_roots, known=[])
    if problems:
        raise ScenarioError(problems)
    return scenario


def _model(data: Any) -> Scenario:
    # Validating from JSON keeps strict mode (no "5" -> 5, no true -> "true") while letting strings become
    # enums and lists become tuples. YAML dates and times are the only non-JSON values; they turn to text.
    return Scenario.model_validate_json(json.dumps(data, default=str))


def _whole_file_problems(
    scenario: Scenario, located: Located, data: Any, asset_roots: Sequence[Path] | None, known: list[Problem]
) -> list[Problem]:
    seen = {(p.field, p.message) for p in known}
    found = []
    for path, message in check_scenario(scenario, data, asset_roots):
        line, column = located.where(path, prefer_key=True)
        field = format_field_path(path)
        if (field, message) not in seen:
            found.append(Problem(located.source, line, column, field, message, where_by_ids(path, located.data)))
    return found


def where_by_ids(path: FieldPath, data: Any) -> str:
    """`beats[2].options[1]` as the author thinks of it: `beat 'price', option 'price-listen'`."""
    names = {"beats": "beat", "options": "option", "needs": "need"}
    parts = []
    node = data
    for index, item in enumerate(path):
        parent = path[index - 1] if index else None
        if isinstance(node, dict):
            node = node.get(item) if isinstance(item, str) else None
        elif isinstance(node, list) and isinstance(item, int) and 0 <= item < len(node):
            node = node[item]
            if parent in names and isinstance(node, dict) and isinstance(node.get("id"), str):
                parts.append(f"{names[parent]} '{node['id']}'")
        else:
            break
    return ", ".join(parts)


_MODEL_OF_KEY = {
    "beats": "Beat",
    "options": "Option",
    "needs": "Need",
    "persona": "Persona",
    "start": "Start",
    "temperament": "Temperament",
    "effect": "Effect",
    "effects": "Effect",
}


def _field_names(path: FieldPath) -> list[str]:
    """The fields allowed where `path` points (for spelling suggestions)."""
    from . import model

    holder = next((item for item in reversed(path[:-1]) if isinstance(item, str) and item in _MODEL_OF_KEY), None)
    if holder == "effects" and len(path) >= 2 and path[-2] != "effects":
        holder = "effect"
    cls = getattr(model, _MODEL_OF_KEY[holder]) if holder else model.Scenario
    return list(cls.model_fields)


def _allowed_values(detail: Any) -> list[str]:
    expected = str((detail.get("ctx") or {}).get("expected", ""))
    return re.findall(r"'([^']*)'", expected)


def _closest(word: object, choices: list[str]) -> str | None:
    if not isinstance(word, str) or not choices:
        return None
    found = difflib.get_close_matches(word.lower(), choices, n=1, cutoff=0.6)
    return found[0] if found else None


def _mend(data: Any, details: list[Any]) -> Any | None:
    """A copy of `data` with misspelt choices replaced and unknown fields dropped, or None when a problem cannot be
    mended that way (a missing field, a wrong type)."""
    mended = copy.deepcopy(data)
    for detail in details:
        path = tuple(item for item in detail["loc"] if isinstance(item, int) or "[" not in str(item))
        kind = detail["type"]
        if kind in {"enum", "literal_error"}:
            allowed = _allowed_values(detail)
            if not allowed or not _set_at(mended, path, _closest(detail.get("input"), allowed) or allowed[0]):
                return None
        elif kind == "extra_forbidden":
            if not _set_at(mended, path, None, remove=True):
                return None
        else:
            return None
    return mended


def _set_at(data: Any, path: FieldPath, value: object, *, remove: bool = False) -> bool:
    node = data
    for item in path[:-1]:
        try:
            node = node[item]
        except (KeyError, IndexError, TypeError):
            return False
    last = path[-1] if path else None
    if isinstance(node, dict) and isinstance(last, str) and last in node:
        if remove:
            del node[last]
        else:
            node[last] = value
        return True
    if isinstance(node, list) and isinstance(last, int) and 0 <= last < len(node) and not remove:
        node[last] = value
        return True
    return False


def _counts_only_valid_items(detail: Any) -> bool:
    # pydantic counts only the items that validated: three options with one broken would also be reported as
    # "at least 3 items, not 2". The broken item has its own problem; this one would be false.
    written = detail.get("input")
    minimum = (detail.get("ctx") or {}).get("min_length", 0)
    return detail["type"] == "too_short" and isinstance(written, list) and len(written) >= minimum


def _problem_from_pydantic(located: Located, detail: Any) -> Problem:
    # Validators add their own names to the location (e.g. "function-after[...]"); keep only real fields.
    path: FieldPath = tuple(item for item in detail["loc"] if isinstance(item, int) or "[" not in str(item))
    kind = detail["type"]
    message = str(detail["msg"])
    if kind == "extra_forbidden":
        name = str(path[-1]) if path else ""
        guess = _closest(name, _field_names(path))
        message = f"unknown field '{name}'; did you mean '{guess}'?" if guess else f"unknown field '{name}'"
        message += "" if guess else " (check the spelling)"
    elif kind == "missing":
        message = "this field is required"
    elif kind in {"string_type", "int_type", "dict_type", "list_type", "tuple_type"}:
        got = type(detail.get("input")).__name__
        message = f"{message}, got {got}"
        if isinstance(detail.get("input"), bool | int | float):
            message += _YAML_BOOL_HINT
    elif kind in {"enum", "literal_error"}:
        guess = _closest(detail.get("input"), _allowed_values(detail))
        if guess is not None:
            message = f"'{detail.get('input')}' is not allowed here; did you mean '{guess}'?"
    elif kind.startswith("value_error"):
        message = message.removeprefix("Value error, ")
        # "unknown state 'angry'" / "unknown language 'de'": point at that key rather than its mapping.
        named = re.match(r"unknown (?:state|language) '([^']+)'", message)
        if named and (*path, named.group(1)) in located.keys:
            path = (*path, named.group(1))
    line, column = located.where(path, prefer_key=kind in {"extra_forbidden", "value_error"})
    return Problem(located.source, line, column, format_field_path(path), message, where_by_ids(path, located.data))
