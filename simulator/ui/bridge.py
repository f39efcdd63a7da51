"""The one place where the engine meets Qt: each engine hook of a session is re-emitted as a Qt signal.

Widgets call the session's commands (`choose`, `undo`) themselves and learn what happened only from these
signals, the way Plover's `gui_qt/engine.py` wraps its engine hooks: the bridge subscribes to every name in the
engine's `HOOKS` list and emits the signal of the same name in camel case (`turn_played` -> `turnPlayed`). A
test checks that every hook has its signal, so a new hook cannot go unbridged.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, SignalInstance

if TYPE_CHECKING:
    from ..engine import Session


def signal_name(hook: str) -> str:
    """The bridge's signal for an engine hook: the hook's name in camel case."""
    first, *rest = hook.split("_")
    return first + "".join(word.capitalize() for word in rest)


class SessionBridge(QObject):
    """Signals for one session's hooks; `detach()` stops listening (call it before dropping the session)."""

    turnPlayed = Signal(object)
    """A turn was played (the `Turn`)."""
    stateChanged = Signal(str, str)
    """The customer's state changed (old, new)."""
    needUncovered = Signal(str)
    """A need was uncovered (its id)."""
    sessionEnded = Signal(str)
    """The conversation ended (the outcome)."""
    turnUndone = Signal(object)
    """A turn was taken back (the `Turn` removed)."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        from ..engine.events import HOOKS

        super().__init__(parent)
        self.session = session
        self._listeners: dict[str, Callable[..., Any]] = {hook: self._relay(hook) for hook in HOOKS}
        for hook, listener in self._listeners.items():
            session.subscribe(hook, listener)

    def signal_for(self, hook: str) -> SignalInstance:
        """The signal that re-emits `hook`."""
        signal = getattr(self, signal_name(hook), None)
        if not isinstance(signal, SignalInstance):
            raise LookupError(f"the engine hook {hook!r} has no signal {signal_name(hook)!r} on the bridge")
        return signal

    def _relay(self, hook: str) -> Callable[..., None]:
        signal = self.signal_for(hook)

        def relay(*args: Any) -> None:
            # The engine's enum values (states, outcomes) go out as plain strings.
            signal.emit(*(str(arg) if isinstance(arg, str) else arg for arg in args))

        return relay

    def detach(self) -> None:
        """Stop listening to the session."""
        for hook, listener in self._listeners.items():
            self.session.hooks.unsubscribe(hook, listener)
        self._listeners = {}
