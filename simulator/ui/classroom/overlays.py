"""What lies over the projector view: the dimmed "discuss" screen of a freeze, and the key map.

Both cover the whole window and are children of its root, so the one scale factor sizes them too. They take
no keys themselves: the window's key handling decides what Space, `?` and Escape do.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QVBoxLayout, QWidget

from ..widgets import PlainLabel
from .keys import key_map
from .look import ScaledLayouts


class Overlay(QWidget):
    """A dimmed layer over the whole window with a centred panel (`self.panel`, laid out by `self.body`)."""

    def __init__(self, parent: QWidget, layouts: ScaledLayouts) -> None:
        super().__init__(parent)
        self.setObjectName("crOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QVBoxLayout(self)
        layouts.add(outer, 60)
        self.panel = QFrame(self)
        self.panel.setObjectName("crOverlayPanel")
        self.body = QVBoxLayout(self.panel)
        layouts.add(self.body, (56, 40, 56, 44), 18)
        outer.addStretch(1)
        outer.addWidget(self.panel, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        self.hide()

    def cover(self) -> None:
        """Show over everything else in the window."""
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()


class DiscussOverlay(Overlay):
    """The freeze: the screen dims and says "Discuss", with the question the class is on."""

    def __init__(self, parent: QWidget, layouts: ScaledLayouts) -> None:
        super().__init__(parent, layouts)
        self.title = PlainLabel("", self.panel, object_name="crOverlayTitle", wrap=False)
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.question = PlainLabel("", self.panel, object_name="crQuote")
        self.question.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.hint = PlainLabel("", self.panel, object_name="crHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.body.addWidget(self.title)
        self.body.addWidget(self.question)
        self.body.addWidget(self.hint)

    def set_question(self, question: str) -> None:
        """Fill in the texts; `question` is what the class is discussing."""
        self.title.setText(self.tr("Discuss"))
        self.question.setText(question)
        self.question.setVisible(bool(question))
        self.hint.setText(self.tr("Space: go on"))

    def fit_width(self, width: int) -> None:
        """Keep the question to a readable line length."""
        self.question.setFixedWidth(max(200, int(width * 0.55)))


class KeyMapOverlay(Overlay):
    """Every key of classroom mode and what it does, from the one key table."""

    def __init__(self, parent: QWidget, layouts: ScaledLayouts) -> None:
        super().__init__(parent, layouts)
        self.heading = PlainLabel("", self.panel, object_name="crHeading", wrap=False)
        self.body.addWidget(self.heading)
        grid = QGridLayout()
        layouts.add(grid, 0, 12)
        grid.setColumnStretch(1, 1)
        self.rows: list[tuple[PlainLabel, PlainLabel]] = []
        for row, (shown, _text) in enumerate(key_map()):
            key = PlainLabel(shown, self.panel, object_name="crKey", wrap=False)
            key.setAlignment(Qt.AlignmentFlag.AlignCenter)
            text = PlainLabel("", self.panel, object_name="crBody", wrap=False)
            grid.addWidget(key, row, 0)
            grid.addWidget(text, row, 1)
            self.rows.append((key, text))
        self.body.addLayout(grid)
        self.hint = PlainLabel("", self.panel, object_name="crHint", wrap=False)
        self.body.addWidget(self.hint)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.heading.setText(self.tr("Keys"))
        for (_key, label), (_shown, text) in zip(self.rows, key_map(), strict=True):
            label.setText(text)
        self.hint.setText(self.tr("? or Esc: close"))
