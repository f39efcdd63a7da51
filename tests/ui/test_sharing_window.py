"""The window side of an install handed to a class: the library says where each scenario comes from, a scenario or
pack is imported from the menu or by dropping it, a crash shows a dialog naming the log, the manual tells where
files are, and dialogs stay readable under a dark system scheme."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox
from sharing_fixtures import TRAINER_ID, scenario_text, trainer_pack, tree, write_trainer_scenario

from simulator.scenario import avatar_file
from simulator.ui.settings import AppSettings


def source_texts(window) -> dict[str, str]:
    """Scenario id -> the source the library card shows."""
    return {card.entry.scenario.id: card.source.text() for card in window.library.scenario_cards()}


def reload_and_wait(window, qtbot, action) -> None:
    """Run `action` (an import) and wait until the library has been read again."""
    with qtbot.waitSignal(window.startupFinished, timeout=10000):
        action()


def test_library_shows_where_each_scenario_comes_from(make_window, data_dir: Path, tmp_path: Path):
    """Bundled, own and shared-folder scenarios each carry their source on the card."""
    write_trainer_scenario(data_dir / "scenarios" / "own-one", "own-one")
    write_trainer_scenario(tmp_path / "team-drive", "shared-one")
    settings = AppSettings(QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat))
    settings.shared_folders = [tmp_path / "team-drive"]
    settings.sync()
    window = make_window()
    assert source_texts(window) == {"mini": "Bundled", "own-one": "Your own", "shared-one": "Shared: team-drive"}


def test_library_source_is_translated(make_window, data_dir: Path):
    """In Dutch the card says the scenario is the trainer's own."""
    write_trainer_scenario(data_dir / "scenarios" / TRAINER_ID)
    window = make_window(language="nl")
    assert source_texts(window)[TRAINER_ID] == "Eigen"


def test_import_from_the_window_adds_a_card_with_its_own_faces(make_window, qtbot, tmp_path: Path, data_dir: Path):
    """Importing a scenario file adds its card, marked as own, showing the picture found beside the copy."""
    window = make_window()
    source = write_trainer_scenario(tmp_path / "usb")
    reload_and_wait(window, qtbot, lambda: window.import_scenario(source))
    assert source_texts(window)[TRAINER_ID] == "Your own"
    title, text, _ = window.messages[-1]
    assert title == "Scenario imported" and str(data_dir / "scenarios") in text
    card = next(c for c in window.library.scenario_cards() if c.entry.scenario.id == TRAINER_ID)
    expected = data_dir / "scenarios" / TRAINER_ID / "avatars" / f"{TRAINER_ID}-guarded.svg"
    assert card.avatar._path == avatar_file(card.entry.scenario, "guarded") == expected.resolve()


def test_dropping_a_pack_imports_it(make_window, qtbot, tmp_path: Path):
    """A .zip dropped on the window is imported like File > Import scenario…"""
    window = make_window()
    pack = trainer_pack(tmp_path / "pack.zip")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pack))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    reload_and_wait(window, qtbot, lambda: window.dropEvent(event))
    assert TRAINER_ID in source_texts(window)


def test_refused_import_in_the_window_lists_the_problems_and_changes_nothing(make_window, tmp_path, data_dir):
    """A broken scenario shows a warning naming the file and line; the library and the own folder stay as they were."""
    window = make_window()
    before = tree(data_dir / "scenarios")
    broken = tmp_path / "broken.yaml"
    broken.write_text(scenario_text(avatars=False).replace("move: listen", "move: shout", 1), encoding="utf-8")
    assert window.import_scenario(broken) is False
    title, text, details = window.messages[-1]
    assert title == "Scenario not imported"
    assert "nothing was changed" in text and "move" in details
    # The whole path once, at the top; each problem names the file and its line.
    assert str(broken) in text.splitlines()[0] and f"{broken.name}:" in text
    assert tree(data_dir / "scenarios") == before
    assert set(source_texts(window)) == {"mini"}


def test_unexpected_error_shows_a_dialog_naming_the_log(qtbot, data_dir: Path):
    """An uncaught exception, even before the log has started, is written to the log with its traceback and a
    dialog names the log file."""
    from simulator.ui.crash import CrashReporter, log_path

    reporter = CrashReporter(data_dir)
    reporter.install()
    try:
        assert sys.excepthook == reporter.handle
        try:
            raise RuntimeError("the customer vanished")
        except RuntimeError as error:
            sys.excepthook(type(error), error, error.__traceback__)
    finally:
        reporter.uninstall()
    dialog = reporter.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert str(log_path(data_dir)) in dialog.text()
    assert "RuntimeError: the customer vanished" in dialog.detailedText()
    logged = log_path(data_dir).read_text(encoding="utf-8")
    assert "Traceback" in logged and "the customer vanished" in logged
    dialog.close()


def test_log_starts_once_with_its_banner(data_dir: Path):
    """Starting the log writes the banner once; starting it again for the same folder adds nothing."""
    from simulator.ui.crash import log_path, start_logging

    assert start_logging(data_dir, "started for the test") == log_path(data_dir)
    assert start_logging(data_dir, "started for the test") == log_path(data_dir)
    assert log_path(data_dir).read_text(encoding="utf-8").count("started for the test") == 1


def test_manual_names_the_keys_and_where_files_are_in_both_languages(make_window, data_dir: Path):
    """Help > Manual lists the keys and this machine's data folder, log and own scenarios, in the UI language."""
    window = make_window()
    window.manual_action.trigger()
    page = window.manual_dialog.page.toPlainText()
    assert "Where the files are" in page and "Ctrl+O" in page
    for folder in (data_dir, data_dir / "scenarios", data_dir / "logs" / "simulator.log"):
        assert str(folder) in page
    window.manual_dialog.close()
    window.set_language("nl")
    window.manual_action.trigger()
    page = window.manual_dialog.page.toPlainText()
    assert "Waar de bestanden staan" in page and str(data_dir) in page


def test_dialogs_stay_readable_under_a_dark_system_palette(qtbot):
    """With a dark system palette, the theme forces light colours, so a message box has dark text on light."""
    from simulator.ui.kit.theme import apply_theme

    app = QApplication.instance()
    original_palette, original_sheet = app.palette(), app.styleSheet()
    dark = QPalette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        dark.setColor(role, QColor("#202124"))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        dark.setColor(role, QColor("#e8eaed"))
    app.setPalette(dark)
    try:
        apply_theme(app)
        box = QMessageBox(QMessageBox.Icon.Information, "Title", "Some text")
        qtbot.addWidget(box)
        palette = box.palette()
        assert palette.color(QPalette.ColorRole.Window).lightness() > 200
        assert palette.color(QPalette.ColorRole.WindowText).lightness() < 80
        assert palette.color(QPalette.ColorRole.Base).lightness() > 200
    finally:
        app.setPalette(original_palette)
        app.setStyleSheet(original_sheet)


def test_resumed_session_of_an_own_scenario_shows_its_own_faces(make_window, qtbot, tmp_path: Path, data_dir: Path):
    """A session file does not record where pictures are; resuming finds them through the library again."""
    window = make_window()
    reload_and_wait(window, qtbot, lambda: window.import_scenario(write_trainer_scenario(tmp_path / "usb")))
    window.start_by_name(TRAINER_ID)
    session = window.session
    session.choose(session.options[0].id)
    saved = window.archive.path_for(session)
    window.show_library()
    assert window.resume_path(saved)
    face = window.practice.customer.avatar._path
    assert face is not None and face.is_relative_to((data_dir / "scenarios" / TRAINER_ID).resolve())


def test_shared_folders_chosen_in_the_window_are_kept_and_shown(make_window, qtbot, tmp_path: Path, data_dir: Path):
    """Adding a shared folder in its dialog shows its scenarios at once and keeps the folder in the settings."""
    from simulator.ui.shared_folders import SharedFoldersDialog

    write_trainer_scenario(tmp_path / "usb-stick", "stick-one")
    window = make_window()
    dialog = SharedFoldersDialog(window.settings.shared_folders, window)
    qtbot.addWidget(dialog)
    dialog.add_folder(tmp_path / "usb-stick")
    dialog.add_folder(tmp_path / "usb-stick")  # listed once
    assert dialog.folders() == [tmp_path / "usb-stick"]
    reload_and_wait(window, qtbot, lambda: window.set_shared_folders(dialog.folders()))
    assert source_texts(window)["stick-one"] == "Shared: usb-stick"
    stored = AppSettings(QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat))
    assert stored.shared_folders == [tmp_path / "usb-stick"]


def test_every_window_carries_the_program_icon(make_window):
    """Once the window is up, the application icon is set, so dialogs and other windows show it too."""
    window = make_window()
    assert not QApplication.windowIcon().isNull()
    window.manual_action.trigger()
    assert not window.manual_dialog.windowIcon().isNull()
    window.manual_dialog.close()


def test_the_log_rotates_before_it_grows_past_its_limit(data_dir: Path):
    """A long run moves the full log aside (`simulator.log.1`, `.2`, …), keeps at most the set number of old
    files, and no file grows past the limit."""
    from simulator.ui import crash

    path = crash.start_logging(data_dir / "rotating")
    assert path is not None
    line = "x" * 1000
    for _ in range(crash.LOG_BYTES * (crash.LOG_BACKUPS + 2) // 1000):
        crash.logger().info(line)
    files = sorted(path.parent.glob(f"{crash.LOG_NAME}*"))
    assert [file.name for file in files] == [crash.LOG_NAME] + [
        f"{crash.LOG_NAME}.{number}" for number in range(1, crash.LOG_BACKUPS + 1)
    ]
    assert all(file.stat().st_size <= crash.LOG_BYTES for file in files)
    assert path.with_name(f"{crash.LOG_NAME}.1").read_text(encoding="utf-8").count(line) > 200
