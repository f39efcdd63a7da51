"""The engine: the customer model, sessions and their files, debrief measures. No Qt here.

from simulator.scenario import load_scenario, ScenarioError
from simulator.engine import Session, MOVES
s = Session(load_scenario(path), language="en", seed=0)
turn = s.choose(s.options[0].id)

The names below are imported from their modules on first use (PEP 562): listing saved sessions
(`engine.archive`, `engine.session_file`) must not pay for pydantic and the rules, which the library screen
does not need.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy import lazy_names

if TYPE_CHECKING:
    from .errors import SessionError, UnknownOption
    from .events import HOOKS
    from .rules import Reason, Rules, default_rules
    from .session import Notes, OptionView, Session, Turn
    from .session_file import SessionFileError

_HOME: dict[str, str] = {
    "HOOKS": "events",
    "Reason": "rules",
    "Rules": "rules",
    "default_rules": "rules",
    "Notes": "session",
    "OptionView": "session",
    "Session": "session",
    "SessionError": "errors",
    "Turn": "session",
    "UnknownOption": "errors",
    "SessionFileError": "session_file",
}

__all__ = [
    "FEEDBACK_MODES",
    "HOOKS",
    "MOVES",
    "Notes",
    "OptionView",
    "Reason",
    "Rules",
    "Session",
    "SessionError",
    "SessionFileError",
    "Turn",
    "UnknownOption",
    "default_rules",
]


from ..scenario.vocabulary import FEEDBACK_MODES  # noqa: E402 - light (no pydantic), and part of this package's names


def _moves() -> dict[str, str]:
    from ..scenario.vocabulary import FAMILY_OF

    return {str(move): str(family) for move, family in FAMILY_OF.items()}


MOVES: dict[str, str] = _moves()
"""Each move kind and its family: slowing, advancing or pushing."""


__getattr__, __dir__ = lazy_names(__name__, _HOME)
