"""A start-up probe for the benchmarks: prints when a window's first frame is on screen, then ends the process.

`simulator` installs it on its main window when the environment variable SIMULATOR_PROBE is set; the
benchmarks' bare PySide6 window runs this very file, so both programs are timed by the same code. Lines
printed on standard output:

    FRAME <time.monotonic()> <peak resident set size in KiB>    the event-loop turn after the first paint
    READY <time.monotonic()> <peak resident set size in KiB>    (SIMULATOR_PROBE=ready) the library is filled in

With SIMULATOR_PROBE=frame the process ends right after FRAME, with `ready` right after READY. Only QtCore is
imported, and nothing is touched before the first paint that the program would not touch anyway.
"""

from __future__ import annotations

import os
import resource
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer

PROBE_VARIABLE = "SIMULATOR_PROBE"


def report(kind: str) -> None:
    """Print one probe line: the kind, the monotonic clock and the peak memory so far."""
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    sys.stdout.write(f"{kind} {time.monotonic():.6f} {peak_kib}\n")
    sys.stdout.flush()


def finish() -> None:
    """End the process at once: the benchmarks time the way in, not the way out."""
    sys.stdout.flush()
    os._exit(0)


class FirstFrameProbe(QObject):
    """Watches one window for its first paint; reports on the next event-loop turn, as the frame is done."""

    def __init__(self, window: QObject, *, then_exit: bool) -> None:
        super().__init__(window)
        self._then_exit = then_exit
        self._seen = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._seen and event.type() == QEvent.Type.Paint:
            self._seen = True
            QTimer.singleShot(0, self._frame_done)
        return False

    def _frame_done(self) -> None:
        report("FRAME")
        if self._then_exit:
            finish()


def install(window: QObject) -> str:
    """Install the probe on `window` as SIMULATOR_PROBE asks; returns the mode ("" when not asked)."""
    mode = os.environ.get(PROBE_VARIABLE, "")
    if mode in ("frame", "ready"):
        FirstFrameProbe(window, then_exit=mode == "frame")
    return mode
