"""The one button for an answer on offer: its number in a badge, an optional caption (such as the move kind) and
the answer's text, wrapped so that a long answer grows the button in height instead of being cut off.

Every text on it is plain text, and clicks on the texts belong to the button. The practice screen and the
replay's "try another option" panel use it; the style sheet styles both by object name.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from .widgets import Button, PlainLabel

MIN_HEIGHT = 46


class OptionButton(Button):
    """A numbered answer; `option_id` is empty while the button shows none. With `shortcut`, the number key
    (1-9) presses it wherever focus is in its window."""

    def __init__(
        self, number: int, parent: QWidget | None = None, *, name: str = "optionButton", shortcut: bool = False
    ) -> None:
        super().__init__(parent)
        self.number = number
        self.option_id = ""
        self.setObjectName(name)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._heights: dict[int, int] = {}  # height for a width, until the text or the look changes
        layout = self._layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 16, 8)
        layout.setSpacing(14)
        self.badge = PlainLabel(str(number), self, object_name="optionNumber", wrap=False)
        self.badge.setFixedSize(30, 30)
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        texts = self._texts = QVBoxLayout()
        texts.setSpacing(2)
        self.caption = PlainLabel("", self, object_name="optionCaption")
        self.label = PlainLabel("", self, object_name="optionText")
        for child in (self.badge, self.caption, self.label):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        texts.addWidget(self.caption)
        texts.addWidget(self.label)
        layout.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(texts, 1)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        if shortcut and number <= 9:
            self.setShortcut(QKeySequence(str(number)))

    def set_option(self, option_id: str, text: str, caption: str = "") -> None:
        """Show the answer `option_id` with its `text` (and `caption` above it, if any)."""
        self.option_id = option_id
        self.label.setText(text)
        self.caption.setText(caption)
        self.caption.setVisible(bool(caption))
        self.setAccessibleName(f"{self.number}. {caption}: {text}" if caption else f"{self.number}. {text}")
        self.setAccessibleDescription(self.tr("Press {0} to choose this answer.").format(self.number))
        self.show()
        self._forget_heights()
        self.updateGeometry()

    def clear(self) -> None:
        """Show no answer: the button hides."""
        self.option_id = ""
        self.hide()

    def text_shown(self) -> str:
        """The answer's text on the button."""
        return self.label.text()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        # The options layout asks several times per answer; each answer is measured once per width.
        if width not in self._heights:
            self._heights[width] = max(MIN_HEIGHT, self._layout.totalHeightForWidth(width))
        return self._heights[width]

    def _forget_heights(self) -> None:
        self._heights.clear()
        for layout in (self._texts, self._layout):
            layout.invalidate()  # both cache the height for a width: the new text needs it asked afresh

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._forget_heights()  # the same words take another height in another font or style
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(420, self.heightForWidth(420))

    def minimumSizeHint(self) -> QSize:
        return QSize(160, MIN_HEIGHT + 2)
