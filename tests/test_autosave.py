"""Autosave on a worker thread: the click path does not wait for the disk, yet every turn is on disk before the
session acts on the next move, writes land in order, and a failed write is still reported."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest

from simulator.engine import Session, storage
from simulator.engine.autosave import BackgroundWriter


def saved_options(path: Path) -> list[str]:
    return [turn["option"] for turn in json.loads(path.read_text(encoding="utf-8"))["turns"]]


def test_choose_returns_before_the_write_and_the_next_move_waits_for_it(mini, tmp_path, monkeypatch):
    """A slow disk does not hold up `choose`; the next `choose` finds the previous turn already in the file."""
    path = tmp_path / "s.json"
    session = Session(mini, "en", seed=1)
    writer = BackgroundWriter()
    session.autosave_to(path, writer=writer)
    writer.wait()
    release = threading.Event()
    original = storage.atomic_write_text

    def slow_write(path: Path, text: str) -> None:
        release.wait(5)
        original(path, text)

    monkeypatch.setattr(storage, "atomic_write_text", slow_write)
    started = time.monotonic()
    session.choose("open-ask")
    assert time.monotonic() - started < 1.0, "choose waited for the disk"
    assert saved_options(path) == []
    seen_before_second_turn: list[list[str]] = []
    original_play = Session._play

    def play(self: Session, option_id: str, response_ms: int):
        seen_before_second_turn.append(saved_options(path))
        return original_play(self, option_id, response_ms)

    monkeypatch.setattr(Session, "_play", play)
    threading.Timer(0.2, release.set).start()
    session.choose("middle-name")
    assert seen_before_second_turn == [["open-ask"]]
    session.autosave_to(None)  # waits for the last write
    assert saved_options(path) == ["open-ask", "middle-name"]


def test_writes_land_in_the_order_they_were_made(mini, tmp_path):
    """Many quick turns and an undo end with the file holding exactly the session's final turns."""
    path = tmp_path / "s.json"
    session = Session(mini, "en", seed=1)
    session.autosave_to(path, writer=BackgroundWriter())
    for option_id in ["open-ask", "middle-name", "close-summarize"]:
        session.choose(option_id)
    session.undo()
    session.autosave_to(None)
    assert saved_options(path) == ["open-ask", "middle-name"]


def test_a_failed_background_write_is_raised_by_the_next_move(mini, tmp_path):
    """Without a failure callback, the next `choose` plays its turn and then raises the earlier write's OSError."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    session = Session(mini, "en", seed=1)
    session.autosave_to(blocker / "s.json", writer=BackgroundWriter())  # the first write fails on the worker
    with pytest.raises(OSError):
        session.choose("open-ask")
    assert [turn.option for turn in session.turns] == ["open-ask"]


def test_a_failed_background_write_reaches_the_callback(mini, tmp_path):
    """With a failure callback, the OSError goes there (from the worker) and `choose` does not raise."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    failures: list[OSError] = []
    writer = BackgroundWriter(on_failed=failures.append)
    session = Session(mini, "en", seed=1)
    session.autosave_to(blocker / "s.json", writer=writer)
    session.choose("open-ask")
    session.choose("middle-name")
    writer.finish()
    assert failures and all(isinstance(failure, OSError) for failure in failures)


def test_a_scheduled_hand_over_is_hurried_by_the_next_move(mini, tmp_path):
    """With a schedule that never runs, the snapshots wait; the next move hands them over and waits for the write."""
    path = tmp_path / "s.json"
    later: list[object] = []
    session = Session(mini, "en", seed=1)
    writer = BackgroundWriter(schedule=later.append)
    session.autosave_to(path, writer=writer)
    session.choose("open-ask")
    assert later, "the hand-over was scheduled"
    session.choose("middle-name")  # waits: the first turn is written before the second is played
    assert saved_options(path) == ["open-ask"]
    writer.finish()
    assert saved_options(path) == ["open-ask", "middle-name"]
