"""Small helpers shared by the parts of the projector view: plain-text labels that wrap, style properties,
and the size policy that lets the window, not a label's guess, decide a part's height.
"""

from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy, QWidget

from ..kit import theme
from ..kit.widgets import PlainLabel


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
