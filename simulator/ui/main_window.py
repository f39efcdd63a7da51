"""The program's main window, a shell: its menus, the stack of screens (library, practice, debrief), drag and
drop, the dialogs of its menus, and the wiring between the screens and the session controller.

The session itself (start, resume, try again, autosave, the lock on its file) is `SessionController`'s; this
window is its view (`view.SessionView`): it shows the controller's session and answers its questions with real
dialogs. The window is built by the composition root (`simulator.app`). The engine is imported on first use,
after the window is visible: the library fills from the scenario index, and importing the engine (pydantic)
before the first frame would double the start-up time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

# Nothing here imports or touches PySide6's `Qt` namespace before the window is painted: even importing the name
# creates its hundred-odd Python enums (25-50 ms), which the library screen pays for after the first paint instead.
from ..scenario.vocabulary import FEEDBACK_MODES
from . import dialogs
from .i18n import UI_LANGUAGES, LanguageSwitcher
from .kit import theme
from .kit.screen_fit import keep_on_screen, place_on_screen
from .kit.words import language_name, localized, mode_name
from .practice.catalogue import CatalogueEntry, ScenarioCatalogue, load_entry
from .session_controller import Opened, SessionController
from .settings import AppSettings

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QPaintEvent, QScreen
    from PySide6.QtWidgets import QMenu

    from ..engine import Session
    from ..engine.archive import SessionArchive
    from .bridge import SessionBridge
    from .classroom import ClassroomController
    from .classroom.host import ClassroomHost
    from .practice.debrief import DebriefScreen
    from .practice.library import LibraryScreen
    from .practice.screen import PracticeScreen
    from .session_lock import LockChoice
    from .view import OpenView, ScreenChooser, SessionView

MINIMUM_SIZE = (1024, 640)
STARTUP_FALLBACK_MS = 1500


class MainWindow(QMainWindow):
    """The program's one main window; the view of the session controller."""

    sessionStarted = Signal(object)
    """A session is now being played (the `Session`) and shown on the practice screen."""
    startupFinished = Signal()
    """The scenarios are loaded and the recent sessions listed."""

    def __init__(
        self, controller: SessionController, switcher: LanguageSwitcher, *, start_scenario: str | None = None
    ) -> None:
        """The window of `controller`'s sessions (it shares the controller's data folder, settings and scenario
        catalogue); `start_scenario` (an id or a file) starts once the library is loaded."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.controller = controller
        self.data_dir: Path = controller.data_dir
        self.settings: AppSettings = controller.settings
        self.catalogue: ScenarioCatalogue = controller.catalogue
        self.catalogue.setParent(self)
        self.switcher = switcher
        self.start_scenario = start_scenario
        controller.setParent(self)
        controller.view = self
        controller.sessionStarted.connect(self._session_started)
        controller.unsavedChanged.connect(self._unsaved_changed)
        self._practice: PracticeScreen | None = None
        self._debrief: DebriefScreen | None = None
        self._classroom: ClassroomController | None = None
        self._started = False
        self.mode = self.settings.feedback_mode
        self.class_windows: list[QWidget] = []

        self.setMinimumSize(*MINIMUM_SIZE)
        self.setAcceptDrops(True)
        self.history_dialog: QWidget | None = None
        self.manual_dialog: QWidget | None = None
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self._library: LibraryScreen | None = None
        # The window first appears with its menus only; the library is built once it has been painted (see
        # paintEvent), and the scenarios load after that. The timer covers a window that is never painted.
        self._painted = False
        QTimer.singleShot(STARTUP_FALLBACK_MS, self, self._after_show)
        self.catalogue.finished.connect(self._catalogue_finished)
        self._build_menus()
        self.retranslate()
        geometry = self.settings.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            place_on_screen(self, QSize(1280, 760))
        else:
            keep_on_screen(self)  # remembered on a larger monitor, now on a laptop or a projector

    # ---- lazily built parts -------------------------------------------------------------------------------
    @property
    def library(self) -> LibraryScreen:
        """The library screen (built after the window's first paint, or on first use)."""
        if self._library is None:
            from .practice.library import LibraryScreen

            library = LibraryScreen(self.stack)
            self._library = library
            self.stack.insertWidget(0, library)  # the first page of an empty stack becomes the current one
            library.set_language(self.switcher.language)
            library.set_mode(self.mode)
            library.set_loading(not self.catalogue.loaded)
            for entry in self.catalogue.entries():
                library.add_entry(entry)
            library.startRequested.connect(self.start_entry)
            library.problemRequested.connect(self._show_problems)
            library.resumeRequested.connect(self.resume_path)
            # A recent session goes back to where it was left: play if unfinished, else its debrief (from
            # which it can be replayed); File > Open and the history open finished ones in the replay window.
            library.sessionRequested.connect(self.resume_path)
            library.languageRequested.connect(self.set_language)
            library.modeRequested.connect(self.set_mode)
            library.set_player_name(self.settings.player_name)
            library.playerNameChanged.connect(self._remember_player)
            library.answer_by.set_current(self.settings.answer_by)
            library.answerByRequested.connect(self.set_answer_by)
            self.catalogue.entryLoaded.connect(library.add_entry)
        return self._library

    @property
    def archive(self) -> SessionArchive:
        """The sessions folder in the data folder."""
        return self.controller.archive

    @property
    def session(self) -> Session | None:
        """The session on screen (the controller's)."""
        return self.controller.session

    @property
    def bridge(self) -> SessionBridge | None:
        """The Qt signals of the session on screen."""
        return self.controller.bridge

    @property
    def practice(self) -> PracticeScreen:
        """The practice screen (built on first use)."""
        if self._practice is None:
            from .practice.screen import PracticeScreen

            self._practice = PracticeScreen(self.stack)
            self._practice.debriefRequested.connect(self.show_debrief)
            self._practice.leaveRequested.connect(self.show_library)
            self._practice.saveFailed.connect(self.controller.save_failed)
            self._practice.turnSaved.connect(self.controller.turn_saved)
            self.stack.addWidget(self._practice)
        return self._practice

    @property
    def debrief(self) -> DebriefScreen:
        """The debrief screen (built on first use)."""
        if self._debrief is None:
            from .practice.debrief import DebriefScreen

            self._debrief = DebriefScreen(self.stack)
            self._debrief.tryAgainRequested.connect(self.try_again)
            self._debrief.libraryRequested.connect(self.show_library)
            self._debrief.replayWindowRequested.connect(self.replay_current)
            self.stack.addWidget(self._debrief)
        return self._debrief

    # ---- menus --------------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.new_action = self._add_action(self.file_menu, self.show_library)
        self.open_action = self._add_action(self.file_menu, self.open_session_dialog)
        self.history_action = self._add_action(self.file_menu, self.show_history)
        self.class_action = self._add_action(self.file_menu, self.open_class_dialog)
        self.file_menu.addSeparator()
        self.import_action = self._add_action(self.file_menu, self.import_scenario_dialog)
        self.shared_action = self._add_action(self.file_menu, self.edit_shared_folders)
        self.file_menu.addSeparator()
        self.quit_action = self._add_action(self.file_menu, self.close)

        self.view_menu = bar.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        self.language_actions = self._add_choices(self.language_menu, UI_LANGUAGES, self.set_language)
        for language, action in self.language_actions.items():
            action.setText(language_name(language))
        self.mode_menu = self.view_menu.addMenu("")
        self.mode_actions = self._add_choices(self.mode_menu, FEEDBACK_MODES, self.set_mode)
        self.view_menu.addSeparator()
        self.classroom_action = self._add_action(self.view_menu, self.enter_classroom)
        self.vote_action = self._add_action(self.view_menu, self.start_class_vote)

        self.help_menu = bar.addMenu("")
        self.manual_action = self._add_action(self.help_menu, self.show_manual)
        self.data_folder_action = self._add_action(self.help_menu, self.open_data_folder)
        self.help_menu.addSeparator()
        self.about_action = self._add_action(self.help_menu, self.show_about)
        self._check_menus()

    def _add_action(self, menu: QMenu, slot: Callable[[], object]) -> QAction:
        """An item of `menu` that calls `slot` (its text is set by `retranslate`)."""
        action = QAction(self)  # (text, parent) would make PySide6 build its icon enums before the first paint
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _add_choices(self, menu: QMenu, keys: Sequence[str], choose: Callable[[str], object]) -> dict[str, QAction]:
        """One checkable item of `menu` per key, only one checked at a time; choosing one calls `choose(key)`."""
        group = QActionGroup(self)
        group.setExclusive(True)
        actions: dict[str, QAction] = {}
        for key in keys:
            action = QAction(self)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, k=key: choose(k))
            group.addAction(action)
            menu.addAction(action)
            actions[key] = action
        return actions

    def _add_shortcuts(self) -> None:
        # After the first paint: the first shortcut makes PySide6 create the Qt namespace's enums (~50 ms).
        from PySide6.QtGui import QKeySequence

        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.open_action.setShortcut(QKeySequence("Ctrl+O"))
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.classroom_action.setShortcut(QKeySequence("F5"))
        self.manual_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))

    def _check_menus(self) -> None:
        if self.switcher.language in self.language_actions:
            self.language_actions[self.switcher.language].setChecked(True)
        self.mode_actions[self.mode].setChecked(True)

    def retranslate(self) -> None:
        """Set every UI string of the window itself in the current language."""
        menus = (
            (self.file_menu, self.tr("&File")),
            (self.view_menu, self.tr("&View")),
            (self.language_menu, self.tr("&Language")),
            (self.mode_menu, self.tr("&Feedback for new sessions")),
            (self.help_menu, self.tr("&Help")),
        )
        for menu, title in menus:
            menu.setTitle(title)
        actions = (
            (self.new_action, self.tr("&New practice")),
            (self.open_action, self.tr("&Open session…")),
            (self.history_action, self.tr("Session &history…")),
            (self.class_action, self.tr("Open &class folder…")),
            (self.import_action, self.tr("&Import scenario…")),
            (self.shared_action, self.tr("Sh&ared scenario folders…")),
            (self.quit_action, self.tr("&Quit")),
            (self.classroom_action, self.tr("&Classroom mode (projector)")),
            (self.vote_action, QCoreApplication.translate("ClassVote", "Class &vote (phones, on the projector)")),
            (self.manual_action, self.tr("&Manual")),
            (self.data_folder_action, self.tr("Open the &data folder")),
            (self.about_action, self.tr("&About")),
            *((action, mode_name(mode)) for mode, action in self.mode_actions.items()),
        )
        for action, text in actions:
            action.setText(text)
        self._update_title()

    def _update_title(self) -> None:
        name = self.tr("Sales Resistance Simulator")
        current = self.stack.currentWidget()
        if self.session is not None and current is not self._library:
            title = localized(self.session.scenario.title, self.session.language)
            self.setWindowTitle(f"{title} — {name}")
        else:
            self.setWindowTitle(name)

    def retranslate_all(self) -> None:
        """Retranslate the window and every screen built so far.

        Called directly after a language switch rather than from LanguageChange events: Qt sends those only
        once the event loop runs, and a switch must take effect the moment it is made.
        """
        self.retranslate()
        if self._library is not None:
            self._library.retranslate()
        if self._practice is not None:
            self._practice.retranslate()
        if self._debrief is not None:
            self._debrief.retranslate()

    # ---- start-up -----------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self._after_show)

    def _after_show(self) -> None:
        if self._started:
            return
        self._started = True
        self._add_shortcuts()
        # The application's icon, so every window and dialog opened from here has it (set after the first paint:
        # loading the SVG icon engine costs start-up time).
        icon = theme.app_icon()
        QApplication.setWindowIcon(icon)
        self.setWindowIcon(icon)
        self.library.show()  # built now, after the first paint
        # One more event-loop turn, so the library is painted before the scenarios load.
        QTimer.singleShot(0, self.catalogue, self.catalogue.start)
        if self.settings.reset is not None:
            QTimer.singleShot(0, self, self._say_settings_reset)

    def _say_settings_reset(self) -> None:
        """Say once that the settings file was put aside (it is not there at the next start)."""
        reset = self.settings.reset
        if reset is None:
            return
        self.settings.reset = None
        kept = str(reset.kept_as) if reset.kept_as is not None else self.tr("(it could not be moved)")
        if reset.too_large:
            text = self.tr(
                "The settings file {0} is far larger than settings ever are, so it was not read. It was kept as "
                "{1}. The program starts with its default settings."
            ).format(reset.path, kept)
        else:
            text = self.tr(
                "The settings file {0} is damaged and could not be read. It was kept as {1}. The program starts "
                "with its default settings."
            ).format(reset.path, kept)
        self.show_message("information", self.tr("Settings were reset"), text)

    def _catalogue_finished(self) -> None:
        self.library.set_loading(False)
        self.archive.remove_leftovers()  # once per start, before the sessions are listed
        self.refresh_sessions(offer_resume=self.start_scenario is None)
        if self.start_scenario is not None:
            wanted, self.start_scenario = self.start_scenario, None
            self.start_by_name(wanted)
        self.startupFinished.emit()

    def refresh_sessions(self, *, offer_resume: bool = True) -> None:
        """List the saved sessions; offer the latest unfinished one for resuming."""
        summaries = self.archive.summaries()
        self.library.set_sessions(summaries)
        if offer_resume:
            self.library.offer_resume(next((s for s in summaries if s.resumable), None))

    # ---- sessions -----------------------------------------------------------------------------------------
    def start_by_name(self, name: str) -> bool:
        """Start the scenario with this id, or from this file; says so if there is none."""
        path = Path(name).expanduser()
        entry: CatalogueEntry | None
        if path.suffix.lower() in (".yaml", ".yml") or path.is_file():
            entry = load_entry(path, self.catalogue.assets_dir)
        else:
            entry = self.catalogue.find(name)
        if entry is None:
            self.show_problem(
                self.tr("Scenario not found"),
                self.tr("There is no scenario with the id or file name “{0}”. Choose one from the library.").format(
                    name
                ),
            )
            return False
        return self.start_entry(entry)

    def start_entry(self, entry: CatalogueEntry) -> bool:
        """Start a new session of a loaded scenario (a broken one shows its problems instead)."""
        if entry.scenario is None:
            self._show_problems(entry)
            return False
        self.controller.start(entry)
        return True

    def _session_started(self, session: Session) -> None:
        assert self.controller.bridge is not None
        self.practice.set_answer_by(self.settings.answer_by)
        self.practice.set_session(session, self.controller.bridge)
        self.library.hide_resume()
        self.stack.setCurrentWidget(self.practice)
        self._update_title()
        self.practice.focus_answers()
        self.sessionStarted.emit(session)

    def _unsaved_changed(self, problem: str) -> None:
        if problem or self._practice is not None:
            self.practice.show_unsaved(problem or None)

    def settle_saves(self) -> None:
        """Wait for the session's writes under way and take in what they reported (failed or saved)."""
        self.controller.settle_saves()

    def resume_path(self, path: Path) -> bool:
        """Go back to the session saved at `path`: play it on if unfinished, else show its debrief."""
        return self._show_opened(self.controller.resume(path), Path(path))

    def open_path(self, path: Path) -> bool:
        """Open a saved session: resume it if unfinished, else step through it in a replay window."""
        return self._show_opened(self.controller.open(path), Path(path))

    def _show_opened(self, opened: Opened, path: Path) -> bool:
        if opened is Opened.REVIEWING:
            self.show_debrief()
        elif opened in (Opened.REPLAYING, Opened.READ_ONLY):
            return self.open_replay(path, read_only=opened is Opened.READ_ONLY)
        return opened is not Opened.REFUSED

    def open_replay(self, path: Path, *, read_only: bool = False) -> bool:
        """Open the session at `path` in a replay window of its own (a dialog explains a bad file)."""
        from ..engine.review import BundledScenarios
        from ..scenario.library import ASSETS_DIR, DIALOGUES_DIR
        from .replay.window import open_replay

        # The library's own index tells whether the session's scenario changed: no scenario is loaded for it.
        bundled = BundledScenarios(
            self.catalogue.folder or DIALOGUES_DIR, self.catalogue.assets_dir or ASSETS_DIR, index=self.catalogue.index
        )
        window = open_replay(
            path, self, data_dir=self.data_dir, language=self.switcher.language, read_only=read_only, bundled=bundled
        )
        return window is not None

    def replay_current(self) -> None:
        """Open the session on screen in the replay window, from its saved file."""
        if self.session is None:
            return
        path = self.archive.path_for(self.session)
        if not path.is_file():
            self.show_problem(self.tr("Cannot open this session"), self.tr("This session was not saved."))
            return
        self.open_replay(path)

    def show_history(self) -> None:
        """File > Session history: past sessions with their measures and the trend over time."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QDialog, QVBoxLayout

        from .replay.history import HistoryView

        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Session history"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        layout = QVBoxLayout(dialog)
        history = HistoryView(self.data_dir, self.switcher.language, dialog)
        history.sessionActivated.connect(self.open_replay)
        layout.addWidget(history)
        dialog.resize(min(1100, self.width()), min(700, self.height()))
        dialog.show()
        self.history_dialog = dialog

    # ---- drag and drop: a session file dropped on the window opens it, a scenario or pack is imported ------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_file(event.mimeData()) is not None or _dropped_class(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event.mimeData())
        several = _dropped_class(event.mimeData())
        if path is None and several:
            event.acceptProposedAction()
            self.open_class(several)
            return
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        if path.suffix.lower() == ".json":
            self.open_path(path)
        else:
            self.import_scenario(path)

    # ---- sharing scenarios --------------------------------------------------------------------------------
    def import_scenario_dialog(self) -> None:
        """File > Import scenario…: a scenario file or a pack from another trainer."""
        path = self.ask_open_path(
            self.tr("Import a scenario"), Path.home(), self.tr("Scenarios and packs (*.yaml *.yml *.zip)")
        )
        if path is not None:
            self.import_scenario(path)

    def import_scenario(self, path: Path) -> bool:
        """Validate the scenario file or pack at `path` and copy it into the own scenarios; a refusal lists every
        problem and changes nothing."""
        from ..scenario import ScenarioError, own_scenarios_dir
        from ..scenario.packs import import_scenarios

        try:
            imported = import_scenarios(Path(path), own_scenarios_dir(self.data_dir))
        except ScenarioError as error:
            # The file is named once above; in each problem its name is enough (a long path filled the screen).
            shown = "\n".join(str(problem).replace(str(path), Path(path).name) for problem in error.problems[:8])
            more = len(error.problems) - 8
            if more > 0:
                shown += "\n" + self.tr("… and {0} more (see the details)").format(more)
            self.show_problem(
                self.tr("Scenario not imported"),
                self.tr("{0} was not imported; nothing was changed.\n\n{1}").format(path, shown),
                str(error),
            )
            return False
        except OSError as error:
            reason = self.tr("{0} could not be imported: {1}").format(path, error)
            self.show_problem(self.tr("Scenario not imported"), reason)
            return False
        titles = ", ".join(localized(item.scenario.title, self.switcher.language) for item in imported)
        self.reload_library()
        self.show_message(
            "information",
            self.tr("Scenario imported"),
            self.tr("{0} is now in your own scenarios, in {1}.").format(titles, own_scenarios_dir(self.data_dir)),
        )
        return True

    def edit_shared_folders(self) -> None:
        """File > Shared scenario folders…: change the list, keep it in the settings, and read the library again."""
        from .shared_folders import SharedFoldersDialog

        dialog = SharedFoldersDialog(self.settings.shared_folders, self)
        if dialog.exec() != SharedFoldersDialog.DialogCode.Accepted:
            return
        self.set_shared_folders(dialog.folders())

    def set_shared_folders(self, folders: list[Path]) -> None:
        """Use `folders` as the shared scenario folders from now on."""
        self.settings.shared_folders = folders
        self.settings.sync()
        self.catalogue.shared = list(folders)
        self.reload_library()

    def reload_library(self) -> None:
        """Read the library's folders again (after an import)."""
        if self._library is not None:
            self._library.clear_entries()
            self._library.set_loading(True)
        self.catalogue.start()

    def _remember_player(self, name: str) -> None:
        self.settings.player_name = name
        self.settings.sync()

    def open_class_dialog(self) -> None:
        """File > Open class folder…: the class overview of every session file in a folder."""
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a folder of session files"), str(Path.home()))
        if folder:
            self.open_class([Path(folder)])

    def open_class(self, paths: list[Path]) -> None:
        """Show the class overview of these session files or folders (damaged files are listed, never fatal)."""
        from .class_window import open_class

        window = open_class(paths, self.switcher.language, self, self.windowIcon())
        self.class_windows.append(window)

    def open_session_dialog(self) -> None:
        """File > Open session…"""
        self.archive.folder.mkdir(parents=True, exist_ok=True)
        path = self.ask_open_path(self.tr("Open a saved session"), self.archive.folder, self.tr("Sessions (*.json)"))
        if path is not None:
            self.open_path(path)

    def review(self, session: Session) -> None:
        """Show the debrief of a finished session (read-only)."""
        self.controller.review(session)
        self.show_debrief()

    def show_debrief(self) -> None:
        """The debrief of the current session."""
        if self.session is None:
            return
        self.debrief.show_session(self.session)
        self.stack.setCurrentWidget(self.debrief)
        self._update_title()
        self.debrief.again_button.setFocus()

    def try_again(self) -> None:
        """A new session of the same scenario (the library's version if it is still there)."""
        self.controller.try_again()

    def show_library(self) -> None:
        """Back to the library; an unfinished session is saved and offered for resuming."""
        self.controller.drop()
        self.stack.setCurrentWidget(self.library)
        self._update_title()
        if self.catalogue.loaded:
            self.refresh_sessions()
        self.library.setFocus()

    # ---- preferences --------------------------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        """Switch the UI and the scenario texts to `language`, and remember it."""
        if language not in UI_LANGUAGES:
            return
        if self.session is not None and language in self.session.scenario.languages:
            self.session.language = language
        self.switcher.set_language(language)
        if self._library is not None:
            self._library.set_language(language)
        self.retranslate_all()
        self.settings.language = language
        self._check_menus()
        self._update_title()

    def set_mode(self, mode: str) -> None:
        """The feedback mode for new sessions."""
        if mode not in self.mode_actions:
            return
        self.mode = mode
        self.settings.feedback_mode = mode
        if self._library is not None:
            self._library.set_mode(mode)
        self._check_menus()

    def set_answer_by(self, mode: str) -> None:
        """Answer by choosing or by typing, from now on (kept in the settings)."""
        self.settings.answer_by = mode
        if self._library is not None:
            self._library.answer_by.set_current(self.settings.answer_by)
        if self._practice is not None:
            self._practice.set_answer_by(self.settings.answer_by)

    # ---- classroom mode -----------------------------------------------------------------------------------
    @property
    def classroom(self) -> ClassroomController:
        """Classroom mode's controller (built on first use)."""
        if self._classroom is None:
            from .classroom import ClassroomController

            self._classroom = ClassroomController(self)
            self._classroom.ask_screen = self.ask_screen
            self._classroom.left.connect(self._classroom_left)
            self.controller.classroom = self._classroom
        return self._classroom

    def classroom_active(self) -> bool:
        """True while classroom mode runs."""
        return self._classroom is not None and self._classroom.active

    def enter_classroom(self) -> bool:
        """View > Classroom mode (F5), or `--projector`: the session (or the scenario list) goes full screen on
        the projector, with the presenter view on this screen; this window hides until classroom mode ends.

        False (and this window stays) when the trainer cancels the choice of screen.
        """
        if not self._started:
            self._after_show()  # the scenarios load even when this window never shows (`--projector`)
        if not self.classroom.enter():
            return False
        self.hide()
        return True

    def start_class_vote(self) -> bool:
        """View > Class vote: classroom mode with the class voting from their phones."""
        if not self.classroom_active() and not self.enter_classroom():
            return False
        return self.classroom.start_vote()

    def _classroom_left(self) -> None:
        # The class may have taken turns back: redraw the practice screen from the session.
        if self._practice is not None and self.bridge is not None:
            self._practice.refresh()
        self.show()
        self.raise_()
        self.activateWindow()
        self._update_title()

    # ---- dialogs: the view's answers ------------------------------------------------------------------------
    def show_problem(self, title: str, text: str, details: str = "") -> None:
        """Say what went wrong, in a warning box with plain text."""
        self.show_message("warning", title, text, details)

    def ask_open_path(self, title: str, folder: Path, filters: str) -> Path | None:
        """Ask for a file to open, starting in `folder`."""
        return dialogs.ask_open_path(self, title, folder, filters)

    def ask_locked_session(self, path: Path, holder: str) -> LockChoice:
        """Ask what to do with a session that another copy of the program has open."""
        from . import session_lock

        return session_lock.ask_about_locked_session(self, path, holder)

    def ask_screen(self, screens: Sequence[QScreen], suggested: str) -> str | None:
        """Ask which screen is the projector (classroom mode)."""
        from .classroom.screens import ask_for_projector

        return ask_for_projector(screens, suggested)

    def show_message(self, kind: str, title: str, text: str, details: str = "") -> None:
        """A message box with plain text (tests replace this method to keep dialogs from blocking)."""
        dialogs.show_message(self, kind, title, text, details)

    def _show_problems(self, entry: CatalogueEntry) -> None:
        problem = entry.problem or ""
        first = problem.splitlines()[0] if problem else ""
        self.show_problem(
            self.tr("This scenario could not be loaded"),
            self.tr("{0} has problems. The first one:\n\n{1}").format(entry.path, first),
            problem,
        )

    def show_manual(self) -> None:
        """Help > Manual: keys, modes and where the program keeps its files, in the UI language."""
        from PySide6.QtCore import Qt

        from .manual import ManualDialog

        dialog = ManualDialog(self.data_dir, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.resize(min(900, self.width()), min(760, self.height()))
        self.manual_dialog = dialog
        dialog.show()

    def open_data_folder(self) -> None:
        """Help > Open the data folder, in the system's file manager."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self.show_problem(self.tr("Cannot open the data folder"), f"{self.data_dir}: {error}")
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir))):
            self.show_message(
                "information", self.tr("The data folder"), self.tr("The data folder is {0}").format(self.data_dir)
            )

    def show_about(self) -> None:
        """Help > About."""
        from .. import __version__

        self.show_message(
            "information",
            self.tr("About"),
            self.tr(
                "Sales Resistance Simulator {0}\n\nPractise what top sellers do differently when a customer pushes "
                "back: slow down, look for the need underneath, name what chafes, and let the customer own the "
                "next step.\n\nEverything stays on this computer."
            ).format(__version__),
        )

    # ---- closing ------------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.sync()
        self.controller.close()  # turns a failed autosave left unsaved: one more try, or say so
        super().closeEvent(event)


def _dropped_class(mime: QMimeData) -> list[Path]:
    """Several local session files, or a folder, being dragged: a class to look at together."""
    urls = [url for url in (mime.urls() if mime.hasUrls() else []) if url.isLocalFile()]
    paths = [Path(url.toLocalFile()) for url in urls]
    wanted = [path for path in paths if path.is_dir() or path.suffix.lower() == ".json"]
    if len(wanted) > 1 or (len(wanted) == 1 and wanted[0].is_dir()):
        return wanted
    return []


DROPPABLE = (".json", ".yaml", ".yml", ".zip")


def _dropped_file(mime: QMimeData) -> Path | None:
    """The one local file being dragged, if it is a session (.json), a scenario (.yaml) or a pack (.zip)."""
    urls = mime.urls() if mime.hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in DROPPABLE else None


if TYPE_CHECKING:  # mypy checks that the window is the view its logic asks
    _views: tuple[type[SessionView], type[OpenView], type[ScreenChooser], type[ClassroomHost]] = (
        MainWindow,
        MainWindow,
        MainWindow,
        MainWindow,
    )
