"""Autosave off the click path: a session file written on a worker thread, in order, flushed before the next move.

Writing a session file safely costs two fsyncs (10-30 ms on an ordinary disk), more than a frame. The session
takes a snapshot of its document on the caller's thread (well under a millisecond) and hands it to one worker
thread, which encodes and writes it atomically; writes happen in the order they were handed over. Before the
session plays or takes back another turn it waits for the writes still under way (`Session.choose` and `undo`),
so a turn is on disk before the next input is acted on: a crash or `kill -9` can lose at most the turn the player
is still looking at, never one they have answered after.

A writer may be given a `delay`: the worker then starts each write that long after it was handed over, unless the
session asks for it sooner (`wait`). A window uses this to keep the encoding (which holds Python's interpreter
lock for a millisecond or two) out of the frame that shows the turn.

A failed write is kept and reported once, as an `OSError`, by the next `wait()` (so by the next `choose` or
`undo`, like a synchronous save's error), or through `on_failed` when one is given (called on the worker thread).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any


class BackgroundWriter:
    """One worker thread that writes session documents in the order they are submitted."""

    def __init__(self, on_failed: Callable[[OSError], None] | None = None, *, delay: float = 0.0) -> None:
        self.on_failed = on_failed
        self.delay = delay
        self._hurry = threading.Event()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        self._pending: list[Future[None]] = []
        self._lock = threading.Lock()
        self._failure: OSError | None = None

    def submit(self, path: Path, document: dict[str, Any]) -> None:
        """Write `document` to `path` after every write submitted before it."""
        future = self._executor.submit(self._write, Path(path), document)
        self._pending = [pending for pending in self._pending if not pending.done()]
        self._pending.append(future)

    def wait(self) -> None:
        """Return once every submitted write is done; raise the first failure not yet reported (without `on_failed`)."""
        pending, self._pending = self._pending, []
        self._hurry.set()
        try:
            for future in pending:
                future.result()
        finally:
            self._hurry.clear()
        with self._lock:
            failure, self._failure = self._failure, None
        if failure is not None:
            raise failure

    def finish(self) -> None:
        """Wait for the writes under way, without raising their failures (for a program that is closing)."""
        pending, self._pending = self._pending, []
        self._hurry.set()
        try:
            for future in pending:
                future.exception()
        finally:
            self._hurry.clear()

    def _write(self, path: Path, document: dict[str, Any]) -> None:
        from .storage import write_document

        if self.delay > 0:
            self._hurry.wait(self.delay)
        try:
            write_document(document, path)
        except OSError as error:
            if self.on_failed is not None:
                self.on_failed(error)
                return
            with self._lock:
                if self._failure is None:
                    self._failure = error
