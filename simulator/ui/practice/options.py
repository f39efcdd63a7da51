"""The player's answers as the kit's large numbered buttons (keys 1-5 choose them), and the panel that ends a
session."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ..kit.option_button import OptionButton
from ..kit.widgets import Button, PlainLabel, column

if TYPE_CHECKING:
    from ...engine import OptionView

MAX_OPTIONS = 5


class OptionsPanel(QWidget):
    """Up to five answers; `chosen` carries the option id.

    The panel itself takes the keyboard focus when answers are shown, never the first button: a highlighted
    button reads as a recommendation. Tab moves into the buttons; the number keys choose directly."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("optionsPanel")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.hint = PlainLabel("", self, object_name="hint", wrap=False)
        layout.addWidget(self.hint)
        self.buttons = [OptionButton(number, self) for number in range(1, MAX_OPTIONS + 1)]
        for button in self.buttons:
            layout.addWidget(button)
            button.clicked.connect(lambda _checked=False, b=button: self._clicked(b))
            button.hide()
        self.retranslate()

    def set_options(self, options: Sequence[OptionView]) -> None:
        """Show these options on buttons 1..n (in the order the session drew), with no button highlighted."""
        if any(button.hasFocus() for button in self.buttons):
            # Before a button hides: Qt would pass a hidden button's focus on along the Tab chain (to the meter).
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        for index, button in enumerate(self.buttons):
            if index < len(options):
                button.set_option(options[index].id, options[index].text)
            else:
                button.clear()

    def visible_buttons(self) -> list[OptionButton]:
        """The buttons in use."""
        return [button for button in self.buttons if button.option_id]

    def choose_number(self, number: int) -> bool:
        """Choose option `number` (1-based) as if clicked; False if there is no such option."""
        if 1 <= number <= len(self.buttons) and self.buttons[number - 1].option_id and self.isEnabled():
            self.buttons[number - 1].click()
            return True
        return False

    def retranslate(self) -> None:
        """Set the UI strings."""
        self.hint.setText(self.tr("Your answer: click it or press its number"))

    def _clicked(self, button: OptionButton) -> None:
        if button.option_id:
            self.chosen.emit(button.option_id)


class EndPanel(QWidget):
    """Shown in place of the answers once the conversation has ended: the outcome and the way to the debrief."""

    debriefRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = column(self, "endPanel", (20, 16, 20, 16), 6)
        self.title = PlainLabel("", self, object_name="sectionTitle")
        self.text = PlainLabel("", self, object_name="muted")
        self.button = Button(self)
        self.button.setObjectName("primary")
        self.button.clicked.connect(self.debriefRequested)
        row = QHBoxLayout()
        row.addWidget(self.title, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(row)
        layout.addWidget(self.text)
        self.setFocusProxy(self.button)

    def show_outcome(self, title: str, text: str) -> None:
        """Fill in the ending."""
        self.title.setText(title)
        self.text.setText(text)
        self.button.setText(self.tr("See your debrief"))
        self.button.setAccessibleName(self.tr("See your debrief"))
