"""How a typed answer is shown after the fact (replay, the debrief, the reports, classroom): the trainee's own words
and what they were understood as, so a trainer can dispute it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from .words import localized, move_name

if TYPE_CHECKING:
    from ..engine import Turn


def understood_as(move: str) -> str:
    """'understood as: <move kind>', for replay, the debrief and the reports."""
    return QCoreApplication.translate("TypedAnswer", "understood as: {0}").format(move_name(move))


def typed_line(turn: Turn) -> str:
    """A typed turn as replay, the debrief and the reports show it: the player's own words, then how they were
    understood (and, when no authored option of that kind was on offer, that the customer answered generally)."""
    assert turn.typed is not None
    note = understood_as(str(turn.move))
    if turn.typed.generic:
        note += QCoreApplication.translate("TypedAnswer", " (no option of this kind here: a general reply)")
    return f"“{turn.typed.text}” — {note}"


def typed_caption(turn: Turn) -> str:
    """'You typed: “…” — understood as: …' for the replay's turn panel."""
    return QCoreApplication.translate("TypedAnswer", "You typed: {0}").format(typed_line(turn))


def said(turn: Turn, language: str, text: Callable[[Mapping[str, str]], str] | None = None) -> str:
    """What the player said in `turn`: the typed words with how they were understood, or the option's text."""
    if turn.typed is not None:
        return typed_line(turn)
    return text(turn.option_text) if text is not None else localized(turn.option_text, language)
