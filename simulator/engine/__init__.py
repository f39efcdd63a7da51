"""The engine: the customer model, sessions and their files, debrief measures. No Qt here.

from simulator.scenario import load_scenario, ScenarioError
from simulator.engine import Session, MOVES
s = Session(load_scenario(path), language="en", seed=0)
turn = s.choose(s.options[0].id)
"""

from ..scenario.vocabulary import FAMILY_OF
from .events import HOOKS
from .rules import Reason, Rules, default_rules
from .session import FEEDBACK_MODES, Notes, OptionView, Session, SessionError, Turn, UnknownOption
from .storage import SessionFileError

MOVES: dict[str, str] = {str(move): str(family) for move, family in FAMILY_OF.items()}
"""Each move kind and its family: slowing, advancing or pushing."""

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
