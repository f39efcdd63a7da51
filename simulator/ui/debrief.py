"""The debrief: how the conversation ended and why, the curves, the measures, what was hidden, and every
turn with its coach comment. Here the player learns; the live meters only kept them engaged.

It also holds the simple replay: a stepper that walks through the turns of this session, in step with the
curves (a full replay window is a separate piece of work).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from .curves import CurvesWidget
from .feedback import ReasonList, delta_text, delta_tone
from .numbers import count, decimal
from .typed_words import said
from .vote_words import class_vote_line
from .widgets import Button, Card, Chip, PlainLabel, scrolling_page
from .words import (
    family_name,
    localized,
    move_name,
    outcome_name,
    outcome_summary,
    root_explanation,
    root_name,
)

if TYPE_CHECKING:
    from ..engine import Session, Turn
    from ..engine.measures import Measures

MAX_CONTENT_WIDTH = 1560
OUTCOME_TONES = {"committed": "good", "complied": "fair", "withdrawn": "bad", "stalled": "neutral"}


class MeasureTile(Card):
    """One measure: its name, a big figure, the figure in words, and how it was counted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, object_name="tile", margins=14)
        self.body.setSpacing(4)
        self.name = PlainLabel("", self, object_name="tileName")
        self.value = PlainLabel("", self, object_name="tileValue", wrap=False)
        self.verdict = Chip("", self)
        self.caption = PlainLabel("", self, object_name="muted")
        self.body.addWidget(self.name)
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(self.value)
        row.addWidget(self.verdict, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addStretch(1)
        self.body.addLayout(row)
        self.body.addWidget(self.caption)
        self.body.addStretch(1)

    def fill(self, name: str, value: str, verdict: str, tone: str, caption: str) -> None:
        """Show one measure."""
        self.name.setText(name)
        self.value.setText(value)
        self.verdict.setText(verdict)
        self.verdict.set_tone(tone)
        self.verdict.setVisible(bool(verdict))
        self.caption.setText(caption)
        self.setAccessibleName(f"{name}: {value} {verdict}. {caption}")


class TurnRow(QFrame):
    """A turn in the turn-by-turn list: the move, the meters' change, what was said and the coach's comment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("turnRow")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        head = QHBoxLayout()
        head.setSpacing(8)
        self.heading = PlainLabel("", self, object_name="turnHeading", wrap=False)
        head.addWidget(self.heading)
        self.chips = [Chip("", self), Chip("", self)]
        for chip in self.chips:
            head.addWidget(chip)
        head.addStretch(1)
        layout.addLayout(head)
        self.said = PlainLabel("", self)
        self.coach = PlainLabel("", self, object_name="coachText")
        layout.addWidget(self.said)
        layout.addWidget(self.coach)


class DebriefScreen(QWidget):
    """The after-action review of one session."""

    tryAgainRequested = Signal()
    libraryRequested = Signal()
    replayWindowRequested = Signal()
    """Open this session in the full replay window (notes, another option, export)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("debriefScreen")
        self.session: Session | None = None
        self.measures: Measures | None = None
        self._step = 1
        self.page_scroll, page = scrolling_page(self, MAX_CONTENT_WIDTH)
        self.page = page
        layout = QVBoxLayout(page)
        layout.setContentsMargins(32, 24, 32, 32)
        layout.setSpacing(16)

        # Header: the outcome in words, the scenario's ending, and the three ways on.
        self.header = Card(page, object_name="outcomeCard", margins=20)
        head = QHBoxLayout()
        head.setSpacing(20)
        texts = QVBoxLayout()
        texts.setSpacing(6)
        self.kicker = PlainLabel("", self.header, object_name="kicker")
        title_row = QHBoxLayout()
        title_row.setSpacing(12)
        self.outcome = PlainLabel("", self.header, object_name="outcomeTitle", wrap=False)
        self.outcome_chip = Chip("", self.header)
        title_row.addWidget(self.outcome)
        title_row.addWidget(self.outcome_chip, 0, Qt.AlignmentFlag.AlignVCenter)
        title_row.addStretch(1)
        self.summary = PlainLabel("", self.header, object_name="outcomeSummary")
        self.ending = PlainLabel("", self.header, object_name="endingText")
        self.context = PlainLabel("", self.header, object_name="muted")
        texts.addWidget(self.kicker)
        texts.addLayout(title_row)
        texts.addWidget(self.summary)
        texts.addWidget(self.ending)
        texts.addWidget(self.context)
        head.addLayout(texts, 1)
        buttons = QVBoxLayout()
        buttons.setSpacing(8)
        self.replay_button = Button(self.header)
        self.replay_button.clicked.connect(self.start_replay)
        self.again_button = Button(self.header)
        self.again_button.setObjectName("primary")
        self.again_button.clicked.connect(self.tryAgainRequested)
        self.replay_window_button = Button(self.header)
        self.replay_window_button.clicked.connect(self.replayWindowRequested)
        self.library_button = Button(self.header)
        self.library_button.clicked.connect(self.libraryRequested)
        for button in (self.again_button, self.replay_button, self.replay_window_button, self.library_button):
            button.setMinimumWidth(190)
            buttons.addWidget(button)
        buttons.addStretch(1)
        head.addLayout(buttons)
        self.header.body.addLayout(head)
        layout.addWidget(self.header)

        # The curves beside the four measures.
        row = QHBoxLayout()
        row.setSpacing(16)
        self.curves_card = Card(page, object_name="card", margins=16)
        self.curves_title = PlainLabel("", self.curves_card, object_name="sectionTitle")
        self.curves_hint = PlainLabel("", self.curves_card, object_name="hint")
        self.curves = CurvesWidget(self.curves_card)
        self.curves.setMinimumHeight(280)
        self.curves.turnClicked.connect(self._curve_clicked)
        self.curves_card.body.addWidget(self.curves_title)
        self.curves_card.body.addWidget(self.curves, 1)
        self.curves_card.body.addWidget(self.curves_hint)
        row.addWidget(self.curves_card, 3)
        tiles = QGridLayout()
        tiles.setSpacing(12)
        self.tile_slowing = MeasureTile(page)
        self.tile_reflections = MeasureTile(page)
        self.tile_calm = MeasureTile(page)
        self.tile_needs = MeasureTile(page)
        tiles.addWidget(self.tile_slowing, 0, 0)
        tiles.addWidget(self.tile_reflections, 0, 1)
        tiles.addWidget(self.tile_calm, 1, 0)
        tiles.addWidget(self.tile_needs, 1, 1)
        tiles.setColumnStretch(0, 1)
        tiles.setColumnStretch(1, 1)
        tiles_host = QWidget(page)
        tiles_host.setLayout(tiles)
        tiles.setContentsMargins(0, 0, 0, 0)
        row.addWidget(tiles_host, 2)
        layout.addLayout(row)
        self.miti_note = PlainLabel("", page, object_name="footnote")
        layout.addWidget(self.miti_note)

        # Replay: step through the turns, in step with the curves.
        self.stepper = Card(page, object_name="card", margins=18)
        step_head = QHBoxLayout()
        self.stepper_title = PlainLabel("", self.stepper, object_name="sectionTitle")
        step_head.addWidget(self.stepper_title, 1)
        self.prev_button = Button(self.stepper)
        self.prev_button.clicked.connect(lambda: self.show_step(self._step - 1))
        self.step_label = PlainLabel("", self.stepper, object_name="muted", wrap=False)
        self.next_button = Button(self.stepper)
        self.next_button.clicked.connect(lambda: self.show_step(self._step + 1))
        step_head.addWidget(self.prev_button)
        step_head.addWidget(self.step_label)
        step_head.addWidget(self.next_button)
        self.stepper.body.addLayout(step_head)
        self.step_lines: dict[str, tuple[PlainLabel, PlainLabel]] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(8)
        for row_index, key in enumerate(("customer", "player", "reply")):
            who = PlainLabel("", self.stepper, object_name="speaker", wrap=False)
            what = PlainLabel("", self.stepper, object_name="line")
            what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(who, row_index, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(what, row_index, 1)
            self.step_lines[key] = (who, what)
        grid.setColumnStretch(1, 1)
        self.stepper.body.addLayout(grid)
        self.step_move = PlainLabel("", self.stepper, object_name="turnHeading")
        self.stepper.body.addWidget(self.step_move)
        self.step_reasons = ReasonList(self.stepper)
        self.stepper.body.addWidget(self.step_reasons)
        self.step_coach = PlainLabel("", self.stepper, object_name="coachText")
        self.stepper.body.addWidget(self.step_coach)
        for key, delta in (("Left", -1), ("Right", 1)):
            shortcut = QShortcut(QKeySequence(key), self.stepper)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda d=delta: self.show_step(self._step + d))

        # What was hidden (the roots and, beside them, the needs) and where the conversation turned.
        row = QHBoxLayout()
        row.setSpacing(16)
        left_column = QVBoxLayout()
        left_column.setSpacing(16)
        self.hidden_card = Card(page, object_name="card", margins=18)
        self.hidden_title = PlainLabel("", self.hidden_card, object_name="sectionTitle")
        self.hidden_card.body.addWidget(self.hidden_title)
        self.roots_box = QVBoxLayout()
        self.roots_box.setSpacing(6)
        self.hidden_card.body.addLayout(self.roots_box)
        left_column.addWidget(self.hidden_card)
        self.points_card = Card(page, object_name="card", margins=18)
        self.points_title = PlainLabel("", self.points_card, object_name="sectionTitle")
        self.points_card.body.addWidget(self.points_title)
        self.points_box = QVBoxLayout()
        self.points_box.setSpacing(10)
        self.points_card.body.addLayout(self.points_box)
        left_column.addWidget(self.points_card)
        left_column.addStretch(1)
        row.addLayout(left_column, 1)
        self.needs_card = Card(page, object_name="card", margins=18)
        self.needs_title = PlainLabel("", self.needs_card, object_name="sectionTitle")
        self.needs_card.body.addWidget(self.needs_title)
        self.needs_box = QVBoxLayout()
        self.needs_box.setSpacing(8)
        self.needs_card.body.addLayout(self.needs_box)
        self.needs_card.body.addStretch(1)
        row.addWidget(self.needs_card, 1)
        layout.addLayout(row)
        layout.addWidget(self.stepper)  # the replay stepper (built above) comes after what was hidden

        # Every turn with its coach comment.
        self.turns_card = Card(page, object_name="card", margins=18)
        self.turns_title = PlainLabel("", self.turns_card, object_name="sectionTitle")
        self.turns_card.body.addWidget(self.turns_title)
        self.turns_box = QVBoxLayout()
        self.turns_box.setSpacing(6)
        self.turns_card.body.addLayout(self.turns_box)
        self.turn_rows: list[TurnRow] = []
        layout.addWidget(self.turns_card)
        layout.addStretch(1)
        self._dynamic: list[QWidget] = []
        self.retranslate()

    # ---- filling in ---------------------------------------------------------------------------------------
    def show_session(self, session: Session) -> None:
        """Debrief `session` (finished or not)."""
        from ..engine.measures import session_measures

        self.session = session
        self.measures = session_measures(session)
        self._step = 1
        self.redraw()
        self.page_scroll.verticalScrollBar().setValue(0)

    def redraw(self) -> None:
        """Draw everything from the session, in its language."""
        session, measures = self.session, self.measures
        if session is None or measures is None:
            return
        language = session.language
        scenario = session.scenario
        self._clear_dynamic()
        outcome = session.outcome
        self.kicker.setText(self.tr("Debrief · {0}").format(localized(scenario.title, language)))
        self.outcome.setText(outcome_name(outcome))
        self.outcome_chip.setText(self._outcome_tag(outcome))
        self.outcome_chip.set_tone(OUTCOME_TONES.get(str(outcome), "neutral"))
        self.summary.setText(outcome_summary(outcome))
        self.ending.setText(session.ending_text)
        self.ending.setVisible(bool(session.ending_text))
        persona = scenario.persona
        context = self.tr("{0}, {1} at {2}").format(persona.name, localized(persona.role, language), persona.company)
        context += " · " + count("turns", len(session.turns))
        if measures.mean_response_ms is not None:
            seconds = decimal(measures.mean_response_ms / 1000)
            context += " · " + self.tr("on average {0} s per answer").format(seconds)
        self.context.setText(context)

        self.curves.setSeries(list(measures.trust_curve), list(measures.tension_curve))
        markers = [t.index + 1 for t in (measures.biggest_rise, measures.biggest_fall) if t is not None]
        self.curves.setMarkers(markers)
        self._fill_tiles(measures)
        self._fill_hidden(session, measures, language)
        self._fill_points(measures, language)
        self._fill_turns(session, language)
        self.stepper.setVisible(bool(session.turns))
        self.show_step(self._step if session.turns else 1, scroll=False)

    def _outcome_tag(self, outcome: str | None) -> str:
        tags = {
            "committed": self.tr("Owned next step"),
            "complied": self.tr("Hollow yes"),
            "withdrawn": self.tr("Ended early"),
            "stalled": self.tr("No next step"),
        }
        return tags.get(str(outcome), self.tr("In progress"))

    def _fill_tiles(self, m: Measures) -> None:
        share = m.slowing_share
        if share is None:
            verdict, tone = self.tr("No slowing or pushing"), "neutral"
        elif share >= 0.75:
            verdict, tone = self.tr("Mostly slowing down"), "good"
        elif share >= 0.5:
            verdict, tone = self.tr("More slowing than pushing"), "fair"
        else:
            verdict, tone = self.tr("More pushing than slowing"), "bad"
        self.tile_slowing.fill(
            self.tr("Slowing down vs pushing"),
            f"{m.slowing} : {m.pushing}",
            verdict,
            tone,
            self.tr("{0} slowing down, {1} advancing, {2} pushing").format(m.slowing, m.advancing, m.pushing),
        )
        ratio = m.reflections_per_question
        value = "—" if ratio is None else decimal(ratio)
        ratings = {
            "good": (self.tr("Good"), "good"),
            "fair": (self.tr("Fair"), "fair"),
            "low": (self.tr("Low"), "bad"),
            "none": (self.tr("None yet"), "neutral"),
        }
        verdict, tone = ratings.get(m.reflection_rating, ("", "neutral"))
        self.tile_reflections.fill(
            self.tr("Reflections per question (MITI analogue)"),
            value,
            verdict,
            tone,
            f"{count('reflections', m.reflections)}, {count('questions', m.questions)}",
        )
        calm = m.calm_under_tension
        if calm is None:
            self.tile_calm.fill(
                self.tr("Calm under tension"),
                "—",
                self.tr("Never tense"),
                "neutral",
                self.tr("Tension never ran high in this conversation."),
            )
        else:
            tone = "good" if calm >= 0.75 else "fair" if calm >= 0.5 else "bad"
            verdict = self.tr("Calm") if calm >= 0.75 else self.tr("Mixed") if calm >= 0.5 else self.tr("Pushed back")
            self.tile_calm.fill(
                self.tr("Calm under tension"),
                f"{round(calm * 100)}%",
                verdict,
                tone,
                self.tr("Slowed down under high tension: {0} of {1}.").format(
                    round(calm * m.moves_under_tension), count("answers", m.moves_under_tension)
                ),
            )
        found = len(m.needs_uncovered)
        tone = "good" if m.needs_total and found == m.needs_total else "fair" if found else "bad"
        verdict = self.tr("All found") if tone == "good" else self.tr("Some found") if found else self.tr("None found")
        self.tile_needs.fill(
            self.tr("Needs uncovered"),
            f"{found} / {m.needs_total}",
            verdict,
            tone,
            self.tr("Hidden needs that came to the surface."),
        )

    def _fill_hidden(self, session: Session, m: Measures, language: str) -> None:
        scenario = session.scenario
        for root, weight in sorted(scenario.roots.items(), key=lambda item: -item[1]):
            line = QFrame(self.hidden_card)
            line.setObjectName("rootRow")
            box = QVBoxLayout(line)
            box.setContentsMargins(12, 8, 12, 8)
            box.setSpacing(2)
            box.addWidget(
                PlainLabel(
                    self.tr("{0} ({1}%)").format(root_name(root), round(weight * 100)), line, object_name="rootName"
                )
            )
            box.addWidget(PlainLabel(root_explanation(root), line, object_name="muted"))
            self.roots_box.addWidget(line)
            self._dynamic.append(line)
        uncovered_in = {t.uncovered: t.index + 1 for t in session.turns if t.uncovered}
        for need in scenario.needs:
            found = need.id in uncovered_in
            entry = QFrame(self.needs_card)
            entry.setObjectName("needReveal")
            entry.setProperty("found", found)
            box = QVBoxLayout(entry)
            box.setContentsMargins(12, 8, 12, 8)
            box.setSpacing(2)
            head = QHBoxLayout()
            head.setSpacing(8)
            head.addWidget(PlainLabel(localized(need.label, language), entry, object_name="needLabel"), 1)
            status = (
                self.tr("uncovered in turn {0}").format(uncovered_in[need.id]) if found else self.tr("not uncovered")
            )
            head.addWidget(Chip(status, entry, tone="good" if found else "neutral"))
            box.addLayout(head)
            box.addWidget(PlainLabel(localized(need.explanation, language), entry, object_name="muted"))
            self.needs_box.addWidget(entry)
            self._dynamic.append(entry)

    def _fill_points(self, m: Measures, language: str) -> None:
        pairs = [(self.tr("Biggest rise in trust"), m.biggest_rise), (self.tr("Biggest fall in trust"), m.biggest_fall)]
        shown = False
        for title, turn in pairs:
            if turn is None:
                continue
            shown = True
            block = QFrame(self.points_card)
            block.setObjectName("pointBlock")
            box = QVBoxLayout(block)
            box.setContentsMargins(12, 10, 12, 10)
            box.setSpacing(4)
            head = QHBoxLayout()
            head.addWidget(
                PlainLabel(self.tr("{0}: turn {1}").format(title, turn.index + 1), block, object_name="turnHeading"), 1
            )
            head.addWidget(
                Chip(delta_text("trust", turn.trust_delta), block, tone=delta_tone("trust", turn.trust_delta))
            )
            box.addLayout(head)
            box.addWidget(PlainLabel(self.tr("You: {0}").format(said(turn, language)), block))
            box.addWidget(
                PlainLabel(
                    self.tr("Coach: {0}").format(localized(turn.coach, language)), block, object_name="coachText"
                )
            )
            self.points_box.addWidget(block)
            self._dynamic.append(block)
        if not shown:
            note = PlainLabel(
                self.tr("Trust did not move up or down in this conversation."), self.points_card, object_name="muted"
            )
            self.points_box.addWidget(note)
            self._dynamic.append(note)

    def _fill_turns(self, session: Session, language: str) -> None:
        for turn in session.turns:
            row = TurnRow(self.turns_card)
            self._fill_turn_row(row, turn, language)
            self.turns_box.addWidget(row)
            self.turn_rows.append(row)
            self._dynamic.append(row)
        if not session.turns:
            note = PlainLabel(self.tr("No turns were played."), self.turns_card, object_name="muted")
            self.turns_box.addWidget(note)
            self._dynamic.append(note)

    def _fill_turn_row(self, row: TurnRow, turn: Turn, language: str) -> None:
        row.heading.setText(
            self.tr("Turn {0} · {1} ({2})").format(turn.index + 1, move_name(turn.move), family_name(turn.family))
        )
        for chip, kind, delta in (
            (row.chips[0], "trust", turn.trust_delta),
            (row.chips[1], "tension", turn.tension_delta),
        ):
            chip.setText(
                delta_text(kind, delta)
                if delta
                else (self.tr("Trust ±0") if kind == "trust" else self.tr("Tension ±0"))
            )
            chip.set_tone(delta_tone(kind, delta) if delta else "neutral")
        said_text = self.tr("You: {0}").format(said(turn, language))
        class_vote = class_vote_line(self.session, turn) if self.session is not None else ""
        row.said.setText(f"{said_text}\n{class_vote}" if class_vote else said_text)
        row.coach.setText(self.tr("Coach: {0}").format(localized(turn.coach, language)))

    def _clear_dynamic(self) -> None:
        for widget in self._dynamic:
            widget.setParent(None)
            widget.deleteLater()
        self._dynamic = []
        self.turn_rows = []

    # ---- replay stepper -----------------------------------------------------------------------------------
    def start_replay(self) -> None:
        """Step through the session from its first turn."""
        if self.session is None or not self.session.turns:
            return
        self.show_step(1)
        self.next_button.setFocus()

    def show_step(self, step: int, *, scroll: bool = True) -> None:
        """Show turn `step` (1-based) in the stepper and mark it on the curves."""
        session = self.session
        if session is None or not session.turns:
            return
        step = max(1, min(len(session.turns), step))
        self._step = step
        turn = session.turns[step - 1]
        language = session.language
        name = session.scenario.persona.name
        texts = {
            "customer": (name, localized(turn.customer_line, language)),
            "player": (self.tr("You"), said(turn, language)),
            "reply": (name, localized(turn.reply, language)),
        }
        for key, (who, what) in texts.items():
            self.step_lines[key][0].setText(who)
            self.step_lines[key][1].setText(what)
        self.step_label.setText(self.tr("Turn {0} of {1}").format(step, len(session.turns)))
        self.step_move.setText(
            self.tr("{0} ({1}) · trust {2} → {3} · tension {4} → {5}").format(
                move_name(turn.move),
                family_name(turn.family),
                turn.trust_before,
                turn.trust_after,
                turn.tension_before,
                turn.tension_after,
            )
        )
        self.step_reasons.show_reasons(turn.reasons, language)
        self.step_coach.setText(self.tr("Coach: {0}").format(localized(turn.coach, language)))
        self.prev_button.setEnabled(step > 1)
        self.next_button.setEnabled(step < len(session.turns))
        self.curves.setCurrentTurn(step)
        if scroll:
            QTimer.singleShot(0, self, self._scroll_to_stepper)

    def _scroll_to_stepper(self) -> None:
        layout = self.page.layout()
        if layout is not None:
            layout.activate()
        page = self.page_scroll.widget()
        if page is None:
            return
        top = self.stepper.mapTo(page, self.stepper.rect().topLeft()).y()
        bar = self.page_scroll.verticalScrollBar()
        viewport = self.page_scroll.viewport().height()
        if top < bar.value() or top + min(self.stepper.height(), viewport) > bar.value() + viewport:
            bar.setValue(max(0, top - 16))

    def _curve_clicked(self, point: int) -> None:
        if point >= 1:
            self.show_step(point)

    # ---- texts --------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set every UI string in the current language."""
        self.replay_button.setText(self.tr("Replay turn by turn"))
        self.again_button.setText(self.tr("Try again"))
        self.replay_window_button.setText(self.tr("Notes, other options, report…"))
        self.library_button.setText(self.tr("Back to library"))
        self.curves_title.setText(self.tr("Trust and tension, turn by turn"))
        self.curves_hint.setText(self.tr("Click a turn, or use the arrow keys on the chart, to see it below."))
        self.miti_note.setText(
            self.tr(
                "Reflections per question is an analogue of a MITI 4.2.1 summary score (at least 1 per "
                "question is fair, 2 or more is good). MITI was validated for counselling conversations, not "
                "for sales, so read it as a pointer, not a grade."
            )
        )
        self.hidden_title.setText(self.tr("What was under the resistance"))
        self.needs_title.setText(self.tr("The customer's needs"))
        self.points_title.setText(self.tr("Turning points"))
        self.stepper_title.setText(self.tr("Replay"))
        self.prev_button.setText(self.tr("◀ Previous"))
        self.next_button.setText(self.tr("Next ▶"))
        self.prev_button.setAccessibleName(self.tr("Previous turn"))
        self.next_button.setAccessibleName(self.tr("Next turn"))
        self.turns_title.setText(self.tr("Every turn, with the coach's comment"))
        self.curves.retranslate()
        self.redraw()
