"""Benchmark: a burst of 2,000 requests from 50 clients at the class vote's server, on 127.0.0.1.

Run: .venv/bin/python benchmarks/vote_load.py [--default-limit]
Aim (issue 14): no 5xx, 95th percentile at most 250 ms, while a Qt timer in the server's process keeps ticking.

The server runs in this process beside a Qt event loop with a timer ticking every 10 ms (as the projector's
would); the clients run in a second process (`--fire`), so their work does not compete with the server for this
interpreter. Each client has its own connection and sends a fixed number of requests (three looks at the state
to one vote), so the loop ends by itself. All clients share 127.0.0.1, so the server's per-address rate limit is
widened here (in a room each phone has its own address); with `--default-limit` it is not, and the figures show
how fast the refusals (429) come. The limit itself is tested in tests/vote.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REQUESTS = 2000
CLIENTS = 50
TICK_MS = 10
OPTION_IDS = ("first", "second", "third", "fourth")


async def _fire(short_url: str, code: str, options: list[str], requests: int, clients: int) -> dict[str, Any]:
    import aiohttp

    statuses: Counter[int] = Counter()
    latencies: list[float] = []
    errors: list[str] = []
    per_client = requests // clients
    timeout = aiohttp.ClientTimeout(total=30)

    async def client(number: int) -> None:
        device = f"load-client-{number:04d}"
        connector = aiohttp.TCPConnector(limit=1)
        async with aiohttp.ClientSession(connector=connector, timeout=timeout) as http:
            for index in range(per_client):
                started = time.perf_counter()
                try:
                    if index % 4 == 3:
                        body = {"code": code, "device": device, "option": options[(number + index) % len(options)]}
                        async with http.post(f"{short_url}/api/vote", json=body) as response:
                            await response.read()
                            status = response.status
                    else:
                        async with http.get(f"{short_url}/api/state", params={"code": code}) as response:
                            await response.read()
                            status = response.status
                except (aiohttp.ClientError, TimeoutError) as error:
                    errors.append(type(error).__name__)
                    continue
                latencies.append((time.perf_counter() - started) * 1000)
                statuses[status] += 1

    started = time.perf_counter()
    await asyncio.gather(*(client(number) for number in range(clients)))
    return {
        "seconds": time.perf_counter() - started,
        "statuses": {str(status): count for status, count in sorted(statuses.items())},
        "latencies_ms": latencies,
        "errors": errors,
    }


def fire_command(
    short_url: str, code: str, options: list[str], requests: int = REQUESTS, clients: int = CLIENTS
) -> list[str]:
    """The command that fires the burst from a process of its own and prints the raw result as JSON."""
    return [
        sys.executable,
        str(Path(__file__).resolve()),
        "--fire",
        short_url,
        code,
        ",".join(options),
        str(requests),
        str(clients),
    ]


def summary(result: dict[str, Any]) -> dict[str, Any]:
    """Counts and percentiles of a burst's raw result."""
    latencies = sorted(result["latencies_ms"])

    def percentile(share: float) -> float:
        return latencies[min(len(latencies) - 1, round(share * (len(latencies) - 1)))] if latencies else float("nan")

    statuses = {int(status): count for status, count in result["statuses"].items()}
    return {
        "requests": len(latencies) + len(result["errors"]),
        "seconds": result["seconds"],
        "statuses": statuses,
        "server_errors": sum(count for status, count in statuses.items() if status >= 500),
        "client_errors": len(result["errors"]),
        "p50_ms": percentile(0.50),
        "p95_ms": percentile(0.95),
        "max_ms": latencies[-1] if latencies else float("nan"),
    }


def main(default_limit: bool = False) -> int:
    """Serve a vote with a Qt timer ticking beside it, fire the burst from another process, print the figures."""
    from PySide6.QtCore import QCoreApplication, QTimer

    from simulator.vote import RateLimit, VoteBoard, VoteServer
    from simulator.vote.board import VoteOption

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    board = VoteBoard()
    board.open_turn(1, "Hm.", [VoteOption(option, option) for option in OPTION_IDS], "en")
    limit = RateLimit() if default_limit else RateLimit(per_second=10_000, burst=10_000)
    server = VoteServer(board, "127.0.0.1", 0, rate_limit=limit)
    server.start()
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    process = subprocess.Popen(fire_command(server.short_url, board.code, list(OPTION_IDS)), stdout=subprocess.PIPE)
    while process.poll() is None:
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    server.stop()
    assert process.stdout is not None
    figures = summary(json.loads(process.stdout.read()))
    gaps = [(later - earlier) * 1000 for earlier, later in itertools.pairwise(ticks)]
    print(f"{figures['requests']} requests from {CLIENTS} clients in {figures['seconds']:.2f} s")
    print(f"statuses: {figures['statuses']}  (5xx: {figures['server_errors']}, failed: {figures['client_errors']})")
    print(f"latency: p50 {figures['p50_ms']:.1f} ms, p95 {figures['p95_ms']:.1f} ms, max {figures['max_ms']:.1f} ms")
    print(f"Qt timer every {TICK_MS} ms: {len(ticks)} ticks, longest gap {max(gaps, default=0):.1f} ms")
    print(f"votes counted: {board.count}")
    print(f"rate limit: {limit.per_second:g}/s per address, bursts of {limit.burst}")
    return 0 if figures["server_errors"] == 0 and figures["p95_ms"] <= 250 else 1


if __name__ == "__main__":
    if len(sys.argv) == 7 and sys.argv[1] == "--fire":
        url, code, options, requests, clients = sys.argv[2:]
        raw = asyncio.run(_fire(url, code, options.split(","), int(requests), int(clients)))
        print(json.dumps(raw))
        sys.exit(0)
    sys.exit(main(default_limit="--default-limit" in sys.argv[1:]))
