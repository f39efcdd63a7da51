"""The life of the session being played: start, resume, try again, review, and its autosave.

`SessionController` owns the current session, its Qt bridge (`bridge.SessionBridge`), the background writer
that saves it after every turn (`engine.autosave`), the retry after a failed save and the "not saved" state, and
the lock that keeps a second copy of the program from writing the same file (`session_lock`). It has no widgets:
it announces what changed through its signals, and asks its view (`view.SessionView`) to show a problem or to
decide what to do with a session open elsewhere, so its tests run with a fake view.

The engine is imported on first use: building the controller before the first frame costs nothing.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

if TYPE_CHECKING:
    from ..engine import Session
    from ..engine.archive import SessionArchive
    from ..engine.autosave import BackgroundWriter
    from .bridge import SessionBridge
    from .practice.catalogue import CatalogueEntry, ScenarioCatalogue
    from .session_lock import SessionLock
    from .settings import AppSettings
    from .view import SessionView

AUTOSAVE_AFTER_MS = 25
"""How long after a turn its file is written (unless the next answer comes first): after the turn's frame."""


class Opened(Enum):
    """What became of a saved session the user asked to open: PLAYING (unfinished, played on from where it was
    left, or a copy of it), REVIEWING (finished, gone back to from the library: the current session, for its
    debrief), REPLAYING (finished, opened from a file: to be stepped through in a replay window), READ_ONLY (open
    in another copy of the program, and the user chose to look at it read-only) or REFUSED (not opened: the file
    could not be read, and the view was told why, or the user cancelled)."""

    PLAYING = "playing"
    REVIEWING = "reviewing"
    REPLAYING = "replaying"
    READ_ONLY = "read-only"
    REFUSED = "refused"


class SaveListener(Protocol):
    """Who else hears of a failed save: classroom mode tells the trainer on the presenter view."""

    active: bool

    def saving_failed(self, message: str) -> None: ...


class SessionController(QObject):
    """The current session and everything that keeps it on disk."""

    sessionStarted = Signal(object)
    """A session is now being played (the `Session`); its bridge is `bridge`."""
    unsavedChanged = Signal(str)
    """The session's saving state changed: why its last turns are not saved, or "" once a save succeeded."""
    _writeFailed = Signal(str)
    """A background write failed (emitted on the writer's thread, so queued to this object)."""
    _writeSucceeded = Signal()
    """A background write succeeded (emitted on the writer's thread, so queued to this object)."""

    def __init__(
        self,
        *,
        data_dir: Path,
        settings: AppSettings,
        catalogue: ScenarioCatalogue,
        language: Callable[[], str],
        view: SessionView | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.settings = settings
        self.catalogue = catalogue
        self._ui_language = language  # asked each time: a session plays in the UI language when it can
        self.view: SessionView | None = view
        self.classroom: SaveListener | None = None
        """Classroom mode, once built: its sessions are live and kept as demos, and it hears of failed saves."""
        self.session: Session | None = None
        self.bridge: SessionBridge | None = None
        self.unsaved: str | None = None
        """Why the session's last turns are not on disk, or None while they are."""
        self._archive: SessionArchive | None = None
        self._writer: BackgroundWriter | None = None
        self._lock: SessionLock | None = None
        self._warned = False
        self._writeFailed.connect(self._write_failed)
        self._writeSucceeded.connect(self._saved)

    @property
    def archive(self) -> SessionArchive:
        """The sessions folder in the data folder (the engine is imported on first use)."""
        if self._archive is None:
            from ..engine.archive import SessionArchive

            self._archive = SessionArchive(self.data_dir)
        return self._archive

    def _problem(self, title: str, text: str) -> None:
        if self.view is not None:
            self.view.show_problem(title, text)

    def _in_classroom(self) -> bool:
        return self.classroom is not None and self.classroom.active

    # ---- starting -----------------------------------------------------------------------------------------
    def new_session(self, entry: CatalogueEntry) -> Session:
        """A new session of the loaded scenario of `entry`, in the UI language if the scenario has it."""
        from ..engine import Session

        scenario = entry.scenario
        assert scenario is not None, "a broken scenario cannot be played"
        language = self._ui_language()
        if language not in scenario.languages:
            language = scenario.languages[0]
        in_class = self._in_classroom()
        # In classroom mode the room sees the meters and the reasons, each after the trainer's reveal.
        mode = "live" if in_class else self.settings.feedback_mode
        player = self.settings.player_name or None
        # A classroom demo is kept in the history, but not offered to the player to resume.
        kind = "classroom" if in_class else None
        return Session(scenario, language=language, seed=random.randrange(1 << 30), mode=mode, player=player, kind=kind)

    def start(self, entry: CatalogueEntry) -> Session:
        """Start playing a new session of `entry`'s (loaded) scenario."""
        session = self.new_session(entry)
        self.play(session)
        return session

    def try_again(self) -> Session | None:
        """A new session of the current one's scenario (the library's version if it is still there)."""
        from .practice.catalogue import CatalogueEntry

        if self.session is None:
            return None
        scenario = self.session.scenario
        entry = self.catalogue.find(scenario.id)
        if entry is None or entry.scenario is None:
            entry = CatalogueEntry(Path(scenario.id), scenario)
        return self.start(entry)

    def play(self, session: Session, lock: SessionLock | None = None) -> None:
        """Make `session` the one being played; it autosaves from its first turn on (`lock`: its file's lock,
        already taken)."""
        from .bridge import SessionBridge

        self.drop()
        self._lock = lock
        self.session = session
        self.bridge = SessionBridge(session, self)
        self.bridge.turnPlayed.connect(self._turn_played)
        if session.turns:
            self._autosave(session)  # a resumed session keeps saving into its file
        self.sessionStarted.emit(session)

    def review(self, session: Session) -> None:
        """Make the finished `session` the current one, to be looked at (read-only) in its debrief."""
        self.drop()
        self._match_language(session)
        self.session = session

    # ---- resuming -----------------------------------------------------------------------------------------
    def load(self, path: Path) -> Session | None:
        """The session saved at `path`, or None after telling the view why it cannot be read."""
        from ..engine import Session, SessionFileError

        title = QCoreApplication.translate("MainWindow", "Cannot open this session")
        try:
            session = Session.load(Path(path))
        except SessionFileError as error:
            self._problem(title, str(error))
            return None
        except Exception as error:
            self._problem(title, f"{path}: {error}")
            return None
        # The session file holds the scenario but not where its pictures are: a trainer's own scenario shows its
        # own faces again when the library still has it.
        entry = self.catalogue.find(session.scenario.id)
        if entry is not None and entry.scenario is not None:
            session.scenario.locate_avatars(entry.scenario.avatar_roots)
        return session

    def open(self, path: Path) -> Opened:
        """Open a saved session: resume it if unfinished (see `resume`), else it is to be replayed (REPLAYING).

        Only the file's header is read first, so a damaged file is named to the view without loading it.
        """
        from ..engine.archive import SessionArchive

        summary = SessionArchive.summary(Path(path))
        if summary.problem is not None:
            self._problem(
                QCoreApplication.translate("MainWindow", "Cannot open this session"), f"{path}: {summary.problem}"
            )
            return Opened.REFUSED
        return self.resume(path) if summary.unfinished else Opened.REPLAYING

    def resume(self, path: Path) -> Opened:
        """Go back to the session saved at `path`: play it on if unfinished, else make it the one reviewed.

        A session another copy of the program is playing is not taken over (both saving would lose one player's
        turns): the view is asked whether to look at it read-only or go on in a copy of it.
        """
        from .session_lock import LockChoice, SessionLock, copy_of

        session = self.load(path)
        if session is None:
            return Opened.REFUSED
        if session.finished:
            self.review(session)
            return Opened.REVIEWING
        lock = SessionLock(self.archive.path_for(session))
        if lock.acquire():
            self._match_language(session)
            self.play(session, lock)
            return Opened.PLAYING
        choice = self.view.ask_locked_session(Path(path), lock.holder()) if self.view else LockChoice.CANCEL
        if choice is LockChoice.READ_ONLY:
            return Opened.READ_ONLY
        if choice is not LockChoice.COPY:
            return Opened.REFUSED
        copy = copy_of(session)
        self._match_language(copy)
        self.play(copy)
        return Opened.PLAYING

    def _match_language(self, session: Session) -> None:
        if self._ui_language() in session.scenario.languages:
            session.language = self._ui_language()

    # ---- saving -------------------------------------------------------------------------------------------
    def _turn_played(self, _turn: object) -> None:
        session = self.session
        if session is not None and session.autosave_path is None:
            # The file appears with the first turn: starting and leaving at once leaves no empty session behind.
            # (The session then saves itself after every turn; a failed save is retried on the next one.)
            self._autosave(session)
        if session is not None and session.finished:
            # A finished session is complete (its last save follows at once): nobody resumes it, so a replay
            # window may take the lock for its notes from here on.
            self.release_lock()

    def _autosave(self, session: Session) -> None:
        self._take_lock(session)
        # On a worker thread, so that a click repaints without waiting for the disk (see engine.autosave).
        if self._writer is None:
            from ..engine.autosave import BackgroundWriter

            # The write starts after the turn's frame is painted (or at once when the next answer comes).
            self._writer = BackgroundWriter(
                on_failed=lambda error: self._writeFailed.emit(str(error)),
                on_saved=self._writeSucceeded.emit,
                schedule=lambda hand_over: QTimer.singleShot(AUTOSAVE_AFTER_MS, self, hand_over),
            )
        try:
            # The path is kept even when a save fails, so that the next turn tries again.
            session.autosave_to(self.archive.path_for(session), writer=self._writer)
        except OSError as error:
            self.save_failed(str(error))

    def settle_saves(self) -> None:
        """Wait for the session's writes under way and take in what they reported (failed or saved)."""
        if self._writer is not None:
            self._writer.finish()
            QCoreApplication.sendPostedEvents(self)  # the queued _writeFailed / _writeSucceeded signals

    def _write_failed(self, message: str) -> None:
        # Autosave stays on: the next turn tries again, and the view says so until a save succeeds.
        if self._in_classroom():
            assert self.classroom is not None
            self.classroom.saving_failed(message)  # told to the trainer on the presenter view, not the room
        else:
            self.save_failed(message)

    def save_failed(self, message: str) -> None:
        """A save failed: the session stays "not saved" until a save succeeds (every turn tries again); the
        first failure is also explained, to the trainer in classroom mode, else through the view."""
        self.unsaved = message
        self.unsavedChanged.emit(message)
        if self._warned:
            return
        self._warned = True
        if self.classroom is not None and self.classroom.active:
            self.classroom.saving_failed(message)  # the trainer looks at the presenter view, not the room
            return
        self._problem(
            QCoreApplication.translate("MainWindow", "Could not save"),
            QCoreApplication.translate(
                "MainWindow",
                "This session could not be saved in {0}. You can go on playing: the program tries again after "
                "every answer, and the top of the window says so until saving works again.\n\n{1}",
            ).format(self.archive.folder, message),
        )

    def turn_saved(self) -> None:
        """A turn was played and its save handed over without a problem (a failed one would have said so)."""
        self._saved()

    def _saved(self) -> None:
        if self.unsaved is not None:
            self.unsaved = None
            self.unsavedChanged.emit("")

    def _last_save_attempt(self, session: Session) -> None:
        """Leaving a session whose last save failed: try once more, and say so if its last turns are lost."""
        path = session.autosave_path
        if path is None or self.unsaved is None:
            return
        try:
            session.save(path)
        except OSError as error:
            self._problem(
                QCoreApplication.translate("MainWindow", "Could not save"),
                QCoreApplication.translate(
                    "MainWindow",
                    "The last turns of this session could not be saved in {0}, so they are not kept.\n\n{1}",
                ).format(path, error.strerror or error),
            )

    # ---- leaving ------------------------------------------------------------------------------------------
    def drop(self) -> None:
        """Let go of the current session: its writes finish (a failed one is tried once more), its lock goes."""
        if self.bridge is not None:
            self.bridge.detach()
            self.bridge.deleteLater()
        if self.session is not None:
            self.settle_saves()
            self._last_save_attempt(self.session)
            self.session.autosave_to(None)  # it was saved after its last turn; nothing more will change
        self._saved()
        self.release_lock()
        self.bridge = None
        self.session = None
        self._warned = False

    def close(self) -> None:
        """The program is closing: the last writes finish, a failed one is tried once more, the lock goes."""
        self.settle_saves()
        if self.session is not None:
            self._last_save_attempt(self.session)
        if self.bridge is not None:
            self.bridge.detach()
        self.release_lock()

    # ---- the lock -----------------------------------------------------------------------------------------
    def _take_lock(self, session: Session) -> bool:
        """Lock the file `session` saves into while it is played here; False if another program has it."""
        from .session_lock import SessionLock

        path = self.archive.path_for(session)
        if self._lock is not None and self._lock.session_path == path and self._lock.held:
            return True
        self.release_lock()
        lock = SessionLock(path)
        if not lock.acquire():
            return False
        self._lock = lock
        return True

    def release_lock(self) -> None:
        """Give up the lock on the session's file (a program killed meanwhile leaves it stale)."""
        if self._lock is not None:
            self._lock.release()
            self._lock = None
