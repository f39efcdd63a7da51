"""Telling assistive technology that a value changed: a meter's new value and a sentence a screen reader
speaks ("Trust 42 of 100: some trust. Up 7 this turn."), so a blind player hears what a sighted one sees move.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent, QAccessibleValueChangeEvent
from PySide6.QtWidgets import QWidget

send: Callable[[QAccessibleEvent], None] = QAccessible.updateAccessibility
"""Where the events go (the platform's accessibility bridge; tests replace it to hear them)."""


def announce_value(widget: QWidget, value: int, sentence: str) -> None:
    """Report `widget`'s new `value` and have `sentence` spoken (politely: it waits for current speech)."""
    send(QAccessibleValueChangeEvent(widget, value))
    send(QAccessibleAnnouncementEvent(widget, sentence))
