"""The house way to attach a `transitions` state machine to a plain model: the states an Enum, no automatic
`to_<state>` triggers, and the table checked (at import, by the module that owns it) because `transitions`
checks nothing until a trigger fires: an unknown destination fails only then, an unknown initial state is
silently added. The tables are the engine's own, fixed in code; nothing from a file becomes a state, a trigger
or a callback.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from transitions import Machine

Table = list[dict[str, Any]]
"""Transitions as `transitions` takes them: trigger, source (a state, a list of them or "*"), dest (None: an
internal transition), and optional conditions and callbacks named by the model's methods."""


def check_table(name: str, table: Table, states: type[Enum], initial: Enum) -> None:
    """Raise RuntimeError, naming the machine `name`, when a row of `table` names a state that `states` lacks,
    or when a state other than `initial` is the destination of no row."""
    known = set(states)
    for row in table:
        sources = row["source"] if isinstance(row["source"], list) else [row["source"]]
        for state in [*sources, row["dest"]]:
            if state not in known and state not in ("*", None):
                raise RuntimeError(f"{name}: unknown state {state!r}")
    reachable = {row["dest"] for row in table if row["dest"] is not None} | {initial}
    if reachable != known:
        raise RuntimeError(f"{name}: unreachable states {sorted(map(str, known - reachable))}")


def attach(model: object, states: type[Enum], table: Table, initial: Enum, *, lenient: bool = False) -> Machine:
    """Build the machine on `model`; `lenient` lets a trigger without a transition from the current state do
    nothing (and return False) instead of raising."""
    return Machine(
        model=model,
        states=states,
        transitions=table,
        initial=initial,
        auto_transitions=False,
        ignore_invalid_triggers=lenient,
    )
