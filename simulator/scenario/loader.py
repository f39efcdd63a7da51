"""The one way in for scenarios: read a YAML file (or a stored copy), validate it, return a frozen `Scenario`.

Every problem is collected and raised together as a `ScenarioError` whose lines read
`file:line:column: field.path: message`; nothing else escapes, so a caller never shows a traceback.
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .checks import check_scenario
from .errors import FieldPath, Problem, ScenarioError, format_field_path
from .library import ASSETS_DIR, assets_dir_for
from .model import Scenario
from .upgrade import upgrade_format_1
from .yaml_source import MAX_BYTES, Located, read_yaml

_YAML_BOOL_HINT = " (YAML reads yes/no/on/off as true/false and bare numbers as numbers: put text in quotes)"


_BESIDE_THE_FILE = Path()


def load_scenario(path: str | Path, *, assets_dir: Path | None = _BESIDE_THE_FILE) -> Scenario:
    """Load and validate the scenario at `path`; asset paths are checked against `assets_dir`
    (by default `assets_dir_for(path)`; None skips the check)."""
    path = Path(path)
    if assets_dir is _BESIDE_THE_FILE:
        assets_dir = assets_dir_for(path)
    source = str(path)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except OSError as error:
        raise ScenarioError([Problem(source, 1, 1, "", f"cannot read the file: {error.strerror or error}")]) from None
    return parse_scenario(raw, source, assets_dir=assets_dir)


def parse_scenario(raw: bytes, source: str, *, assets_dir: Path | None = ASSETS_DIR) -> Scenario:
    """Validate the YAML bytes `raw`; `source` names them in messages."""
    located = read_yaml(raw, source)
    return _validate(located, assets_dir)


def scenario_from_data(data: Any, source: str, *, assets_dir: Path | None = None) -> Scenario:
    """Validate already-parsed data, such as the copy of a scenario stored in a session file."""
    # A JSON round trip turns tuples into lists, as YAML would give them, and rejects anything exotic.
    try:
        plain = json.loads(json.dumps(data))
    except (TypeError, ValueError) as error:
        raise ScenarioError([Problem(source, 1, 1, "scenario", f"not plain data: {error}")]) from None
    return _validate(Located(data=plain, source=source), assets_dir)


def _validate(located: Located, assets_dir: Path | None) -> Scenario:
    problems: list[Problem] = []
    if not isinstance(located.data, dict):
        line, column = located.where(())
        message = "a scenario file is a mapping of fields (format, id, title, ...), not a single value or a list"
        raise ScenarioError([Problem(located.source, line, column, "", message)])
    if located.data.get("format") == 1:
        located = dataclasses.replace(located, data=upgrade_format_1(located.data))
    try:
        # Validating from JSON keeps strict mode (no "5" -> 5, no true -> "true") while letting strings become
        # enums and lists become tuples. YAML dates and times are the only non-JSON values; they turn to text.
        scenario = Scenario.model_validate_json(json.dumps(located.data, default=str))
    except ValidationError as error:
        for detail in error.errors(include_url=False):
            if not _counts_only_valid_items(detail):
                problems.append(_problem_from_pydantic(located, detail))
        raise ScenarioError(problems) from None
    for path, message in check_scenario(scenario, located.data, assets_dir):
        line, column = located.where(path, prefer_key=True)
        problems.append(Problem(located.source, line, column, format_field_path(path), message))
    if problems:
        raise ScenarioError(problems)
    return scenario


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
        message = "unknown field (check the spelling)"
    elif kind == "missing":
        message = "this field is required"
    elif kind in {"string_type", "int_type", "dict_type", "list_type", "tuple_type"}:
        got = type(detail.get("input")).__name__
        message = f"{message}, got {got}"
        if isinstance(detail.get("input"), bool | int | float):
            message += _YAML_BOOL_HINT
    elif kind.startswith("value_error"):
        message = message.removeprefix("Value error, ")
        # "unknown state 'angry'" / "unknown language 'de'": point at that key rather than its mapping.
        named = re.match(r"unknown (?:state|language) '([^']+)'", message)
        if named and (*path, named.group(1)) in located.keys:
            path = (*path, named.group(1))
    line, column = located.where(path, prefer_key=kind in {"extra_forbidden", "value_error"})
    return Problem(located.source, line, column, format_field_path(path), message)
