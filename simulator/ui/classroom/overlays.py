"""What lies over the projector view: the key map. (A freeze's "Discuss" band sits beside the content instead;
see `slides`.)

It covers the whole window and is a child of its root, so the one scale factor sizes them too. It takes
no keys itself: the window's key handling decides what Space, `?` and Escape do.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QVBoxLayout, QWidget

from ..widgets import PlainLabel
from .keys import key_map
from .look import ScaledLayouts


class Overlay(QWidget):
    """A dimmed layer over the whole window with a centred panel (`self.panel`, laid out by `self.body`).

    The panel is placed by hand rather than by a layout: it is sized from its content each time the window's
    scale or size changes (`relayout`), so it never keeps the size of an earlier scale.
    """

    MARGIN = 60
    """The space kept free around the panel, in reference pixels."""

    def __init__(self, parent: QWidget, layouts: ScaledLayouts) -> None:
        super().__init__(parent)
        self.setObjectName("crOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.panel = QFrame(self)
        self.panel.setObjectName("crOverlayPanel")
        self.body = QVBoxLayout(self.panel)
        layouts.add(self.body, (56, 40, 56, 44), 18)
        self.scale = 1.0
        self.hide()

    def relayout(self, scale: float | None = None) -> None:
        """Cover the parent and centre the panel at its content's size (at `scale`, if given)."""
        if scale is not None:
            self.scale = scale
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        margin = round(self.MARGIN * self.scale)
        self.body.invalidate()
        self.body.activate()
        hint = self.body.totalSizeHint()
        width = max(1, min(hint.width(), self.width() - 2 * margin))
        height = self.body.totalHeightForWidth(width) if self.body.hasHeightForWidth() else hint.height()
        height = max(1, min(height, self.height() - 2 * margin))
        self.panel.setGeometry((self.width() - width) // 2, (self.height() - height) // 2, width, height)

    def cover(self) -> None:
        """Show over everything else in the window."""
        self.show()
        self.raise_()
        self.relayout()


class KeyMapOverlay(Overlay):
    """Every key of classroom mode and what it does, from the one key table."""

    def __init__(self, parent: QWidget, layouts: ScaledLayouts) -> None:
        super().__init__(parent, layouts)
        self.heading = PlainLabel("", self.panel, object_name="crHeading", wrap=False)
        self.body.addWidget(self.heading)
        grid = QGridLayout()
        layouts.add(grid, 0, 12)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnMinimumWidth(2, 0)
        self.rows: list[tuple[PlainLabel, PlainLabel]] = []
        keys = key_map()
        # Two columns of keys, so the map fits the height of a 1280x720 projector however many keys there are.
        per_column = (len(keys) + 1) // 2
        for index, (shown, _text) in enumerate(keys):
            key = PlainLabel(shown, self.panel, object_name="crKey", wrap=False)
            key.setAlignment(Qt.AlignmentFlag.AlignCenter)
            text = PlainLabel("", self.panel, object_name="crBody", wrap=True)  # two columns: long ones wrap
            column = 0 if index < per_column else 2
            grid.addWidget(key, index % per_column, column)
            grid.addWidget(text, index % per_column, column + 1)
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
