"""Small building blocks shared by the replay's panels: plain-text labels, section titles and meter rows.

Every label made here shows its text as plain text, so a scenario line containing `<b>` shows literally.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QWidget

from .labels import signed

TRUST_BAR = "#1d5fd1"
TENSION_BAR = "#c2410c"


def plain_label(text: str = "", *, wrap: bool = True, selectable: bool = True, name: str = "") -> QLabel:
    """A label that never interprets its text as rich text."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    label.setText(text)
    return label


def plain_tooltip(text: str) -> str:
    """`text` as a tooltip that shows it literally: Qt guesses whether a tooltip is rich text, and a scenario's
    `<img src=...>` would be rendered (and load a local file). Escaped inside `<qt>`, it is always just text."""
    if not text:
        return ""
    return "<qt>" + "<br>".join(html.escape(line) for line in text.splitlines()) + "</qt>"


def section_title(text: str, *, name: str = "") -> QLabel:
    """A bold heading for a part of a panel."""
    label = plain_label(text, selectable=False, name=name)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    label.setContentsMargins(0, 8, 0, 2)
    return label


def button_text(text: str) -> str:
    """Text for a button: `&` would otherwise turn the next letter into a keyboard shortcut."""
    return text.replace("&", "&&")


class MeterRow(QWidget):
    """One meter: its name, a bar 0..100, and the value with its last change (e.g. "54 (+10)")."""

    def __init__(self, name: str, colour: str, parent: QWidget | None = None, *, name_width: int = 0) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.name = plain_label(name, wrap=False, selectable=False)
        # Rows stacked together pass the same width so that their bars line up.
        self.name.setFixedWidth(max(name_width, self.name.fontMetrics().horizontalAdvance(name)) + 12)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(max(10, self.fontMetrics().height() // 2 + 4))
        self.bar.setStyleSheet(
            "QProgressBar { border: 1px solid #c8ccd2; border-radius: 4px; background: #f2f3f5; }"
            f"QProgressBar::chunk {{ background: {colour}; border-radius: 3px; }}"
        )
        self.bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.value = plain_label(wrap=False, selectable=False)
        self.value.setMinimumWidth(self.value.fontMetrics().horizontalAdvance("100 → 100 (−50)") + 8)
        layout.addWidget(self.name)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.value)

    def show_value(self, after: int, before: int | None = None) -> None:
        """Show the meter at `after`; with `before`, also where it came from and the change."""
        self.bar.setValue(after)
        if before is None:
            self.value.setText(str(after))
        else:
            self.value.setText(f"{before} → {after} ({signed(after - before)})")


def meter_rows(trust: str, tension: str) -> tuple[MeterRow, MeterRow]:
    """The trust and tension rows, their bars aligned."""
    probe = QLabel()
    width = max(probe.fontMetrics().horizontalAdvance(trust), probe.fontMetrics().horizontalAdvance(tension))
    return (MeterRow(trust, TRUST_BAR, name_width=width), MeterRow(tension, TENSION_BAR, name_width=width))
