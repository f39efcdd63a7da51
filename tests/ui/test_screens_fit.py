"""Every screen at 1280x800, 1366x768 and 1920x1080, in English and Dutch: no text cut or drawn over another,
the parts a trainer needs inside the window, and windows that open no larger than the screen. The scenario
used carries the longest texts of the bundled scenarios (see `long_scenario`).

Screenshots of every case are saved (to $SCREEN_SHOTS when set, to look at them; else the test's folder).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from test_classroom_support import long_scenario, text_problems

from simulator.ui.kit.screen_fit import fitted_size

SIZES = ((1280, 800), (1366, 768), (1920, 1080))
LANGUAGES = ("en", "nl")


def shots(tmp_path: Path) -> Path:
    """Where screenshots go."""
    folder = Path(os.environ.get("SCREEN_SHOTS", "") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def readable(window: QWidget) -> list[str]:
    """`text_problems` of `window`, where text inside a scroll area may run below the visible part (it scrolls
    down), but not past its right edge (nothing scrolls sideways)."""
    problems = [p for p in text_problems(window, overlap=False) if "qt_scrollarea_viewport" not in p]
    for viewport in window.findChildren(QWidget, "qt_scrollarea_viewport"):
        if not viewport.isVisibleTo(window):
            continue
        for widget in viewport.findChildren(QWidget):
            if not widget.isVisibleTo(window) or not widget.isVisibleTo(viewport):
                continue
            text = getattr(widget, "text", None)
            if not callable(text) or not text():
                continue
            left = widget.mapTo(viewport, QPoint(0, 0)).x()
            if left < 0 or left + widget.width() > viewport.width() + 1:
                problems.append(f"{type(widget).__name__}#{widget.objectName()} {text()[:40]!r}: cut off sideways")
    return problems


def inside(widget: QWidget, window: QWidget) -> bool:
    """True when `widget` is shown and lies wholly inside `window` (not below its lower edge)."""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return widget.isVisibleTo(window) and window.rect().contains(rect)


def show_at(window: QWidget, size: tuple[int, int]) -> None:
    """Give `window` this size, as a maximised window on such a screen would have."""
    window.resize(*size)
    QApplication.processEvents()
    QApplication.processEvents()


def not_overlapping(widgets: list[QWidget]) -> list[str]:
    """Pairs of widgets drawn over each other."""
    found = []
    for index, first in enumerate(widgets):
        for second in widgets[index + 1 :]:
            if first.geometry().intersects(second.geometry()):
                found.append(f"{first.objectName()} overlaps {second.objectName()}")
    return found


@pytest.fixture(autouse=True)
def _themed(themed):
    """Every test here measures the screens with the program's own style sheet and font."""


@pytest.fixture
def long_window(make_window, tmp_path):
    """A main window whose library holds the long scenario three times (so cards sit side by side)."""
    folder = tmp_path / "long-dialogues"
    path = long_scenario(folder)
    # Situations of different lengths per language, so a switch changes how many lines each card needs.
    data = json.loads(path.read_text(encoding="utf-8"))
    data["situation"] = {
        "en": "A customer hesitates over a quote.",
        "nl": "Een klant twijfelt al weken over een offerte die zijn directie te duur vindt, terwijl zijn team "
        "juist zegt dat het oude systeem elke maand meer uren kost dan het nieuwe zou kosten.",
    }
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    for number in (2, 3):
        text = path.read_text(encoding="utf-8").replace('"id": "long"', f'"id": "long-{number}"')
        (folder / f"long-{number}.yaml").write_text(text, encoding="utf-8")

    def make(language: str):
        return make_window(language=language, scenario_dir=folder)

    return make


def play_some(window, qtbot, turns: int) -> None:
    """Start the first scenario and play `turns` answers, slowing down where possible (so a short game stays
    in the conversation, whatever order the session's seed drew the answers in)."""
    card = window.library.scenario_cards()[0]
    qtbot.mouseClick(card.start, Qt.MouseButton.LeftButton)
    window.practice.min_turn_interval_ms = 0
    for _ in range(turns):
        session = window.session
        if session.finished:
            break
        slowing = [option.id for option in session.options if str(option.family) == "slowing"]
        buttons = window.practice.options.visible_buttons()
        chosen = next((b for b in buttons if b.option_id in slowing), buttons[0])
        chosen.click()


def test_windows_never_open_larger_than_the_screen():
    """A window asking for 1280x800 on a 1280x800 screen with a task bar gets the room there is."""
    available = QRect(0, 0, 1280, 760)
    size = fitted_size(QSize(1280, 800), available)
    assert size.height() <= 760 - 30 and size.width() <= 1280
    assert fitted_size(QSize(1280, 800), QRect(0, 0, 1920, 1040)) == QSize(1280, 800)


@pytest.mark.parametrize("language", LANGUAGES)
def test_library_cards_stay_apart_after_a_live_language_switch(long_window, qtbot, tmp_path, language):
    """Switched to the other language while shown, the cards neither overlap nor cut their texts."""
    window = long_window(language)
    other = "nl" if language == "en" else "en"
    for width, height in SIZES:
        show_at(window, (width, height))
        window.set_language(other)
        qtbot.wait(50)  # the screen as the user sees it, once the event loop has run
        window.grab().save(str(shots(tmp_path) / f"library-{language}-to-{other}-{width}x{height}.png"))
        cards = window.library.scenario_cards()
        assert len(cards) == 3
        assert not_overlapping(cards) == [], f"{width}x{height}"
        assert readable(window.library) == [], f"{width}x{height}"
        window.set_language(language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_practice_screen_fits(long_window, qtbot, tmp_path, language):
    """Mid-conversation, the answers, the notebook with its last line and the meters all fit the window."""
    window = long_window(language)
    play_some(window, qtbot, 2)
    practice = window.practice
    for width, height in SIZES:
        show_at(window, (width, height))
        window.grab().save(str(shots(tmp_path) / f"practice-{language}-{width}x{height}.png"))
        assert readable(practice) == [], f"{width}x{height}"
        for part in (practice.notebook.placeholder, practice.options, practice.meters):
            where = QRect(part.mapTo(window, QPoint(0, 0)), part.size())
            assert inside(part, window), f"{part.objectName()} at {width}x{height}: {where} in {window.rect()}"
        footer = practice.notebook.placeholder
        assert footer.visibleRegion().boundingRect() == footer.rect(), f"notebook footer at {width}x{height}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_debrief_fits(long_window, qtbot, tmp_path, language):
    """The debrief's texts fit their boxes at every size (the page scrolls; nothing is cut sideways)."""
    window = long_window(language)
    play_some(window, qtbot, 30)
    window.show_debrief()
    for width, height in SIZES:
        show_at(window, (width, height))
        window.grab().save(str(shots(tmp_path) / f"debrief-{language}-{width}x{height}.png"))
        assert readable(window.debrief) == [], f"{width}x{height}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_replay_window_fits_with_a_try_open(long_window, qtbot, tmp_path, data_dir, language):
    """The replay window's minimum fits a 1366x768 screen; its trainer note and status bar are inside it; the
    answers of a try show their whole text."""
    from simulator.ui.replay.window import open_replay

    window = long_window(language)
    play_some(window, qtbot, 2)
    path = window.archive.path_for(window.session)
    replay = open_replay(path, None, data_dir=data_dir, language=language)
    assert replay is not None
    qtbot.addWidget(replay)
    minimum = replay.minimumSizeHint()
    assert minimum.width() <= 1280 and minimum.height() <= 768 - 40
    replay.go_to(1)
    panel = replay.try_another_option()
    assert panel is not None
    for width, height in SIZES:
        show_at(replay, (width, height - 40))
        replay.grab().save(str(shots(tmp_path) / f"replay-{language}-{width}x{height}.png"))
        assert inside(replay.statusBar(), replay), f"status bar at {width}x{height}"
        for button in panel.findChildren(QWidget, "liveOption"):
            assert button.height() >= button.heightForWidth(button.width()), f"{width}x{height}"
        assert readable(panel) == [], f"{width}x{height}"
        replay.tabs.setCurrentIndex(0)
        QApplication.processEvents()
        # The turn's trainer note: in the window, reached by scrolling the turn's panel when it is long.
        scroll = replay.tabs.currentWidget()
        assert isinstance(scroll, QScrollArea) and inside(scroll, replay)
        scroll.ensureWidgetVisible(replay.panel.note)
        QApplication.processEvents()
        assert not replay.panel.note.visibleRegion().isEmpty(), f"note at {width}x{height}"
        replay.tabs.setCurrentIndex(1)


@pytest.mark.parametrize("language", LANGUAGES)
def test_history_dialog_fits(long_window, qtbot, tmp_path, language):
    """The session history opens no larger than the window and its texts fit."""
    from simulator.ui.replay.history import HistoryView

    window = long_window(language)
    play_some(window, qtbot, 2)
    window.show_library()
    for width, height in SIZES:
        show_at(window, (width, height))
        window.show_history()
        dialog = window.history_dialog
        assert dialog is not None
        QApplication.processEvents()
        assert dialog.width() <= width and dialog.height() <= height
        dialog.grab().save(str(shots(tmp_path) / f"history-{language}-{width}x{height}.png"))
        assert readable(dialog.findChild(HistoryView)) == [], f"{width}x{height}"
        dialog.close()


def test_screenshots_folder_is_usable(tmp_path):
    """The screenshot folder can be written (a guard for the tests above)."""
    folder = shots(tmp_path)
    (folder / "probe").write_text("ok", encoding="utf-8")
    assert (folder / "probe").read_text(encoding="utf-8") == "ok"
    shutil.rmtree(tmp_path / "shots", ignore_errors=True)


@pytest.mark.parametrize("language", LANGUAGES)
def test_dialogs_fit(long_window, qtbot, tmp_path, mini, language):
    """The screen picker and the class overview fit their windows at every size, in both languages."""
    from PySide6.QtGui import QGuiApplication

    from simulator.engine import Session
    from simulator.engine.class_overview import load_class
    from simulator.ui.class_window import ClassWindow
    from simulator.ui.classroom.screens import ScreenPicker, screen_key

    long_window(language)  # installs the language
    screens = QGuiApplication.screens()
    picker = ScreenPicker(screens, screen_key(screens[0]))
    qtbot.addWidget(picker)
    picker.show()
    QApplication.processEvents()
    picker.grab().save(str(shots(tmp_path) / f"screen-picker-{language}.png"))
    assert readable(picker) == []
    assert picker.width() <= 1280 and picker.height() <= 760

    folder = tmp_path / "class"
    folder.mkdir()
    for number, name in enumerate(("Ada", "Bram", "Chloé")):
        session = Session(mini, language, number, player=name)
        for _ in range(3):
            if not session.finished:
                session.choose(session.options[0].id, response_ms=1000)
        session.save(folder / f"{name}.json")
    overview = ClassWindow(load_class([folder]), language)
    qtbot.addWidget(overview)
    overview.show()
    assert overview.height() <= 800 and overview.width() <= 1280
    for width, height in SIZES:
        show_at(overview, (width, height - 40))
        overview.grab().save(str(shots(tmp_path) / f"class-{language}-{width}x{height}.png"))
        assert readable(overview) == [], f"{width}x{height}"


def test_a_remembered_size_larger_than_the_screen_is_shrunk(qtbot):
    """A window remembered at 2560x1440 comes back no larger than its screen's available area."""
    from PySide6.QtWidgets import QMainWindow

    from simulator.ui.kit.screen_fit import keep_on_screen

    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(2560, 1440)
    keep_on_screen(window)
    available = window.screen().availableGeometry()
    assert window.width() <= available.width() and window.height() <= available.height()
    assert available.contains(window.pos())


def field_fits(edit) -> bool:
    """True when a line edit's hint (placeholder) is wholly readable in its box."""
    from PySide6.QtGui import QFontMetrics

    room = edit.contentsRect().width() - 2 * 6  # the frame's text margins in the program's style
    return QFontMetrics(edit.font()).horizontalAdvance(edit.placeholderText()) <= room


@pytest.mark.parametrize("language", LANGUAGES)
def test_library_fits(long_window, qtbot, tmp_path, language):
    """The library with a session left unfinished: the name field (with its whole hint) lies inside the window,
    the recent list shows several rows without scrolling the page, and the cards stay apart with their texts
    whole (the page scrolls down to further cards)."""
    window = long_window(language)
    play_some(window, qtbot, 2)
    window.show_library()
    library = window.library
    for width, height in SIZES:
        show_at(window, (width, height))
        window.grab().save(str(shots(tmp_path) / f"library-{language}-{width}x{height}.png"))
        assert inside(library.name_edit, window), f"name field at {width}x{height}"
        assert library.recent_list.count() >= 1
        shown = library.recent_list.visibleRegion().boundingRect().height()
        assert shown >= 3 * library.recent_list.sizeHintForRow(0), f"recent list at {width}x{height}: {shown} px"
        assert field_fits(library.name_edit), f"name hint at {width}x{height}"
        cards = library.scenario_cards()
        assert not_overlapping(cards) == [], f"{width}x{height}"
        assert readable(library) == [], f"{width}x{height}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_practice_with_the_typed_answer_open_fits(long_window, qtbot, tmp_path, language):
    """Answering by typing, with "Did you mean…?" open: the box, its hint, the interpretations and the notebook's
    footer are inside the window at every size, their texts whole."""
    from test_typed_answers import type_answer

    window = long_window(language)
    play_some(window, qtbot, 1)
    window.set_answer_by("type")
    practice = window.practice
    type_answer(qtbot, window, "i see" if language == "en" else "ik snap het")
    assert practice.typed.meant.isVisible(), "the vague answer did not ask what was meant"
    for width, height in SIZES:
        show_at(window, (width, height))
        window.grab().save(str(shots(tmp_path) / f"practice-typed-{language}-{width}x{height}.png"))
        shown = [b for b in practice.typed.meant_buttons if b.isVisible()]
        for part in (practice.typed.edit, *shown, practice.notebook.placeholder, practice.meters):
            assert inside(part, window), f"{part.objectName()} at {width}x{height}"
        assert field_fits(practice.typed.edit), f"typing hint at {width}x{height}"
        assert readable(practice) == [], f"{width}x{height}"
