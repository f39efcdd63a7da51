"""When something goes wrong: a log file in the data folder, and a dialog instead of a window that vanishes.

`start_logging` sends the program's `logging` to a rotating file (`logs/simulator.log`, a few hundred KiB at most)
and turns on `faulthandler`, so even a crash inside Qt leaves a Python traceback in `logs/faults.log`.
`CrashReporter` replaces `sys.excepthook` in the window: an unexpected exception is logged with its traceback and
the user sees a dialog that names the log file, while the program keeps running (every turn is already saved).
"""

from __future__ import annotations

import faulthandler
import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

LOG_FOLDER = "logs"
LOG_NAME = "simulator.log"
FAULTS_NAME = "faults.log"
LOG_BYTES = 256 * 1024
LOG_BACKUPS = 3

log = logging.getLogger("simulator")
_faults_file: IO[str] | None = None  # kept open for faulthandler, which writes to it when the process dies


def log_path(data_dir: Path) -> Path:
    """The program's log file in the data folder."""
    return Path(data_dir) / LOG_FOLDER / LOG_NAME


def start_logging(data_dir: Path) -> Path | None:
    """Log to the rotating file in `data_dir` and enable faulthandler; returns the log file, or None when the
    folder cannot be written (the program then runs without a log)."""
    global _faults_file
    path = log_path(data_dir)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
        faults = (path.parent / FAULTS_NAME).open("a", encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for old in [h for h in log.handlers if isinstance(h, RotatingFileHandler)]:
        log.removeHandler(old)
        old.close()
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    if _faults_file is not None:
        _faults_file.close()
    _faults_file = faults
    faulthandler.enable(file=faults)
    return path


class CrashReporter(QObject):
    """Logs an unexpected exception and tells the user where the log is, instead of letting the window vanish."""

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_file = log_path(data_dir)
        self.dialog: QMessageBox | None = None
        self._previous = sys.excepthook

    def install(self) -> None:
        """Handle every uncaught exception from now on (Qt's slots and event handlers report through it too)."""
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        """Give the previous hook back."""
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous

    def handle(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        """Log the exception with its traceback and show the dialog (Ctrl+C still ends the program)."""
        if issubclass(kind, KeyboardInterrupt):
            self._previous(kind, error, trace)
            return
        log.critical("unexpected error", exc_info=(kind, error, trace))
        self.show_dialog(f"{kind.__name__}: {error}")

    def show_dialog(self, summary: str) -> None:
        """The dialog naming the log file; it does not block, so the program goes on."""
        # Imported here: this module loads at start-up, and touching `Qt` before the first paint costs ~50 ms.
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication, QMessageBox

        parent = QApplication.activeWindow()
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(self.tr("Something went wrong"))
        box.setText(
            self.tr(
                "The program ran into an unexpected problem. Your sessions are saved after every turn, so nothing "
                "you played is lost.\n\nThe details are in this file; please send it with a short description of "
                "what you were doing:\n{0}"
            ).format(self.log_file)
        )
        box.setDetailedText(summary)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.dialog = box
        box.open()
