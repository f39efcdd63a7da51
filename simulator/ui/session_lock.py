"""One writer per session file: a lock file next to a session while a window may write to it, the question a
second copy of the program asks when it finds the session taken, and the copy it may go on in instead.

The lock is Qt's `QLockFile` (`NAME.json.lock`, holding the process id, program name and host). A lock left by a
program that crashed or was killed is stale: Qt sees that its process is gone and takes it over. A lock is never
broken for its age, since a conversation (or a trainer's notes) may stay open for hours.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from ..engine import Session

translate = QCoreApplication.translate


def lock_path_for(session_path: Path) -> Path:
    """Where the lock of `session_path` lives: next to it, with `.lock` added."""
    return session_path.with_name(session_path.name + ".lock")


class SessionLock:
    """The lock on one session file; `acquire` takes it unless a running program holds it."""

    def __init__(self, session_path: Path) -> None:
        self.session_path = Path(session_path)
        self._lock = QLockFile(str(lock_path_for(self.session_path)))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone, never by age

    def acquire(self) -> bool:
        """Take the lock now (True), or find it held by a running program (False). Never waits."""
        if self._lock.isLocked():
            return True
        try:
            self.session_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            return True  # nowhere to put a lock means nowhere to save either; saving will say so
        if self._lock.tryLock(0):
            return True
        # Only a held lock means another writer; a lock that cannot be written (read-only folder) does not.
        return self._lock.error() != QLockFile.LockError.LockFailedError

    @property
    def held(self) -> bool:
        """True while this object holds the lock."""
        return bool(self._lock.isLocked())

    def held_here(self) -> bool:
        """True when another window of this very process holds the lock."""
        pid, _host, _program = self._lock.getLockInfo()
        return bool(pid) and pid == QCoreApplication.applicationPid() and not self._lock.isLocked()

    def holder(self) -> str:
        """Who holds the lock, as 'process N on HOST' (empty when unknown)."""
        pid, host, _program = self._lock.getLockInfo()  # (0, "", "") when there is none
        return translate("SessionLock", "process {0} on {1}").format(pid, host) if pid else ""

    def release(self) -> None:
        """Give the lock up (nothing happens if it is not held)."""
        if self._lock.isLocked():
            self._lock.unlock()


class LockChoice(Enum):
    """What to do with a session another copy of the program has open."""

    READ_ONLY = "read-only"
    COPY = "copy"
    CANCEL = "cancel"


def locked_session_box(parent: QWidget | None, session_path: Path, holder: str = "") -> QMessageBox:
    """The question asked when a session is open elsewhere: open it read-only, continue in a copy, or cancel."""
    box = QMessageBox(parent)
    box.setObjectName("sessionInUse")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("SessionLock", "Session already open"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        translate(
            "SessionLock",
            "This session is open in another window of the program{0}:\n{1}\n\nIf both went on with it, one would "
            "save over the other's turns. You can look at it read-only, or continue in a copy of your own.",
        ).format(f" ({holder})" if holder else "", session_path)
    )
    read_only = box.addButton(translate("SessionLock", "Open read-only"), QMessageBox.ButtonRole.AcceptRole)
    copy = box.addButton(translate("SessionLock", "Continue in a copy"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    read_only.setObjectName("readOnly")
    copy.setObjectName("copy")
    return box


def ask_about_locked_session(parent: QWidget | None, session_path: Path, holder: str = "") -> LockChoice:
    """Ask what to do with a session another copy of the program has open."""
    box = locked_session_box(parent, session_path, holder)
    box.exec()
    clicked = box.clickedButton()
    name = clicked.objectName() if clicked is not None else ""
    return {"readOnly": LockChoice.READ_ONLY, "copy": LockChoice.COPY}.get(name, LockChoice.CANCEL)


def copy_of(session: Session) -> Session:
    """The session to go on in when the original is open elsewhere (`LockChoice.COPY`): a new session (own id,
    own file) that repeats every turn of `session`, with its notes."""
    copy = session.branch(len(session.turns))
    copy.notes.session = session.notes.session
    copy.notes.turns = dict(session.notes.turns)
    return copy
