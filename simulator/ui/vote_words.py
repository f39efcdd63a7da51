"""How a class vote is told after the fact, in the replay and the debrief: what the class chose on a turn, with
the votes, and whether the trainer played something else."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..vote import majority
from .words import localized

if TYPE_CHECKING:
    from ..engine import Session, Turn


def class_vote_line(session: Session, turn: Turn) -> str:
    """One line on the class vote of `turn` ("" when the room did not vote on it)."""
    translate = QCoreApplication.translate
    tally = session.class_votes.get(turn.index)
    if tally is None:
        return ""
    total = sum(tally.values())
    if total == 0:
        return translate("ClassVote", "Class vote: no one voted; the trainer picked.")
    chosen = majority(tally)
    if chosen is None:
        return translate("ClassVote", "Class vote: a tie ({0} votes); the trainer picked.").format(total)
    share = round(100 * tally[chosen] / total)
    if chosen == turn.option:
        return translate("ClassVote", "The class chose this answer: {0} of {1} votes ({2}%).").format(
            tally[chosen], total, share
        )
    texts = {option.id: option.text for option in session.scenario.beat(turn.beat).options}
    text = localized(texts[chosen], session.language) if chosen in texts else chosen
    return translate(
        "ClassVote", "The class chose “{0}” ({1} of {2} votes, {3}%); the trainer played another answer."
    ).format(text, tally[chosen], total, share)
