"""Click to repaint: how long an answer takes from the click until the practice window shows its result.

    .venv/bin/python benchmarks/click.py [--clicks 60] [--size 1280x800]

The real main window plays the bundled scenarios in this process, its data folder on the same disk as this
checkout (so the autosave's writes and fsyncs cost what they cost a user; a RAM disk would hide them). Each
click on an answer button is timed until the window has been repainted with the turn: the event loop has
handled the click, the engine's turn, the views' updates and the paint that follows. The meters' 600 ms glide is
not waited for (it runs on between clicks, 300 ms apart). The autosave is part of what is timed
whenever it happens before the repaint; the aim is a median of at most 8 ms.

Besides the wall-clock time, the main thread's own CPU time over the same span is printed: on a machine busy
with other work the wall clock also counts the time the program waited for a processor, the CPU time does not.

Offscreen (Qt's offscreen platform) unless QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clicks", type=int, default=60, help="clicks to time (default 60)")
    parser.add_argument("--size", default="1280x800", help="window size (default 1280x800)")
    args = parser.parse_args()
    width, height = (int(part) for part in args.size.split("x"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    data_dir = Path(tempfile.mkdtemp(prefix=".click-bench-", dir=ROOT))
    os.environ["SIMULATOR_DATA_DIR"] = str(data_dir)
    try:
        times, cpu, paints = run(args.clicks, width, height, data_dir)
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
    print(f"click to repaint, {len(times)} clicks at {width}x{height} ({os.environ['QT_QPA_PLATFORM']}):")
    print(f"  wall clock:       {summary(times)}  (aim: median <= 8 ms)")
    print(f"  main thread CPU:  {summary(cpu)}")
    print(f"  every click was followed by a repaint: {'yes' if all(paints) else 'NO'}")


def summary(values: list[float]) -> str:
    """Median, 90th percentile and maximum of `values` (seconds), in milliseconds."""
    ms = sorted(value * 1000 for value in values)
    p90 = ms[max(0, round(len(ms) * 0.9) - 1)]
    return f"median {statistics.median(ms):5.1f} ms, 90th percentile {p90:5.1f} ms, max {ms[-1]:5.1f} ms"


def run(clicks: int, width: int, height: int, data_dir: Path) -> tuple[list[float], list[float], list[bool]]:
    """Play until `clicks` answers were timed: wall and main-thread CPU times (seconds), and whether each was
    repainted."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from simulator.app import build_main_window
    from simulator.ui.i18n import LanguageSwitcher
    from simulator.ui.kit.theme import apply_theme
    from simulator.ui.settings import AppSettings, open_settings

    class PaintCounter(QObject):
        """Counts the window's update requests: Qt paints every changed widget of a window in one go when its
        top-level widget handles that event (a filter on the window alone keeps the probe's own cost out)."""

        painted = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.UpdateRequest:
                self.painted += 1
            return False

    app = QApplication(sys.argv[:1])
    switcher = LanguageSwitcher(app, data_dir / "i18n")
    switcher.set_language("en")
    apply_theme(app)
    window = build_main_window(data_dir=data_dir, settings=AppSettings(open_settings(data_dir)), switcher=switcher)
    window.resize(width, height)
    window.show()
    while not window.catalogue.loaded:
        app.processEvents()
    entries = window.catalogue.scenarios()
    if not entries:
        raise SystemExit("no bundled scenario loads; cannot time clicks")
    counter = PaintCounter()
    times: list[float] = []
    cpu: list[float] = []
    paints: list[bool] = []
    game = 0
    while len(times) < clicks:
        window.start_entry(entries[game % len(entries)])
        game += 1
        window.practice.min_turn_interval_ms = 0
        settle(app, 0.1)
        while len(times) < clicks and window.session is not None and not window.session.finished:
            buttons = window.practice.options.visible_buttons()
            button = buttons[len(times) % len(buttons)]
            window.installEventFilter(counter)
            counter.painted = 0
            start, start_cpu = time.perf_counter(), time.thread_time()
            button.click()
            app.processEvents()  # the posted update request: the window repaints here
            while counter.painted == 0 and time.perf_counter() - start < 1.0:
                app.processEvents()
            times.append(time.perf_counter() - start)
            cpu.append(time.thread_time() - start_cpu)
            paints.append(counter.painted > 0)
            window.removeEventFilter(counter)
            # The next click comes 300 ms later: no one answers faster (the screen ignores answers sooner than
            # that after the previous one), and the autosave of this turn runs meanwhile, as it does for a user.
            settle(app, 0.3)
    window.close()
    return times, cpu, paints


def settle(app: object, seconds: float) -> None:
    """Let the event loop run for `seconds`."""
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        app.processEvents()  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
