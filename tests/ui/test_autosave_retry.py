"""Autosave under fault: a failed save is retried after every next answer, the top bar says the session is not
saved until a save succeeds (in Dutch and English), and then the file holds every turn played meanwhile."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from ui_practice_support import Disk, start_mini, visible_texts

from simulator.engine.archive import SessionArchive

NOT_SAVED = {"en": "Not saved — retrying after your next answer", "nl": "Niet opgeslagen"}


def click(window, qtbot, option_id: str) -> None:
    """Click the answer `option_id`, and let its save (written off the click path) finish."""
    button = next(b for b in window.practice.options.visible_buttons() if b.option_id == option_id)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    window.settle_saves()


@pytest.mark.parametrize("language", ["en", "nl"])
def test_failed_autosave_is_retried_every_turn_and_shown_until_it_works(
    make_window, qtbot, data_dir: Path, monkeypatch, language
):
    """Full disk for two turns: the top bar says 'not saved'; once freed, the next turn saves all three turns."""
    disk = Disk(monkeypatch)
    window = make_window(language=language)
    start_mini(window, qtbot)
    path = SessionArchive(data_dir).path_for(window.session)
    click(window, qtbot, "open-ask")
    assert json.loads(path.read_text(encoding="utf-8"))["turns"][0]["option"] == "open-ask"
    assert window.practice.save_state.isHidden()

    disk.full = True
    click(window, qtbot, "middle-name")
    attempts = disk.attempts
    click(window, qtbot, "close-summarize")
    assert disk.attempts > attempts, "the second failed turn tried again"
    assert len(window.messages) == 1, "the explanation comes once, not every turn"
    assert any(NOT_SAVED[language] in text for text in visible_texts(window.practice))
    assert "No space left" in window.practice.save_state.toolTip()
    assert len(json.loads(path.read_text(encoding="utf-8"))["turns"]) == 1

    disk.full = False
    option = next(b.option_id for b in window.practice.options.visible_buttons())
    click(window, qtbot, option)
    assert not any(NOT_SAVED[language] in text for text in visible_texts(window.practice))
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert [turn["option"] for turn in saved["turns"]] == ["open-ask", "middle-name", "close-summarize", option]


def test_first_turn_failing_keeps_trying_and_leaving_tries_once_more(make_window, qtbot, data_dir: Path, monkeypatch):
    """A save failing from the very first turn is retried; leaving the session tries once more and saves all."""
    disk = Disk(monkeypatch)
    disk.full = True
    window = make_window()
    start_mini(window, qtbot)
    session = window.session
    path = SessionArchive(data_dir).path_for(session)
    click(window, qtbot, "open-ask")
    click(window, qtbot, "middle-name")
    assert not path.exists()
    assert not window.practice.save_state.isHidden()
    disk.full = False
    window.show_library()
    assert [turn["option"] for turn in json.loads(path.read_text(encoding="utf-8"))["turns"]] == [
        "open-ask",
        "middle-name",
    ]


def test_leaving_with_the_disk_still_full_says_the_last_turns_are_lost(make_window, qtbot, monkeypatch):
    """Leaving while saving still fails is not silent: a message says the last turns are not kept."""
    disk = Disk(monkeypatch)
    window = make_window()
    start_mini(window, qtbot)
    click(window, qtbot, "open-ask")
    disk.full = True
    click(window, qtbot, "middle-name")
    window.show_library()
    assert window.messages[-1][0] == "Could not save"
    assert "not kept" in window.messages[-1][1]


def test_start_up_removes_old_leftover_temp_files_only(make_window, data_dir: Path):
    """Temporary files of interrupted saves older than a minute go at start-up; young ones and other files stay."""
    import os
    import time

    folder = data_dir / "sessions"
    folder.mkdir(parents=True)
    old = folder / ".20260101T100000-mini-abcd1234.json.x1y2z3_a.tmp"
    young = folder / ".20260101T100000-mini-abcd1234.json.q9w8e7r6.tmp"
    mine = folder / ".my-notes.txt"
    for path in (old, young, mine):
        path.write_text("{", encoding="utf-8")
    an_hour_ago = time.time() - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))
    os.utime(mine, (an_hour_ago, an_hour_ago))
    make_window()
    assert not old.exists()
    assert young.exists() and mine.exists()


def test_a_try_in_the_replay_window_retries_saving_too(qtbot, mini, tmp_path: Path, data_dir: Path, monkeypatch):
    """A try from a replayed turn keeps playing on a full disk, says it is not saved, and saves all once it can."""
    from simulator.engine import Session
    from simulator.engine.review import BundledScenarios
    from simulator.ui.replay.window import open_replay

    original = Session(mini, "en", 2)
    original.choose("open-ask", response_ms=500)
    original.choose("middle-name", response_ms=500)
    path = tmp_path / "played.json"
    original.save(path)
    window = open_replay(path, data_dir=data_dir, bundled=BundledScenarios(tmp_path / "none"))
    assert window is not None
    qtbot.addWidget(window)
    problems: list[str] = []
    window.go_to(1)
    live = window.try_another_option()
    assert live is not None
    live.problem.disconnect()
    live.problem.connect(lambda title, text: problems.append(text))
    disk = Disk(monkeypatch)
    disk.full = True
    first = live.session.options[0].id
    live.choose(first)
    second = live.session.options[0].id
    live.choose(second)
    assert len(live.session.turns) == 2
    assert live.unsaved.isVisibleTo(live) and len(problems) == 1 and "tries again" in problems[0]
    disk.full = False
    third = live.session.options[0].id if not live.session.finished else None
    if third is not None:
        live.choose(third)
    else:
        live._undo()
    assert not live.unsaved.isVisibleTo(live)
    saved = json.loads(live.save_path.read_text(encoding="utf-8"))
    assert [turn["option"] for turn in saved["turns"]] == [turn.option for turn in live.session.turns]


def test_quitting_after_a_failed_save_tries_once_more(make_window, qtbot, data_dir: Path, monkeypatch):
    """Closing the program while the last turn is unsaved saves it if the disk has room again."""
    disk = Disk(monkeypatch)
    window = make_window()
    start_mini(window, qtbot)
    click(window, qtbot, "open-ask")
    disk.full = True
    click(window, qtbot, "middle-name")
    path = SessionArchive(data_dir).path_for(window.session)
    assert len(json.loads(path.read_text(encoding="utf-8"))["turns"]) == 1
    disk.full = False
    window.close()
    assert len(json.loads(path.read_text(encoding="utf-8"))["turns"]) == 2


def test_classroom_retries_a_failed_save_and_clears_the_presenters_warning(make_window, qtbot, monkeypatch):
    """In classroom mode a failed save is retried on the next answer; the presenter's warning goes once it works."""
    from PySide6.QtTest import QTest
    from test_classroom_support import enter_classroom, key_for

    disk = Disk(monkeypatch)
    window = make_window()
    start_mini(window, qtbot)
    playing = enter_classroom(window, qtbot)
    path = window.archive.path_for(playing.session)

    def answer(option_id: str) -> None:
        QTest.keyClick(playing.audience, key_for(playing, option_id))
        QTest.keyClick(playing.audience, Qt.Key.Key_R)
        QTest.keyClick(playing.audience, Qt.Key.Key_Return)
        window.settle_saves()

    disk.full = True
    answer("open-ask")
    assert "could not be saved" in playing.presenter.status_text.text()
    disk.full = False
    answer("middle-name")
    assert "could not be saved" not in playing.presenter.status_text.text()
    assert [turn["option"] for turn in json.loads(path.read_text(encoding="utf-8"))["turns"]] == [
        "open-ask",
        "middle-name",
    ]
