"""Shared test set-up: Qt runs offscreen, and the data folder is a fresh temporary folder for every test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATA = Path(__file__).parent / "data"
MINI = DATA / "mini.yaml"
MINI_ASSETS = DATA / "assets"


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep every test's sessions and settings out of the user's real folders."""
    folder = tmp_path / "data"
    monkeypatch.setenv("SIMULATOR_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def mini():
    """The small test scenario."""
    from simulator.scenario import load_scenario

    return load_scenario(MINI, assets_dir=MINI_ASSETS)
