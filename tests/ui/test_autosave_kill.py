"""kill -9 right after an answer loses nothing the player has acted on: the program is killed at the very moment
it starts on the next answer, with the disk made slow, and the session file already holds the first turn."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"

PLAY_AND_DIE = textwrap.dedent(
    """
    import os, signal, sys, time
    from pathlib import Path

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from simulator.engine import Session, storage
    from simulator.ui.i18n import LanguageSwitcher
    from simulator.app import build_main_window
    from simulator.ui.settings import AppSettings, open_settings

    original_write = storage.atomic_write_text

    def slow_write(path, text):  # a slow disk: every write is still under way when the next click arrives
        time.sleep(0.4)
        original_write(path, text)

    storage.atomic_write_text = slow_write
    original_play = Session._play

    def play(self, option_id, response_ms):
        if self.turns:  # the second answer: die the moment the engine starts on it
            print("KILLED", flush=True)
            os.kill(os.getpid(), signal.SIGKILL)
        return original_play(self, option_id, response_ms)

    Session._play = play
    app = QApplication([])
    data_dir, library, assets = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    switcher = LanguageSwitcher(app, data_dir / "i18n")
    switcher.set_language("en")
    window = build_main_window(
        data_dir=data_dir, settings=AppSettings(open_settings(data_dir)), switcher=switcher,
        scenario_dir=library, assets_dir=assets,
    )
    window.show()
    while not window.catalogue.loaded:
        app.processEvents()
    window.start_entry(window.catalogue.scenarios()[0])
    window.practice.min_turn_interval_ms = 0
    app.processEvents()

    def answer(option_id):
        button = next(b for b in window.practice.options.visible_buttons() if b.option_id == option_id)
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    answer("open-ask")
    app.processEvents()
    print("CLICKED", flush=True)
    answer("middle-name")
    print("SURVIVED", flush=True)
    """
)


def test_kill_nine_at_the_next_answer_finds_the_previous_turn_saved(tmp_path):
    """Killed as the engine begins on answer two, the file on disk holds answer one."""
    library = tmp_path / "library"
    library.mkdir()
    shutil.copy(DATA / "mini.yaml", library / "mini.yaml")
    data_dir = tmp_path / "data"
    result = subprocess.run(
        [sys.executable, "-c", PLAY_AND_DIE, str(data_dir), str(library), str(DATA / "assets")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert result.stdout.split() == ["CLICKED", "KILLED"]
    files = list((data_dir / "sessions").glob("*.json"))
    assert len(files) == 1
    turns = json.loads(files[0].read_text(encoding="utf-8"))["turns"]
    assert [turn["option"] for turn in turns] == ["open-ask"]
