"""The block the practice mode's screens open with: a title over a line that says more (the library's name and
purpose; the practice screen's scenario and how far along it is)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ..kit.widgets import PlainLabel


def title_block(
    parent: QWidget, title_style: str, subtitle_style: str, spacing: int
) -> tuple[QVBoxLayout, PlainLabel, PlainLabel]:
    """A column of two wrapping labels, empty until the screen fills them in: (column, title, subtitle)."""
    column = QVBoxLayout()
    column.setSpacing(spacing)
    title = PlainLabel("", parent, object_name=title_style)
    subtitle = PlainLabel("", parent, object_name=subtitle_style)
    column.addWidget(title)
    column.addWidget(subtitle)
    return column, title, subtitle


def header_row(
    parent: QWidget, title_style: str, subtitle_style: str, *, spacing: int, title_spacing: int
) -> tuple[QHBoxLayout, QVBoxLayout, PlainLabel, PlainLabel]:
    """A screen's top row with its title block on the left taking the free width (the screen adds what goes on
    the right): (row, title column, title, subtitle)."""
    row = QHBoxLayout()
    row.setSpacing(spacing)
    column, title, subtitle = title_block(parent, title_style, subtitle_style, title_spacing)
    row.addLayout(column, 1)
    return row, column, title, subtitle
