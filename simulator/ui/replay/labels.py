"""The words the replay and the report use for the domain's names: move kinds, families, states and outcomes.

They go through Qt's translation (context "Debrief") so that `pyside6-lupdate` finds them; the tables are built
per call because a translator may be installed after this module is imported.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...scenario import CustomerState, Family, Move
from ..numbers import date_time

translate = QCoreApplication.translate
"""Qt's translation; called with a literal context and text so that `pyside6-lupdate` finds every string."""


def move_label(move: Move | str) -> str:
    """The move kind as a reader says it."""
    names = {
        Move.LISTEN: translate("Debrief", "listen"),
        Move.REFLECT: translate("Debrief", "reflect"),
        Move.NAME_UNSPOKEN: translate("Debrief", "name the unspoken"),
        Move.ASK_NEED: translate("Debrief", "ask about the need"),
        Move.ACKNOWLEDGE: translate("Debrief", "acknowledge"),
        Move.GIVE_CONTROL: translate("Debrief", "give control"),
        Move.SUMMARIZE: translate("Debrief", "summarize"),
        Move.INFORM: translate("Debrief", "inform"),
        Move.PROPOSE: translate("Debrief", "propose"),
        Move.ARGUE: translate("Debrief", "argue"),
        Move.COUNTER: translate("Debrief", "counter"),
        Move.REASSURE: translate("Debrief", "reassure"),
        Move.PRESSURE: translate("Debrief", "pressure"),
        Move.DEFLECT: translate("Debrief", "deflect"),
    }
    return names.get(Move(move), str(move))


def family_label(family: Family | str) -> str:
    """The family of moves as a reader says it."""
    names = {
        Family.SLOWING: translate("Debrief", "slowing down"),
        Family.ADVANCING: translate("Debrief", "advancing"),
        Family.PUSHING: translate("Debrief", "pushing"),
    }
    return names.get(Family(family), str(family))


def state_label(state: CustomerState | str) -> str:
    """The customer's state as a reader says it."""
    names = {
        CustomerState.GUARDED: translate("Debrief", "guarded"),
        CustomerState.RESISTING: translate("Debrief", "resisting"),
        CustomerState.EXPLORING: translate("Debrief", "exploring"),
        CustomerState.OPEN: translate("Debrief", "open"),
        CustomerState.COMMITTED: translate("Debrief", "committed"),
        CustomerState.COMPLIED: translate("Debrief", "complied"),
        CustomerState.WITHDRAWN: translate("Debrief", "withdrawn"),
        CustomerState.STALLED: translate("Debrief", "stalled"),
    }
    return names.get(CustomerState(state), str(state))


def outcome_label(outcome: str | None) -> str:
    """How the conversation ended, in a few words (an unfinished session says so)."""
    names = {
        "committed": translate("Debrief", "committed: the customer owns a next step"),
        "complied": translate("Debrief", "complied: a hollow yes under pressure"),
        "withdrawn": translate("Debrief", "withdrawn: the customer ended the meeting"),
        "stalled": translate("Debrief", "stalled: the conversation ran out"),
    }
    if outcome is None:
        return translate("Debrief", "not finished")
    return names.get(outcome, outcome)


def outcome_short(outcome: str | None) -> str:
    """The outcome in one word, for lists."""
    if outcome is None:
        return translate("Debrief", "not finished")
    try:
        return state_label(CustomerState(outcome))
    except ValueError:
        return outcome


def percent(share: float | None) -> str:
    """A share as a whole percentage, or a dash when there is nothing to measure."""
    return "–" if share is None else f"{round(share * 100)}%"


def signed(value: int) -> str:
    """A meter change with its sign (+3, −2, 0)."""
    if value > 0:
        return f"+{value}"
    if value < 0:
        return f"−{-value}"
    return "0"


def local_time(iso: str) -> str:
    """An ISO timestamp from a session file as local date and time in the UI language's one format (the text
    itself if it is not one)."""
    return date_time(iso)


def rating_label(rating: str) -> str:
    """The reflections-per-question rating (MITI analogue) in words."""
    names = {
        "good": translate("Debrief", "good"),
        "fair": translate("Debrief", "fair"),
        "low": translate("Debrief", "low"),
        "none": translate("Debrief", "no reflections or questions"),
    }
    return names.get(rating, rating)
