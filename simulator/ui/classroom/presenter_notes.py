"""What the presenter view says, phase by phase: the status line and the two columns of notes.

The classroom flow decides *when* things show and the renderer asks for them; this module decides *what* the
trainer reads: each answer's move kind, coach note and the need it can uncover, the hidden root and needs, the real
meters (also before a reveal), and why the last answer landed as it did. It only reads the session and its
scenario; it changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ..kit.words import family_name, localized, move_name, outcome_name, root_explanation, root_name, signed
from .presenter import Item
from .texts import SEPARATOR, need_label

if TYPE_CHECKING:
    from ...engine import Session, Turn
    from ..practice.catalogue import CatalogueEntry

Section = tuple[str, list[Item]]


class PresenterNotes(QObject):
    """Builds the presenter's texts (a QObject only for its translation context)."""

    def header(self, projector: str, width: int, height: int) -> tuple[str, str]:
        """The headline, and which screen the projector view is on."""
        return (
            self.tr("Presenter view: only you see this"),
            self.tr("Projector: {0} ({1} × {2})").format(projector, width, height),
        )

    def status(
        self, phase: str, outcome: str | None, *, frozen: bool, problem: str, blank: str = ""
    ) -> tuple[str, str]:
        """What is happening and which key comes next; `problem` (a failed save) comes first when set; `blank`
        says the projector is blacked or whited out."""
        statuses = {
            "picking": (
                self.tr("Choose a scenario with the class"),
                self.tr("Press its number, or ↑ ↓ and Enter."),
            ),
            "briefing": (
                self.tr("The room reads the briefing"),
                self.tr("Let the class guess where the resistance could come from. Enter: the customer's first line."),
            ),
            "asking": (
                self.tr("The class chooses an answer"),
                self.tr("Let them argue, then press the number of the answer they pick. Space freezes the screen."),
            ),
            "predicting": (
                self.tr("The class predicts"),
                self.tr("The projector hides the reaction. Ask: up or down, and why? Then press R to reveal."),
            ),
            "revealed": (
                self.tr("Revealed"),
                self.tr("Enter: the next line. Z: take it back so the class can try another answer."),
            ),
            "ended": (
                self.tr("The conversation has ended: {0}").format(outcome_name(outcome)),
                self.tr("Z takes the last answer back. Enter: another scenario. The session is saved."),
            ),
        }
        title, text = statuses[phase]
        if frozen:
            title = self.tr("Frozen for discussion (Space to go on)") + SEPARATOR + title
        if blank:
            screen = self.tr("The projector is black") if blank == "black" else self.tr("The projector is white")
            title = screen + " " + self.tr("(any key shows it again)") + SEPARATOR + title
        if problem:
            text = f"{problem}\n{text}"
        return title, text

    def picking(
        self, entries: Sequence[CatalogueEntry], broken: Sequence[CatalogueEntry], language: str
    ) -> tuple[list[Section], list[Section]]:
        """The scenario list with each situation; the files that could not be loaded, with their first problem."""
        listed: list[Item] = []
        for index, entry in enumerate(entries):
            assert entry.info is not None
            listed.append(Item(f"{index + 1}. {localized(entry.info.title, language)}", "name"))
            listed.append(Item(localized(entry.info.situation, language), "soft"))
        problems = [
            Item(f"{entry.path.name}: {(entry.problem or '').splitlines()[0] if entry.problem else ''}", "warning")
            for entry in broken
        ]
        return [(self.tr("Scenarios"), listed)], [(self.tr("Could not be loaded"), problems)]

    def conversation(
        self, session: Session, turn: Turn | None, pending: Turn | None, *, ended: bool
    ) -> tuple[list[Section], list[Section]]:
        """The two columns during a conversation: `turn` is the answer on the stage (None while the class
        chooses), `pending` the one played but not yet revealed."""
        now = self._answers(session, turn) if not ended else [self._coach_notes(session)]
        now.append(self._roots(session))
        hidden = [self._meters(session, pending)]
        last = self._last_answer(session, turn)
        if last is not None:
            hidden.append(last)
        hidden.append(self._needs(session))
        return now, hidden

    # ---- the sections ---------------------------------------------------------------------------------------
    def _answers(self, session: Session, turn: Turn | None) -> list[Section]:
        language = session.language
        scenario = session.scenario
        if turn is None:
            line = session.customer_line
            beat_id = session.beat
            offered = [option.id for option in session.options]
        else:
            line = localized(turn.customer_line, language)
            beat_id = turn.beat
            offered = list(turn.offered)
        try:
            details = {option.id: option for option in scenario.beat(beat_id).options}
        except KeyError:
            details = {}
        items: list[Item] = []
        for number, option_id in enumerate(offered, start=1):
            option = details.get(option_id)
            if option is None:
                continue
            chosen = turn is not None and option_id == turn.option
            text = localized(option.text, language)
            items.append(Item(f"{'▶ ' if chosen else ''}{number}. {text}", "name" if chosen else "body"))
            kind = f"{move_name(str(option.move))} ({family_name(str(option.move.family))})"
            if option.uncovers:
                kind += SEPARATOR + self.tr("can uncover: {0}").format(need_label(scenario, option.uncovers, language))
            items.append(Item(kind, "prompt"))
            items.append(Item(self.tr("Coach: {0}").format(localized(option.coach, language)), "soft"))
        return [
            (self.tr("The customer says"), [Item(line, "body")]),
            (self.tr("Answers, with their move kinds"), items),
        ]

    def _coach_notes(self, session: Session) -> Section:
        language = session.language
        notes = [
            Item(
                self.tr("{0}. {1}: {2}").format(
                    turn.index + 1, move_name(str(turn.move)), localized(turn.coach, language)
                ),
                "body",
            )
            for turn in session.turns
        ]
        return self.tr("Coach notes of this conversation"), notes

    def _roots(self, session: Session) -> Section:
        roots = session.scenario.roots
        total = sum(roots.values()) or 1.0
        items: list[Item] = []
        for root, weight in sorted(roots.items(), key=lambda pair: -pair[1]):
            items.append(Item(f"{root_name(str(root))} ({round(100 * weight / total)}%)", "name"))
            items.append(Item(root_explanation(str(root)), "soft"))
        return self.tr("Root of the resistance (hidden from the class)"), items

    def _meters(self, session: Session, pending: Turn | None) -> Section:
        items = [Item(self.tr("Trust {0} · tension {1} (the real values)").format(session.trust, session.tension))]
        if pending is not None:
            items.append(
                Item(
                    self.tr("The class still sees trust {0}; this answer changes it by {1}.").format(
                        pending.trust_before, signed(pending.trust_delta)
                    ),
                    "prompt",
                )
            )
        return self.tr("Trust and tension"), items

    def _last_answer(self, session: Session, turn: Turn | None) -> Section | None:
        title = self.tr("The answer just played")
        if turn is None and session.turns:
            turn, title = session.turns[-1], self.tr("The last answer")
        if turn is None:
            return None
        language = session.language
        items = [Item(f"{move_name(str(turn.move))} ({family_name(str(turn.family))})", "name")]
        for reason in turn.reasons:
            items.append(Item("• " + (reason.text.get(language) or next(iter(reason.text.values()), "")), "body"))
        items.append(Item(self.tr("Coach: {0}").format(localized(turn.coach, language)), "soft"))
        return title, items

    def _needs(self, session: Session) -> Section:
        language = session.language
        found = set(session.needs_uncovered)
        items: list[Item] = []
        for need in session.scenario.needs:
            uncovered = need.id in found
            items.append(
                Item(f"{'✓' if uncovered else '○'} {localized(need.label, language)}", "need" if uncovered else "name")
            )
            items.append(Item(localized(need.explanation, language), "soft"))
        return self.tr("Hidden needs"), items
