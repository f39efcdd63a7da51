"""The engine's only way out: named hooks that listeners subscribe to (after Plover's engine hooks).

Hook names are past tense and fixed; subscribing to an unknown name is an error, so a typo cannot silently
disconnect a view. The Qt bridge in `simulator.ui` turns each hook into a signal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

HOOKS: tuple[str, ...] = ("turn_played", "state_changed", "need_uncovered", "session_ended", "turn_undone")

Listener = Callable[..., Any]


class Hooks:
    """A fixed set of hooks, each with its listeners in subscription order."""

    def __init__(self) -> None:
        self._listeners: dict[str, list[Listener]] = {name: [] for name in HOOKS}

    def subscribe(self, hook: str, listener: Listener) -> None:
        """Call `listener` whenever `hook` fires."""
        self._check(hook)
        self._listeners[hook].append(listener)

    def unsubscribe(self, hook: str, listener: Listener) -> None:
        """Stop calling `listener` for `hook`."""
        self._check(hook)
        self._listeners[hook].remove(listener)

    def fire(self, hook: str, *args: Any) -> None:
        """Call every listener of `hook` with `args`."""
        for listener in list(self._listeners[hook]):
            listener(*args)

    @staticmethod
    def _check(hook: str) -> None:
        if hook not in HOOKS:
            raise ValueError(f"unknown hook {hook!r}; the hooks are {', '.join(HOOKS)}")
