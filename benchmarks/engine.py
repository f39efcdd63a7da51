"""Benchmark: scenario load+validate time and the engine's turn latency.

Run: .venv/bin/python benchmarks/engine.py
Aims (issue 2): a bundled scenario loads and validates in < 30 ms; a turn takes < 0.3 ms median.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from simulator.engine import Session
from simulator.scenario import ScenarioError, bundled_scenario_paths, load_scenario


def main() -> None:
    paths = bundled_scenario_paths()
    if not paths:
        print("no bundled scenarios found")
        return
    scenarios = []
    print("load + validate (median of 20 runs):")
    for path in paths:
        try:
            load_scenario(path)  # warm the caches once
        except ScenarioError as error:
            print(f"  {path.name}: invalid ({len(error.problems)} problems)")
            continue
        times = []
        for _ in range(20):
            start = time.perf_counter()
            scenario = load_scenario(path)
            times.append(time.perf_counter() - start)
        scenarios.append(scenario)
        print(f"  {path.name:32} {statistics.median(times) * 1000:7.2f} ms  ({path.stat().st_size / 1024:.0f} KiB)")

    latencies = []
    rng = random.Random(1)
    while len(latencies) < 10_000:
        session = Session(rng.choice(scenarios), "nl", rng.randrange(1000), clock=lambda: 0.0)
        while not session.finished and len(latencies) < 10_000:
            option = rng.choice(session.options).id
            start = time.perf_counter()
            session.choose(option, response_ms=0)
            latencies.append(time.perf_counter() - start)
    latencies.sort()
    median = statistics.median(latencies) * 1000
    p99 = latencies[int(len(latencies) * 0.99)] * 1000
    print(f"turn latency over {len(latencies):,} turns: median {median:.3f} ms, p99 {p99:.3f} ms")


if __name__ == "__main__":
    main()
