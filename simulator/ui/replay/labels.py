"""The words the replay and the report use for the domain's names: move kinds, families, states and outcomes.

They go through Qt's translation (context "Debrief") so that `pyside6-lupdate` finds them; the tables are built
per call because a translator may be installed after this module is imported.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from ...scenario import CustomerState, Family, Move


def _tr(text: str) -> str:
    return QCoreApplication.translate("Debrief", text)


def move_label(move: Move | str) -> str:
    """The move kind as a reader says it."""
    names = {
        Move.LISTEN: _tr("listen"),
        Move.REFLECT: _tr("reflect"),
        Move.NAME_UNSPOKEN: _tr("name the unspoken"),
        Move.ASK_NEED: _tr("ask about the need"),
        Move.ACKNOWLEDGE: _tr("acknowledge"),
        Move.GIVE_CONTROL: _tr("give control"),
        Move.SUMMARIZE: _tr("summarize"),
        Move.INFORM: _tr("inform"),
        Move.PROPOSE: _tr("propose"),
        Move.ARGUE: _tr("argue"),
        Move.COUNTER: _tr("counter"),
        Move.REASSURE: _tr("reassure"),
        Move.PRESSURE: _tr("pressure"),
        Move.DEFLECT: _tr("deflect"),
    }
    return names.get(Move(move), str(move))


def family_label(family: Family | str) -> str:
    """The family of moves as a reader says it."""
    names = {
        Family.SLOWING: _tr("slowing down"),
        Family.ADVANCING: _tr("advancing"),
        Family.PUSHING: _tr("pushing"),
    }
    return names.get(Family(family), str(family))


def state_label(state: CustomerState | str) -> str:
    """The customer's state as a reader says it."""
    names = {
        CustomerState.GUARDED: _tr("guarded"),
        CustomerState.RESISTING: _tr("resisting"),
        CustomerState.EXPLORING: _tr("exploring"),
        CustomerState.OPEN: _tr("open"),
        CustomerState.COMMITTED: _tr("committed"),
        CustomerState.COMPLIED: _tr("complied"),
        CustomerState.WITHDRAWN: _tr("withdrawn"),
        CustomerState.STALLED: _tr("stalled"),
    }
    return names.get(CustomerState(state), str(state))


def outcome_label(outcome: str | None) -> str:
    """How the conversation ended, in a few words (an unfinished session says so)."""
    names = {
        "committed": _tr("committed: the customer owns a next step"),
        "complied": _tr("complied: a hollow yes under pressure"),
        "withdrawn": _tr("withdrawn: the customer ended the meeting"),
        "stalled": _tr("stalled: the conversation ran out"),
    }
    if outcome is None:
        return _tr("not finished")
    return names.get(outcome, outcome)


def outcome_short(outcome: str | None) -> str:
    """The outcome in one word, for lists."""
    if outcome is None:
        return _tr("not finished")
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
    """An ISO timestamp from a session file as local date and time (the text itself if it is not one)."""
    try:
        moment = datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


def rating_label(rating: str) -> str:
    """The reflections-per-question rating (MITI analogue) in words."""
    names = {"good": _tr("good"), "fair": _tr("fair"), "low": _tr("low"), "none": _tr("no reflections or questions")}
    return names.get(rating, rating)
