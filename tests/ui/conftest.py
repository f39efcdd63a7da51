"""Fixtures of the practice-window tests: a library folder holding the mini scenario, and a main window built
on it with its settings, sessions and compiled translations all inside the test's temporary data folder.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from ui_practice_support import MINI, MINI_ASSETS

from simulator.app import build_main_window
from simulator.ui.i18n import LanguageSwitcher
from simulator.ui.main_window import MainWindow
from simulator.ui.settings import AppSettings


@pytest.fixture(autouse=True)
def no_session_in_use_question(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal 'session already open' question would hang a test: unless a test answers it, it fails loudly."""
    from simulator.ui import session_lock

    def unexpected(parent, path, holder=""):
        raise AssertionError(f"unexpected question: {path} is open in another window ({holder})")

    monkeypatch.setattr(session_lock, "ask_about_locked_session", unexpected)


@pytest.fixture
def library_dir(tmp_path: Path) -> Path:
    """A scenario folder with a copy of mini.yaml (its avatar comes from tests/data/assets)."""
    folder = tmp_path / "dialogues"
    folder.mkdir()
    shutil.copy(MINI, folder / "mini.yaml")
    return folder


WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot, data_dir: Path, library_dir: Path) -> Iterator[WindowFactory]:
    """Build, show and fully start a main window; messages are recorded instead of shown."""
    switchers: list[LanguageSwitcher] = []

    def make(
        *,
        language: str = "en",
        mode: str = "live",
        scenario_dir: Path | None = None,
        start: str | None = None,
    ) -> MainWindow:
        app = QApplication.instance()
        store = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
        settings = AppSettings(store)
        settings.feedback_mode = mode
        switcher = LanguageSwitcher(app, data_dir / "i18n")
        switcher.set_language(language)
        switchers.append(switcher)
        window = build_main_window(
            data_dir=data_dir,
            settings=settings,
            switcher=switcher,
            scenario_dir=scenario_dir or library_dir,
            assets_dir=MINI_ASSETS,
            start_scenario=start,
        )
        messages: list[tuple[str, str, str]] = []  # (title, text, details) of each message box
        window.messages = messages  # type: ignore[attr-defined]
        window.show_message = lambda kind, title, text, details="": messages.append((title, text, details))  # type: ignore[method-assign]
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.startupFinished, timeout=10000):
            window.show()
        window.activateWindow()
        qtbot.waitExposed(window)
        return window

    yield make
    for switcher in switchers:
        switcher.uninstall()


@pytest.fixture
def themed(qapp):
    """The program's own style sheet and font, as the program runs (paddings and fonts change what fits); the
    application's own look is put back afterwards."""
    from simulator.ui.kit.theme import apply_theme

    font, sheet = qapp.font(), qapp.styleSheet()
    apply_theme(qapp)
    yield
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer every message box at once (OK) and record its text."""
    shown: list[str] = []

    def answer(box: QMessageBox) -> int:
        shown.append(box.text())
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return shown
