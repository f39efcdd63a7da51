"""Bad session files: truncated, empty, binary, foreign, newer-format and internally inconsistent files get a clear
message naming the file (a dialog in the GUI, one stderr line and exit 1 on the command line), the rest keeps
working, and the file is never modified."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from simulator.engine import Session
from simulator.engine.storage import session_document
from simulator.ui.replay.history import HistoryView
from simulator.ui.replay.window import ReplayWindow, open_replay, run_replay
from simulator.ui.report.export import run_debrief

DATA = Path(__file__).resolve().parents[1] / "data"


def good_document(scenario) -> dict:
    """The JSON of a valid three-turn session."""
    session = Session(scenario, "en", 1)
    for option in ("open-ask", "middle-name", "close-summarize"):
        session.choose(option, response_ms=1000)
    return session_document(session)


def _json(document: dict) -> bytes:
    return json.dumps(document, indent=1).encode("utf-8")


def _newer(document: dict) -> bytes:
    return _json({**document, "version": 99})


def _inconsistent(document: dict) -> bytes:
    document["turns"][1]["trust_after"] = min(100, document["turns"][1]["trust_after"] + 7)
    return _json(document)


def _wrong_outcome(document: dict) -> bytes:
    return _json({**document, "outcome": "committed"})


def _wrong_type(document: dict) -> bytes:
    return _json({**document, "seed": "one"})


def _raw(document: dict, path: list, raw: str) -> bytes:
    """The document with the value at `path` replaced by a raw JSON token (which Python may not be able to read)."""
    target = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = "@@RAW@@"
    return _json(document).replace(b'"@@RAW@@"', raw.encode("ascii"))


def _parent_turn_text(document: dict) -> bytes:
    return _json({**document, "parent": {"session": "abc", "turn": "three"}})


BAD_FILES: dict[str, Callable[[dict], bytes]] = {
    "nan-root-weight": lambda document: _raw(document, ["scenario", "roots", "uncertainty"], "NaN"),
    "huge-integer": lambda document: _raw(document, ["seed"], "1" + "0" * 4400),
    "parent-turn-text": _parent_turn_text,
    "huge-response-time": lambda document: _raw(document, ["turns", 0, "response_ms"], "1" + "0" * 4000),
    "truncated": lambda document: _json(document)[: len(_json(document)) // 2],
    "empty": lambda document: b"",
    "binary": lambda document: bytes(range(256)) * 8,
    "foreign-json": lambda document: b'{"name": "not a session", "items": [1, 2, 3]}',
    "foreign-yaml": lambda document: (DATA / "mini.yaml").read_bytes(),
    "newer-format": _newer,
    "inconsistent": _inconsistent,
    "wrong-outcome": _wrong_outcome,
    "wrong-type": _wrong_type,
}
EXPECTED_WORDS = {
    "nan-root-weight": "NaN",
    "huge-integer": "damaged",
    "parent-turn-text": "damaged",
    "huge-response-time": "response_ms",
    "truncated": "damaged or incomplete",
    "empty": "empty",
    "binary": "not a session file",
    "foreign-json": "not a session file",
    "foreign-yaml": "",
    "newer-format": "newer version",
    "inconsistent": "inconsistent",
    "wrong-outcome": "inconsistent",
    "wrong-type": "damaged",
}


@pytest.fixture(params=sorted(BAD_FILES))
def bad_file(request: pytest.FixtureRequest, mini, tmp_path: Path) -> tuple[str, Path]:
    """A bad session file of each kind."""
    kind = request.param
    path = tmp_path / f"bad-{kind}.json"
    path.write_bytes(BAD_FILES[kind](good_document(mini)))
    return kind, path


def fingerprint(path: Path) -> tuple[bytes, int]:
    """The bytes and modification time of a file."""
    return path.read_bytes(), path.stat().st_mtime_ns


def test_open_replay_names_the_bad_file_and_returns_none(qtbot, bad_file, dialogs: list[str]) -> None:
    """Opening a bad file shows one dialog naming the file and why, opens nothing, and leaves the file alone."""
    kind, path = bad_file
    before = fingerprint(path)
    assert open_replay(path) is None
    assert len(dialogs) == 1
    assert str(path) in dialogs[0]
    assert EXPECTED_WORDS[kind] in dialogs[0]
    assert fingerprint(path) == before


def test_run_replay_prints_one_line_and_exits_1(qtbot, bad_file, capsys: pytest.CaptureFixture[str]) -> None:
    """`simulator replay BAD` prints one line naming the file on stderr and exits 1."""
    kind, path = bad_file
    before = fingerprint(path)
    assert run_replay(path) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert str(path) in err
    assert EXPECTED_WORDS[kind] in err
    assert fingerprint(path) == before


def test_run_debrief_prints_one_line_and_exits_1(
    qtbot, bad_file, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`simulator debrief BAD --out x.pdf` prints one line naming the file, exits 1 and writes no report."""
    kind, path = bad_file
    before = fingerprint(path)
    out = tmp_path / "report.pdf"
    assert run_debrief(path, out) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert str(path) in err
    assert EXPECTED_WORDS[kind] in err
    assert not out.exists()
    assert fingerprint(path) == before


def test_missing_file_is_named(qtbot, tmp_path: Path, dialogs: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """A file that does not exist is reported by name in the GUI and on the command line."""
    missing = tmp_path / "gone.json"
    assert open_replay(missing) is None
    assert str(missing) in dialogs[0]
    assert run_replay(missing) == 1
    assert str(missing) in capsys.readouterr().err


def test_a_bad_file_loaded_into_the_window_keeps_the_session_shown(
    qtbot, mini, tmp_path: Path, bad_file, dialogs: list[str]
) -> None:
    """Loading a bad file into an open replay names it and keeps replaying the session that was open."""
    _kind, path = bad_file
    good = tmp_path / "good.json"
    good.write_bytes(_json(good_document(mini)))
    window = open_replay(good)
    assert isinstance(window, ReplayWindow)
    qtbot.addWidget(window)
    window.go_to(2)
    assert not window.load_path(path)
    assert str(path) in dialogs[-1]
    assert window.document.path == good
    assert window.current_point == 2
    window.step(1)
    assert window.current_point == 3


def test_history_lists_damaged_files_with_their_problem(qtbot, mini, data_dir: Path) -> None:
    """The history lists a damaged file with its problem next to the good sessions, without crashing."""
    folder = data_dir / "sessions"
    folder.mkdir(parents=True)
    good = Session(mini, "en", 1)
    good.choose("open-ask", response_ms=1000)
    good.save(folder / "20260101T100000-mini-good.json")
    documents = good_document(mini)
    written = {}
    for kind, make in BAD_FILES.items():
        path = folder / f"bad-{kind}.json"
        path.write_bytes(make(json.loads(json.dumps(documents))))
        written[path] = fingerprint(path)

    view = HistoryView(data_dir)
    qtbot.addWidget(view)
    rows = [view.table.topLevelItem(i) for i in range(view.table.topLevelItemCount())]
    assert len(rows) == len(BAD_FILES) + 1
    damaged = [row for row in rows if row.text(1) == "damaged file"]
    assert len(damaged) == len(BAD_FILES)
    assert all(row.text(2) for row in damaged), "each damaged file says what is wrong with it"
    assert any("newer version" in row.text(2) for row in damaged)
    assert any("inconsistent" in row.text(2) for row in damaged)
    with qtbot.assertNotEmitted(view.sessionActivated):
        view.table.itemActivated.emit(damaged[0], 0)
    assert all(fingerprint(path) == before for path, before in written.items())
