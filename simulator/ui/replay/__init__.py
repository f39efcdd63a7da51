"""Replay and debrief of saved sessions: the replay window (timeline, curves, what the customer felt, trying
another option, notes, export) and the history of past sessions with the trend of their measures.

Entry points for the main window and the command line:

    open_replay(path, parent) -> ReplayWindow | None   # a dialog names a bad file
    run_replay(path) -> int                            # python -m simulator replay FILE
    HistoryView(data_dir)                              # emits sessionActivated(Path)
"""

from .history import HistoryView
from .window import ReplayWindow, open_replay, run_replay

__all__ = ["HistoryView", "ReplayWindow", "open_replay", "run_replay"]
