"""Small helpers shared by the parts of the projector view: plain-text labels that wrap, style properties,
and the size policy that lets the window, not a label's guess, decide a part's height.
"""

from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from ..kit import theme
from ..kit.widgets import PlainLabel
from .look import ScaledLayouts

BALANCE = (1, 2)
"""The free height above and below a page's content: a third above, two thirds below, as on a slide."""


def set_property(widget: QWidget, name: str, value: object) -> None:
    """Set a dynamic property used by a style sheet selector, re-polishing only when it changed."""
    if widget.property(name) != value:
        widget.setProperty(name, value)
        theme.polish(widget)


def wrapped(text: str, parent: QWidget, object_name: str) -> PlainLabel:
    """A word-wrapped plain-text label that grows in height as its text needs."""
    label = PlainLabel(text, parent, object_name=object_name)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


def fit_to_window(widget: QWidget) -> None:
    """Let the window decide `widget`'s height: a wrapped label's guessed minimum never makes the window grow
    past the screen. Whether the content fits is checked instead (`AudienceWindow.overflow`)."""
    policy = widget.sizePolicy()
    policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
    widget.setSizePolicy(policy)


def page_box(page: QWidget, layouts: ScaledLayouts, spacing: int, *, balanced: bool = True) -> QVBoxLayout:
    """The column layout of a page of the projector, whose height the window decides; a `balanced` page opens
    with its share of the free height above the content (it closes with `BALANCE[1]` below)."""
    fit_to_window(page)
    box = QVBoxLayout(page)
    layouts.add(box, 0, spacing)
    if balanced:
        box.addStretch(BALANCE[0])
    return box
