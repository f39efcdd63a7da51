"""The colours of everything the program paints itself (meters, curves, the report's chart image).

QtGui only, so that the headless report export can use it without widgets. The style sheet
(`assets/styles/app.qss`) uses the same values for the widgets it styles.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

TEXT = QColor("#1d2433")
MUTED = QColor("#5b6472")
BORDER = QColor("#e2e5ea")
TRACK = QColor("#edf0f4")
ACCENT = QColor("#2456c9")
GOOD = QColor("#1e8456")
FAIR = QColor("#b7791f")
BAD = QColor("#c2410c")
SURFACE = QColor("#ffffff")

# The curves: trust solid blue, tension dashed orange, a compared try purple; colour is never the only cue.
TRUST = QColor("#1d5fd1")
TENSION = QColor("#c2410c")
OVERLAY = QColor("#7e57c2")
MARKER = QColor("#a16207")
GRID = QColor("#e4e7ec")
AXIS = QColor("#98a2b3")
CHART_TEXT = QColor("#475467")
