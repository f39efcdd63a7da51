"""The replay's detail panel for one point of the timeline: what was said, the options on offer with the chosen one
highlighted, the meter change and its reasons, the coach comment, what went on inside the customer, and the
trainer's note on the turn.

The panel shows; it does not save. Edits to the note are announced with `noteEdited` and the window saves them.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ...engine.review import ReplayDocument
from ..kit.meter import compact_meters
from ..kit.typed_words import typed_caption
from ..kit.vote_words import class_vote_line
from ..kit.words import family_label, move_label, percent, signed, state_label
from .widgets import clear_layout, plain_label, section_title, tinted

Body = TypeVar("Body", bound=QWidget | QVBoxLayout)


def _titled(layout: QVBoxLayout, title: str, body: Body) -> tuple[QLabel, Body]:
    """Add a section: its title, then `body` (a widget or a column of widgets) under it."""
    heading = section_title(title)
    layout.addWidget(heading)
    if isinstance(body, QVBoxLayout):
        layout.addLayout(body)
    else:
        layout.addWidget(body)
    return heading, body


def _column(spacing: int) -> QVBoxLayout:
    box = QVBoxLayout()
    box.setSpacing(spacing)
    return box


class TurnPanel(QWidget):
    """Everything about the point of the replay being shown (0 = the start, k = turn k)."""

    noteEdited = Signal(int, str)
    """The trainer changed the note on the turn with this index (0-based)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._index: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.setSpacing(4)

        self.heading = section_title("", name="turnHeading")
        heading_font = self.heading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.15)
        self.heading.setFont(heading_font)
        self.state = tinted(plain_label(name="turnState"), "muted")
        layout.addWidget(self.heading)
        layout.addWidget(self.state)

        self.said_title, self.said = _titled(layout, self.tr("The customer said"), plain_label(name="customerLine"))
        self.options_title, self.options = _titled(layout, self.tr("The options on offer"), _column(4))
        self.reply_title, self.reply = _titled(
            layout, self.tr("The customer replied"), plain_label(name="customerReply")
        )
        layout.addWidget(section_title(self.tr("Meters")))
        self.trust, self.tension = compact_meters(self)
        layout.addWidget(self.trust)
        layout.addWidget(self.tension)
        self.reasons_title, self.reasons = _titled(layout, self.tr("Why the meters moved"), _column(2))
        self.coach_title, self.coach = _titled(layout, self.tr("Coach"), plain_label(name="coachComment"))

        layout.addWidget(section_title(self.tr("Inside the customer (hidden while playing)")))
        self.roots = plain_label(name="customerRoots")
        self.needs = _column(2)
        layout.addWidget(self.roots)
        layout.addLayout(self.needs)

        layout.addWidget(section_title(self.tr("Trainer’s note on this turn")))
        self.note = QPlainTextEdit()
        self.note.setObjectName("turnNote")
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(self.fontMetrics().height() * 4)
        self.note.setMaximumHeight(self.fontMetrics().height() * 8)
        self.note.textChanged.connect(self._note_changed)
        layout.addWidget(self.note)
        layout.addStretch(1)

    # ---- showing ----------------------------------------------------------------------------------------
    def show_point(self, document: ReplayDocument, point: int) -> None:
        """Show point `point` of `document`: 0 is the start, k is turn k (its index is k - 1)."""
        turns = document.turns
        index = point - 1 if 0 < point <= len(turns) else None
        self._index = index
        if index is None:
            self._show_start(document)
        else:
            self._show_turn(document, index)
        self._show_customer(document, index)
        with QSignalBlocker(self.note):
            self.note.setPlainText(document.note(index) if index is not None else "")
        self.note.setEnabled(index is not None)
        self.note.setPlaceholderText(
            self.tr("What should the trainee notice here?")
            if index is not None
            else self.tr("Pick a turn to add a note to it.")
        )

    def _show_start(self, document: ReplayDocument) -> None:
        session = document.session
        scenario = session.scenario
        self.heading.setText(self.tr("Start of the conversation"))
        self.state.setText(self.tr("The customer is {}.").format(state_label(_start_state(document))))
        self.said_title.setText(self.tr("The situation"))
        self.said.setText(f"{document.text(scenario.situation)}\n\n{document.text(scenario.briefing)}")
        self._show_turn_parts(False)
        clear_layout(self.options)
        clear_layout(self.reasons)
        self.trust.show_change(scenario.start.trust)
        self.tension.show_change(scenario.start.tension)

    def _show_turn(self, document: ReplayDocument, index: int) -> None:
        turn = document.turns[index]
        total = len(document.turns)
        self.heading.setText(self.tr("Turn {} of {}").format(index + 1, total))
        if turn.state_before != turn.state_after:
            self.state.setText(
                self.tr("The customer went from {} to {}.").format(
                    state_label(turn.state_before), state_label(turn.state_after)
                )
            )
        else:
            self.state.setText(self.tr("The customer stayed {}.").format(state_label(turn.state_after)))
        self.said_title.setText(self.tr("The customer said"))
        self.said.setText(document.text(turn.customer_line))
        self._show_turn_parts(True)
        self.reply.setText(document.text(turn.reply))
        self.trust.show_change(turn.trust_after, turn.trust_before)
        self.tension.show_change(turn.tension_after, turn.tension_before)

        clear_layout(self.options)
        if turn.typed is not None:  # the trainee's own words first: the option below is what they became
            typed = tinted(plain_label(typed_caption(turn), name="typedAnswer"), "accent")
            self.options.addWidget(typed)
        for option in document.offered(index):
            self.options.addWidget(
                self._option_frame(option.chosen, move_label(option.move), family_label(option.family), option.text)
            )
        class_vote = class_vote_line(document.session, turn)
        if class_vote:
            self.options.addWidget(plain_label(class_vote))
        clear_layout(self.reasons)
        for reason in turn.reasons:
            line = plain_label(
                "• {}  ({})".format(
                    document.text(reason.text),
                    self.tr("trust {}, tension {}").format(signed(reason.trust), signed(reason.tension)),
                )
            )
            self.reasons.addWidget(line)
        if turn.uncovered:
            found = tinted(
                plain_label(self.tr("Need uncovered: {}").format(document.need_label(turn.uncovered))), "good"
            )
            self.reasons.addWidget(found)
        ending = document.ending_text if index == total - 1 and document.session.finished else ""
        if ending:
            self.reasons.addWidget(plain_label(self.tr("How it ended: {}").format(ending)))
        self.coach.setText(document.text(turn.coach))

    def _show_turn_parts(self, visible: bool) -> None:
        """Show or hide the sections only a turn has (the start has no options, reply, reasons or coach)."""
        parts = (self.options_title, self.reply_title, self.reply, self.reasons_title, self.coach_title, self.coach)
        for widget in parts:
            widget.setVisible(visible)

    def _option_frame(self, chosen: bool, move: str, family: str, text: str) -> QFrame:
        frame = QFrame()
        frame.setObjectName("chosenOption" if chosen else "option")
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(8, 4, 8, 6)
        inner.setSpacing(1)
        caption = f"{move} · {family}"
        if chosen:
            caption = self.tr("✓ chosen – {}").format(caption)
        kind = tinted(plain_label(caption, selectable=False), "accent" if chosen else "muted")
        inner.addWidget(kind)
        inner.addWidget(plain_label(text))
        frame.setAccessibleName(caption)
        return frame

    def _show_customer(self, document: ReplayDocument, index: int | None) -> None:
        roots = "; ".join(f"{root.label} ({percent(root.weight)})" for root in document.roots())
        self.roots.setText(self.tr("Resistance comes from: {}").format(roots))
        clear_layout(self.needs)
        for need in document.needs_at(index):
            if need.uncovered_at is not None:
                head = self.tr("✓ {} – uncovered at turn {}").format(need.label, need.uncovered_at + 1)
                tone = "good"
            else:
                head = self.tr("○ {} – not uncovered yet").format(need.label)
                tone = "mutedStrong"
            title: QLabel = tinted(plain_label(head, name="need"), tone)
            explanation = plain_label(need.explanation)
            explanation.setContentsMargins(18, 0, 0, 4)
            self.needs.addWidget(title)
            self.needs.addWidget(explanation)

    # ---- notes ------------------------------------------------------------------------------------------
    @property
    def turn_index(self) -> int | None:
        """The index of the turn shown (None at the start)."""
        return self._index

    def _note_changed(self) -> None:
        if self._index is not None:
            self.noteEdited.emit(self._index, self.note.toPlainText())


def _start_state(document: ReplayDocument) -> str:
    turns = document.turns
    return str(turns[0].state_before) if turns else str(document.session.state)
