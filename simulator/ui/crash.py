"""When something goes wrong: a log file in the data folder, and a dialog instead of a window that vanishes.

`start_logging` sends the program's `logging` to a rotating file (`logs/simulator.log`, a few hundred KiB at most)
and turns on `faulthandler`, so even a crash inside Qt leaves a Python traceback in `logs/faults.log`. The log
starts once the window is up, or at the first unexpected error if that comes sooner. The rotation is a small
`logging.FileHandler` of our own: the standard library's `logging.handlers` imports sockets, pickle and queues
for its network handlers, 2.5 MiB and tens of milliseconds for a program that only writes a file.
`CrashReporter` replaces `sys.excepthook` in the window: an unexpected exception is logged with its traceback and
the user sees a dialog that names the log file, while the program keeps running (every turn is already saved).
"""

from __future__ import annotations

import faulthandler
import sys
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    import logging

    from PySide6.QtWidgets import QMessageBox

LOGGER = "simulator"
LOG_FOLDER = "logs"
LOG_NAME = "simulator.log"
FAULTS_NAME = "faults.log"
LOG_BYTES = 256 * 1024
LOG_BACKUPS = 3

_faults_file: IO[str] | None = None  # kept open for faulthandler, which writes to it when the process dies
_log_file: Path | None = None  # where the log goes, once started


def log_path(data_dir: Path) -> Path:
    """The program's log file in the data folder."""
    return Path(data_dir) / LOG_FOLDER / LOG_NAME


def logger() -> logging.Logger:
    """The program's logger (its records go to the log file once `start_logging` ran)."""
    import logging

    return logging.getLogger(LOGGER)


def _rotating_handler(path: Path) -> logging.FileHandler:
    """A file handler that moves `path` to `path.1` (and `.1` to `.2`, …, keeping LOG_BACKUPS) before a record
    would take the file past LOG_BYTES."""
    import logging
    import os

    class RotatingLog(logging.FileHandler):
        def emit(self, record: logging.LogRecord) -> None:
            size = len(self.format(record).encode("utf-8")) + 1
            if self.stream is not None and self.stream.tell() + size > LOG_BYTES:
                self.close()  # FileHandler reopens the file on the next emit
                for number in range(LOG_BACKUPS - 1, 0, -1):
                    older = path.with_name(f"{path.name}.{number}")
                    if older.exists():
                        os.replace(older, path.with_name(f"{path.name}.{number + 1}"))
                if path.exists():
                    os.replace(path, path.with_name(f"{path.name}.1"))
            super().emit(record)

    return RotatingLog(path, encoding="utf-8")


def start_logging(data_dir: Path, banner: str = "") -> Path | None:
    """Log to the rotating file in `data_dir` and enable faulthandler; `banner` is logged when the log starts.
    Returns the log file, or None when the folder cannot be written (the program then runs without a log).
    Calling it again for the same folder changes nothing."""
    import logging

    global _faults_file, _log_file
    path = log_path(data_dir)
    if _log_file == path:
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _rotating_handler(path)
        faults = (path.parent / FAULTS_NAME).open("a", encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log = logger()
    for old in [h for h in log.handlers if isinstance(h, logging.FileHandler)]:
        log.removeHandler(old)
        old.close()
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    if _faults_file is not None:
        _faults_file.close()
    _faults_file, _log_file = faults, path
    faulthandler.enable(file=faults)
    if banner:
        log.info("%s", banner)
    return path


class CrashReporter(QObject):
    """Logs an unexpected exception and tells the user where the log is, instead of letting the window vanish."""

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
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
        start_logging(self.data_dir)  # an error before the window was up: the log starts now
        logger().critical("unexpected error", exc_info=(kind, error, trace))
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
