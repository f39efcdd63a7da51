"""Huge notes: the editor keeps a note to the limit a session file holds and says so, a file with a longer note is
refused by name, and notes at the limit (one unbroken word) open, step and export in moments, not minutes."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from simulator.engine import Session, SessionFileError
from simulator.engine.storage import MAX_NOTE_CHARS
from simulator.ui.replay.document import BundledScenarios
from simulator.ui.replay.window import ReplayWindow, open_replay
from simulator.ui.report import export_report

DATA = Path(__file__).resolve().parents[1] / "data"


def four_turns(mini) -> Session:
    """A session of mini with up to four turns."""
    session = Session(mini, "en", 1)
    while not session.finished and len(session.turns) < 4:
        session.choose(session.options[0].id, response_ms=900)
    return session


def opened(qtbot, path: Path, data_dir: Path) -> ReplayWindow:
    """The replay window on `path`."""
    window = open_replay(path, data_dir=data_dir, bundled=BundledScenarios(DATA / "none"))
    assert window is not None
    qtbot.addWidget(window)
    return window


def test_editor_keeps_a_note_to_the_limit_and_says_so(qtbot, mini, tmp_path: Path, data_dir: Path) -> None:
    """Pasting more than the limit keeps the first MAX_NOTE_CHARS characters, says why, and saves a loadable file."""
    path = tmp_path / "s.json"
    four_turns(mini).save(path)
    window = opened(qtbot, path, data_dir)
    window.session_note.setPlainText("a" * (MAX_NOTE_CHARS + 500))
    assert len(window.session_note.toPlainText()) == MAX_NOTE_CHARS
    assert f"{MAX_NOTE_CHARS:,} characters" in window.status.text()
    window.go_to(1)
    window.panel.note.setPlainText("b" * (MAX_NOTE_CHARS + 1))
    assert len(window.panel.note.toPlainText()) == MAX_NOTE_CHARS
    assert window.save_notes()
    loaded = Session.load(path)
    assert loaded.notes.session == "a" * MAX_NOTE_CHARS and loaded.notes.turns[0] == "b" * MAX_NOTE_CHARS


def test_file_with_a_longer_note_is_refused_by_name(mini, tmp_path: Path) -> None:
    """A note beyond the limit (written by hand or another tool) is refused with the limit in the message."""
    session = four_turns(mini)
    session.notes.turns[0] = "c" * (MAX_NOTE_CHARS + 1)
    path = tmp_path / "s.json"
    session.save(path)
    with pytest.raises(SessionFileError, match="longer than 20,000 characters"):
        Session.load(path)


def test_unbroken_notes_at_the_limit_open_and_export_quickly(qtbot, mini, tmp_path: Path, data_dir: Path) -> None:
    """Notes at the limit, without a space, open and step in the replay and export as PDF within seconds."""
    session = four_turns(mini)
    note = "x" * MAX_NOTE_CHARS
    session.notes.session = note
    session.notes.turns = {turn.index: note for turn in session.turns}
    path = tmp_path / "s.json"
    session.save(path)
    started = time.perf_counter()
    window = opened(qtbot, path, data_dir)
    for point in range(len(session.turns) + 1):
        window.go_to(point)
    assert time.perf_counter() - started < 15  # about half a second on a slow machine (benchmarks/huge_note.py)
    assert window.panel.note.toPlainText() == note
    started = time.perf_counter()
    export_report(session, tmp_path / "r.pdf")
    assert time.perf_counter() - started < 30
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
