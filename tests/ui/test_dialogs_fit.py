"""The dialogs in English and Dutch, as a user meets them on a 1280x800, 1366x768 or 1920x1080 screen: the
import refusal, the session-in-use question, the note after an export, the shared-folders setting, About and
the manual. Each opens no larger than the smallest screen (with room for a task bar), keeps its buttons inside
and shows its texts whole. (The screen picker and the class overview: `test_screens_fit.test_dialogs_fit`.)

Screenshots are saved to $SCREEN_SHOTS when set (else the test's folder).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMessageBox, QWidget
from test_screens_fit import LANGUAGES, SIZES, inside, readable, shots, show_at

from simulator.ui.main_window import MainWindow

SMALLEST = (1280, 768 - 40)
"""The least room a dialog gets: a 1366x768 screen's height and a 1280x800 screen's width, less a task bar."""


@pytest.fixture(autouse=True)
def _themed(themed):
    """Every test here measures the screens with the program's own style sheet and font."""


@pytest.fixture
def no_waiting(monkeypatch):
    """Message boxes show instead of waiting for a click, so a test can measure them."""
    monkeypatch.setattr(QMessageBox, "exec", lambda box: box.show())


def check(dialog: QWidget, tmp_path: Path, name: str, room: tuple[int, int] = SMALLEST) -> None:
    """Show `dialog`, save its picture, and assert that it fits `room` (the smallest screen) with everything
    readable."""
    dialog.show()
    QApplication.processEvents()
    dialog.grab().save(str(shots(tmp_path) / f"{name}.png"))
    assert dialog.width() <= room[0] and dialog.height() <= room[1], f"{name}: {dialog.size()}"
    assert readable(dialog) == [], name
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisibleTo(dialog):
            assert inside(button, dialog), f"{name}: {button.text()!r} outside"


def real_message_box(window: MainWindow, message: tuple[str, str, str], kind: str = "warning") -> QMessageBox:
    """The message box the program shows for a recorded (title, text, details)."""
    before = set(window.findChildren(QMessageBox))
    MainWindow.show_message(window, kind, *message)
    (box,) = set(window.findChildren(QMessageBox)) - before
    return box


@pytest.mark.parametrize("language", LANGUAGES)
def test_import_refusal_fits(make_window, qtbot, tmp_path, no_waiting, language):
    """A scenario refused on import lists its problems in a box that fits the screen, texts whole."""
    window = make_window(language=language)
    broken = tmp_path / "een-scenario-met-een-heel-lange-bestandsnaam-dat-niet-klopt.yaml"
    broken.write_text("format: 2\nid: broken\ntitle: {en: Broken, nl: Kapot}\nbeats: [{id: x, options: 3}]\n")
    assert window.import_scenario(broken) is False
    box = real_message_box(window, window.messages[-1])
    qtbot.addWidget(box)
    check(box, tmp_path, f"import-refused-{language}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_session_in_use_question_fits(make_window, qtbot, tmp_path, language):
    """The question about a session open elsewhere shows its three choices inside a box that fits."""
    from simulator.ui.session_lock import locked_session_box

    window = make_window(language=language)
    path = tmp_path / "sessions" / "20261129T063400-a-scenario-with-a-long-name-8c430060.json"
    box = locked_session_box(window, path, "trainer-laptop-lokaal-3, pid 48213")
    qtbot.addWidget(box)
    check(box, tmp_path, f"session-in-use-{language}")
    assert {"readOnly", "copy"} <= {button.objectName() for button in box.buttons()}


@pytest.mark.parametrize("language", LANGUAGES)
def test_export_note_fits(make_window, qtbot, tmp_path, language):
    """The note after an export names the folder and the file, with its two buttons, in a box that fits."""
    from simulator.ui.replay.exported import tell_exported

    window = make_window(language=language)
    path = tmp_path / "Documents" / "Sales Resistance Simulator" / "debrief-margriet-van-zijlstra-2026-11-29.pdf"
    box = tell_exported(window, path)
    qtbot.addWidget(box)
    check(box, tmp_path, f"export-note-{language}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_shared_folders_setting_fits(make_window, qtbot, tmp_path, language):
    """The shared scenario folders setting, with long folder names, fits the screen with its buttons inside."""
    from simulator.ui.shared_folders import SharedFoldersDialog

    window = make_window(language=language)
    folders = [tmp_path / "gedeelde schijf" / "trainingen" / "weerstand" / f"groep {n}" for n in range(4)]
    dialog = SharedFoldersDialog(folders, window)
    qtbot.addWidget(dialog)
    check(dialog, tmp_path, f"shared-folders-{language}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_about_fits(make_window, qtbot, tmp_path, no_waiting, language):
    """About tells what the program is for in a box that fits, its text whole."""
    window = make_window(language=language)
    window.show_about()
    box = real_message_box(window, window.messages[-1], "information")
    qtbot.addWidget(box)
    check(box, tmp_path, f"about-{language}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_manual_fits_every_window(make_window, qtbot, tmp_path, language):
    """Help > Manual opens no larger than the window it belongs to, at every screen size, its Close button
    inside and its page scrolling instead of running off."""
    window = make_window(language=language)
    for width, height in SIZES:
        show_at(window, (width, height - 40))
        window.show_manual()
        dialog = window.manual_dialog
        assert isinstance(dialog, QDialog)
        check(dialog, tmp_path, f"manual-{language}-{width}x{height}", (width, height - 40))
        dialog.close()


def test_shared_folder_paths_keep_their_ends(qtbot, tmp_path):
    """A long shared folder path is shortened in its middle, so the folder's own name stays readable, and the
    whole path is its tooltip."""
    from PySide6.QtCore import Qt

    from simulator.ui.shared_folders import SharedFoldersDialog

    folder = tmp_path / ("een heel lange map " * 8).strip() / "groep 3"
    dialog = SharedFoldersDialog([folder])
    qtbot.addWidget(dialog)
    assert dialog.list.textElideMode() is Qt.TextElideMode.ElideMiddle
    assert dialog.list.item(0).toolTip() == str(folder)
    assert dialog.folders() == [folder]
