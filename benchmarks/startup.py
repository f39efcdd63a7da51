"""Start-up and click-to-updated-UI time of the practice window, measured next to a bare PySide6 window.

    .venv/bin/python benchmarks/startup.py [--runs 7] [--turns 12]

Start-up: each program runs several times as a fresh subprocess; the time is measured from launching the
process until the main window has been painted for the first time (the event-loop turn after its first paint
event), and the medians are compared. The aim is at most 1.3 times the bare window. The time until the
library's scenario cards are filled in (loaded after the window shows) is printed too.

Click to updated UI: in one process, a bundled scenario is played by clicking answers; each click is timed
until Qt has processed the resulting events (the transcript, meters, notebook and answers are updated and laid
out), not counting the meter's 600 ms glide. This includes the engine's turn and the autosave to disk.

Without a display the programs run on Qt's offscreen platform (set QT_QPA_PLATFORM to choose another).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

FIRST_PAINT = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def report_first_paint(cls):
    # Prints SHOWN on the event-loop turn after the window's first paint: the same hook for both programs,
    # a paintEvent override on the main window class only (an application-wide event filter would slow
    # down the program with more widgets and so distort the comparison).
    original = cls.paintEvent

    def paint_event(self, event):
        if not getattr(self, "_painted_once", False):
            self._painted_once = True
            # Queued before the window's own after-paint work (scenario loading), which is timed as LOADED.
            QTimer.singleShot(0, lambda: print("SHOWN", flush=True))
        original(self, event)

    cls.paintEvent = paint_event
"""

BARE = (
    FIRST_PAINT
    + """
import sys


class Window(QMainWindow):
    pass


report_first_paint(Window)
app = QApplication(sys.argv[:1])
window = Window()
window.resize(1280, 760)
window.show()

def stop():
    if getattr(window, "_painted_once", False):
        QTimer.singleShot(0, app.quit)
    else:
        QTimer.singleShot(1, stop)

QTimer.singleShot(1, stop)
sys.exit(app.exec())
"""
)

APP = (
    FIRST_PAINT
    + """
import os
import sys

import simulator.ui.main_window as main_window

report_first_paint(main_window.MainWindow)
original_init = main_window.MainWindow.__init__

def init(self, *args, **kwargs):
    original_init(self, *args, **kwargs)
    self.startupFinished.connect(lambda: (print("LOADED", flush=True), os._exit(0)))

main_window.MainWindow.__init__ = init
from simulator.app import run_gui

sys.exit(run_gui())
"""
)


def time_child(code: str, env: dict[str, str]) -> tuple[float, float | None]:
    """Seconds from launch until the child prints SHOWN (and LOADED, if it does)."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    shown: float | None = None
    loaded: float | None = None
    assert child.stdout is not None
    for line in child.stdout:
        now = time.perf_counter() - start
        if line.startswith("SHOWN") and shown is None:
            shown = now
        elif line.startswith("LOADED"):
            loaded = now
    child.wait(timeout=60)
    if shown is None:
        raise RuntimeError("the child never reported that its window was shown")
    return shown, loaded


def startup(runs: int) -> None:
    """Print the start-up medians of the bare window and the practice window."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["SIMULATOR_DATA_DIR"] = tempfile.mkdtemp(prefix="simulator-bench-")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    time_child(APP, env)  # warm the file cache and compile the translations once
    time_child(BARE, env)
    bare: list[float] = []
    app: list[float] = []
    loaded: list[float] = []
    for _ in range(runs):  # interleaved, so that drifts in machine load hit both alike
        bare.append(time_child(BARE, env)[0])
        shown, filled = time_child(APP, env)
        app.append(shown)
        if filled is not None:
            loaded.append(filled)
    bare_median, app_median = statistics.median(bare), statistics.median(app)
    print(f"platform: {env['QT_QPA_PLATFORM']}, {runs} runs each, Python {sys.version.split()[0]}")
    print(f"bare PySide6 window shown:   median {bare_median * 1000:7.1f} ms  (min {min(bare) * 1000:.1f})")
    print(f"practice window shown:       median {app_median * 1000:7.1f} ms  (min {min(app) * 1000:.1f})")
    print(f"ratio:                       {app_median / bare_median:.2f}x  (aim: at most 1.30x)")
    if loaded:
        print(f"scenario cards filled in:    median {statistics.median(loaded) * 1000:7.1f} ms")


def clicks(turns: int) -> None:
    """Print how long a click on an answer takes until the UI is updated."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["SIMULATOR_DATA_DIR"] = tempfile.mkdtemp(prefix="simulator-bench-")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    import simulator.ui  # noqa: F401 - applies the PySide6 guard first
    from simulator.ui.i18n import LanguageSwitcher
    from simulator.ui.main_window import MainWindow
    from simulator.ui.settings import AppSettings, open_settings, resolve_data_dir
    from simulator.ui.theme import apply_theme

    app = QApplication(sys.argv[:1])
    data_dir = resolve_data_dir()
    switcher = LanguageSwitcher(app, data_dir / "i18n")
    switcher.set_language("en")
    apply_theme(app)
    window = MainWindow(data_dir=data_dir, settings=AppSettings(open_settings(data_dir)), switcher=switcher)
    window.resize(1280, 720)
    window.show()
    while not window.catalogue.loaded:
        app.processEvents()
    entries = window.catalogue.scenarios()
    if not entries:
        print("no bundled scenario loads; cannot time clicks")
        return
    from simulator.engine import Session

    saving: list[float] = []
    original_save = Session.save

    def timed_save(self: Session, path: Path) -> None:
        started = time.perf_counter()
        original_save(self, path)
        saving.append(time.perf_counter() - started)

    Session.save = timed_save  # type: ignore[method-assign]
    times: list[float] = []
    ui_only: list[float] = []
    played = 0
    while played < turns:
        window.start_entry(entries[played % len(entries)])
        window.practice.min_turn_interval_ms = 0
        for _ in range(3):
            app.processEvents()
        while played < turns and window.session is not None and not window.session.finished:
            buttons = window.practice.options.visible_buttons()
            # Prefer slowing answers so that conversations run long; any answer is timed the same way.
            button = buttons[played % len(buttons)]
            saving.clear()
            start = time.perf_counter()
            button.click()
            app.processEvents()
            elapsed = time.perf_counter() - start
            times.append(elapsed)
            ui_only.append(elapsed - sum(saving))
            played += 1
            deadline = time.perf_counter() + 0.02
            while time.perf_counter() < deadline:  # let some animation frames pass between clicks
                app.processEvents()

    def summary(values: list[float]) -> str:
        ms = sorted(value * 1000 for value in values)
        p90 = ms[max(0, round(len(ms) * 0.9) - 1)]
        return f"median {statistics.median(ms):5.1f} ms, 90th percentile {p90:5.1f} ms, max {ms[-1]:5.1f} ms"

    print(f"click to updated UI ({len(times)} clicks, 1280x720, aim: under 16 ms):")
    print(f"  total, with the engine's autosave:  {summary(times)}")
    print(f"  without the time in Session.save:   {summary(ui_only)}")
    window.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="start-ups per program (default 7)")
    parser.add_argument("--turns", type=int, default=24, help="clicks to time (default 24)")
    parser.add_argument("--skip-startup", action="store_true")
    parser.add_argument("--skip-clicks", action="store_true")
    args = parser.parse_args()
    if not args.skip_startup:
        startup(args.runs)
    if not args.skip_clicks:
        clicks(args.turns)


if __name__ == "__main__":
    main()
