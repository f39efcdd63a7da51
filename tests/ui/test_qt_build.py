"""The installed PySide6 build must not leak references to None (6.12.0 does, and aborts Python 3.11)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_qt_calls_keep_none_alive() -> None:
    """A thousand calls of a Qt method returning nothing leave None's reference count as it was."""
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(1000):
        probe.setObjectName("probe")
    assert sys.getrefcount(None) >= before - 10, "this PySide6 build drops references to None; pin another"
