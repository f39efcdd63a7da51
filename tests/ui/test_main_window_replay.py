"""The main window opens saved sessions in the replay window: from File > Open, the history, and a drop."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from ui_practice_support import MINI, MINI_ASSETS

from simulator.engine import Session
from simulator.engine.archive import SessionArchive
from simulator.scenario import load_scenario
from simulator.ui.replay.history import HistoryView
from simulator.ui.replay.window import ReplayWindow


def _saved_session(data_dir: Path, *, finish: bool) -> Path:
    session = Session(load_scenario(MINI, assets_dir=MINI_ASSETS), "en", 0)
    session.choose("open-ask")
    if finish:
        session.choose("middle-pressure")
        while not session.finished:
            session.choose(session.options[-1].id)
    path = SessionArchive(data_dir).path_for(session)
    session.save(path)
    return path


def _replay_windows(window) -> list[ReplayWindow]:
    return [w for w in window.findChildren(ReplayWindow) if w.isVisible()]


def test_opening_a_finished_session_shows_it_in_a_replay_window(make_window, data_dir, qtbot) -> None:
    """A finished session opens for replay, without leaving the library."""
    window = make_window()
    path = _saved_session(data_dir, finish=True)
    assert window.open_path(path)
    qtbot.waitUntil(lambda: len(_replay_windows(window)) == 1)
    assert window.stack.currentWidget() is window.library


def test_opening_an_unfinished_session_resumes_it(make_window, data_dir, qtbot) -> None:
    """An unfinished session goes back into play, with its turns."""
    window = make_window()
    path = _saved_session(data_dir, finish=False)
    assert window.open_path(path)
    assert window.session is not None and len(window.session.turns) == 1
    assert window.stack.currentWidget() is window.practice
    assert not _replay_windows(window)


def test_dropping_a_session_file_on_the_window_opens_it(make_window, data_dir, qtbot) -> None:
    """Dragging a saved session onto the window opens it for replay."""
    window = make_window()
    path = _saved_session(data_dir, finish=True)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)
    qtbot.waitUntil(lambda: len(_replay_windows(window)) == 1)


def test_history_lists_sessions_and_opens_one_for_replay(make_window, data_dir, qtbot) -> None:
    """File > Session history lists the saved sessions; activating one opens its replay."""
    window = make_window()
    path = _saved_session(data_dir, finish=True)
    window.history_action.trigger()
    history = window.history_dialog.findChild(HistoryView)
    assert history is not None and history.isVisible()
    assert history.table.topLevelItemCount() == 1
    history.sessionActivated.emit(path)
    qtbot.waitUntil(lambda: len(_replay_windows(window)) == 1)


def test_debrief_opens_the_finished_session_in_the_replay_window(make_window, qtbot) -> None:
    """After playing to the end, the debrief's button opens that session's saved file for replay."""
    from ui_practice_support import start_mini

    window = make_window()
    start_mini(window, qtbot)
    for option_id in ["open-ask", "middle-name", "close-summarize", "close-summarize", "close-propose"]:
        window.session.choose(option_id)
    window.show_debrief()
    qtbot.mouseClick(window.debrief.replay_window_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_replay_windows(window)) == 1)
    replay = _replay_windows(window)[0]
    saved_name = window.archive.path_for(window.session).name
    assert saved_name in replay.windowTitle() + replay.statusBar().currentMessage()


def test_replay_tells_an_unchanged_scenario_without_loading_the_library(make_window, data_dir, qtbot, monkeypatch):
    """Opening a saved session checks its scenario against the library's index: no scenario file is read again."""
    from simulator.engine.review import ScenarioStatus
    from simulator.scenario import index

    window = make_window()
    path = _saved_session(data_dir, finish=True)
    monkeypatch.setattr(index, "load_file", lambda *args: pytest.fail("a library scenario was loaded again"))
    assert window.open_path(path)
    qtbot.waitUntil(lambda: len(_replay_windows(window)) == 1)
    assert _replay_windows(window)[0]._document.status is ScenarioStatus.SAME
