"""Answering in your own words: the answer box on the practice screen and the library's *Answer by* setting.

The box classifies what was typed (on this machine; `simulator.understanding`) and emits `answered` with the
words, the move kind and the confidence, for the screen to play. Text it cannot place gets "I didn't catch that";
a low confidence gets a "Did you mean…?" row with the top interpretations as buttons (keys 1-3): it never guesses
silently. The classifier is imported only when first needed, and warmed in the background when a session starts.
"""

from __future__ import annotations

import contextlib
import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from ..kit.widgets import Button, PlainLabel, Segmented
from ..kit.words import move_name

ANSWER_MODES = ("choose", "type")
MAX_TYPED = 500

BOX_STYLE = (
    "QLineEdit#typedAnswer { background: #ffffff; border: 2px solid #dfe4eb; border-radius: 10px;"
    " padding: 8px 12px; font-size: 11pt; }"
    " QLineEdit#typedAnswer:focus { border-color: #2456c9; }"
    " QLabel#typedStatus { color: #9a3412; }"
)


def warm_up_in_background(language: str) -> None:
    """Read the classifier's weights for `language` on a background thread, so the first answer is quick."""

    def warm() -> None:
        from ...understanding import ModelError, warm_up

        with contextlib.suppress(ModelError):  # reported when the player actually answers
            warm_up(language)

    threading.Thread(target=warm, name="warm-classifier", daemon=True).start()


class TypedAnswerBox(QWidget):
    """ "Type your own answer": a line to type in, Enter sends; then played, asked about, or not caught."""

    answered = Signal(str, str, float)
    """The words, the move kind and the confidence, ready to be played."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("typedAnswerBox")
        self.setStyleSheet(BOX_STYLE)
        self.language = "en"
        self._pending: tuple[str, list[tuple[str, float]]] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.hint = PlainLabel("", self, object_name="hint", wrap=False)
        layout.addWidget(self.hint)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("typedAnswer")
        self.edit.setMaxLength(MAX_TYPED)
        self.edit.setClearButtonEnabled(True)
        self.edit.returnPressed.connect(self.send)
        self.edit.textEdited.connect(self._edited)
        self.send_button = Button(self)
        self.send_button.setObjectName("primary")
        self.send_button.clicked.connect(self.send)
        row.addWidget(self.edit, 1)
        row.addWidget(self.send_button)
        layout.addLayout(row)
        self.status = PlainLabel("", self, object_name="typedStatus")
        self.status.hide()
        layout.addWidget(self.status)
        # "Did you mean ...?": the question and up to three interpretations.
        self.meant = QWidget(self)
        self.meant.setObjectName("didYouMean")
        # The question, then one interpretation per line: long move names ("Het onuitgesprokene benoemen") never
        # get cut off, however narrow the window.
        meant = QVBoxLayout(self.meant)
        meant.setContentsMargins(0, 0, 0, 0)
        meant.setSpacing(4)
        self.meant_label = PlainLabel("", self.meant, object_name="fieldLabel", wrap=False)
        meant.addWidget(self.meant_label)
        self.meant_buttons: list[Button] = []
        for number in range(1, 4):
            button = Button(self.meant)
            button.setObjectName("meantButton")
            button.clicked.connect(lambda _checked=False, n=number: self.choose_suggestion(n))
            self.meant_buttons.append(button)
            meant.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        # While asking, the row takes the keyboard (not the box, where a digit would be typed, nor a button, which
        # would look like a recommendation): the screen's keys 1-3 then answer, and T goes back to typing.
        self.meant.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.meant.hide()
        layout.addWidget(self.meant)
        self.retranslate()

    # ---- commands -----------------------------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        """Understand answers as `language` (the session's language)."""
        self.language = language

    def reset(self) -> None:
        """Empty the box and forget any question (a new turn, or a new session)."""
        self.edit.clear()
        self._forget()

    def focus_box(self) -> None:
        """Put the cursor in the box (key T)."""
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def asking(self) -> bool:
        """True while "Did you mean…?" waits for an answer."""
        return self._pending is not None

    def send(self) -> None:
        """Understand what is in the box and emit it, ask what was meant, or say it was not caught."""
        from ...understanding import ModelError, classify

        text = self.edit.text()
        self._forget()
        try:
            answer = classify(text, self.language)
        except ModelError:
            self._say(self.tr("Typed answers cannot be understood on this installation. Choose an answer instead."))
            return
        if not answer.understood:
            reasons = {
                "empty": self.tr("Type what you would say to the customer, then press Enter."),
                "too_long": self.tr("That is more than one turn: say it in a sentence or two."),
                "no_words": self.tr("I didn't catch that: there are no words in it."),
                "unknown_words": self.tr(
                    "I didn't catch that. Type it as you would say it, in the session's language."
                ),
            }
            self._say(reasons.get(str(answer.problem), self.tr("I didn't catch that.")))
            return
        if answer.confident:
            assert answer.move is not None
            self.answered.emit(answer.text, str(answer.move), answer.confidence)
            return
        self._pending = (answer.text, [(str(move), score) for move, score in answer.ranked[:3]])
        for button, (move, _) in zip(self.meant_buttons, self._pending[1], strict=False):
            number = self.meant_buttons.index(button) + 1
            button.setText(f"{number}  {move_name(move)}")
            button.setAccessibleName(move_name(move))
            button.setToolTip(self.tr("Press {0}").format(number))
        self.meant.show()
        self.meant.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose_suggestion(self, number: int) -> bool:
        """Take interpretation `number` (1-3) of the pending question; False when there is none."""
        if self._pending is None or not 1 <= number <= len(self._pending[1]):
            return False
        text, ranked = self._pending
        move, score = ranked[number - 1]
        self._forget()
        self.answered.emit(text, move, score)
        return True

    def retranslate(self) -> None:
        """Set the UI strings."""
        self.hint.setText(self.tr("Or type your own answer (T), then press Enter"))
        self.edit.setPlaceholderText(self.tr("Type your own answer"))
        self.edit.setAccessibleName(self.tr("Type your own answer"))
        self.send_button.setText(self.tr("Say it"))
        self.meant_label.setText(self.tr("Did you mean…?"))

    def set_typing_first(self, typing: bool) -> None:
        """Word the hint for a screen where typing is the way to answer (no option buttons shown)."""
        self.hint.setText(
            self.tr("Your answer: type what you would say (T), then press Enter")
            if typing
            else self.tr("Or type your own answer (T), then press Enter")
        )

    # ---- helpers ------------------------------------------------------------------------------------------
    def _say(self, message: str) -> None:
        self.status.setText(message)
        self.status.show()

    def _forget(self) -> None:
        self._pending = None
        focused = QApplication.focusWidget()
        if focused is not None and self.meant.isAncestorOf(focused):
            # Before the question hides: Qt would pass its focus on along the Tab chain, to the meter.
            self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.meant.hide()
        self.status.hide()

    def _edited(self, _text: str) -> None:
        # Typing again withdraws the question and the message about the previous attempt.
        if self._pending is not None or self.status.isVisible():
            self._forget()


class AnswerBySetting(QObject):
    """The library's *Answer by: choosing / typing* row: a label and a two-way switch (kept in the settings)."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)

        self.label = PlainLabel("", parent, object_name="fieldLabel", wrap=False)
        self.switch = Segmented(ANSWER_MODES, parent)
        self.switch.chosen.connect(self.chosen)
        self.retranslate()

    def set_current(self, mode: str) -> None:
        """Mark `mode` (choose or type)."""
        self.switch.set_current(mode if mode in ANSWER_MODES else "choose")

    def retranslate(self) -> None:
        """Set the UI strings."""
        self.label.setText(self.tr("Answer by"))
        self.switch.buttons["choose"].setText(self.tr("choosing"))
        self.switch.buttons["type"].setText(self.tr("typing"))
        self.switch.buttons["choose"].setToolTip(self.tr("Choose one of the answers on offer."))
        self.switch.buttons["type"].setToolTip(
            self.tr("Type what you would say; the program works out what kind of move it is.")
        )
        self.switch.setAccessibleName(self.tr("Answer by"))
