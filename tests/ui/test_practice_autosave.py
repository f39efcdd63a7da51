"""Autosave and resume: every turn is in the session file moments after it is played (written off the click path,
and always before the next answer is acted on), a session left unfinished
(for example because the program was killed) is offered at the next start and resumes with every turn, and
damaged or unwritable files give a message instead of a crash."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from ui_practice_support import start_mini

from simulator.engine import Session
from simulator.engine.archive import SessionArchive


def click(window, qtbot, option_id: str) -> None:
    """Click the answer `option_id`."""
    button = next(b for b in window.practice.options.visible_buttons() if b.option_id == option_id)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def saved_turns(path: Path) -> list[str]:
    """The options of the turns in the session file at `path` (none while it does not exist yet)."""
    if not path.exists():
        return []
    return [turn["option"] for turn in json.loads(path.read_text(encoding="utf-8"))["turns"]]


def test_every_turn_is_in_the_file_right_after_it_is_played(make_window, qtbot, data_dir: Path):
    """After each click the session file in the data folder soon holds all turns so far."""
    window = make_window()
    start_mini(window, qtbot)
    path = SessionArchive(data_dir).path_for(window.session)
    assert not path.exists()  # nothing is written for a session that was only opened
    played: list[str] = []
    for option_id in ["open-ask", "middle-name", "close-summarize"]:
        click(window, qtbot, option_id)
        played.append(option_id)
        qtbot.waitUntil(lambda: saved_turns(path) == played, timeout=5000)
    assert path.parent == data_dir / "sessions"


def test_killed_mid_session_resumes_with_every_turn(make_window, qtbot, data_dir: Path):
    """A second start offers the unfinished session; resuming shows every turn and keeps saving to the file."""
    first = make_window()
    start_mini(first, qtbot)
    click(first, qtbot, "open-ask")
    click(first, qtbot, "middle-name")
    played = [turn.option for turn in first.session.turns]
    path = SessionArchive(data_dir).path_for(first.session)
    # The program is killed: no close, no further saving. A new window starts on the same data folder.
    first.session.autosave_to(None)
    first.controller.release_lock()  # a killed program's lock is stale; in one test process, drop it
    first.hide()

    second = make_window()
    library = second.library
    assert library.resume_card.isVisible()
    assert "2 turns" in library.resume_text.text()
    qtbot.mouseClick(library.resume_button, Qt.MouseButton.LeftButton)
    second.practice.min_turn_interval_ms = 0
    session = second.session
    assert [turn.option for turn in session.turns] == played
    assert second.stack.currentWidget() is second.practice
    texts = [line.text for line in second.practice.transcript.lines()]
    assert "What makes it hard?" in texts and "You seem worried about how the board will react." in texts
    assert second.practice.notebook.labels() == ["Clarity about cost", "Not deciding alone"]
    click(second, qtbot, "close-summarize")
    qtbot.waitUntil(lambda: len(saved_turns(path)) == 3, timeout=5000)
    assert len(Session.load(path).turns) == 3


def test_finished_session_in_recent_list_opens_its_debrief(make_window, qtbot):
    """A finished session is listed, and opening it shows its debrief, not a resume."""
    window = make_window()
    start_mini(window, qtbot)
    for option_id in ["open-ask", "middle-name", "close-summarize", "close-summarize", "close-propose"]:
        click(window, qtbot, option_id)
    qtbot.mouseClick(window.practice.leave_button, Qt.MouseButton.LeftButton)
    library = window.library
    assert not library.resume_card.isVisible()
    assert library.recent_list.count() == 1
    item = library.recent_list.item(0)
    assert "Committed, 5 turns" in item.text()
    library.recent_list.itemActivated.emit(item)
    assert window.stack.currentWidget() is window.debrief
    assert window.debrief.outcome.text() == "Committed"


def test_damaged_session_file_is_listed_and_explained(make_window, qtbot, data_dir: Path):
    """A broken file in the sessions folder is listed as damaged and opening it names the file."""
    folder = data_dir / "sessions"
    folder.mkdir(parents=True)
    broken = folder / "20250101T000000-mini-deadbeef.json"
    broken.write_text("{not json", encoding="utf-8")
    window = make_window()
    library = window.library
    assert library.recent_list.count() == 1
    item = library.recent_list.item(0)
    assert item.text().startswith("Damaged file: 20250101T000000-mini-deadbeef.json")
    library.recent_list.itemActivated.emit(item)
    assert window.stack.currentWidget() is window.library
    title, text, _details = window.messages[-1]
    assert title == "Cannot open this session" and str(broken) in text
    assert broken.read_text(encoding="utf-8") == "{not json"  # never touched


def test_unwritable_data_folder_warns_once_and_play_goes_on(make_window, qtbot, data_dir: Path):
    """If the session cannot be saved the player is told where and why, and the conversation continues."""
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "sessions").write_text("a file where the folder should be", encoding="utf-8")
    window = make_window()
    start_mini(window, qtbot)
    click(window, qtbot, "open-ask")
    qtbot.waitUntil(lambda: len(window.messages) == 1, timeout=5000)
    assert window.messages[0][0] == "Could not save"
    click(window, qtbot, "middle-name")
    assert len(window.session.turns) == 2
    assert len(window.messages) == 1
    lines = [line.text for line in window.practice.transcript.lines()]
    assert "You seem worried about how the board will react." in lines


@pytest.mark.parametrize("language", ["nl", "en"])
def test_resumed_session_follows_the_current_language(make_window, qtbot, language: str):
    """A session saved in one language resumes in the language the window is in."""
    first = make_window(language="en" if language == "nl" else "nl")
    start_mini(first, qtbot)
    click(first, qtbot, "open-ask")
    first.session.autosave_to(None)
    first.controller.release_lock()  # a killed program's lock is stale; in one test process, drop it
    first.hide()
    second = make_window(language=language)
    qtbot.mouseClick(second.library.resume_button, Qt.MouseButton.LeftButton)
    assert second.session.language == language
    expected = "Wat maakt het lastig?" if language == "nl" else "What makes it hard?"
    assert expected in [line.text for line in second.practice.transcript.lines()]
