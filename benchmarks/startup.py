"""Start-up as a user meets it: the installed `simulator` command beside a bare PySide6 window.

    .venv/bin/python benchmarks/startup.py [--runs 21] [--xvfb] [--menus]

Each run launches two fresh processes, one after the other (paired, so that drifts in machine load hit both
alike): the console script `simulator` installed next to this Python (what a user types), and a bare PySide6
script that shows an empty 1280x760 QMainWindow. Both report through the same probe
(`simulator/ui/probe.py`, which the bare script executes as its own code): the monotonic clock on the
event-loop turn after their window's first paint. The time is measured from just before the launch, and the
ratio of the medians is printed (the aim is at most 1.15). The time until the library's scenario cards are
filled in is printed too. With --menus a third window is timed: the bare one with a menu bar of three titled
menus, the floor of any window with menus (their text loads the font configuration).

Without --xvfb the windows use Qt's offscreen platform; with --xvfb they are mapped on a private Xvfb server
(Debian's `xvfb` package), which is closer to a desktop. The data folder is a fresh temporary one, warmed by one
start of each program first (the translations are compiled and the scenario index written then, as on a
user's first start).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROBE = ROOT / "simulator" / "ui" / "probe.py"

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow

probe = {}
exec(compile(open(sys.argv[1], encoding="utf-8").read(), sys.argv[1], "exec"), probe)
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 760)
for title in sys.argv[2:]:  # with --menus: the floor of any window with a menu bar (its text loads the fonts)
    window.menuBar().addMenu(title)
probe["FirstFrameProbe"](window, then_exit=True)
window.show()
sys.exit(app.exec())
"""


def console_script() -> str:
    """The `simulator` command installed beside this Python (the one a user of this environment runs)."""
    beside = Path(sys.executable).with_name("simulator")
    found = str(beside) if beside.exists() else shutil.which("simulator")
    if found is None:
        raise SystemExit("the `simulator` command is not installed; run `pip install -e .` first")
    return found


def run_probe(command: list[str], env: dict[str, str]) -> dict[str, tuple[float, int]]:
    """Launch `command`; the seconds from launch to each probe line, with the peak memory (KiB) it reported."""
    started = time.monotonic()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, cwd=tempfile.gettempdir())
    lines: dict[str, tuple[float, int]] = {}
    for line in result.stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] in ("FRAME", "READY"):
            lines[parts[0]] = (float(parts[1]) - started, int(parts[2]))
    if "FRAME" not in lines:
        raise RuntimeError(f"{command[0]} never reported its first frame:\n{result.stderr[-2000:]}")
    return lines


@contextmanager
def display(use_xvfb: bool) -> Iterator[dict[str, str]]:
    """The environment for the children: offscreen, or a private Xvfb server for the duration."""
    env = dict(os.environ)
    # As on a user's machine, Python keeps compiled bytecode (the first, warming start writes it).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["SIMULATOR_DATA_DIR"] = tempfile.mkdtemp(prefix="simulator-bench-")
    if not use_xvfb:
        env["QT_QPA_PLATFORM"] = "offscreen"
        yield env
        return
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        raise SystemExit("Xvfb is not installed (Debian: apt-get install xvfb)")
    server = subprocess.Popen([xvfb, ":87", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"])
    try:
        time.sleep(1.0)
        env["DISPLAY"] = ":87"
        env["QT_QPA_PLATFORM"] = "xcb"
        yield env
    finally:
        server.terminate()
        server.wait(timeout=10)


def summary(name: str, values: list[float]) -> str:
    """One line: the median and the spread of `values` (seconds), in milliseconds."""
    ms = sorted(value * 1000 for value in values)
    return f"{name:34} median {statistics.median(ms):7.1f} ms  (min {ms[0]:.1f}, max {ms[-1]:.1f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21, help="paired start-ups (default 21)")
    parser.add_argument("--xvfb", action="store_true", help="map real X11 windows on a private Xvfb server")
    parser.add_argument(
        "--menus", action="store_true", help="also time the bare window with a menu bar of three titled menus"
    )
    args = parser.parse_args()
    app_command = [console_script()]
    bare_command = [sys.executable, "-c", BARE, str(PROBE)]
    menus_command = [*bare_command, "&File", "&View", "&Help"]
    with display(args.xvfb) as env:
        app_env = {**env, "SIMULATOR_PROBE": "ready"}
        run_probe(app_command, app_env)  # first start: compiles the translations, writes the scenario index
        run_probe(bare_command, env)
        bare: list[float] = []
        frame: list[float] = []
        ready: list[float] = []
        menus: list[float] = []
        for _ in range(args.runs):
            bare.append(run_probe(bare_command, env)["FRAME"][0])
            if args.menus:
                menus.append(run_probe(menus_command, env)["FRAME"][0])
            lines = run_probe(app_command, app_env)
            frame.append(lines["FRAME"][0])
            if "READY" in lines:
                ready.append(lines["READY"][0])
        platform = env["QT_QPA_PLATFORM"]
    print(f"platform: {platform}, {args.runs} paired runs, Python {sys.version.split()[0]}, {app_command[0]}")
    print(summary("bare PySide6 window, first frame", bare))
    if menus:
        print(summary("bare window + menus, first frame", menus))
        print(f"menu bar alone, ratio:             {statistics.median(menus) / statistics.median(bare):.2f}x")
    print(summary("simulator, first frame", frame))
    if ready:
        print(summary("simulator, library filled in", ready))
    ratio = statistics.median(frame) / statistics.median(bare)
    print(f"start-up ratio (first frame):      {ratio:.2f}x  (aim: at most 1.15x)")


if __name__ == "__main__":
    main()
