"""Timings with notes at their limit: opening the replay window and writing the PDF report.

Every turn of a session of the mini scenario and the session itself carry a note of MAX_NOTE_CHARS characters
without a single space (the worst case for line breaking). Run: QT_QPA_PLATFORM=offscreen python benchmarks/huge_note.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from simulator.engine import Session
from simulator.engine.storage import MAX_NOTE_CHARS
from simulator.scenario import load_scenario
from simulator.ui.replay.document import BundledScenarios
from simulator.ui.replay.window import open_replay
from simulator.ui.report import export_report

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    """Print how long opening and exporting take with notes at the limit."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    scenario = load_scenario(ROOT / "tests/data/mini.yaml", assets_dir=ROOT / "tests/data/assets")
    session = Session(scenario, "en", 1)
    while not session.finished and len(session.turns) < 4:
        session.choose(session.options[0].id, response_ms=1000)
    note = "x" * MAX_NOTE_CHARS
    session.notes.session = note
    session.notes.turns = {turn.index: note for turn in session.turns}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "s.json"
        session.save(path)
        started = time.perf_counter()
        window = open_replay(path, data_dir=Path(folder), bundled=BundledScenarios(Path(folder)))
        assert window is not None
        for point in range(len(session.turns) + 1):
            window.go_to(point)
            app.processEvents()
        opened = time.perf_counter() - started
        window.close()
        started = time.perf_counter()
        export_report(session, Path(folder) / "r.pdf")
        exported = time.perf_counter() - started
        size = (Path(folder) / "r.pdf").stat().st_size
    print(f"{len(session.turns)} turns, {len(session.turns) + 1} notes of {MAX_NOTE_CHARS:,} unbroken characters")
    print(f"open the replay and step through every turn: {opened:.2f} s")
    print(f"write the PDF report: {exported:.2f} s ({size / 1024:.0f} KiB)")


if __name__ == "__main__":
    main()
