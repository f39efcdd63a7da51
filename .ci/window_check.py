"""CI: from an installed wheel, open the practice window offscreen and check that it shows the whole library.

Run with the installed program's Python from an empty folder; exits 1 with a message when a card is missing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from simulator.app import open_main_window

command = [str(Path(sys.executable).with_name("simulator")), "list", "--json"]
listed = json.loads(subprocess.run(command, capture_output=True, check=True).stdout)
app = QApplication(sys.argv[:1])
window, switcher = open_main_window(language="en")
QTimer.singleShot(30_000, lambda: app.exit(2))  # a window that never finishes loading fails the check
window.startupFinished.connect(lambda: app.exit(0))
window.show()
if app.exec() != 0:
    sys.exit("the window did not finish loading the library within 30 s")
cards = {card.entry.scenario.id: card for card in window.library.scenario_cards() if card.entry.scenario}
missing = sorted({entry["id"] for entry in listed} - set(cards))
if missing or not cards:
    sys.exit(f"the window's library lacks {missing or 'every scenario'} (cards: {sorted(cards)})")
for scenario_id, card in cards.items():
    if not card.source.text() or card.avatar._renderer is None:
        sys.exit(f"the card of {scenario_id} shows no source or no face")
print(f"window: {len(cards)} scenario cards, sources: {sorted({card.source.text() for card in cards.values()})}")
switcher.uninstall()
