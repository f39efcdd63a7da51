"""Peak memory with the library shown: the installed `simulator` command beside a bare PySide6 window.

    .venv/bin/python benchmarks/memory.py [--runs 5] [--xvfb]

Each run launches both programs as fresh processes, with the same probe as `startup.py`: the bare window reports
its peak resident set size (`ru_maxrss`) once its first frame is painted, `simulator` once its library screen is
filled in (the scenario cards and the recent sessions listed). The data folder holds a few saved sessions, so
the recent list is not empty, and is warmed by one start first (the scenario index is written then, as on a
user's first start). The ratio of the medians is printed; the aim is at most 1.3.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

from startup import BARE, PROBE, console_script, display, run_probe

ROOT = Path(__file__).resolve().parents[1]


def save_sessions(data_dir: Path, count: int) -> None:
    """A few finished sessions of the bundled scenarios in the data folder (played by their first options)."""
    sys.path.insert(0, str(ROOT))
    from simulator.engine import Session
    from simulator.engine.archive import SessionArchive
    from simulator.scenario import ScenarioError, bundled_scenario_paths, load_scenario

    archive = SessionArchive(data_dir)
    scenarios = []
    for path in bundled_scenario_paths():
        try:
            scenarios.append(load_scenario(path))
        except ScenarioError:
            continue
    for number in range(count if scenarios else 0):
        session = Session(scenarios[number % len(scenarios)], "en", seed=number)
        while not session.finished:
            session.choose(session.options[0].id)
        session.save(archive.path_for(session))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="starts of each program (default 5)")
    parser.add_argument("--xvfb", action="store_true", help="map real X11 windows on a private Xvfb server")
    args = parser.parse_args()
    app_command = [console_script()]
    bare_command = [sys.executable, "-c", BARE, str(PROBE)]
    with display(args.xvfb) as env:
        save_sessions(Path(env["SIMULATOR_DATA_DIR"]), 6)
        app_env = {**env, "SIMULATOR_PROBE": "ready"}
        run_probe(app_command, app_env)  # the first start writes the scenario index
        bare: list[int] = []
        app: list[int] = []
        for _ in range(args.runs):
            bare.append(run_probe(bare_command, env)["FRAME"][1])
            app.append(run_probe(app_command, app_env)["READY"][1])
        platform = env["QT_QPA_PLATFORM"]
    print(f"platform: {platform}, {args.runs} runs each, Python {sys.version.split()[0]}, {app_command[0]}")
    print(f"bare PySide6 window, first frame:  median peak {statistics.median(bare) / 1024:6.1f} MiB")
    print(f"simulator, library shown:          median peak {statistics.median(app) / 1024:6.1f} MiB")
    ratio = statistics.median(app) / statistics.median(bare)
    print(f"memory ratio:                      {ratio:.2f}x  (aim: at most 1.3x)")


if __name__ == "__main__":
    main()
