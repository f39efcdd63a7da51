"""The real dialogs behind the view protocol (`view.py`): a problem in a plain-text warning box, a file to open,
and where to save a file in one of a few formats. The windows answer their logic's questions with these; logic
tests answer them with a fake view instead.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from .view import ReportFormats


def show_problem(parent: QWidget | None, title: str, text: str, details: str = "", *, name: str = "problem") -> None:
    """A warning box; its text is plain text (it may quote a file name), `details` folds out when given."""
    show_message(parent, "warning", title, text, details, name=name)


def show_message(
    parent: QWidget | None, kind: str, title: str, text: str, details: str = "", *, name: str = "message"
) -> None:
    """A message box ("warning" or "information") with plain text; `details` folds out when given."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox  # dialogs load on first use, not at start-up

    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setIcon(QMessageBox.Icon.Warning if kind == "warning" else QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if details:
        box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def ask_open_path(parent: QWidget | None, title: str, folder: Path, filters: str) -> Path | None:
    """Ask for an existing file, starting in `folder`; None when cancelled."""
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getOpenFileName(parent, title, str(folder), filters)
    return Path(name) if name else None


def ask_save_path(parent: QWidget | None, title: str, suggested: Path, formats: ReportFormats) -> Path | None:
    """Ask where to save a file in one of `formats`; a name typed without one of their suffixes gets the suffix
    of the chosen filter (the first format's when none is known). None when cancelled."""
    from PySide6.QtWidgets import QFileDialog

    labels = [label for label, _suffix in formats]
    suffixes = [suffix for _label, suffix in formats]
    name, chosen = QFileDialog.getSaveFileName(parent, title, str(suggested), ";;".join(labels))
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in suffixes:
        suffix = suffixes[labels.index(chosen)] if chosen in labels else suffixes[0]
        path = path.with_name(path.name + suffix)
    return path
