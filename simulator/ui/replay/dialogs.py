"""The replay's dialogs: a problem with a file, where to save a report, which session to open.

Kept in one place so the windows never build message boxes inline, and tests can answer them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from .. import session_lock
from ..report import FORMATS
from ..session_lock import LockChoice

translate = QCoreApplication.translate
"""Qt's translation; called with a literal context and text so that `pyside6-lupdate` finds every string."""


def show_problem(parent: QWidget | None, title: str, message: str) -> None:
    """Tell the user something went wrong; the message is shown as plain text (it may quote a file name)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(message)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setObjectName("replayProblem")
    box.exec()


def ask_report_path(parent: QWidget | None, suggested: Path) -> Path | None:
    """Ask where to save a debrief report; the format follows the chosen filter when no suffix is typed."""
    filters = [
        translate("ReplayDialogs", "PDF document (*.pdf)"),
        translate("ReplayDialogs", "Web page (*.html)"),
        translate("ReplayDialogs", "Markdown text (*.md)"),
    ]
    name, chosen = QFileDialog.getSaveFileName(
        parent, translate("ReplayDialogs", "Export debrief report"), str(suggested), ";;".join(filters)
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in FORMATS:
        suffix = FORMATS[filters.index(chosen)] if chosen in filters else ".pdf"
        path = path.with_name(path.name + suffix)
    return path


def ask_session_path(parent: QWidget | None, folder: Path) -> Path | None:
    """Ask which saved session to open."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        translate("ReplayDialogs", "Open a saved session"),
        str(folder),
        translate("ReplayDialogs", "Session files (*.json);;All files (*)"),
    )
    return Path(name) if name else None


def ask_locked_session(parent: QWidget | None, path: Path, holder: str) -> LockChoice:
    """Ask what to do with a session another copy of the program has open (read-only, a copy, or cancel)."""
    return session_lock.ask_about_locked_session(parent, path, holder)


def ask_statements_path(parent: QWidget | None, suggested: Path) -> Path | None:
    """Ask where to save the xAPI statements; None when cancelled."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        translate("ReplayDialogs", "Export xAPI statements"),
        str(suggested),
        translate("ReplayDialogs", "JSON (*.json)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".json" else path.with_suffix(".json")
