"""The customer's state, held by a `transitions` state machine attached to a plain model.

The machine is built from our own fixed table (never from file data) and checked at import: every source and
destination is a known state. The meters decide where the customer settles after a move; events (a proposal
owned, a yes squeezed out, the end of the conversation) lead to the endings.
"""

from __future__ import annotations

from ..scenario.vocabulary import ENDINGS, RUNNING_STATES, CustomerState
from .machines import Table, attach, check_table
from .rules import Thresholds

S = CustomerState
RUNNING = list(RUNNING_STATES)

# Ordered: for `settle`, the first transition whose condition holds is taken; none holding means staying put.
TRANSITIONS: Table = [
    {"trigger": "settle", "source": RUNNING, "dest": S.WITHDRAWN, "conditions": "breaks_off"},
    {"trigger": "settle", "source": RUNNING, "dest": S.OPEN, "conditions": "feels_open"},
    {"trigger": "settle", "source": RUNNING, "dest": S.EXPLORING, "conditions": "is_exploring"},
    {"trigger": "settle", "source": RUNNING, "dest": S.RESISTING, "conditions": "is_resisting"},
    # Neither warm nor strained: the customer is guarded again, whether the strain eased or the warmth faded.
    {"trigger": "settle", "source": [S.RESISTING, S.EXPLORING, S.OPEN], "dest": S.GUARDED},
    {"trigger": "commit", "source": RUNNING, "dest": S.COMMITTED},
    {"trigger": "comply", "source": RUNNING, "dest": S.COMPLIED},
    {"trigger": "stall", "source": RUNNING, "dest": S.STALLED},
]


check_table("customer machine", TRANSITIONS, CustomerState, S.GUARDED)


class Customer:
    """The model the machine decorates: meters in, state out."""

    state: CustomerState

    def __init__(self, thresholds: Thresholds, trust: int, tension: int) -> None:
        self.limits = thresholds
        self.trust = trust
        self.tension = tension
        self.machine = attach(self, CustomerState, TRANSITIONS, S.GUARDED)

    # Conditions, named in TRANSITIONS above.
    def breaks_off(self) -> bool:
        """The customer has had enough."""
        return self.trust <= self.limits.withdraw_trust or self.tension >= self.limits.withdraw_tension

    def feels_open(self) -> bool:
        """Trust is high and the strain is low."""
        return self.trust >= self.limits.open_trust and self.tension < self.limits.open_max_tension

    def is_exploring(self) -> bool:
        """Enough trust to look at the problem together."""
        return self.trust >= self.limits.exploring_trust and self.tension < self.limits.exploring_max_tension

    def is_resisting(self) -> bool:
        """Strain is high or trust very low."""
        return self.tension >= self.limits.resisting_tension or self.trust < self.limits.resisting_trust

    @property
    def ended(self) -> bool:
        """True once the customer is in one of the endings."""
        return self.state in ENDINGS

    def move_meters(self, trust: int, tension: int) -> None:
        """Set the meters, then let the customer settle into the state they imply."""
        self.trust, self.tension = trust, tension
        self.settle()  # type: ignore[attr-defined]  # added by the machine
