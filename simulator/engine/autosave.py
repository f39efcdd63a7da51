"""Autosave off the click path: a session file written on a worker thread, in order, flushed before the next move.

Writing a session file safely costs two fsyncs (10-30 ms on an ordinary disk), more than a frame. The session
takes a snapshot of its document on the caller's thread (well under a millisecond) and hands it to one worker
thread, which encodes and writes it atomically; writes happen in the order they were handed over. Before the
session plays or takes back another turn it waits for the writes still under way (`Session.choose` and `undo`),
so a turn is on disk before the next input is acted on: a crash or `kill -9` can lose at most the turn the player
is still looking at, never one they have answered after.

A writer may be given a `schedule`: a function that runs a callable a little later on the caller's thread (a window
passes a Qt single-shot timer). The snapshots are then handed to the worker only when that runs, or at once when
the session asks (`wait`): waking the worker and encoding the file (which holds Python's interpreter lock for a
millisecond or two) stay out of the frame that shows the turn. Snapshots of one file still waiting are merged:
only the newest is written, as it holds every turn.

A failed write is kept and reported once, as an `OSError`, by the next `wait()` (so by the next `choose` or
`undo`, like a synchronous save's error), or through `on_failed` when one is given (called on the worker thread;
`on_saved` likewise hears of each write that succeeded).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any


class BackgroundWriter:
    """One worker thread that writes session documents in the order they are submitted."""

    def __init__(
        self,
        on_failed: Callable[[OSError], None] | None = None,
        *,
        on_saved: Callable[[], None] | None = None,
        schedule: Callable[[Callable[[], None]], None] | None = None,
    ) -> None:
        self.on_failed = on_failed
        self.on_saved = on_saved
        self.schedule = schedule
        self._waiting: dict[Path, dict[str, Any]] = {}
        self._scheduled = False
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        self._pending: list[Future[None]] = []
        self._lock = threading.Lock()
        self._failure: OSError | None = None

    def submit(self, path: Path, document: dict[str, Any]) -> None:
        """Write `document` to `path` after every write submitted before it."""
        self._waiting.pop(Path(path), None)
        self._waiting[Path(path)] = document  # the newest snapshot of a file replaces an older one still waiting
        if self.schedule is None:
            self._hand_over()
        elif not self._scheduled:
            self._scheduled = True
            self.schedule(self._hand_over)

    def _hand_over(self) -> None:
        """Give the waiting snapshots to the worker, in the order they came."""
        self._scheduled = False
        waiting, self._waiting = self._waiting, {}
        self._pending = [pending for pending in self._pending if not pending.done()]
        for path, document in waiting.items():
            self._pending.append(self._executor.submit(self._write, path, document))

    def wait(self) -> None:
        """Return once every submitted write is done; raise the first failure not yet reported (without `on_failed`)."""
        self._hand_over()
        pending, self._pending = self._pending, []
        for future in pending:
            future.result()
        with self._lock:
            failure, self._failure = self._failure, None
        if failure is not None:
            raise failure

    def finish(self) -> None:
        """Wait for the writes under way, without raising their failures (for a program that is closing)."""
        self._hand_over()
        pending, self._pending = self._pending, []
        for future in pending:
            future.exception()

    def _write(self, path: Path, document: dict[str, Any]) -> None:
        from .storage import write_document

        try:
            write_document(document, path)
        except OSError as error:
            if self.on_failed is not None:
                self.on_failed(error)
                return
            with self._lock:
                if self._failure is None:
                    self._failure = error
        else:
            if self.on_saved is not None:
                self.on_saved()
