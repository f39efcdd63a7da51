"""The one place where the engine meets Qt: each engine hook of a session is re-emitted as a Qt signal.

Widgets call the session's commands (`choose`, `undo`) themselves and learn what happened only from these
signals, the way Plover's `gui_qt/engine.py` wraps its engine hooks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from ..engine import Session


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
        super().__init__(parent)
        self.session = session
        self._listeners: dict[str, Callable[..., Any]] = {
            "turn_played": lambda turn: self.turnPlayed.emit(turn),
            "state_changed": lambda old, new: self.stateChanged.emit(str(old), str(new)),
            "need_uncovered": lambda need: self.needUncovered.emit(str(need)),
            "session_ended": lambda outcome: self.sessionEnded.emit(str(outcome)),
            "turn_undone": lambda turn: self.turnUndone.emit(turn),
        }
        for hook, listener in self._listeners.items():
            session.subscribe(hook, listener)

    def detach(self) -> None:
        """Stop listening to the session."""
        for hook, listener in self._listeners.items():
            self.session.hooks.unsubscribe(hook, listener)
        self._listeners = {}
