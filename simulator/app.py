"""The composition root of the desktop program: it names and creates the application (the only place that
creates a Qt application object, the headless one the commands draw PDF reports with included), finds the data
folder and the settings, starts the log and the crash dialog, picks the language, applies the theme, and builds
the scenario catalogue, the session controller and the windows and wires them (`build_main_window`). The
command line asks it for the data folder and the shared scenario folders too (`user_folders`).

Nothing here imports the engine, pydantic or YAML: the library screen fills from the scenario index, and a
scenario loads when a session starts, which keeps start-up close to that of an empty Qt window (see
`benchmarks/startup.py`). With SIMULATOR_PROBE set, the window reports its first frame for the benchmarks.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from .ui.crash import CrashReporter
    from .ui.i18n import LanguageSwitcher
    from .ui.main_window import MainWindow
    from .ui.settings import AppSettings

ORGANISATION = "sales-resistance"
APPLICATION = "simulator"


def run_gui(
    scenario: str | None = None,
    language: str | None = None,
    projector: bool = False,
    vote: tuple[str | None, int] | None = None,
    vote_address: tuple[str | None, int] = (None, 0),
) -> int:
    """Open the practice window; with `scenario` (an id or a file) go straight into a session.

    `language` ("nl" or "en") overrides the remembered and the system language for this run. `projector`
    starts in classroom mode: full screen on the projector, the presenter view on the laptop's screen (the
    practice window appears when classroom mode ends, or if the trainer cancels the choice of screen).
    `vote` (host, port) also starts the class vote once classroom mode is on; `vote_address` is where the vote
    listens when the trainer starts it later (None and 0: this computer's address on the local network, a free
    port). Returns the exit code.
    """
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    window, switcher = open_main_window(scenario, language)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    _install_probe(window)
    if projector or vote_address != (None, 0):
        window.classroom.vote_address = vote or vote_address  # builds classroom mode only when it is asked for
    if not (projector and window.enter_classroom()):
        window.show()
    elif vote is not None and not window.classroom.start_vote():
        print(window.classroom.vote.problem if window.classroom.vote else "vote: could not start", file=sys.stderr)
    code = app.exec()
    switcher.uninstall()
    _crash_reporter(app).uninstall()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    return int(code)


def _install_probe(window: MainWindow) -> None:
    """For the benchmarks (SIMULATOR_PROBE): report the first frame, and the moment the library is filled in."""
    import os

    if not os.environ.get("SIMULATOR_PROBE"):
        return
    from .ui import probe

    def library_ready() -> None:
        probe.report("READY")
        probe.finish()

    if probe.install(window) == "ready":
        window.startupFinished.connect(library_ready)


def build_main_window(
    *,
    data_dir: Path,
    settings: AppSettings,
    switcher: LanguageSwitcher,
    scenario_dir: Path | None = None,
    assets_dir: Path | None = None,
    start_scenario: str | None = None,
) -> MainWindow:
    """The main window (not yet shown) with its scenario catalogue and session controller, wired together.

    `scenario_dir` and `assets_dir` replace the bundled scenarios and pictures (tests and benchmarks use a small
    library). Nothing built here imports the engine: the controller loads it with the first session.
    """
    from .ui.main_window import MainWindow
    from .ui.practice.catalogue import ScenarioCatalogue
    from .ui.session_controller import SessionController

    catalogue = ScenarioCatalogue(scenario_dir, assets_dir, data_dir=data_dir, shared=settings.shared_folders)
    controller = SessionController(
        data_dir=data_dir, settings=settings, catalogue=catalogue, language=lambda: switcher.language
    )
    return MainWindow(controller, switcher, start_scenario=start_scenario)


def open_main_window(scenario: str | None = None, language: str | None = None) -> tuple[MainWindow, LanguageSwitcher]:
    """Create the application if needed and build the practice window (not yet shown), with its language switcher."""
    from .ui.crash import start_logging

    _app, data_dir, settings, switcher = _set_up(language)
    window = build_main_window(data_dir=data_dir, settings=settings, switcher=switcher, start_scenario=scenario)
    # The log file starts once the library is on screen (an error before that starts it itself).
    window.startupFinished.connect(lambda: start_logging(data_dir, _banner(data_dir)))
    return window, switcher


def _banner(data_dir: Path) -> str:
    from . import __version__

    return f"started {__version__} (Python {sys.version.split()[0]}, data folder {data_dir})"


def run_replay_gui(path: str, language: str | None = None) -> int:
    """`simulator replay FILE`: the replay window on its own, in the remembered language and theme.

    A bad file prints one line on stderr and returns 1 without opening a window.
    """
    from .ui.crash import start_logging
    from .ui.kit.theme import app_icon
    from .ui.replay.window import run_replay

    app, data_dir, settings, switcher = _set_up(language)
    app.setWindowIcon(app_icon())
    start_logging(data_dir, _banner(data_dir))
    if settings.reset is not None:  # no main window here to say it: one line, once
        reason = "too large to be read" if settings.reset.too_large else "damaged"
        print(
            f"{settings.reset.path}: the settings file is {reason}; kept as {settings.reset.kept_as}, "
            "default settings used",
            file=sys.stderr,
        )
    try:
        return run_replay(Path(path), data_dir=data_dir, language=switcher.language)
    finally:
        switcher.uninstall()
        _crash_reporter(app).uninstall()


def headless_application() -> QGuiApplication:
    """The application object for commands that draw (PDF reports) but never show a window: the running one, or
    a new one on the offscreen platform, which works on a server without a screen (fonts and images need it)."""
    from PySide6.QtGui import QGuiApplication

    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    return QGuiApplication([*sys.argv[:1], "-platform", "offscreen"])


def user_folders() -> tuple[Path, list[Path]]:
    """The data folder and the shared scenario folders from the settings, without creating an application (the
    command line asks for them too)."""
    from PySide6.QtCore import QCoreApplication

    from .ui.settings import AppSettings, open_settings, resolve_data_dir

    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    data_dir = resolve_data_dir()
    return data_dir, AppSettings(open_settings(data_dir)).shared_folders


CRASH_REPORTER = "crashReporter"


def _crash_reporter(app: QApplication) -> CrashReporter:
    """The crash reporter `_set_up` gave the application."""
    from .ui.crash import CrashReporter

    found = app.findChild(CrashReporter, CRASH_REPORTER)
    assert found is not None
    return found


def _set_up(language: str | None) -> tuple[QApplication, Path, AppSettings, LanguageSwitcher]:
    """Name the application, create it, find the data folder and settings, start the log and the crash dialog,
    install the language, theme and icon."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from .desktop import APP_ID
    from .ui.crash import CrashReporter
    from .ui.i18n import UI_LANGUAGES, LanguageSwitcher, system_language
    from .ui.kit.theme import STYLE_ARGUMENTS, apply_theme
    from .ui.settings import AppSettings, open_checked_settings, resolve_data_dir

    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    # The desktop entry's name (and the AppStream id): lets the desktop match the window to its launcher and icon.
    QGuiApplication.setDesktopFileName(APP_ID)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([*sys.argv[:1], *STYLE_ARGUMENTS])
    app.setApplicationDisplayName("")  # the windows set their own, translated titles

    data_dir = resolve_data_dir()
    reporter = CrashReporter(data_dir, app)
    reporter.setObjectName(CRASH_REPORTER)
    reporter.install()
    settings = AppSettings(*open_checked_settings(data_dir))
    chosen = language if language in UI_LANGUAGES else None
    switcher = LanguageSwitcher(app, cache_dir=data_dir / "i18n")
    switcher.set_language(chosen or settings.language or system_language())
    apply_theme(app, style_set=existing is None)
    return app, data_dir, settings, switcher
