"""The practice window: menus, the three screens (library, practice, debrief), and the session's life cycle
(start, autosave after every turn on a worker thread, resume, debrief, try again).

It is the view layer's hub: it owns every dialog, so screens only emit signals. The engine is imported on first
use, after the window is visible: the library fills from the scenario index, and importing the engine
(pydantic) before the first frame would double the start-up time.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

# Nothing here imports or touches PySide6's `Qt` namespace before the window is painted: even importing the name
# creates its hundred-odd Python enums (25-50 ms), which the library screen pays for after the first paint instead.
from ..scenario.vocabulary import FEEDBACK_MODES
from .i18n import UI_LANGUAGES, LanguageSwitcher
from .kit import theme
from .kit.screen_fit import keep_on_screen, place_on_screen
from .kit.words import language_name, localized, mode_name
from .practice.catalogue import CatalogueEntry, ScenarioCatalogue, load_entry
from .settings import AppSettings

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QPaintEvent

    from ..engine import Session
    from ..engine.archive import SessionArchive
    from ..engine.autosave import BackgroundWriter
    from .bridge import SessionBridge
    from .classroom import ClassroomController
    from .practice.debrief import DebriefScreen
    from .practice.library import LibraryScreen
    from .practice.screen import PracticeScreen
    from .session_lock import LockChoice, SessionLock

MINIMUM_SIZE = (1024, 640)
STARTUP_FALLBACK_MS = 1500
AUTOSAVE_AFTER_MS = 25
"""How long after a turn its file is written (unless the next answer comes first): after the turn's frame."""


class MainWindow(QMainWindow):
    """The program's one window."""

    sessionStarted = Signal(object)
    """A session is now being played (the `Session`)."""
    startupFinished = Signal()
    """The scenarios are loaded and the recent sessions listed."""
    autosaveFailed = Signal(str)
    """A background write of the session failed (the message); emitted from the writer's thread, so queued."""
    autosaveSucceeded = Signal()
    """A background write of the session succeeded (emitted from the writer's thread, so queued)."""

    def __init__(
        self,
        *,
        data_dir: Path,
        settings: AppSettings,
        switcher: LanguageSwitcher,
        scenario_dir: Path | None = None,
        assets_dir: Path | None = None,
        start_scenario: str | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.data_dir = data_dir
        self.settings = settings
        self.switcher = switcher
        self.start_scenario = start_scenario
        self.catalogue = ScenarioCatalogue(
            scenario_dir, assets_dir, self, data_dir=data_dir, shared=settings.shared_folders
        )
        self.session: Session | None = None
        self.bridge: SessionBridge | None = None
        self._archive: SessionArchive | None = None
        self._practice: PracticeScreen | None = None
        self._debrief: DebriefScreen | None = None
        self._classroom: ClassroomController | None = None
        self._started = False
        self._saving_warned = False
        self._writer: BackgroundWriter | None = None
        self.autosaveFailed.connect(self._autosave_failed)
        self.autosaveSucceeded.connect(self._autosave_succeeded)
        self._lock: SessionLock | None = None
        self.mode = settings.feedback_mode

        self.setMinimumSize(*MINIMUM_SIZE)
        self.setAcceptDrops(True)
        self.history_dialog: QWidget | None = None
        self.manual_dialog: QWidget | None = None
        self.shared_dialog: QWidget | None = None
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
        geometry = settings.geometry
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
        if self._archive is None:
            from ..engine.archive import SessionArchive

            self._archive = SessionArchive(self.data_dir)
        return self._archive

    @property
    def practice(self) -> PracticeScreen:
        """The practice screen (built on first use)."""
        if self._practice is None:
            from .practice.screen import PracticeScreen

            self._practice = PracticeScreen(self.stack)
            self._practice.debriefRequested.connect(self.show_debrief)
            self._practice.leaveRequested.connect(self.show_library)
            self._practice.saveFailed.connect(self._save_failed)
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
        self.new_action = QAction(self)
        self.new_action.triggered.connect(self.show_library)
        self.open_action = QAction(self)
        self.open_action.triggered.connect(self.open_session_dialog)
        self.history_action = QAction(self)
        self.history_action.triggered.connect(self.show_history)
        self.class_action = QAction(self)
        self.class_action.triggered.connect(self.open_class_dialog)
        self.import_action = QAction(self)
        self.import_action.triggered.connect(self.import_scenario_dialog)
        self.shared_action = QAction(self)
        self.shared_action.triggered.connect(self.edit_shared_folders)
        self.quit_action = QAction(self)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.open_action)
        self.file_menu.addAction(self.history_action)
        self.file_menu.addAction(self.class_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.shared_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.view_menu = bar.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for language in UI_LANGUAGES:
            action = QAction(self)  # (text, parent) would make PySide6 build its icon enums before the first paint
            action.setText(language_name(language))
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, lang=language: self.set_language(lang))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[language] = action
        self.mode_menu = self.view_menu.addMenu("")
        self.mode_group = QActionGroup(self)
        self.mode_group.setExclusive(True)
        self.mode_actions: dict[str, QAction] = {}
        for mode in FEEDBACK_MODES:
            action = QAction(self)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, m=mode: self.set_mode(m))
            self.mode_group.addAction(action)
            self.mode_menu.addAction(action)
            self.mode_actions[mode] = action
        self.view_menu.addSeparator()
        self.classroom_action = QAction(self)
        self.classroom_action.triggered.connect(self.enter_classroom)
        self.view_menu.addAction(self.classroom_action)
        self.vote_action = QAction(self)
        self.vote_action.triggered.connect(self.start_class_vote)
        self.view_menu.addAction(self.vote_action)

        self.help_menu = bar.addMenu("")
        self.manual_action = QAction(self)
        self.manual_action.triggered.connect(self.show_manual)
        self.help_menu.addAction(self.manual_action)
        self.data_folder_action = QAction(self)
        self.data_folder_action.triggered.connect(self.open_data_folder)
        self.help_menu.addAction(self.data_folder_action)
        self.help_menu.addSeparator()
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)
        self._check_menus()

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
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New practice"))
        self.open_action.setText(self.tr("&Open session…"))
        self.history_action.setText(self.tr("Session &history…"))
        self.class_action.setText(self.tr("Open &class folder…"))
        self.import_action.setText(self.tr("&Import scenario…"))
        self.shared_action.setText(self.tr("Sh&ared scenario folders…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.mode_menu.setTitle(self.tr("&Feedback for new sessions"))
        for mode, action in self.mode_actions.items():
            action.setText(mode_name(mode))
        self.classroom_action.setText(self.tr("&Classroom mode (projector)"))
        self.vote_action.setText(QCoreApplication.translate("ClassVote", "Class &vote (phones, on the projector)"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.manual_action.setText(self.tr("&Manual"))
        self.data_folder_action.setText(self.tr("Open the &data folder"))
        self.about_action.setText(self.tr("&About"))
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
            self.show_message(
                "warning",
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
        from ..engine import Session

        language = self.switcher.language
        if language not in entry.scenario.languages:
            language = entry.scenario.languages[0]
        # In classroom mode the room sees the meters and the reasons, each after the trainer's reveal.
        mode = "live" if self.classroom_active() else self.mode
        seed = random.randrange(1 << 30)
        player = self.settings.player_name or None
        # A classroom demo is kept in the history, but not offered to the player to resume.
        kind = "classroom" if self.classroom_active() else None
        session = Session(entry.scenario, language=language, seed=seed, mode=mode, player=player, kind=kind)
        self.play(session)
        return True

    def play(self, session: Session, lock: SessionLock | None = None) -> None:
        """Show `session` on the practice screen; it autosaves from its first turn on (`lock`: its file's lock,
        already taken)."""
        from .bridge import SessionBridge

        self._drop_session()
        self._lock = lock
        self.session = session
        self.bridge = SessionBridge(session, self)
        self.bridge.turnPlayed.connect(self._turn_played)
        if session.turns:
            # A resumed session keeps saving into its file.
            self._autosave(session)
        self.practice.set_answer_by(self.settings.answer_by)
        self.practice.set_session(session, self.bridge)
        self.library.hide_resume()
        self.stack.setCurrentWidget(self.practice)
        self._update_title()
        self.practice.focus_answers()
        self.sessionStarted.emit(session)

    def _turn_played(self, _turn: object) -> None:
        session = self.session
        if session is not None and session.autosave_path is None:
            # The file appears with the first turn: starting and leaving at once leaves no empty session behind.
            # (The session then saves itself after every turn; a failed save is retried on the next one.)
            self._autosave(session)
        if session is not None and session.finished:
            # A finished session is complete (its last save follows at once): nobody resumes it, so a replay
            # window may take the lock for its notes from here on.
            self._release_lock()

    def _autosave(self, session: Session) -> None:
        self._take_lock(session)
        # On a worker thread, so that a click repaints without waiting for the disk (see engine.autosave).
        if self._writer is None:
            from ..engine.autosave import BackgroundWriter

            # The write starts after the turn's frame is painted (or at once when the next answer comes).
            self._writer = BackgroundWriter(
                on_failed=lambda error: self.autosaveFailed.emit(str(error)),
                on_saved=self.autosaveSucceeded.emit,
                schedule=lambda hand_over: QTimer.singleShot(AUTOSAVE_AFTER_MS, self, hand_over),
            )
        try:
            # The path is kept even when a save fails, so that the next turn tries again.
            session.autosave_to(self.archive.path_for(session), writer=self._writer)
        except OSError as error:
            self._save_failed(str(error))

    def _autosave_failed(self, message: str) -> None:
        # Autosave stays on: the next turn tries again, and the top bar says so until a save succeeds.
        if self.classroom_active():
            self.classroom.saving_failed(message)  # told to the trainer on the presenter view, not the room
        else:
            self._save_failed(message)

    def _autosave_succeeded(self) -> None:
        if self._practice is not None:
            self._practice.show_unsaved(None)

    def settle_saves(self) -> None:
        """Wait for the session's writes under way and take in what they reported (failed or saved)."""
        if self._writer is not None:
            self._writer.finish()
            QCoreApplication.sendPostedEvents(self)  # the queued autosaveFailed / autosaveSucceeded signals

    def _save_failed(self, message: str) -> None:
        """A save failed: the top bar says so until a save succeeds; the first failure also explains it."""
        self.practice.show_unsaved(message)
        if self._saving_warned:
            return
        self._saving_warned = True
        if self.classroom_active():
            self.classroom.saving_failed(message)  # the trainer looks at the presenter view, not this window
            return
        self.show_message(
            "warning",
            self.tr("Could not save"),
            self.tr(
                "This session could not be saved in {0}. You can go on playing: the program tries again after "
                "every answer, and the top of the window says so until saving works again.\n\n{1}"
            ).format(self.archive.folder, message),
        )

    def _drop_session(self) -> None:
        if self.bridge is not None:
            self.bridge.detach()
            self.bridge.deleteLater()
        if self.session is not None:
            self.settle_saves()
            self._last_save_attempt(self.session)
            self.session.autosave_to(None)  # it was saved after its last turn; nothing more will change
        if self._practice is not None:
            self._practice.show_unsaved(None)
        self._release_lock()
        self.bridge = None
        self.session = None
        self._saving_warned = False

    def _take_lock(self, session: Session) -> bool:
        """Lock the file `session` saves into while it is played here; False if another program has it."""
        from .session_lock import SessionLock

        path = self.archive.path_for(session)
        if self._lock is not None and self._lock.session_path == path and self._lock.held:
            return True
        self._release_lock()
        lock = SessionLock(path)
        if not lock.acquire():
            return False
        self._lock = lock
        return True

    def _release_lock(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def ask_locked_session(self, path: Path, holder: str) -> LockChoice:
        """Ask what to do with a session that another copy of the program has open (tests answer it)."""
        from . import session_lock

        return session_lock.ask_about_locked_session(self, path, holder)

    def _last_save_attempt(self, session: Session) -> None:
        """Leaving a session whose last save failed: try once more, and say so if its last turns are lost."""
        path = session.autosave_path
        if path is None or self._practice is None or not self._practice.unsaved:
            return
        try:
            session.save(path)
        except OSError as error:
            self.show_message(
                "warning",
                self.tr("Could not save"),
                self.tr(
                    "The last turns of this session could not be saved in {0}, so they are not kept.\n\n{1}"
                ).format(path, error.strerror or error),
            )

    def resume_path(self, path: Path) -> bool:
        """Resume the unfinished session saved at `path`."""
        session = self._load_session(path)
        if session is None:
            return False
        if session.finished:
            self.review(session)
            return True
        from .session_lock import LockChoice, SessionLock

        lock = SessionLock(self.archive.path_for(session))
        if lock.acquire():
            self._match_language(session)
            self.play(session, lock)
            return True
        # Another copy of the program is playing it: both saving would lose one player's turns.
        choice = self.ask_locked_session(Path(path), lock.holder())
        if choice is LockChoice.READ_ONLY:
            return self.open_replay(Path(path), read_only=True)
        if choice is not LockChoice.COPY:
            return False
        copy = self._copy_of(session)
        self._match_language(copy)
        self.play(copy)
        return True

    @staticmethod
    def _copy_of(session: Session) -> Session:
        """A new session (own id, own file) that repeats every turn of `session` and goes on from there."""
        copy = session.branch(len(session.turns))
        copy.notes.session = session.notes.session
        copy.notes.turns = dict(session.notes.turns)
        return copy

    def open_path(self, path: Path) -> bool:
        """Open a saved session: resume it if unfinished, else step through it in a replay window."""
        from ..engine.archive import SessionArchive

        summary = SessionArchive.summary(Path(path))
        if summary.problem is not None:
            self.show_message("warning", self.tr("Cannot open this session"), f"{path}: {summary.problem}")
            return False
        if summary.unfinished:
            return self.resume_path(path)
        return self.open_replay(path)

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
            self.show_message("warning", self.tr("Cannot open this session"), self.tr("This session was not saved."))
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
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a scenario"), str(Path.home()), self.tr("Scenarios and packs (*.yaml *.yml *.zip)")
        )
        if name:
            self.import_scenario(Path(name))

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
            self.show_message(
                "warning",
                self.tr("Scenario not imported"),
                self.tr("{0} was not imported; nothing was changed.\n\n{1}").format(path, shown),
                str(error),
            )
            return False
        except OSError as error:
            reason = self.tr("{0} could not be imported: {1}").format(path, error)
            self.show_message("warning", self.tr("Scenario not imported"), reason)
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
        self.shared_dialog = dialog
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
        self.class_windows = [*getattr(self, "class_windows", []), window]

    def open_session_dialog(self) -> None:
        """File > Open session…"""
        from PySide6.QtWidgets import QFileDialog  # dialogs load on first use, not at start-up

        self.archive.folder.mkdir(parents=True, exist_ok=True)
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a saved session"), str(self.archive.folder), self.tr("Sessions (*.json)")
        )
        if name:
            self.open_path(Path(name))

    def _load_session(self, path: Path) -> Session | None:
        from ..engine import Session, SessionFileError

        try:
            session = Session.load(Path(path))
        except SessionFileError as error:
            self.show_message("warning", self.tr("Cannot open this session"), str(error))
        except Exception as error:
            self.show_message("warning", self.tr("Cannot open this session"), f"{path}: {error}")
        else:
            # The session file holds the scenario but not where its pictures are: a trainer's own scenario shows
            # its own faces again when the library still has it.
            entry = self.catalogue.find(session.scenario.id)
            if entry is not None and entry.scenario is not None:
                session.scenario.locate_avatars(entry.scenario.avatar_roots)
            return session
        return None

    def _match_language(self, session: Session) -> None:
        if self.switcher.language in session.scenario.languages:
            session.language = self.switcher.language

    def review(self, session: Session) -> None:
        """Show the debrief of a finished session (read-only)."""
        self._drop_session()
        self._match_language(session)
        self.session = session
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
        """A new session of the same scenario (the bundled version if it is still there)."""
        if self.session is None:
            return
        scenario = self.session.scenario
        entry = self.catalogue.find(scenario.id)
        if entry is None or entry.scenario is None:
            entry = CatalogueEntry(Path(scenario.id), scenario)
        self.start_entry(entry)

    def show_library(self) -> None:
        """Back to the library; an unfinished session is saved and offered for resuming."""
        self._drop_session()
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
            self._classroom.left.connect(self._classroom_left)
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
        if self._practice is not None and self.session is not None and self.bridge is not None:
            self._practice.refresh()
        self.show()
        self.raise_()
        self.activateWindow()
        self._update_title()

    # ---- dialogs ------------------------------------------------------------------------------------------
    def show_message(self, kind: str, title: str, text: str, details: str = "") -> None:
        """A message box with plain text (tests replace this method to keep dialogs from blocking)."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning if kind == "warning" else QMessageBox.Icon.Information)
        box.setWindowTitle(title)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(text)
        if details:
            box.setDetailedText(details)
        box.exec()

    def _show_problems(self, entry: CatalogueEntry) -> None:
        problem = entry.problem or ""
        first = problem.splitlines()[0] if problem else ""
        self.show_message(
            "warning",
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
            self.show_message("warning", self.tr("Cannot open the data folder"), f"{self.data_dir}: {error}")
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
        self.settle_saves()
        if self.session is not None:
            self._last_save_attempt(self.session)  # turns a failed autosave left unsaved: one more try, or say so
        if self.bridge is not None:
            self.bridge.detach()
        self._release_lock()
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
