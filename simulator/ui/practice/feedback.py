"""The live feedback of the practice screen: the trust and tension meters, and why they moved this turn.

Which of them shows depends on the feedback mode: live (both), meter (meters only) or hidden (neither; a note
says the debrief will show everything).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from ..kit.meter import MeterWidget
from ..kit.widgets import Card, Chip, PlainLabel, column
from ..kit.words import delta_text, delta_tone, family_name, move_name

if TYPE_CHECKING:
    from ...engine import Reason, Turn


class MetersPanel(Card):
    """Trust and tension, one above the other."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, object_name="card", margins=16)
        self.body.setSpacing(14)
        self.trust = MeterWidget("trust", self)
        self.tension = MeterWidget("tension", self)
        self.body.addWidget(self.trust)
        self.body.addWidget(self.tension)

    def show_values(
        self, trust: int, tension: int, trust_delta: int | None, tension_delta: int | None, *, animate: bool
    ) -> None:
        """Move both meters."""
        self.trust.setValue(trust, delta=trust_delta, animate=animate)
        self.tension.setValue(tension, delta=tension_delta, animate=animate)


class ReasonRow(QFrame):
    """One reason of a turn: its explanation and what it did to each meter. Rows are reused from turn to turn
    (creating and styling new widgets is the slowest part of updating the screen)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = column(self, "reasonRow", (0, 6, 0, 6), 4)
        self.text = PlainLabel("", self, object_name="reasonText")
        layout.addWidget(self.text)
        chips = QHBoxLayout()
        chips.setSpacing(6)
        self.trust_chip = Chip("", self)
        self.tension_chip = Chip("", self)
        chips.addWidget(self.trust_chip)
        chips.addWidget(self.tension_chip)
        chips.addStretch(1)
        layout.addLayout(chips)

    @property
    def chips(self) -> list[Chip]:
        """The delta chips in use."""
        return [chip for chip in (self.trust_chip, self.tension_chip) if not chip.isHidden()]

    def set_reason(self, text: str, trust: int, tension: int) -> None:
        """Show one reason."""
        self.text.setText(text)
        for chip, kind, delta in ((self.trust_chip, "trust", trust), (self.tension_chip, "tension", tension)):
            if delta:
                chip.setText(delta_text(kind, delta))
                chip.set_tone(delta_tone(kind, delta))
            chip.setHidden(not delta)
        self.setAccessibleName(" ".join([text, *(chip.text() for chip in self.chips)]))


class ReasonList(QWidget):
    """The reasons of one turn, in a column of reused rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(0)
        self.rows: list[ReasonRow] = []

    def show_reasons(self, reasons: Sequence[Reason], language: str) -> None:
        """Show `reasons` in `language`."""
        while len(self.rows) < len(reasons):
            row = ReasonRow(self)
            self.box.addWidget(row)
            self.rows.append(row)
        for index, row in enumerate(self.rows):
            if index < len(reasons):
                reason = reasons[index]
                text = reason.text.get(language) or next(iter(reason.text.values()), reason.code)
                row.set_reason(text, reason.trust, reason.tension)
            row.setHidden(index >= len(reasons))

    def visible_rows(self) -> list[ReasonRow]:
        """The rows in use."""
        return [row for row in self.rows if not row.isHidden()]


class WhyPanel(Card):
    """Why trust and tension moved in the last turn (live mode)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, object_name="card", margins=16)
        self.title = PlainLabel("", self, object_name="sectionTitle")
        self.subtitle = PlainLabel("", self, object_name="muted")
        self.body.addWidget(self.title)
        self.body.addWidget(self.subtitle)
        self.reasons = ReasonList(self)
        self.body.addWidget(self.reasons)
        self.body.addStretch(1)
        self._turn: Turn | None = None
        self._language = "en"
        self.retranslate()

    def show_turn(self, turn: Turn | None, language: str) -> None:
        """Explain `turn` (None: before the first turn)."""
        self._turn = turn
        self._language = language
        if turn is None:
            self.subtitle.setText(self.tr("After each answer you see here why trust and tension moved."))
            self.reasons.show_reasons((), language)
            return
        self.subtitle.setText(
            self.tr("Turn {0}: {1} ({2})").format(turn.index + 1, move_name(turn.move), family_name(turn.family))
        )
        self.reasons.show_reasons(turn.reasons, language)

    @property
    def rows(self) -> list[ReasonRow]:
        """The reason rows shown."""
        return self.reasons.visible_rows()

    def retranslate(self) -> None:
        """Set the UI strings."""
        self.title.setText(self.tr("Why trust moved"))
        self.show_turn(self._turn, self._language)


class ModeNote(Card):
    """Said in place of feedback that the mode leaves out (in meter mode: the explanations)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, object_name="noteCard", margins=16)
        self.title = PlainLabel("", self, object_name="sectionTitle")
        self.text = PlainLabel("", self, object_name="muted")
        self.body.addWidget(self.title)
        self.body.addWidget(self.text)

    def set_texts(self, title: str, text: str) -> None:
        """Fill in the note."""
        self.title.setText(title)
        self.text.setText(text)
