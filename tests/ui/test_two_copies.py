"""Two copies of the program and one session file: the file is locked while a window may write to it, a second
copy asks whether to open it read-only or continue in a copy, and a lock left by a killed program is taken over.

"Another copy" is a real second process holding the lock; the question is answered by replacing the one
function that asks it.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from ui_practice_support import start_mini

from simulator.engine import Session
from simulator.engine.archive import SessionArchive
from simulator.ui import session_lock
from simulator.ui.replay.document import BundledScenarios
from simulator.ui.replay.window import ReplayWindow, open_replay
from simulator.ui.session_lock import LockChoice, SessionLock, lock_path_for, locked_session_box

DATA = Path(__file__).resolve().parents[1] / "data"
HOLD_LOCK = """
import sys
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
print("locked" if lock.tryLock(0) else "busy", flush=True)
sys.stdin.readline()
"""


@pytest.fixture
def other_program() -> Iterator[Callable[[Path], subprocess.Popen[str]]]:
    """Start a second process that holds the lock of a session file until it is killed."""
    started: list[subprocess.Popen[str]] = []

    def hold(session_path: Path) -> subprocess.Popen[str]:
        session_path.parent.mkdir(parents=True, exist_ok=True)
        process = subprocess.Popen(
            [sys.executable, "-c", HOLD_LOCK, str(lock_path_for(session_path))],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        started.append(process)
        assert process.stdout is not None and process.stdout.readline().strip() == "locked"
        return process

    yield hold
    for process in started:
        process.kill()
        process.wait()


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> Callable[[LockChoice], list[Path]]:
    """Answer the 'session already open' question with a choice; returns the paths it was asked about."""

    def set_answer(choice: LockChoice) -> list[Path]:
        asked: list[Path] = []

        def ask(parent, path, holder=""):
            asked.append(Path(path))
            assert holder, "the question says which program holds the session"
            return choice

        monkeypatch.setattr(session_lock, "ask_about_locked_session", ask)
        return asked

    return set_answer


def unfinished(mini, data_dir: Path) -> tuple[Session, Path]:
    """An unfinished two-turn session saved in the sessions folder."""
    session = Session(mini, "en", 4)
    session.choose("open-ask", response_ms=800)
    session.choose("middle-name", response_ms=800)
    path = SessionArchive(data_dir).path_for(session)
    session.save(path)
    return session, path


def fingerprint(path: Path) -> tuple[bytes, int]:
    """The bytes and modification time of a file."""
    return path.read_bytes(), path.stat().st_mtime_ns


# ---- the lock itself -----------------------------------------------------------------------------------------
def test_two_locks_on_one_session_exclude_each_other(tmp_path: Path) -> None:
    """While one lock holds a session, a second cannot take it; once released, it can."""
    path = tmp_path / "s.json"
    first, second = SessionLock(path), SessionLock(path)
    assert first.acquire() and first.held
    assert not second.acquire()
    assert lock_path_for(path).name == "s.json.lock"
    first.release()
    assert second.acquire()
    second.release()
    assert not lock_path_for(path).exists()


def test_lock_of_a_killed_program_is_taken_over(tmp_path: Path, other_program) -> None:
    """A lock held by a running program is respected; after that program is killed (-9) it is stale and taken."""
    path = tmp_path / "s.json"
    process = other_program(path)
    lock = SessionLock(path)
    assert not lock.acquire()
    assert str(process.pid) in lock.holder()
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert lock_path_for(path).exists(), "the killed program could not clean up"
    assert lock.acquire()
    lock.release()


# ---- the practice window ----------------------------------------------------------------------------------------
def test_playing_a_session_locks_its_file_until_the_window_leaves_it(make_window, qtbot, data_dir: Path) -> None:
    """From the first saved turn to leaving the session, its file is locked against a second copy."""
    window = make_window()
    start_mini(window, qtbot)
    button = next(b for b in window.practice.options.visible_buttons() if b.option_id == "open-ask")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    path = window.archive.path_for(window.session)
    assert not SessionLock(path).acquire()
    window.show_library()
    other = SessionLock(path)
    assert other.acquire()
    other.release()


def test_second_copy_resuming_is_asked_and_can_open_read_only(
    make_window, qtbot, mini, data_dir: Path, other_program, answer
) -> None:
    """Resuming a session another program plays asks first; 'read-only' opens a replay that cannot write."""
    _session, path = unfinished(mini, data_dir)
    other_program(path)
    asked = answer(LockChoice.READ_ONLY)
    window = make_window()
    before = fingerprint(path)
    assert window.resume_path(path)
    assert asked == [path]
    replays = [child for child in window.findChildren(ReplayWindow) if child.isVisible()]
    assert len(replays) == 1 and replays[0].read_only
    assert replays[0].session_note.isReadOnly() and replays[0].panel.note.isReadOnly()
    assert "read-only" in replays[0].notice.text() and replays[0].notice.isVisibleTo(replays[0])
    assert window.stack.currentWidget() is not window.practice
    assert fingerprint(path) == before


def test_second_copy_can_continue_in_a_copy_and_the_original_is_untouched(
    make_window, qtbot, mini, data_dir: Path, other_program, answer
) -> None:
    """'Continue in a copy' plays on from every turn in a new file; the other program's file is never written."""
    original, path = unfinished(mini, data_dir)
    other_program(path)
    answer(LockChoice.COPY)
    window = make_window()
    before = fingerprint(path)
    assert window.resume_path(path)
    copy = window.session
    assert copy.id != original.id and copy.parent == {"session": original.id, "turn": 2}
    assert [turn.option for turn in copy.turns] == ["open-ask", "middle-name"]
    window.practice.min_turn_interval_ms = 0
    window.practice.choose(window.session.options[0].id)
    copy_path = window.archive.path_for(copy)
    assert copy_path != path
    assert len(json.loads(copy_path.read_text(encoding="utf-8"))["turns"]) == 3
    assert fingerprint(path) == before


def test_second_copy_can_cancel(make_window, qtbot, mini, data_dir: Path, other_program, answer) -> None:
    """Cancelling the question opens nothing and writes nothing."""
    _session, path = unfinished(mini, data_dir)
    other_program(path)
    answer(LockChoice.CANCEL)
    window = make_window()
    before = fingerprint(path)
    assert not window.resume_path(path)
    assert window.session is None
    assert fingerprint(path) == before


# ---- the replay window ------------------------------------------------------------------------------------------
def test_replay_of_a_session_open_elsewhere_is_read_only_or_a_copy(
    qtbot, mini, tmp_path: Path, data_dir: Path, other_program, answer
) -> None:
    """The replay window asks too: read-only keeps notes from being edited; a copy is a new file to write notes in."""
    session, path = unfinished(mini, data_dir)
    other_program(path)
    before = fingerprint(path)
    answer(LockChoice.READ_ONLY)
    read_only = open_replay(path, data_dir=data_dir, bundled=BundledScenarios(DATA / "none"))
    assert isinstance(read_only, ReplayWindow)
    qtbot.addWidget(read_only)
    assert read_only.read_only and read_only.session_note.isReadOnly()
    assert read_only.save_notes()  # nothing to save, nothing written
    assert fingerprint(path) == before

    answer(LockChoice.COPY)
    copied = open_replay(path, data_dir=data_dir, bundled=BundledScenarios(DATA / "none"))
    assert isinstance(copied, ReplayWindow)
    qtbot.addWidget(copied)
    assert not copied.read_only and copied.document.path != path
    copied.session_note.setPlainText("Note in the copy")
    assert copied.save_notes()
    assert Session.load(copied.document.path).notes.session == "Note in the copy"
    assert [turn.option for turn in Session.load(copied.document.path).turns] == ["open-ask", "middle-name"]
    assert fingerprint(path) == before
    assert session.id not in copied.document.path.name


def test_the_question_offers_read_only_copy_and_cancel(qtbot, tmp_path: Path) -> None:
    """The dialog names the file and offers the three answers."""
    box = locked_session_box(None, tmp_path / "s.json", "process 42 on host")
    qtbot.addWidget(box)
    assert str(tmp_path / "s.json") in box.text() and "process 42" in box.text()
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert sorted(button.text() for button in box.buttons()) == ["Cancel", "Continue in a copy", "Open read-only"]
