"""Replay and debrief of saved sessions: the replay window (timeline, curves, what the customer felt, trying
another option, notes, export) and the history of past sessions with the trend of their measures.

Entry points for the main window and the command line:

    open_replay(path, parent) -> ReplayWindow | None   # a dialog names a bad file
    run_replay(path) -> int                            # python -m simulator replay FILE
    HistoryView(data_dir)                              # emits sessionActivated(Path)

The names are imported on first use: the headless report (`simulator.ui.report`) uses this package's painting
and document modules and must not pull in the widgets, nor import the window that itself uses the report.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "HistoryView": "history",
    "ReplayWindow": "window",
    "open_replay": "window",
    "run_replay": "window",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
