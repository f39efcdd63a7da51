"""The practice screen: the customer, the conversation, the answers, and the feedback the mode allows.

The screen calls the session's one command (`choose`) and updates itself from the bridge's signals, a little
at a time: a turn adds three transcript lines, moves the meters and refills the answers, so a click shows
its result within a frame. `refresh()` redraws everything from the session (after a language switch or resume).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..kit.numbers import count
from ..kit.transcript import TranscriptView
from ..kit.widgets import Button, Card, Chip
from ..kit.words import first_name, localized, mode_description, mode_name, outcome_name, outcome_summary
from .customer_panel import CustomerPanel
from .feedback import MetersPanel, ModeNote, WhyPanel
from .headings import header_row
from .notebook import NeedsNotebook
from .options import EndPanel, OptionsPanel
from .typed_answer import TypedAnswerBox, warm_up_in_background

if TYPE_CHECKING:
    from ...engine import Session, Turn
    from ..bridge import SessionBridge

# The conversation's type size: larger on wide windows (>= 1600 px).
NORMAL_TEXT = "QTextBrowser#transcript, QLabel#optionText { font-size: 11pt; }"
LARGE_TEXT = (
    "QTextBrowser#transcript, QLabel#optionText { font-size: 12.5pt; }"
    " QLabel#reasonText, QLabel#needLabel, QLabel#moodCue { font-size: 11.5pt; }"
)


class PracticeScreen(QWidget):
    """Play one session."""

    debriefRequested = Signal()
    """The conversation has ended and the player wants the debrief."""
    leaveRequested = Signal()
    """Back to the library (the session is saved and can be resumed)."""
    saveFailed = Signal(str)
    """Saving after a turn failed (the message); the turn itself was played."""
    turnSaved = Signal()
    """A turn was played and its save handed over with no problem reported."""

    min_turn_interval_ms = 300
    """Answers arriving faster than this after the previous one are ignored (a double click is not two turns)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceScreen")
        self.session: Session | None = None
        self.bridge: SessionBridge | None = None
        self._last_choice = 0.0
        self._large: bool | None = None
        self.answer_by = "choose"

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 20)
        outer.setSpacing(14)

        # Top bar: what is being practised, how far along, in which mode; the way out.
        # Both wrap: a long title or a hidden-mode note must not make the window wider than a 1280 px screen.
        top, titles, self.title, self.progress = header_row(self, "screenTitle", "muted", spacing=12, title_spacing=0)
        # Under the title, where a narrow window still has room for the whole sentence.
        self.save_state = Chip("", self, tone="bad")
        self.save_state.hide()
        titles.addSpacing(4)
        titles.addWidget(self.save_state, 0, Qt.AlignmentFlag.AlignLeft)
        self.mode_chip = Chip("", self, tone="accent")
        top.addWidget(self.mode_chip, 0, Qt.AlignmentFlag.AlignVCenter)
        self.leave_button = Button(self)
        self.leave_button.clicked.connect(self.leaveRequested)
        top.addWidget(self.leave_button, 0, Qt.AlignmentFlag.AlignVCenter)
        outer.addLayout(top)

        columns = QHBoxLayout()
        columns.setSpacing(16)
        outer.addLayout(columns, 1)

        # Left: the customer and the needs notebook.
        self.left, left = _side_column(self)
        self.customer = CustomerPanel(self.left)
        self.notebook = NeedsNotebook(self.left)
        left.addWidget(self.customer)
        left.addWidget(self.notebook, 1)
        columns.addWidget(self.left)

        # Centre: the transcript above the answers.
        centre = QVBoxLayout()
        centre.setSpacing(12)
        self.transcript_card = Card(self, object_name="card", margins=10)
        self.transcript = TranscriptView(self.transcript_card)
        self.transcript_card.body.addWidget(self.transcript)
        self.transcript_card.setMinimumHeight(140)
        centre.addWidget(self.transcript_card, 1)
        self.options = OptionsPanel(self)
        self.options.chosen.connect(self.choose)
        self.end_panel = EndPanel(self)
        self.end_panel.debriefRequested.connect(self.debriefRequested)
        self.end_panel.hide()
        centre.addWidget(self.options)
        self.typed = TypedAnswerBox(self)
        self.typed.answered.connect(self.say)
        centre.addWidget(self.typed)
        centre.addWidget(self.end_panel)
        columns.addLayout(centre, 1)

        # Right: meters and why they moved, or a note that they are hidden.
        self.right, right = _side_column(self)
        self.meters = MetersPanel(self.right)
        self.why = WhyPanel()
        self.why_scroll = QScrollArea(self.right)
        self.why_scroll.setObjectName("plainScroll")
        self.why_scroll.setWidgetResizable(True)
        self.why_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.why_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.why_scroll.setWidget(self.why)
        self.note = ModeNote(self.right)
        right.addWidget(self.meters)
        right.addWidget(self.why_scroll, 1)
        right.addWidget(self.note)
        right.addStretch(0)
        columns.addWidget(self.right)

        # Keys 1-5 choose an answer from anywhere on this screen (main keys and keypad).
        self.shortcuts: list[QShortcut] = []
        for number in range(1, 6):
            keypad = QKeySequence(Qt.KeyboardModifier.KeypadModifier | Qt.Key(Qt.Key.Key_0 + number))
            for sequence in (QKeySequence(str(number)), keypad):
                shortcut = QShortcut(sequence, self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(lambda n=number: self._number_key(n))
                self.shortcuts.append(shortcut)
        # T puts the cursor in the answer box (while typing there, letters and digits go into the box).
        self.type_shortcut = QShortcut(QKeySequence("T"), self)
        self.type_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.type_shortcut.activated.connect(self.typed.focus_box)
        self._size_columns()
        self.retranslate()

    # ---- session ------------------------------------------------------------------------------------------
    def set_session(self, session: Session, bridge: SessionBridge) -> None:
        """Play `session`, listening to `bridge`.

        The previous bridge needs no disconnecting: the window detaches it from its session (so it falls silent)
        and deletes it, which also removes its connections.
        """
        self.session = session
        self.bridge = bridge
        for signal, slot in self._connections():
            signal.connect(slot)
        self._last_choice = 0.0
        self.typed.reset()
        self.typed.set_language(session.language)
        warm_up_in_background(session.language)
        self.refresh()

    def set_answer_by(self, mode: str) -> None:
        """Answer by choosing (option buttons, and the box to type in) or by typing (the box only)."""
        self.answer_by = "type" if mode == "type" else "choose"
        self.typed.set_typing_first(self.answer_by == "type")
        self._show_answers()

    def focus_answers(self) -> None:
        """Give the keyboard to the answers: the answer box when typing, else the options panel (not a button:
        no answer should look recommended)."""
        if self.answer_by == "type":
            self.typed.focus_box()
        else:
            self.options.setFocus()

    def _number_key(self, number: int) -> None:
        # While "Did you mean…?" is asked, the number keys answer it; otherwise they choose an option.
        if not self.typed.choose_suggestion(number) and self.options.isVisible():
            self.options.choose_number(number)

    def say(self, text: str, move: str, confidence: float) -> None:
        """Play a typed answer understood as `move` (the screen updates from the bridge's signals)."""
        from ...scenario import Move

        session = self.session
        if session is None or session.finished or not self._accept_now():
            return
        self.typed.reset()
        self._play(lambda: session.say(text, Move(move), confidence))
        if not session.finished:  # whoever typed once goes on typing
            self.typed.focus_box()

    def _accept_now(self) -> bool:
        now = time.monotonic()
        if (now - self._last_choice) * 1000 < self.min_turn_interval_ms:
            return False
        self._last_choice = now
        return True

    def _connections(self) -> list[tuple[SignalInstance, Callable[..., None]]]:
        assert self.bridge is not None
        return [
            (self.bridge.turnPlayed, self._on_turn),
            (self.bridge.needUncovered, self._on_need),
            (self.bridge.stateChanged, self._on_state),
            (self.bridge.sessionEnded, self._on_ended),
        ]

    def choose(self, option_id: str) -> None:
        """Play the answer `option_id` (the screen updates from the bridge's signals)."""
        session = self.session
        if session is None or session.finished or not self._accept_now():
            return
        self._play(lambda: session.choose(option_id))

    def _play(self, command: Callable[[], object]) -> None:
        session = self.session
        assert session is not None
        played = len(session.turns)
        try:
            command()
        except OSError as error:
            # The turn was played and announced (the hooks fire before the save), but saving it failed.
            # Autosave stays on, so the next turn tries again; until one succeeds the top bar says so.
            if len(session.turns) == played:
                self.refresh()
            self.saveFailed.emit(str(error))
        else:
            if session.autosave_path is not None:
                self.turnSaved.emit()

    def show_unsaved(self, problem: str | None) -> None:
        """Say in the top bar that the session is not saved (`problem` says why), or clear that (None)."""
        self.save_state.setVisible(problem is not None)
        self.save_state.setToolTip(problem or "")
        self._retranslate_save_state()

    def _retranslate_save_state(self) -> None:
        self.save_state.setText(self.tr("Not saved — retrying after your next answer"))
        self.save_state.setAccessibleDescription(
            self.tr("The last turns could not be saved; every answer tries again until saving works.")
        )

    def refresh(self) -> None:
        """Redraw everything from the session."""
        session = self.session
        if session is None:
            return
        language = session.language
        scenario = session.scenario
        self.typed.set_language(language)
        self.title.setText(localized(scenario.title, language))
        self.customer.show_customer(scenario, str(session.state), language)
        self.notebook.show_needs(scenario, [(t.uncovered, t.index + 1) for t in session.turns if t.uncovered], language)
        self.transcript.clear()
        self._fit_speaker_column()
        self.transcript.add_line("narration", "", localized(scenario.briefing, language))
        previous = None
        for turn in session.turns:
            self._add_turn_lines(turn, with_customer_line=not _answered_generally(previous))
            previous = turn
        last = session.turns[-1] if session.turns else None
        if session.finished:
            self.transcript.add_line("narration", "", session.ending_text)
        elif not _answered_generally(last):
            self.transcript.add_line("customer", self._speaker_name(), session.customer_line)
        self.meters.show_values(
            session.trust,
            session.tension,
            last.trust_delta if last else None,
            last.tension_delta if last else None,
            animate=False,
        )
        self.why.show_turn(last, language)
        self._apply_mode()
        self._show_answers()
        self._update_progress()

    # ---- reacting to the engine ---------------------------------------------------------------------------
    def _on_turn(self, turn: Turn) -> None:
        session = self.session
        if session is None:
            return
        # The customer's line this turn answered is already shown: add the answer and what follows.
        self._add_turn_lines(turn, with_customer_line=False)
        if session.finished:
            self.transcript.add_line("narration", "", session.ending_text)
        elif not _answered_generally(turn):
            self.transcript.add_line("customer", self._speaker_name(), session.customer_line)
        self.meters.show_values(
            turn.trust_after, turn.tension_after, turn.trust_delta, turn.tension_delta, animate=True
        )
        if session.mode == "live":
            self.why.show_turn(turn, session.language)
        self._show_answers()
        self._update_progress()

    def _on_need(self, need_id: str) -> None:
        if self.session is not None:
            self.notebook.add_need(need_id, len(self.session.turns))

    def _on_state(self, _old: str, new: str) -> None:
        self.customer.show_state(new)

    def _on_ended(self, _outcome: str) -> None:
        self._show_answers()
        self.end_panel.setFocus()

    # ---- drawing ------------------------------------------------------------------------------------------
    def _speaker_name(self) -> str:
        """The customer as the transcript names them: the first name, unless the name starts with a title."""
        assert self.session is not None
        return first_name(self.session.scenario.persona.name)

    def _add_turn_lines(self, turn: Turn, *, with_customer_line: bool = True) -> None:
        assert self.session is not None
        language = self.session.language
        name = self._speaker_name()
        if with_customer_line:
            self.transcript.add_line("customer", name, localized(turn.customer_line, language))
        # A typed answer shows the player's own words.
        words = turn.typed.text if turn.typed is not None else localized(turn.option_text, language)
        self.transcript.add_line("player", self.tr("You"), words)
        self.transcript.add_line("customer", name, localized(turn.reply, language))

    def _show_answers(self) -> None:
        session = self.session
        if session is None:
            return
        if session.finished:
            self.end_panel.show_outcome(
                self.tr("The conversation has ended: {0}").format(outcome_name(session.outcome)),
                outcome_summary(session.outcome),
            )
            self.end_panel.show()
            focused = QApplication.focusWidget()
            if focused is not None and any(part.isAncestorOf(focused) for part in (self.options, self.typed)):
                # Before the answers hide: Qt would pass their focus on along the Tab chain, to the meter.
                self.end_panel.setFocus(Qt.FocusReason.OtherFocusReason)
            self.options.set_options(())
            self.options.hide()
            self.typed.hide()
        else:
            self.options.set_options(session.options)
            self.end_panel.hide()
            self.options.setVisible(self.answer_by == "choose")
            self.typed.show()

    def _apply_mode(self) -> None:
        session = self.session
        mode = session.mode if session is not None else "live"
        # Hidden mode gives the right-hand column's room to the conversation; the top bar says why.
        self.right.setVisible(mode != "hidden")
        self.customer.set_hidden(mode == "hidden")  # the face and the mood are readings of the meters too
        self.meters.setVisible(mode in ("live", "meter"))
        self.why_scroll.setVisible(mode == "live")
        self.note.setVisible(mode == "meter")
        self.note.set_texts(
            self.tr("Explanations come in the debrief"),
            self.tr("Watch the meters and work out for yourself why they move."),
        )
        self.mode_chip.setText(mode_name(mode))
        self.mode_chip.setToolTip(mode_description(mode))
        self.mode_chip.setAccessibleDescription(mode_description(mode))

    def _update_progress(self) -> None:
        session = self.session
        if session is None:
            return
        played = len(session.turns)
        if session.finished:
            self.progress.setText(self.tr("{0} played · conversation ended").format(count("turns", played)))
        else:
            self.progress.setText(
                self.tr("Turn {0} · at most {1} turns").format(played + 1, session.scenario.max_turns)
            )
        if session.mode == "hidden":
            self.progress.setText(
                self.progress.text() + " · " + self.tr("Meters are hidden: everything is revealed in the debrief.")
            )

    def retranslate(self) -> None:
        """Set every UI string in the current language."""
        self._retranslate_save_state()
        self.leave_button.setText(self.tr("Back to library"))
        self.leave_button.setToolTip(self.tr("Your conversation is saved; you can resume it later."))
        self.transcript.setAccessibleName(self.tr("Conversation"))
        self.options.retranslate()
        self.typed.retranslate()
        self.typed.set_typing_first(self.answer_by == "type")
        self.meters.trust.retranslate()
        self.meters.tension.retranslate()
        self.notebook.retranslate()
        self.customer.retranslate()
        self.why.retranslate()
        if self.session is not None:
            self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._size_columns()

    def _size_columns(self) -> None:
        width = max(self.width(), 1000)
        side = int(min(380, max(232, width * 0.22)))
        self.left.setFixedWidth(side)
        self.right.setFixedWidth(side + 20)
        large = width >= 1600
        if large != self._large:
            # Wide windows get larger conversation text, so lines stay readable at a distance. (A style sheet,
            # because with an application style sheet set, fonts set on a parent no longer reach its children.)
            self._large = large
            self.setStyleSheet(LARGE_TEXT if large else NORMAL_TEXT)
            self._fit_speaker_column()
        # Short windows keep the face smaller, leaving the notebook room.
        self.customer.avatar.set_size(176 if large else 132 if self.height() >= 700 else 104)

    def _fit_speaker_column(self) -> None:
        if self.session is None:
            return
        font = QFont(self.font())
        font.setPointSizeF(12.5 if self._large else 11.0)
        font.setBold(True)
        metrics = QFontMetrics(font)
        names = (self._speaker_name(), self.tr("You"))
        widest = max(metrics.horizontalAdvance(name) for name in names)
        self.transcript.set_speaker_width(max(60, min(190, widest + 8)))


def _answered_generally(turn: Turn | None) -> bool:
    """True after a typed answer met with a general reply: the conversation stayed at its beat, and the reply is the
    customer's last word (repeating the beat's line after it would read as if they had not heard)."""
    return turn is not None and turn.typed is not None and turn.typed.generic


def _side_column(parent: QWidget) -> tuple[QWidget, QVBoxLayout]:
    """A column of panels beside the conversation (the customer's, the meters'): no margins, 14 px apart."""
    column = QWidget(parent)
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(14)
    return column, layout
