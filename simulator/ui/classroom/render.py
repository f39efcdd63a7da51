"""Draws the classroom flow's state into the two windows: the projector's page for the phase (the scenario list,
the briefing, a turn's three moments, the ending), its overlays and meters, and the presenter's status and
notes. It decides nothing: `engine.classroom_flow` says what the room is at, this module says it in words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ...engine.classroom_flow import Meters, Phase
from ..kit.numbers import count
from ..kit.typed_words import said
from ..kit.words import (
    delta_text,
    delta_tone,
    difficulty_name,
    first_name,
    localized,
    move_name,
    outcome_name,
    outcome_summary,
    signed,
)
from .audience import PickRow
from .presenter_notes import PresenterNotes
from .texts import SEPARATOR, need_label

if TYPE_CHECKING:
    from ...engine import Session, Turn
    from ...engine.classroom_flow import ClassroomFlow
    from ...scenario import Scenario
    from ..practice.catalogue import CatalogueEntry
    from .audience import AudienceWindow
    from .host import ScenarioList
    from .presenter import PresenterWindow
    from .stage import TurnPage

OUTCOME_TONES = {"committed": "good", "complied": "fair", "withdrawn": "bad", "stalled": ""}
QUICK_MS = 500
"""How long the meters take to count back after an answer is taken back."""


def pickable(catalogue: ScenarioList) -> list[CatalogueEntry]:
    """The scenarios the room can start: the valid ones, as many as there are number keys."""
    return [entry for entry in catalogue.entries() if entry.ok][:9]


@dataclass(frozen=True)
class Conversation:
    """What every page of a conversation names: the session, its language, the scenario, its title in that
    language and the customer's first name."""

    session: Session
    language: str
    scenario: Scenario
    title: str
    name: str

    @classmethod
    def of(cls, session: Session) -> Conversation:
        """The names of `session`, in its language."""
        scenario = session.scenario
        language = session.language
        return cls(session, language, scenario, localized(scenario.title, language), first_name(scenario.persona.name))


class ClassroomRenderer(QObject):
    """Shows `flow` on the projector (`audience`) and the presenter view; a QObject for its translations."""

    def __init__(self, flow: ClassroomFlow, audience: AudienceWindow, presenter: PresenterWindow) -> None:
        super().__init__(audience)
        self.flow = flow
        self.audience = audience
        self.presenter = presenter
        self.notes = PresenterNotes(self)
        self._overlays: tuple[bool, bool, str] = (False, False, "")
        """The overlays as last shown: (key map, frozen, blank)."""

    # ---- the whole picture ----------------------------------------------------------------------------------
    def draw(self, catalogue: ScenarioList, language: str) -> None:
        """Draw both windows for the flow's phase (`language`: the interface's, for the scenario list)."""
        session = self.flow.session
        if self.flow.phase is Phase.PICKING or session is None:
            self._picking(catalogue, language)
        else:
            conversation = Conversation.of(session)
            self._customer(conversation)
            if self.flow.phase is Phase.BRIEFING:
                self._briefing(conversation)
            elif self.flow.phase is Phase.ENDED:
                self._ending(conversation)
            else:
                self._turn(conversation)
        self.status()
        if self.flow.frozen:
            self.audience.set_frozen(True, self.discussion_question())

    def overlays(self) -> bool:
        """Show the key map, the discussion band and the blank screen as the flow has them; True when one
        changed (the presenter's status line then changed too, and is redrawn)."""
        flow = self.flow
        shown = (flow.keys_shown, flow.frozen, flow.blank)
        keys, frozen, blank = self._overlays
        self._overlays = shown
        if shown == (keys, frozen, blank):
            return False
        if flow.keys_shown != keys:
            self.audience.set_keys_shown(flow.keys_shown)
        if flow.frozen != frozen:
            self.audience.set_frozen(flow.frozen, self.discussion_question())
        if flow.blank != blank:
            self.audience.set_blank(flow.blank)
        self.status()
        return True

    def meters(self, how: Meters) -> None:
        """Move the room's trust and tension figures to the flow's values, as `how` says."""
        trust, tension = self.audience.column.trust, self.audience.column.tension
        if how is Meters.KEEP:
            return
        if how is Meters.FINISH:
            trust.finish()
            tension.finish()
            return
        view = self.flow.meters()
        if view is None:
            return
        if view.predicting:
            for gauge, value in ((trust, view.trust), (tension, view.tension)):
                gauge.set_value(value, animate=False)
                gauge.set_predicting(True)
            return
        animate = how is not Meters.JUMP
        kwargs = {"duration": QUICK_MS} if how is Meters.QUICK else {}
        trust.set_value(view.trust, delta=view.trust_delta, animate=animate, **kwargs)
        tension.set_value(view.tension, delta=view.tension_delta, animate=animate, **kwargs)

    # ---- the projector's pages ------------------------------------------------------------------------------
    def _picking(self, catalogue: ScenarioList, language: str) -> None:
        entries = pickable(catalogue)
        rows = []
        for entry in entries:
            info = entry.info
            assert info is not None  # only valid entries are pickable
            role = localized(info.persona_role, language)
            detail = f"{info.persona_name}, {role}{SEPARATOR}{difficulty_name(info.difficulty)}"
            rows.append(PickRow(localized(info.title, language), detail))
        if rows:
            note = self.tr("Press its number, or ↑ ↓ and Enter.")
        elif not catalogue.loaded:
            note = self.tr("Loading the scenarios…")
        else:
            note = self.tr("There are no scenarios to play. Check the dialogues folder.")
        self.audience.set_header(self.tr("Classroom"), "")
        self.audience.show_picking(self.tr("Choose a scenario"), note, rows, self.flow.selected)
        start = self.tr("1–{0}: start a scenario").format(len(rows)) if len(rows) > 1 else self.tr("1: start it")
        self.audience.set_hint(SEPARATOR.join([start, self.tr("Esc: leave")]))
        # The presenter: each scenario's situation, and the files that could not be loaded.
        broken = [entry for entry in catalogue.entries() if not entry.ok]
        now, hidden = self.notes.picking(entries, broken, language)
        self.presenter.set_now(now)
        self.presenter.set_hidden(hidden)

    def _customer(self, talk: Conversation) -> None:
        turn = self.flow.pending
        state = str(turn.state_before) if turn is not None else str(talk.session.state)
        labels = [need_label(talk.scenario, need, talk.language) for need in self.flow.needs_shown()]
        self.audience.column.show_customer(talk.scenario, state, talk.language)
        self.audience.column.show_needs(labels, len(talk.scenario.needs))

    def _briefing(self, talk: Conversation) -> None:
        self.audience.set_header(talk.title, self.tr("Before the conversation"))
        self.audience.show_briefing().show_briefing(
            (self.tr("The situation"), self.tr("Your briefing")),
            localized(talk.scenario.situation, talk.language),
            localized(talk.scenario.briefing, talk.language),
            self.tr("Where could {0}'s resistance come from? Then Enter: {0}'s first line.").format(talk.name),
        )
        self.audience.set_hint(SEPARATOR.join([self.tr("Enter: the first line"), self.tr("Space: discuss")]))
        self._presenter_turn(talk.session, None)

    def _turn_header(self, talk: Conversation, number: int) -> None:
        self.audience.set_header(talk.title, self.tr("Turn {0} of at most {1}").format(number, talk.scenario.max_turns))

    def _turn(self, talk: Conversation) -> None:
        session = talk.session
        page = self.audience.show_turn()
        if self.flow.phase is Phase.ASKING:
            self._turn_header(talk, len(session.turns) + 1)
            page.show_asking(
                self.tr("{0} says").format(talk.name),
                session.customer_line,
                self.tr("What do you say? The class chooses"),
                [option.text for option in session.options],
                self._taken_back_notice(session),
            )
            hint = [self.tr("1–{0}: play an answer").format(len(session.options)), self.tr("Space: discuss")]
            if session.turns:
                hint.append(self.tr("Z: take the last answer back"))
            self.audience.set_hint(SEPARATOR.join(hint))
            self._presenter_turn(session, None)
            return
        turn = self.flow.displayed_turn()
        assert turn is not None
        self._turn_header(talk, turn.index + 1)
        number = turn.offered.index(turn.option) + 1 if turn.option in turn.offered else 1
        page.show_chosen(
            self.tr("{0} says").format(talk.name),
            localized(turn.customer_line, talk.language),
            self.tr("The class chose"),
            number,
            said(turn, talk.language),
        )
        if self.flow.phase is Phase.PREDICTING:
            page.show_predicting(
                self.tr("What will this answer do to {0}'s trust? Predict: up or down, and why?").format(talk.name),
                self.tr("R: reveal"),
            )
            self.audience.set_hint(
                SEPARATOR.join([self.tr("R: reveal"), self.tr("Space: discuss"), self.tr("Z: take it back")])
            )
        else:
            self._revealed(talk, turn, page)
        self._presenter_turn(session, turn)

    def _revealed(self, talk: Conversation, turn: Turn, page: TurnPage) -> None:
        chips = []
        if turn.trust_delta:
            chips.append((delta_text("trust", turn.trust_delta), delta_tone("trust", turn.trust_delta)))
        if turn.tension_delta:
            chips.append((delta_text("tension", turn.tension_delta), delta_tone("tension", turn.tension_delta)))
        need = ""
        if turn.uncovered:
            need = "✓ " + self.tr("Need found: {0}").format(need_label(talk.scenario, turn.uncovered, talk.language))
        reasons = [reason.text.get(talk.language) or next(iter(reason.text.values()), "") for reason in turn.reasons]
        page.show_revealed(
            self.tr("{0} answers").format(talk.name), localized(turn.reply, talk.language), chips, need, reasons
        )
        go_on = self.tr("Enter: see how it ended") if talk.session.finished else self.tr("Enter: the next line")
        self.audience.set_hint(
            SEPARATOR.join([go_on, self.tr("Z: take it back and try another answer"), self.tr("Space: discuss")])
        )

    def _taken_back_notice(self, session: Session) -> str:
        if self.flow.taken_back is None:
            return ""
        answer = said(self.flow.taken_back, session.language)  # named at each draw, so it follows the language
        return self.tr("Taken back: “{0}”. Which answer now?").format(answer)

    def _ending(self, talk: Conversation) -> None:
        from ...engine.review import ReplayDocument

        session = talk.session
        measures = ReplayDocument(session).measures  # the same review the debrief and the reports draw
        self.audience.set_header(talk.title, self.tr("{0} played").format(count("turns", len(session.turns))))
        facts = [
            self.tr("Needs found: {0} of {1}").format(len(measures.needs_uncovered), measures.needs_total),
            self.tr("Slowing down {0}, advancing {1}, pushing {2}").format(
                count("times", measures.slowing), count("times", measures.advancing), count("times", measures.pushing)
            ),
        ]
        if measures.calm_under_tension is not None:
            facts.append(
                self.tr("Calm under tension: {0}% of the answers given under high tension slowed down").format(
                    round(measures.calm_under_tension * 100)
                )
            )
        marks: dict[int, str] = {}
        for turn, tone, words in (
            (measures.biggest_rise, "good", self.tr("Biggest rise: turn {0}, {1} ({2})")),
            (measures.biggest_fall, "bad", self.tr("Biggest fall: turn {0}, {1} ({2})")),
        ):
            if turn is not None:
                marks[turn.index + 1] = tone
                facts.append(words.format(turn.index + 1, move_name(str(turn.move)), signed(turn.trust_delta)))
        self.audience.show_ending().show_ending(
            self.tr("How it ended"),
            outcome_name(session.outcome),
            OUTCOME_TONES.get(str(session.outcome), ""),
            outcome_summary(session.outcome),
            session.ending_text,
            facts,
            (self.tr("Trust, turn by turn"), measures.trust_curve, marks),
        )
        self.audience.set_hint(
            SEPARATOR.join(
                [self.tr("Z: take the last answer back"), self.tr("Enter: another scenario"), self.tr("Esc: leave")]
            )
        )
        self._presenter_turn(session, session.turns[-1] if session.turns else None)

    def discussion_question(self) -> str:
        """What the "discuss" band asks the room in this phase."""
        session = self.flow.session
        name = first_name(session.scenario.persona.name) if session is not None else ""
        questions = {
            Phase.PICKING: "",
            Phase.BRIEFING: self.tr("What do you expect from {0}? Where could the resistance come from?").format(name),
            Phase.ASKING: self.tr("Which answer would you choose, and why?"),
            Phase.PREDICTING: self.tr("What will this answer do to {0}'s trust?").format(name),
            Phase.REVEALED: self.tr("Why did trust move like this? What would you try instead?"),
            Phase.ENDED: self.tr("What made the difference in this conversation?"),
        }
        return questions[self.flow.phase]

    # ---- what only the trainer sees -------------------------------------------------------------------------
    def save_problem(self) -> str:
        """The failed save to tell the trainer, or ""."""
        failure = self.flow.save_failure
        return self.tr("This session could not be saved: {0}").format(failure) if failure else ""

    def status(self) -> None:
        """The presenter's status line: the phase, the overlays and a failed save."""
        flow = self.flow
        outcome = flow.session.outcome if flow.session is not None else None
        problem = self.save_problem()
        status = self.notes.status(flow.phase.value, outcome, frozen=flow.frozen, problem=problem, blank=flow.blank)
        self.presenter.set_status(*status)
        if problem and not self.presenter.isVisible():
            # One screen, so no presenter view: the trainer looks at the room's screen, whose footer says it.
            self.audience.set_hint(problem)

    def header(self, projector: str, width: int, height: int) -> None:
        """The presenter's headline, naming the projector's screen and its size."""
        self.presenter.set_header(*self.notes.header(projector, width, height))

    def _presenter_turn(self, session: Session, turn: Turn | None) -> None:
        """The presenter's columns during a conversation; `turn` is the answer on the stage (None: asking)."""
        ended = self.flow.phase is Phase.ENDED
        now, hidden = self.notes.conversation(session, turn, self.flow.pending, ended=ended)
        self.presenter.set_now(now)
        self.presenter.set_hidden(hidden)
