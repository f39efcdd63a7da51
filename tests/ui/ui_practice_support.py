"""Helpers of the practice-window tests: the mini scenario's paths and good path, starting it from the library,
and reading what a user could see."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from simulator.ui.main_window import MainWindow

DATA = Path(__file__).resolve().parents[1] / "data"
MINI = DATA / "mini.yaml"
MINI_ASSETS = DATA / "assets"
# The mini scenario's good path (ask, name it, summarise twice, propose) ends committed.
GOOD_PATH = ["open-ask", "middle-name", "close-summarize", "close-summarize", "close-propose"]


def option_button_for(window: MainWindow, option_id: str):
    """The visible answer button for `option_id`."""
    return next(b for b in window.practice.options.visible_buttons() if b.option_id == option_id)


def number_of(window: MainWindow, option_id: str) -> int:
    """The number (1-5) `option_id` has now: answers are numbered in the order the session drew."""
    assert window.session is not None
    return [option.id for option in window.session.options].index(option_id) + 1


def start_mini(window: MainWindow, qtbot) -> None:
    """Click the mini scenario's Start button in the library."""
    from PySide6.QtCore import Qt

    card = window.library.scenario_cards()[0]
    qtbot.mouseClick(card.start, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.practice
    window.practice.min_turn_interval_ms = 0  # tests click faster than any person


def visible_texts(widget) -> list[str]:
    """The texts of every visible label and button under `widget` (what a user could read)."""
    from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

    QApplication.processEvents()  # widgets added to a visible layout are shown on the next event-loop turn
    found = []
    for child in widget.findChildren(QLabel):
        if child.isVisibleTo(widget) and child.text():
            found.append(child.text())
    for child in widget.findChildren(QAbstractButton):
        if child.isVisibleTo(widget) and child.text():
            found.append(child.text())
    return found


class Disk:
    """The session writer, switchable between working and full."""

    def __init__(self, monkeypatch) -> None:
        from simulator.engine import storage

        self.full = False
        self.attempts = 0
        real = storage.atomic_write_text

        def write(path, text):
            self.attempts += 1
            if self.full:
                raise OSError(28, "No space left on device", str(path))
            real(path, text)

        monkeypatch.setattr(storage, "atomic_write_text", write)
