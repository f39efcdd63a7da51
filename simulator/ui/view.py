"""What the program's logic may ask of a window: the small, passive view protocol.

Logic (the session controller, the replay and class windows' commands) never opens a `QMessageBox` or a
`QFileDialog` itself; it asks its view to show a problem or to ask the user for a path, a screen or a decision.
The windows implement these methods with real dialogs; logic tests pass a fake view that records what it was
told and answers what it is asked, so no test has to patch Qt (the way Mu's logic talks to its view).
(What classroom mode needs from the window it runs for is its own protocol, `classroom.host.ClassroomHost`.)
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtGui import QScreen

    from .session_lock import LockChoice

ReportFormats = Sequence[tuple[str, str]]
"""The formats a file may be saved in, as (filter label, suffix) pairs: ("PDF document (*.pdf)", ".pdf")."""


class ProblemView(Protocol):
    """A window that can tell the user that something went wrong (every window: main, replay, class)."""

    def show_problem(self, title: str, text: str, details: str = "") -> None:
        """Say what went wrong, as plain text (it may quote a file name); `details` folds out when given."""


class OpenView(ProblemView, Protocol):
    """A window that asks for a file to open (the main window, the replay window)."""

    def ask_open_path(self, title: str, folder: Path, filters: str) -> Path | None:
        """Ask for an existing file to open, starting in `folder`; None when cancelled."""


class ExportView(ProblemView, Protocol):
    """A window that writes reports (the replay window, the class window)."""

    def ask_report_path(self, title: str, suggested: Path, formats: ReportFormats) -> Path | None:
        """Ask where to save a file in one of `formats`; a name typed without a known suffix gets the chosen
        format's suffix. None when cancelled."""


class SessionView(ProblemView, Protocol):
    """What the session controller asks of the window that shows its session (the main window)."""

    def ask_locked_session(self, path: Path, holder: str) -> LockChoice:
        """Another copy of the program has the session at `path` open: read-only, a copy, or cancel?"""


class ScreenChooser(Protocol):
    """A window that can ask which screen is the projector (the main window, for classroom mode)."""

    def ask_screen(self, screens: Sequence[QScreen], suggested: str) -> str | None:
        """Ask which of `screens` is the projector (`suggested`: the name of the likely one); its name, or None
        when cancelled."""
