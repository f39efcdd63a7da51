"""The projector's stage, right of the customer: the scenario list, a turn (the customer's line and the
answers, the chosen answer while the class predicts, what it did once revealed), and the ending.

Each page is filled by the controller with plain text; none of them takes keys or needs hovering.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from ..kit.widgets import PlainLabel
from .journey import TrustJourney
from .look import ScaledLayouts
from .shared import BALANCE, page_box, set_property, wrapped

MAX_OPTIONS = 5
MAX_ROWS = 9


@dataclass(frozen=True)
class PickRow:
    """One scenario in the list: its title and who the customer is."""

    title: str
    detail: str


class OptionCard(QFrame):
    """An answer on the projector: its number and its text; a click plays it, like its number key."""

    clicked = Signal(int)

    def __init__(self, number: int, layouts: ScaledLayouts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.setObjectName("crOption")
        row = QHBoxLayout(self)
        layouts.add(row, (18, 14, 24, 14), 20)
        self.badge = PlainLabel(str(number), self, object_name="crNumber", wrap=False)
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = wrapped("", self, "crBody")
        row.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)

    def show_option(self, number: int, text: str, *, chosen: bool = False) -> None:
        """Show answer `number` with `text`; `chosen` marks the answer the class picked."""
        self.number = number
        self.badge.setText(str(number))
        self.text.setText(text)
        self.setAccessibleName(f"{number}. {text}")
        set_property(self, "chosen", chosen)
        self.show()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.number)
        super().mousePressEvent(event)


class PickPage(QWidget):
    """The scenario list, numbered for the keyboard."""

    def __init__(self, layouts: ScaledLayouts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = page_box(self, layouts, 14)
        self.heading = PlainLabel("", self, object_name="crHeading")
        self.note = wrapped("", self, "crSoft")
        box.addWidget(self.heading)
        box.addWidget(self.note)
        box.addSpacing(8)
        self.rows: list[tuple[QFrame, PlainLabel, PlainLabel, PlainLabel]] = []
        for number in range(1, MAX_ROWS + 1):
            frame = QFrame(self)
            frame.setObjectName("crRow")
            row = QHBoxLayout(frame)
            layouts.add(row, (14, 10, 14, 10), 20)
            badge = PlainLabel(str(number), frame, object_name="crNumber", wrap=False)
            badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
            texts = QVBoxLayout()
            layouts.add(texts, 0, 2)
            title = wrapped("", frame, "crName")
            detail = wrapped("", frame, "crSoft")
            texts.addWidget(title)
            texts.addWidget(detail)
            row.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
            row.addLayout(texts, 1)
            box.addWidget(frame)
            frame.hide()
            self.rows.append((frame, badge, title, detail))
        box.addStretch(BALANCE[1])

    def topic(self) -> str:
        """What the page is about, for choosing its type size: the heading and the number of rows."""
        return f"{self.heading.text()} {sum(frame.isVisibleTo(self) for frame, *_ in self.rows)}"

    def show_rows(self, heading: str, note: str, rows: Sequence[PickRow], selected: int) -> None:
        """List `rows` (at most nine), `selected` (0-based) highlighted."""
        self.heading.setText(heading)
        self.note.setText(note)
        for index, (frame, _badge, title, detail) in enumerate(self.rows):
            if index < len(rows):
                title.setText(rows[index].title)
                detail.setText(rows[index].detail)
                set_property(frame, "selected", index == selected)
            frame.setVisible(index < len(rows))


class TurnPage(QWidget):
    """One turn on the stage: the customer's line, then the answers, the chosen answer, or what it did."""

    optionClicked = Signal(int)

    def __init__(self, layouts: ScaledLayouts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = page_box(self, layouts, 12)
        self.notice = wrapped("", self, "crPrompt")
        box.addWidget(self.notice)
        self.speaker = PlainLabel("", self, object_name="crKicker", wrap=False)
        self.line = wrapped("", self, "crQuote")
        box.addWidget(self.speaker)
        box.addWidget(self.line)
        box.addSpacing(10)
        self.answers_title = PlainLabel("", self, object_name="crKicker", wrap=False)
        box.addWidget(self.answers_title)
        self.cards: list[OptionCard] = []
        for number in range(1, MAX_OPTIONS + 1):
            card = OptionCard(number, layouts, self)
            card.clicked.connect(self.optionClicked)
            card.hide()
            box.addWidget(card)
            self.cards.append(card)
        # While the class predicts: the question, in the trainer's accent colour.
        self.prompt = QFrame(self)
        self.prompt.setObjectName("crPromptPanel")
        prompt_box = QVBoxLayout(self.prompt)
        layouts.add(prompt_box, (28, 20, 28, 20), 6)
        self.prompt_text = wrapped("", self.prompt, "crPrompt")
        self.prompt_hint = wrapped("", self.prompt, "crSoft")
        prompt_box.addWidget(self.prompt_text)
        prompt_box.addWidget(self.prompt_hint)
        box.addWidget(self.prompt)
        # Once revealed: the reply and why trust moved.
        self.reply_speaker = PlainLabel("", self, object_name="crKicker", wrap=False)
        self.reply = wrapped("", self, "crQuote")
        box.addWidget(self.reply_speaker)
        box.addWidget(self.reply)
        self.why = QFrame(self)
        self.why.setObjectName("crPanel")
        why_box = QVBoxLayout(self.why)
        layouts.add(why_box, (24, 16, 24, 18), 8)
        self.chips_row = QHBoxLayout()
        layouts.add(self.chips_row, 0, 14)
        self.chips: list[PlainLabel] = []
        for _ in range(2):
            chip = PlainLabel("", self.why, object_name="crChip", wrap=False)
            chip.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            self.chips_row.addWidget(chip)
            self.chips.append(chip)
        self.chips_row.addStretch(1)
        why_box.addLayout(self.chips_row)
        self.need = wrapped("", self.why, "crNeed")
        why_box.addWidget(self.need)
        self.reasons: list[PlainLabel] = []
        self.reasons_box = QVBoxLayout()
        layouts.add(self.reasons_box, 0, 6)
        why_box.addLayout(self.reasons_box)
        box.addWidget(self.why)
        box.addStretch(BALANCE[1])

    def topic(self) -> str:
        """What the page is about, for choosing its type size: the customer's line of this turn."""
        return self.line.text()

    # ---- the three moments of a turn ------------------------------------------------------------------------
    def _customer(self, speaker: str, line: str, *, context: bool) -> None:
        self.speaker.setText(speaker)
        self.line.setText(line)
        # Once an answer is chosen, the customer's line is context: smaller, so the answer stands out.
        set_property(self.line, "context", context)

    def show_asking(self, speaker: str, line: str, answers_title: str, options: Sequence[str], notice: str) -> None:
        """The customer's line and the answers to choose from."""
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        self._customer(speaker, line, context=False)
        self.answers_title.setText(answers_title)
        for index, card in enumerate(self.cards):
            if index < len(options):
                card.show_option(index + 1, options[index])
            else:
                card.hide()
        self.prompt.hide()
        self._hide_reveal()

    def show_chosen(self, speaker: str, line: str, answers_title: str, number: int, answer: str) -> None:
        """Only the chosen answer under the customer's line."""
        self.notice.hide()
        self._customer(speaker, line, context=True)
        self.answers_title.setText(answers_title)
        self.cards[0].show_option(number, answer, chosen=True)
        for card in self.cards[1:]:
            card.hide()

    def show_predicting(self, question: str, hint: str) -> None:
        """The question the class answers before the reveal."""
        self.prompt_text.setText(question)
        self.prompt_hint.setText(hint)
        self.prompt.show()
        self._hide_reveal()

    def show_revealed(
        self, speaker: str, reply: str, chips: Sequence[tuple[str, str]], need: str, reasons: Sequence[str]
    ) -> None:
        """The customer's reply, the meters' changes as chips (text, tone), a need uncovered (or "") and the
        reasons behind it all."""
        self.prompt.hide()
        self.reply_speaker.setText(speaker)
        self.reply.setText(reply)
        self.reply_speaker.show()
        self.reply.show()
        for index, chip in enumerate(self.chips):
            if index < len(chips):
                chip.setText(chips[index][0])
                set_property(chip, "tone", chips[index][1])
            chip.setVisible(index < len(chips))
        self.need.setText(need)
        self.need.setVisible(bool(need))
        while len(self.reasons) < len(reasons):
            label = wrapped("", self.why, "crBody")
            self.reasons_box.addWidget(label)
            self.reasons.append(label)
        for index, label in enumerate(self.reasons):
            if index < len(reasons):
                label.setText(f"• {reasons[index]}")
            label.setVisible(index < len(reasons))
        self.why.setVisible(bool(chips) or bool(need) or bool(reasons))

    def _hide_reveal(self) -> None:
        self.reply_speaker.hide()
        self.reply.hide()
        self.why.hide()


class EndPage(QWidget):
    """How the conversation ended, with a few facts for the class to talk about."""

    def __init__(self, layouts: ScaledLayouts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = page_box(self, layouts, 14, balanced=False)
        self.kicker = PlainLabel("", self, object_name="crKicker", wrap=False)
        self.outcome = PlainLabel("", self, object_name="crOutcome", wrap=False)
        self.summary = wrapped("", self, "crQuote")
        self.ending = wrapped("", self, "crSoft")
        for widget in (self.kicker, self.outcome, self.summary, self.ending):
            box.addWidget(widget)
        box.addSpacing(12)
        self.journey_title = PlainLabel("", self, object_name="crKicker", wrap=False)
        self.journey = TrustJourney(self)
        box.addWidget(self.journey_title)
        box.addWidget(self.journey, 1)  # the trust line takes the height left over
        box.addSpacing(8)
        self.facts: list[PlainLabel] = []
        for _ in range(6):
            fact = wrapped("", self, "crBody")
            box.addWidget(fact)
            self.facts.append(fact)
        box.addStretch(0)

    def topic(self) -> str:
        """What the page is about, for choosing its type size: the outcome and its summary."""
        return f"{self.outcome.text()} {self.summary.text()}"

    def show_ending(
        self,
        kicker: str,
        outcome: str,
        tone: str,
        summary: str,
        ending: str,
        facts: Sequence[str],
        journey: tuple[str, Sequence[int], dict[int, str]] = ("", (), {}),
    ) -> None:
        """Fill in the ending; `journey` is the trust line's title, values and marked points."""
        self.journey_title.setText(journey[0])
        self.journey.set_values(journey[1], journey[2])
        self.journey_title.setVisible(len(journey[1]) > 1)
        self.journey.setVisible(len(journey[1]) > 1)
        self.kicker.setText(kicker)
        self.outcome.setText(outcome)
        set_property(self.outcome, "tone", tone)
        self.summary.setText(summary)
        self.ending.setText(ending)
        self.ending.setVisible(bool(ending))
        for index, label in enumerate(self.facts):
            if index < len(facts):
                label.setText(facts[index])
            label.setVisible(index < len(facts))
