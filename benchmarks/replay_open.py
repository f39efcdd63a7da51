"""How fast a saved session opens in the replay, and how fast a 500-turn timeline and curves draw.

The issue asks for under 300 ms to open a 500-turn session. A scenario may allow at most 60 turns (schema), so a
500-turn session cannot be saved and loaded as a file. This benchmark therefore reports, honestly and separately:

1. opening a real 60-turn session file: load and check (the engine replays every turn) + build the window +
   first paint;
2. the same window work for a 500-turn session built in memory from a copy of the scenario whose turn limit is
   lifted (not a valid scenario file, only a way to give the widgets 500 turns), plus stepping through it;
3. drawing the curves widget and the report's curve image with 500 points;
4. the engine's load time per turn from (1), extrapolated to 500 turns.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/replay_open.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

import simulator.ui  # noqa: E402, F401 - applies the PySide6 reference-count guard
from simulator.engine import Session  # noqa: E402
from simulator.engine.review import BundledScenarios, ReplayDocument  # noqa: E402
from simulator.scenario import load_scenario  # noqa: E402
from simulator.ui.kit.curves import CurvesWidget  # noqa: E402
from simulator.ui.replay.window import ReplayWindow  # noqa: E402
from simulator.ui.report.export import build_debrief, curve_image  # noqa: E402

MINI = ROOT / "tests" / "data" / "mini.yaml"
ASSETS = ROOT / "tests" / "data" / "assets"
RUNS = 7


def timed(action: Callable[[], object], runs: int = RUNS) -> tuple[float, float]:
    """Median and worst wall time of `action` in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def row(label: str, median: float, worst: float | None = None, extra: str = "") -> None:
    """Print one measured figure, aligned."""
    text = f"  {label:<42} median {median:7.1f} ms"
    if worst is not None:
        text += f"   worst {worst:7.1f} ms"
    print(text + (f"   {extra}" if extra else ""))


def long_session(scenario, turns: int) -> Session:
    """A session that keeps talking: a slowing-down move at every beat until `turns` turns are played."""
    session = Session(scenario, "en", 7)
    preferred = ["open-listen", "middle-reflect", "close-summarize"]
    while not session.finished and len(session.turns) < turns:
        ids = [option.id for option in session.options]
        session.choose(next(o for o in preferred if o in ids), response_ms=2000)
    return session


def open_window(document: ReplayDocument, app: QApplication) -> ReplayWindow:
    """Build, show and paint the replay window once."""
    window = ReplayWindow(document, bundled=BundledScenarios(ROOT / "no-library"))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.grab()  # a full paint of every visible widget
    return window


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        os.environ["SIMULATOR_DATA_DIR"] = folder
        source = MINI.read_text(encoding="utf-8").replace("max_turns: 12", "max_turns: 60")
        scenario_path = Path(folder) / "long.yaml"
        scenario_path.write_text(source, encoding="utf-8")
        scenario = load_scenario(scenario_path, assets_dir=ASSETS)
        session = long_session(scenario, 60)
        path = Path(folder) / "sixty.json"
        session.save(path)
        print(f"60-turn session file: {len(session.turns)} turns, {path.stat().st_size / 1024:.0f} KiB")

        load_ms, load_worst = timed(lambda: Session.load(path))
        row("load + check (the engine replays it)", load_ms, load_worst)
        document = ReplayDocument.load(path)
        windows: list[ReplayWindow] = []
        win_ms, win_worst = timed(lambda: windows.append(open_window(ReplayDocument.load(path), app)))
        row("open in the replay (load, window, paint)", win_ms, win_worst)
        window = windows[-1]
        step_ms, _ = timed(lambda: [window.go_to(point) for point in range(len(document.turns) + 1)], runs=3)
        row("step through all 61 points (total)", step_ms, extra=f"{step_ms / 61:.1f} ms per step")
        for opened in windows:
            opened.close()
            opened.deleteLater()
        app.processEvents()

        # 500 turns in memory: lift the turn limit on a copy (not valid as a file; only to feed the widgets).
        unlimited = scenario.model_copy(update={"max_turns": 10_000})
        big = long_session(unlimited, 500)
        print(f"\n500-turn session in memory: {len(big.turns)} turns")
        big_document = ReplayDocument(big)
        windows = []
        big_ms, big_worst = timed(lambda: windows.append(open_window(ReplayDocument(big), app)), runs=5)
        row("open in the replay (window, paint)", big_ms, big_worst)
        window = windows[-1]
        step_ms, _ = timed(lambda: [window.go_to(point) for point in range(0, 501, 10)], runs=3)
        row("51 jumps across the timeline (total)", step_ms, extra=f"{step_ms / 51:.1f} ms per jump")
        end_ms, _ = timed(lambda: (window.go_to(0), window.go_to(500)), runs=5)
        row("jump to the start and back to turn 500", end_ms)
        for opened in windows:
            opened.close()
            opened.deleteLater()
        app.processEvents()

        curves = CurvesWidget()
        curves.resize(1280, 300)
        trust = list(big_document.measures.trust_curve)
        tension = list(big_document.measures.tension_curve)

        def draw_curves() -> None:
            curves.setSeries(trust, tension)
            curves.setMarkers([p + 1 for p in big_document.turning_points()])
            curves.setCurrentTurn(250)
            curves.grab()

        curves_ms, curves_worst = timed(draw_curves)
        row("curves widget, 501 points: set and paint", curves_ms, curves_worst)
        debrief = build_debrief(big_document)
        image_ms, image_worst = timed(lambda: curve_image(debrief))
        row("report curve image, 501 points", image_ms, image_worst)

        per_turn = load_ms / len(session.turns)
        print(
            f"\nEngine load + check per turn: {per_turn:.2f} ms, so a 500-turn file would take about "
            f"{per_turn * 500:.0f} ms to load before the window opens ({per_turn * 500 + big_ms:.0f} ms in all; "
            f"aim: under 300 ms)."
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
