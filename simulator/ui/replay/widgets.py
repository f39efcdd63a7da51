"""Small building blocks shared by the replay's panels: plain-text labels, section titles, text tones.

Every label made here shows its text as plain text, so a scenario line containing `<b>` shows literally.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout


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


def tinted(label: QLabel, tone: str) -> QLabel:
    """Give `label` one of the replay's text tones (muted, strong, accent, good, bad; styled in app.qss)."""
    label.setProperty("textTone", tone)
    return label


def clear_layout(layout: QVBoxLayout) -> None:
    """Remove and delete every widget in `layout`."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            # Detach at once: a deferred delete would leave the old widget on screen until the event loop runs.
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
