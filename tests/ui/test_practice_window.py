"""The window around the screens: menus with the usual shortcuts, the title, the icon, the minimum size,
File > Open session, Help > About, and the engine-to-Qt bridge."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QKeySequence
from ui_practice_support import GOOD_PATH, start_mini

from simulator.engine import Session
from simulator.engine.archive import SessionArchive
from simulator.ui.bridge import SessionBridge
from simulator.ui.kit.theme import APP_ICON, STYLE_SHEET


def test_menus_have_the_usual_shortcuts(make_window):
    """File has New (Ctrl+N), Open session (Ctrl+O), History (Ctrl+H), the class folder, importing scenarios,
    shared folders and Quit (Ctrl+Q); View has the languages; Help has the manual (F1)."""
    window = make_window()
    assert window.new_action.shortcut() == QKeySequence("Ctrl+N")
    assert window.open_action.shortcut() == QKeySequence("Ctrl+O")
    assert window.history_action.shortcut() == QKeySequence("Ctrl+H")
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    assert [action.text() for action in window.file_menu.actions() if action.text()] == [
        "&New practice",
        "&Open session…",
        "Session &history…",
        "Open &class folder…",
        "&Import scenario…",
        "Sh&ared scenario folders…",
        "&Quit",
    ]
    assert [action.text() for action in window.language_menu.actions()] == ["Nederlands", "English"]
    assert window.about_action.text() == "&About"
    assert window.manual_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)


def test_title_icon_and_minimum_size(make_window, qtbot):
    """The title names the program (and the scenario while practising); the icon loads; 1024x640 at least."""
    window = make_window()
    assert window.windowTitle() == "Sales Resistance Simulator"
    assert window.minimumSize().width() == 1024 and window.minimumSize().height() == 640
    assert not window.windowIcon().isNull()
    assert not QIcon(str(APP_ICON)).isNull() and STYLE_SHEET.is_file()
    start_mini(window, qtbot)
    assert window.windowTitle() == "Mini conversation — Sales Resistance Simulator"


def test_quit_closes_the_window(make_window, qtbot):
    """File > Quit closes the window; an unfinished session stays saved."""
    window = make_window()
    start_mini(window, qtbot)
    button = window.practice.options.visible_buttons()[0]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    path = SessionArchive(window.data_dir).path_for(window.session)
    window.quit_action.trigger()
    assert not window.isVisible()
    assert len(Session.load(path).turns) == 1


def test_about_names_the_program(make_window):
    """Help > About tells what the program is for, in plain text."""
    window = make_window()
    window.about_action.trigger()
    title, text, _details = window.messages[-1]
    assert title == "About" and text.startswith("Sales Resistance Simulator 0.")


def test_open_session_from_the_file_menu(make_window, qtbot, mini, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """File > Open session opens a finished session in a replay window, leaving the file unchanged."""
    from simulator.ui.replay.window import ReplayWindow

    session = Session(mini, "en", 0)
    for option_id in GOOD_PATH:
        session.choose(option_id, response_ms=1000)
    path = tmp_path / "finished.json"
    session.save(path)
    before = path.read_bytes()
    window = make_window()
    window.ask_open_path = lambda title, folder, filters: path  # the user picks the file
    window.open_action.trigger()
    replays = [w for w in window.findChildren(ReplayWindow) if w.isVisible()]
    assert len(replays) == 1
    assert window.stack.currentWidget() is window.library
    assert path.read_bytes() == before  # opened, not changed


def test_bridge_turns_engine_hooks_into_signals(qtbot, mini):
    """Each engine hook arrives as a Qt signal, in the engine's order, and detach stops them."""
    session = Session(mini, "en", 0)
    bridge = SessionBridge(session)
    seen: list[str] = []
    bridge.turnPlayed.connect(lambda turn: seen.append(f"turn {turn.option}"))
    bridge.needUncovered.connect(lambda need: seen.append(f"need {need}"))
    bridge.stateChanged.connect(lambda old, new: seen.append(f"state {old}->{new}"))
    bridge.sessionEnded.connect(lambda outcome: seen.append(f"ended {outcome}"))
    bridge.turnUndone.connect(lambda turn: seen.append(f"undone {turn.option}"))
    session.choose("open-ask")
    session.undo()
    assert seen[0] == "turn open-ask" and seen[1] == "need clarity" and seen[-1] == "undone open-ask"
    bridge.detach()
    seen.clear()
    session.choose("open-listen")
    assert seen == []
