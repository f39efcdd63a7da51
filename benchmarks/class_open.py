"""Benchmark: opening a class of 30 saved sessions (every file read, checked and replayed) and showing the window.

Run: .venv/bin/python benchmarks/class_open.py
Aim (issue 15): a class of 30 sessions opens in < 1 s.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from simulator.engine import Session
from simulator.engine.class_overview import load_class
from simulator.scenario import bundled_scenario_paths, load_scenario

SESSIONS = 30


def make_class(folder: Path) -> None:
    """Thirty sessions of full length, spread over the bundled scenarios, played at random."""
    scenarios = [load_scenario(path) for path in bundled_scenario_paths()]
    rng = random.Random(7)
    for index in range(SESSIONS):
        session = Session(scenarios[index % len(scenarios)], rng.choice(["nl", "en"]), index, player=f"Student {index}")
        while not session.finished:
            session.choose(rng.choice(session.options).id, response_ms=rng.randrange(1000, 20000))
        session.save(folder / f"session-{index:02}.json")


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from simulator.engine import storage
    from simulator.ui.class_window import ClassWindow

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        make_class(folder)
        loads, windows = [], []
        for _ in range(5):
            storage._stored_cache.clear()  # every run starts cold, as a trainer opening the folder does
            start = time.perf_counter()
            overview = load_class([folder])
            loaded = time.perf_counter()
            window = ClassWindow(overview, "nl")
            window.show()
            app.processEvents()
            shown = time.perf_counter()
            window.close()
            loads.append(loaded - start)
            windows.append(shown - start)
        print(f"class of {len(overview.rows)} sessions ({len(overview.skipped)} skipped):")
        print(f"  read, check and replay: median {statistics.median(loads) * 1000:.0f} ms")
        print(f"  until the window is shown: median {statistics.median(windows) * 1000:.0f} ms (aim < 1000 ms)")


if __name__ == "__main__":
    main()
