"""Writing a debrief report on a worker thread, so that a long report never freezes the replay window.

The report's content (`Debrief`) is gathered on the UI thread, where the session lives; rendering the curves and
the pages and writing the files happen on a `QThread`, which reports each page and can be cancelled. Rendering
uses only QtGui painting (QImage, QTextDocument, QPdfWriter), which Qt allows off the UI thread.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from ..report import Debrief, ExportCancelled, ExportProgress, write_error_message, write_report


class ExportResult(Enum):
    """How an export ended."""

    WRITTEN = "written"
    CANCELLED = "cancelled"
    FAILED = "failed"


class ReportExport(QThread):
    """One report being written to `path`; `progressed` and `ended` arrive on the UI thread."""

    progressed = Signal(int, int)
    """Pages done and pages in all (a PDF reports every page; the other formats one step)."""
    ended = Signal(object, str)
    """The `ExportResult`, and for a failure the message naming the file."""

    def __init__(self, debrief: Debrief, path: Path) -> None:
        super().__init__()
        self.path = Path(path)
        self._debrief = debrief
        self._progress = ExportProgress(self.progressed.emit)
        self.result: ExportResult | None = None
        self.message = ""

    def cancel(self) -> None:
        """Stop at the next page; the file at `path` keeps what it held before."""
        self._progress.cancel()

    @property
    def cancelled(self) -> bool:
        """True once `cancel` was called."""
        return self._progress.cancelled

    def run(self) -> None:
        try:
            write_report(self._debrief, self.path, self._progress)
        except ExportCancelled:
            self._finish(ExportResult.CANCELLED, "")
        except OSError as error:
            self._finish(ExportResult.FAILED, write_error_message(error))
        except Exception as error:  # a report must never take the window down; say what happened instead
            self._finish(ExportResult.FAILED, f"{self.path}: {' '.join(str(error).split()) or type(error).__name__}")
        else:
            self._finish(ExportResult.WRITTEN, "")

    def _finish(self, result: ExportResult, message: str) -> None:
        self.result, self.message = result, message
        self.ended.emit(result, message)
