"""Session and scenario files that once slipped past the error handling, and writes that fail part-way.

Whatever a file holds, `Session.load` raises only `SessionFileError` and the loader only `ScenarioError`; every
number in both formats is finite and bounded. A failed write leaves the earlier file whole and no temporary file.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from simulator.engine import Session, SessionFileError
from simulator.engine.atomic import atomic_write_bytes, atomic_write_files, remove_leftover_temp_files
from simulator.engine.storage import MAX_NOTE_CHARS, session_document
from simulator.scenario import ScenarioError, load_scenario

DATA = Path(__file__).parent / "data"
MINI = DATA / "mini.yaml"
MINI_ASSETS = DATA / "assets"
BIG_INT = "1" + "0" * 4400  # more digits than Python's int-string limit of 4,300


def saved_text(mini, tmp_path: Path) -> str:
    """The JSON text of a saved three-turn session of mini."""
    session = Session(mini, "en", 1)
    for option in ("open-ask", "middle-name", "close-summarize"):
        session.choose(option, response_ms=900)
    path = tmp_path / "good.json"
    session.save(path)
    return path.read_text(encoding="utf-8")


def refused(tmp_path: Path, content: str | bytes) -> SessionFileError:
    """Write `content` as a session file and return the SessionFileError loading it raises."""
    path = tmp_path / "bad.json"
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    with pytest.raises(SessionFileError) as caught:
        Session.load(path)
    assert caught.value.path == str(path)
    return caught.value


def with_raw(text: str, key_path: list[str | int], raw: str) -> str:
    """The session text with the value at `key_path` replaced by the raw JSON token `raw` (which may be invalid)."""
    document = json.loads(text)
    target = document
    for key in key_path[:-1]:
        target = target[key]
    target[key_path[-1]] = "@@RAW@@"
    return json.dumps(document).replace('"@@RAW@@"', raw)


# ---- session files -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("raw", ["NaN", "Infinity", "-Infinity"])
def test_non_finite_root_weight_in_a_stored_scenario_is_refused(mini, tmp_path, raw):
    """A stored scenario whose root weight is NaN or infinite is refused with a SessionFileError."""
    error = refused(tmp_path, with_raw(saved_text(mini, tmp_path), ["scenario", "roots", "uncertainty"], raw))
    assert "not a number a session file can hold" in error.reason or "weight" in error.reason


def test_huge_root_weight_in_a_stored_scenario_is_refused(mini, tmp_path):
    """A finite but absurd root weight (1e300) is refused as out of bounds."""
    error = refused(tmp_path, with_raw(saved_text(mini, tmp_path), ["scenario", "roots", "uncertainty"], "1e300"))
    assert "weight" in error.reason


@pytest.mark.parametrize("where", [["seed"], ["turns", 0, "response_ms"], ["version"], ["turns", 0, "index"]])
def test_integer_longer_than_pythons_limit_is_refused(mini, tmp_path, where):
    """An integer of 4,401 digits anywhere gives a SessionFileError, not Python's ValueError."""
    error = refused(tmp_path, with_raw(saved_text(mini, tmp_path), where, BIG_INT))
    assert "damaged" in error.reason


def test_enormous_response_time_is_refused(mini, tmp_path):
    """A response time of 10^4000 ms (within the digit limit) is refused as out of bounds."""
    error = refused(tmp_path, with_raw(saved_text(mini, tmp_path), ["turns", 0, "response_ms"], "1" + "0" * 4000))
    assert "turns.0.response_ms" in error.reason


@pytest.mark.parametrize("turn", ['"three"', "2.5", "-1", "true", BIG_INT])
def test_parent_turn_that_is_no_turn_number_is_refused(mini, tmp_path, turn):
    """A branched session whose parent.turn is not a small whole number is refused."""
    text = saved_text(mini, tmp_path)
    document = json.loads(text)
    document["parent"] = {"session": "abc", "turn": 1}
    error = refused(tmp_path, with_raw(json.dumps(document), ["parent", "turn"], turn))
    assert "damaged" in error.reason


def test_file_with_a_byte_order_mark_is_accepted(mini, tmp_path):
    """A session file saved by an editor with a UTF-8 BOM opens like any other."""
    text = saved_text(mini, tmp_path)
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert [turn.option for turn in Session.load(path).turns] == ["open-ask", "middle-name", "close-summarize"]


def test_too_long_note_is_refused_with_a_clear_message(mini, tmp_path):
    """A note longer than the limit is refused by name, and the file is untouched."""
    document = json.loads(saved_text(mini, tmp_path))
    document["notes"] = {"session": "", "turns": {"1": "x" * (MAX_NOTE_CHARS + 1)}}
    error = refused(tmp_path, json.dumps(document))
    assert f"longer than {MAX_NOTE_CHARS:,} characters" in error.reason


def test_note_at_the_limit_loads(mini, tmp_path):
    """A note of exactly the limit is kept whole."""
    session = Session(mini, "en", 1)
    session.choose("open-ask", response_ms=10)
    session.notes.turns[0] = "y" * MAX_NOTE_CHARS
    path = tmp_path / "s.json"
    session.save(path)
    assert Session.load(path).notes.turns[0] == "y" * MAX_NOTE_CHARS


# ---- scenario files ------------------------------------------------------------------------------------------
def write_mini(tmp_path: Path, old: str, new: str) -> Path:
    """A copy of mini.yaml with one edit."""
    text = MINI.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path = tmp_path / "edited.yaml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


@pytest.mark.parametrize("weight", [".nan", ".inf", "-.inf", "1.0e+400", "5000"])
def test_validator_reports_non_finite_root_weights(tmp_path, weight):
    """NaN, infinite or absurd root weights give a normal file:line:column: field: message problem."""
    path = write_mini(tmp_path, "roots: {uncertainty: 2,", f"roots: {{uncertainty: {weight},")
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path, assets_dir=MINI_ASSETS)
    problem = caught.value.problems[0]
    line = MINI.read_text(encoding="utf-8").split("\n").index("roots: {uncertainty: 2, insecurity: 1}") + 1
    assert (problem.field, problem.line) == ("roots", line)
    assert str(problem).startswith(f"{path}:{line}:")
    assert "every weight must be a number above 0" in problem.message


def test_validator_reports_a_nul_byte_in_an_avatar_path(tmp_path):
    """A NUL byte in an avatar path is a problem with its place, not a crash."""
    path = write_mini(tmp_path, "avatar: avatars/mini.svg", 'avatar: "avatars/mi\\0ni.svg"')
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path, assets_dir=MINI_ASSETS)
    problems = caught.value.problems
    assert {problem.field for problem in problems} == {"persona.avatar.guarded"}
    assert all("control character" in problem.message for problem in problems)
    assert "\0" not in str(caught.value)


# ---- atomic writes -------------------------------------------------------------------------------------------
class FailingAfter:
    """A stand-in for a file object's `write` that writes `limit` bytes and then fails like a full disk."""

    def __init__(self, limit: int) -> None:
        self.limit = limit

    def patch(self, monkeypatch: pytest.MonkeyPatch) -> None:
        real_fdopen = os.fdopen
        limit = self.limit

        def fdopen(fd, *args, **kwargs):
            handle = real_fdopen(fd, *args, **kwargs)
            real_write = handle.write

            def write(data):
                real_write(bytes(data)[:limit])
                raise OSError(28, "No space left on device")

            handle.write = write
            return handle

        monkeypatch.setattr(os, "fdopen", fdopen)


def test_write_failing_part_way_keeps_the_old_file_and_names_the_target(tmp_path, monkeypatch):
    """A write that stops part-way leaves the earlier file whole and no temporary file, and names the target."""
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old report")
    FailingAfter(1000).patch(monkeypatch)
    with pytest.raises(OSError) as caught:
        atomic_write_bytes(target, b"x" * 100_000)
    assert caught.value.filename == str(target)
    assert "No space left" in str(caught.value)
    assert target.read_bytes() == b"old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_files_written_together_are_all_or_nothing(tmp_path, monkeypatch):
    """When the second of two files fails, the first is not replaced either and no side file is left."""
    picture, text = tmp_path / "r-curves.png", tmp_path / "r.md"
    picture.write_bytes(b"old picture")
    calls = {"n": 0}
    real_fsync = os.fsync

    def fsync(fd):
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError(5, "Input/output error")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(OSError, match="Input/output error"):
        atomic_write_files([(picture, b"new picture"), (text, b"# new")])
    assert picture.read_bytes() == b"old picture"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r-curves.png"]


def test_cancel_before_replacing_leaves_nothing(tmp_path):
    """A check that fails after writing (a cancelled export) leaves the old file and no temporary file."""
    target = tmp_path / "r.html"
    target.write_bytes(b"old")

    def cancelled() -> None:
        raise InterruptedError("cancelled")

    with pytest.raises(InterruptedError):
        atomic_write_files([(target, b"new")], before_replace=cancelled)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.html"]


def test_leftover_temp_files_are_removed_only_when_ours_and_old(tmp_path):
    """Old `.NAME.json.XXXXXXXX.tmp` files go; young ones, other names and folders stay."""
    old = tmp_path / ".20260101-mini-abc.json.k2j4_x9a.tmp"
    young = tmp_path / ".20260101-mini-def.json.qq7w1e0b.tmp"
    foreign = [tmp_path / ".notes.json.tmp", tmp_path / "s.json.k2j4_x9a.tmp", tmp_path / ".x.yaml.k2j4_x9a.tmp"]
    folder = tmp_path / ".y.json.abcdefgh.tmp"
    folder.mkdir()
    for path in (old, young, *foreign):
        path.write_text("partial")
    an_hour_ago = time.time() - 3600
    for path in (old, *foreign):
        os.utime(path, (an_hour_ago, an_hour_ago))
    removed = remove_leftover_temp_files(tmp_path, suffix=".json")
    assert removed == [old]
    assert not old.exists()
    assert young.exists() and folder.is_dir() and all(path.exists() for path in foreign)


def test_saved_session_document_never_holds_non_finite_numbers(mini):
    """What the program writes is strict JSON (no NaN or Infinity), so it reads back anywhere."""
    json.dumps(session_document(Session(mini, "en", 1)), allow_nan=False)


def test_nul_byte_in_a_file_name_is_a_clear_refusal(tmp_path):
    """A NUL byte in the name of a session or scenario file gives the format's own error, not ValueError."""
    with pytest.raises(SessionFileError, match="NUL byte"):
        Session.load(tmp_path / "a\0b.json")
    with pytest.raises(ScenarioError, match="NUL byte"):
        load_scenario(tmp_path / "a\0b.yaml")
