"""Where the replay finds the user's data folder (for the archive of sessions and new tries)."""

from __future__ import annotations

from pathlib import Path

from ..settings import resolve_data_dir as app_data_dir


def resolve_data_dir(data_dir: Path | None) -> Path:
    """The data folder given by the app, else the app's own rule (SIMULATOR_DATA_DIR, then the platform's folder).

    The platform's folder depends on the organisation and application names, which `simulator.app` sets; a
    caller outside the app (such as the command line) passes `data_dir` or sets those names first.
    """
    return Path(data_dir) if data_dir is not None else app_data_dir()
