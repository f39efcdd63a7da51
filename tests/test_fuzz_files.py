"""Fuzzing the two file formats: thousands of mutations of a real saved session and of tests/data/mini.yaml.

Whatever a mutation does (odd tokens, huge numbers, NaN, control characters, cut bytes, moved lines), loading
raises nothing but `SessionFileError` or `ScenarioError`. Runs are deterministic (`derandomize`) and bounded.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulator.engine import Session, SessionFileError
from simulator.engine.archive import SessionArchive
from simulator.scenario import ScenarioError, load_scenario, parse_scenario

DATA = Path(__file__).parent / "data"
MINI = DATA / "mini.yaml"
MINI_ASSETS = DATA / "assets"
FUZZ = settings(
    max_examples=250,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

# Raw JSON tokens, some of them not valid JSON or not numbers Python can hold.
JSON_TOKENS = [
    "NaN", "Infinity", "-Infinity", "1e400", "-1e400", "1e-400", "1" + "0" * 4400, "9" * 4300, "1" + "0" * 400,
    "-1", "0", "1.5", "-0.0", "true", "false", "null", '""', '"\\u0000"', '"x"', "[]", "{}", "[[[[[]]]]]",
    '"' + "a" * 30_000 + '"', '{"turn": "x"}', '{"session": 1, "turn": 2.5}', "2147483648", "-9223372036854775809",
]  # fmt: skip
YAML_TOKENS = [
    ".nan", ".inf", "-.inf", "1.0e+400", "1" + "0" * 4400, "9" * 300, "-1", "0", "0.0", "~", "[]", "{}", "yes",
    '"a\\0b"', '"\\x01"', "'" + "b" * 3000 + "'", "&a x", "*a", "!!python/object:os.system {}", "2026-01-01",
    "0x1F", "0o17", "1_000", "[1, 2, 3]", "{nl: x}",
]  # fmt: skip


def _session_text() -> str:
    from simulator.scenario import load_scenario

    session = Session(load_scenario(MINI, assets_dir=MINI_ASSETS), "en", 5)
    for option in ("open-ask", "middle-name", "close-summarize"):
        session.choose(option, response_ms=700)
    session.notes.session = "Goed gedaan."
    session.notes.turns[1] = "Hier."
    session = session.branch(3)
    session.choose("close-propose" if not session.finished else "close-summarize", response_ms=5)
    from simulator.engine.storage import session_document

    return json.dumps(session_document(session), ensure_ascii=False)


SESSION_TEXT = _session_text()
MINI_TEXT = MINI.read_text(encoding="utf-8")


def _leaf_paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path into the document, containers included."""
    paths = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            paths += _leaf_paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            paths += _leaf_paths(item, (*path, index))
    return paths


SESSION_PATHS = _leaf_paths(json.loads(SESSION_TEXT))[1:]


def _replace(text: str, path: tuple[Any, ...], raw: str) -> str:
    document = json.loads(text)
    target = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = "@@RAW@@"
    return json.dumps(document, ensure_ascii=False).replace('"@@RAW@@"', raw, 1)


def _delete(text: str, path: tuple[Any, ...]) -> str:
    document = json.loads(text)
    target = document
    for key in path[:-1]:
        target = target[key]
    del target[path[-1]]
    return json.dumps(document, ensure_ascii=False)


def _byte_mutations(data: st.DataObject, raw: bytes) -> bytes:
    """Cut, flip, insert or duplicate a few bytes."""
    for _ in range(data.draw(st.integers(1, 4))):
        if not raw:
            break
        at = data.draw(st.integers(0, len(raw) - 1))
        kind = data.draw(st.sampled_from(["cut", "flip", "insert", "duplicate", "truncate"]))
        if kind == "cut":
            raw = raw[:at] + raw[at + data.draw(st.integers(1, 40)) :]
        elif kind == "flip":
            raw = raw[:at] + bytes([raw[at] ^ (1 << data.draw(st.integers(0, 7)))]) + raw[at + 1 :]
        elif kind == "insert":
            raw = raw[:at] + data.draw(st.binary(min_size=1, max_size=8)) + raw[at:]
        elif kind == "duplicate":
            raw = raw[:at] + raw[at : at + 60] + raw[at:]
        else:
            raw = raw[:at]
    return raw


def _load_session(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "fuzzed.json"
    path.write_bytes(raw)
    SessionArchive.summary(path)  # the history lists any file without raising (a bad one as damaged)
    try:
        Session.load(path)
    except SessionFileError as error:
        assert error.path == str(path)
        assert error.reason


@FUZZ
@given(data=st.data())
def test_mutated_session_files_raise_only_session_file_error(tmp_path_factory, data):
    """A saved session with odd tokens, deleted keys or damaged bytes: SessionFileError or a load, and a listing."""
    text = SESSION_TEXT
    for _ in range(data.draw(st.integers(1, 3))):
        paths = _leaf_paths(json.loads(text))[1:]
        if not paths:
            break
        path = data.draw(st.sampled_from(paths))
        if data.draw(st.booleans()):
            text = _replace(text, path, data.draw(st.sampled_from(JSON_TOKENS)))
            break  # the token may not be valid JSON any more
        text = _delete(text, path)
    raw = text.encode("utf-8")
    if data.draw(st.integers(0, 3)) == 0:
        raw = _byte_mutations(data, raw)
    if data.draw(st.integers(0, 5)) == 0:
        raw = b"\xef\xbb\xbf" + raw
    _load_session(tmp_path_factory.mktemp("session"), raw)


@FUZZ
@given(data=st.data())
def test_mutated_scenario_files_raise_only_scenario_error(tmp_path_factory, data):
    """mini.yaml with values replaced, lines moved or bytes damaged: ScenarioError or a scenario, nothing else."""
    lines = MINI_TEXT.split("\n")
    for _ in range(data.draw(st.integers(1, 3))):
        at = data.draw(st.integers(0, len(lines) - 1))
        kind = data.draw(st.sampled_from(["value", "value", "delete", "duplicate", "indent"]))
        line = lines[at]
        if kind == "value" and ":" in line:
            head = line[: line.index(":") + 1]
            lines[at] = f"{head} {data.draw(st.sampled_from(YAML_TOKENS))}"
        elif kind == "delete":
            del lines[at]
        elif kind == "duplicate":
            lines.insert(at, line)
        else:
            lines[at] = "  " + line
    raw = "\n".join(lines).encode("utf-8")
    if data.draw(st.integers(0, 3)) == 0:
        raw = _byte_mutations(data, raw)
    folder = tmp_path_factory.mktemp("scenario")
    path = folder / "fuzzed.yaml"
    path.write_bytes(raw)
    try:
        load_scenario(path, assets_dir=MINI_ASSETS)
    except ScenarioError as error:
        assert all(problem.source == str(path) for problem in error.problems)


@FUZZ
@given(path=st.sampled_from(SESSION_PATHS), token=st.sampled_from(JSON_TOKENS))
def test_every_field_of_a_session_file_with_every_odd_token(tmp_path_factory, path, token):
    """Each field of a session file, set to each odd token in turn: only SessionFileError or a load."""
    _load_session(tmp_path_factory.mktemp("field"), _replace(SESSION_TEXT, path, token).encode("utf-8"))


@pytest.mark.parametrize("token", YAML_TOKENS)
def test_every_odd_yaml_token_as_a_root_weight(token):
    """Root weights are where NaN once slipped through; each odd token there is a problem or a valid weight."""
    raw = MINI_TEXT.replace("roots: {uncertainty: 2,", f"roots: {{uncertainty: {token},").encode("utf-8")
    try:
        scenario = parse_scenario(raw, "roots.yaml", assets_dir=MINI_ASSETS)
    except ScenarioError:
        return
    assert all(0 < weight <= 1 for weight in scenario.roots.values())
