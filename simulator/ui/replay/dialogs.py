"""The replay's dialogs: a problem with a file, the formats a report or the statements are saved in, and the
question about a session another copy of the program has open.

The real dialogs are the shell's (`ui.dialogs`); the replay window answers its view methods with them, and the
replay's helpers (`claim`, `open_replay`) use these functions so that no window builds message boxes inline.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from .. import dialogs, session_lock
from ..report.export import FORMATS
from ..session_lock import LockChoice
from ..view import ReportFormats

translate = QCoreApplication.translate
"""Qt's translation; called with a literal context and text so that `pyside6-lupdate` finds every string."""


def show_problem(parent: QWidget | None, title: str, message: str) -> None:
    """Tell the user something went wrong; the message is shown as plain text (it may quote a file name)."""
    dialogs.show_problem(parent, title, message, name="replayProblem")


def report_formats() -> ReportFormats:
    """The formats of a debrief report, PDF first."""
    labels = {
        ".pdf": translate("ReplayDialogs", "PDF document (*.pdf)"),
        ".html": translate("ReplayDialogs", "Web page (*.html)"),
        ".md": translate("ReplayDialogs", "Markdown text (*.md)"),
    }
    return [(labels[suffix], suffix) for suffix in FORMATS]


def statement_formats() -> ReportFormats:
    """The one format of xAPI statements."""
    return [(translate("ReplayDialogs", "JSON (*.json)"), ".json")]


def ask_locked_session(parent: QWidget | None, path: Path, holder: str) -> LockChoice:
    """Ask what to do with a session another copy of the program has open (read-only, a copy, or cancel)."""
    return session_lock.ask_about_locked_session(parent, path, holder)
