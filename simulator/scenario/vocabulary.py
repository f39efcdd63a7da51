"""The fixed words of the domain: move kinds, their families, roots of resistance, customer states, outcomes,
feedback modes.

Scenario files may only use these names; the engine gives them meaning. They live in the scenario layer because
the loader has to check them, and the engine sits above the scenario layer.
"""

from __future__ import annotations

from enum import StrEnum


class Family(StrEnum):
    """The three families of player moves."""

    SLOWING = "slowing"
    ADVANCING = "advancing"
    PUSHING = "pushing"


class Move(StrEnum):
    """The fourteen move kinds a player option can be tagged with (see DESIGN.md)."""

    LISTEN = "listen"
    REFLECT = "reflect"
    NAME_UNSPOKEN = "name_unspoken"
    ASK_NEED = "ask_need"
    ACKNOWLEDGE = "acknowledge"
    GIVE_CONTROL = "give_control"
    SUMMARIZE = "summarize"
    INFORM = "inform"
    PROPOSE = "propose"
    ARGUE = "argue"
    COUNTER = "counter"
    REASSURE = "reassure"
    PRESSURE = "pressure"
    DEFLECT = "deflect"

    @property
    def family(self) -> Family:
        """The family this move belongs to."""
        return FAMILY_OF[self]


FAMILY_OF: dict[Move, Family] = {
    Move.LISTEN: Family.SLOWING,
    Move.REFLECT: Family.SLOWING,
    Move.NAME_UNSPOKEN: Family.SLOWING,
    Move.ASK_NEED: Family.SLOWING,
    Move.ACKNOWLEDGE: Family.SLOWING,
    Move.GIVE_CONTROL: Family.SLOWING,
    Move.SUMMARIZE: Family.SLOWING,
    Move.INFORM: Family.ADVANCING,
    Move.PROPOSE: Family.ADVANCING,
    Move.ARGUE: Family.PUSHING,
    Move.COUNTER: Family.PUSHING,
    Move.REASSURE: Family.PUSHING,
    Move.PRESSURE: Family.PUSHING,
    Move.DEFLECT: Family.PUSHING,
}


class Root(StrEnum):
    """Where a customer's resistance comes from."""

    INSECURITY = "insecurity"
    UNCERTAINTY = "uncertainty"
    LOSS_OF_CONTROL = "loss_of_control"


class CustomerState(StrEnum):
    """The customer's state: four while the conversation runs, four endings."""

    GUARDED = "guarded"
    RESISTING = "resisting"
    EXPLORING = "exploring"
    OPEN = "open"
    COMMITTED = "committed"
    COMPLIED = "complied"
    WITHDRAWN = "withdrawn"
    STALLED = "stalled"

    @property
    def is_ending(self) -> bool:
        """True for the four states that end the conversation."""
        return self in ENDINGS


ENDINGS: tuple[CustomerState, ...] = (
    CustomerState.COMMITTED,
    CustomerState.COMPLIED,
    CustomerState.WITHDRAWN,
    CustomerState.STALLED,
)
RUNNING_STATES: tuple[CustomerState, ...] = tuple(s for s in CustomerState if s not in ENDINGS)

LANGUAGES: tuple[str, ...] = ("nl", "en")
END = "end"
"""The reserved `next` value that ends the conversation after an option."""


class FeedbackMode(StrEnum):
    """What the player sees while playing: the meters and why they moved, the meters only, or nothing until the
    debrief (an assessment)."""

    LIVE = "live"
    METER = "meter"
    HIDDEN = "hidden"


FEEDBACK_MODES: tuple[str, ...] = tuple(str(mode) for mode in FeedbackMode)
"""The feedback modes' names, in the order the program offers them."""
