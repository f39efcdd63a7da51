"""Guard against a reference-count bug in the PySide6 build in use: every call of a Qt method returning void
drops one reference to `None` without having taken it (PySide6-Essentials 6.12.0 on Python 3.11). On Python
3.12+ `None` is immortal and nothing happens; on 3.11 the count reaches zero after a few thousand calls
(a few seconds of painting) and the interpreter aborts with "none_dealloc: deallocating None".

`protect_none()` probes for the bug with a harmless call and, only if it is present, gives `None` a reference
count so large that it can never run out. It is idempotent and does nothing on a fixed PySide6 or newer Python.
Remove this module once the project pins a PySide6 without the bug (or requires Python 3.12+).
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40  # a trillion leaked references: more void calls than any session makes
_applied = False


def _leaks_none() -> bool:
    """True if calling a void Qt method loses a reference to None."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(16):
        probe.setObjectName("probe")
    return sys.getrefcount(None) <= before - 8


def protect_none() -> bool:
    """Apply the guard if this PySide6 has the bug; returns True when it was applied (now or earlier)."""
    global _applied
    if _applied:
        return True
    if sys.version_info >= (3, 12) or not _leaks_none():
        return False
    # ob_refcnt is the first field of every object in CPython 3.11.
    ctypes.c_ssize_t.from_address(id(None)).value += _HEADROOM
    _applied = True
    return True
