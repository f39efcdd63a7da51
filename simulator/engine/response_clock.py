"""How long the room took to choose an answer in classroom mode, not counting the time the screen was frozen for
discussion or blanked: a discussion is part of the lesson, not of the answer's response time.
"""

from __future__ import annotations

import time
from collections.abc import Callable


class ResponseClock:
    """A stopwatch that can be held (paused) and let go; `now` is replaceable for tests."""

    def __init__(self, now: Callable[[], float] = time.monotonic) -> None:
        self.now = now
        self._started = now()
        self._held_since: float | None = None
        self._held = 0.0

    def restart(self) -> None:
        """Start counting from zero (the answers have just been shown); a hold in force stays in force."""
        self._started = self.now()
        self._held = 0.0
        if self._held_since is not None:
            self._held_since = self._started

    def hold(self, held: bool) -> None:
        """Stop counting (`held`) or count again; repeated calls with the same value change nothing."""
        if held and self._held_since is None:
            self._held_since = self.now()
        elif not held and self._held_since is not None:
            self._held += self.now() - self._held_since
            self._held_since = None

    def elapsed_ms(self) -> int:
        """Milliseconds counted since the last restart, without the held time."""
        now = self.now()
        held = self._held + (now - self._held_since if self._held_since is not None else 0.0)
        return max(0, int((now - self._started - held) * 1000))
