"""Taking a session file for a replay window: its lock, or, when another copy of the program has the session
open, the user's choice between looking at it read-only and continuing in a copy of their own.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...engine.archive import SessionArchive
from ...engine.review import ReplayDocument
from ..session_lock import LockChoice, SessionLock, copy_of
from . import dialogs
from .paths import resolve_data_dir

translate = QCoreApplication.translate


def claim_document(
    parent: QWidget | None, document: ReplayDocument, *, data_dir: Path | None, read_only: bool = False
) -> tuple[ReplayDocument, SessionLock | None, bool] | None:
    """Lock the file of `document` for a replay window; if another program has it open, ask whether to look at
    it read-only or continue in a copy (a new session file). Returns (document, lock, read_only), or None."""
    path = document.path
    if path is None or read_only:
        return document, None, read_only
    lock = SessionLock(path)
    if lock.acquire():
        return document, lock, False
    if lock.held_here():  # another window of this program has it: the user sees both, so no question
        return document, None, True
    choice = dialogs.ask_locked_session(parent, path, lock.holder())
    if choice is LockChoice.READ_ONLY:
        return document, None, True
    if choice is not LockChoice.COPY:
        return None
    copy = copy_of(document.session)
    copy_path = SessionArchive(resolve_data_dir(data_dir)).path_for(copy)
    try:
        copy.save(copy_path)
    except OSError as error:
        dialogs.show_problem(
            parent,
            translate("ReplayWindow", "Cannot save the copy"),
            translate("ReplayWindow", "The copy could not be saved in {}:\n{}").format(
                copy_path, error.strerror or error
            ),
        )
        return None
    copy_lock = SessionLock(copy_path)
    copy_lock.acquire()
    return ReplayDocument(copy, copy_path, language=document.language, status=document.status), copy_lock, False
