"""Small building blocks shared by the screens: plain-text labels, buttons, cards, chips and segmented switches.

Every label here that can show scenario or user text is fixed to plain text, so a line such as `<b>` in a
scenario shows literally instead of being read as markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from . import theme

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent


class PlainLabel(QLabel):
    """A label that never interprets its text as rich text; word-wrapped by default."""

    def __init__(
        self, text: str = "", parent: QWidget | None = None, *, object_name: str = "", wrap: bool = True
    ) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(wrap)
        if object_name:
            self.setObjectName(object_name)
        self.setText(text)


class Button(QPushButton):
    """A push button that Enter and Return also press (outside dialogs Qt only lets Space do that)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            if self.isEnabled():
                self.click()
            event.accept()
            return
        super().keyPressEvent(event)


def column(
    owner: QWidget, name: str, margins: tuple[int, int, int, int] = (0, 0, 0, 0), spacing: int = 0
) -> QVBoxLayout:
    """Name `owner` (for the style sheet) and give it a vertical layout with these margins and spacing."""
    owner.setObjectName(name)
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(*margins)
    layout.setSpacing(spacing)
    return layout


class Card(QFrame):
    """A white, rounded panel (styled as `QFrame#card` in app.qss) with a vertical layout."""

    def __init__(self, parent: QWidget | None = None, *, object_name: str = "card", margins: int = 16) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(margins, margins, margins, margins)
        self.body.setSpacing(8)


class Chip(PlainLabel):
    """A small rounded tag; its `tone` property (neutral, good, fair, bad, accent) picks the colours in app.qss."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, tone: str = "neutral") -> None:
        super().__init__(text, parent, object_name="chip", wrap=False)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.set_tone(tone)

    def set_tone(self, tone: str) -> None:
        """Change the colours (the words carry the meaning; colour only supports them)."""
        if self.property("tone") != tone:
            self.setProperty("tone", tone)
            theme.polish(self)


def scrolling_page(screen: QWidget, max_width: int) -> tuple[QScrollArea, QWidget]:
    """Fill `screen` with a frameless scroll area holding a page that keeps a readable width, centred on wide
    screens. Returns the scroll area and the page to lay the content out on."""
    outer = QVBoxLayout(screen)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea(screen)
    scroll.setObjectName("pageScroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    outer.addWidget(scroll)
    host = QWidget(scroll)
    host.setObjectName("page")
    scroll.setWidget(host)
    centring = QHBoxLayout(host)
    centring.setContentsMargins(0, 0, 0, 0)
    page = QWidget(host)
    page.setObjectName("page")
    page.setMaximumWidth(max_width)
    centring.addStretch(1)
    centring.addWidget(page, 1000)
    centring.addStretch(1)
    return scroll, page


class Segmented(QWidget):
    """A row of exclusive toggle buttons (a segmented control); arrow keys move between them."""

    chosen = Signal(str)

    def __init__(self, keys: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segmented")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, Button] = {}
        for position, key in enumerate(keys):
            button = Button(self)
            button.setCheckable(True)
            button.setObjectName("segment")
            button.setProperty("position", "first" if position == 0 else "last" if position == len(keys) - 1 else "mid")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            self.group.addButton(button)
            self.buttons[key] = button
            layout.addWidget(button)
            button.clicked.connect(lambda _checked=False, k=key: self.chosen.emit(k))

    def set_current(self, key: str) -> None:
        """Check the button for `key` without emitting `chosen`."""
        if key in self.buttons:
            self.buttons[key].setChecked(True)

    def current(self) -> str:
        """The checked key."""
        return next((key for key, button in self.buttons.items() if button.isChecked()), "")
