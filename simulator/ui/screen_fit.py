"""Windows that fit the screen they open on: a window asks for its preferred size and gets at most what the
screen offers (less the task bar and the window's title bar), so its lower edge (a notes box, the status bar) is
never below the screen on a 1280x800 or 1366x768 laptop or projector.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget

FRAME_ALLOWANCE = QSize(16, 40)
"""Room left for the window manager's frame and title bar, which a window's own size does not include."""


def fitted_size(wanted: QSize, available: QRect) -> QSize:
    """`wanted`, shrunk to fit in `available` (a screen's available geometry) with its frame."""
    if available.isEmpty():
        return wanted
    return QSize(
        max(1, min(wanted.width(), available.width() - FRAME_ALLOWANCE.width())),
        max(1, min(wanted.height(), available.height() - FRAME_ALLOWANCE.height())),
    )


def keep_on_screen(window: QWidget) -> None:
    """Shrink `window` to its screen if it is larger (a size remembered from a bigger monitor), and move it back
    inside the screen."""
    screen = window.screen()
    if screen is None:
        return
    available = screen.availableGeometry()
    size = fitted_size(window.size(), available)
    if size != window.size():
        window.resize(size)
    x = min(max(window.x(), available.left()), available.right() - size.width())
    y = min(max(window.y(), available.top()), available.bottom() - size.height() - FRAME_ALLOWANCE.height())
    window.move(max(available.left(), x), max(available.top(), y))


def place_on_screen(window: QWidget, wanted: QSize) -> None:
    """Size `window` to `wanted` or as much of its screen as there is, and centre it there."""
    screen = window.screen()
    if screen is None:
        window.resize(wanted)
        return
    available = screen.availableGeometry()
    size = fitted_size(wanted, available)
    window.resize(size)
    window.move(
        available.center().x() - size.width() // 2,
        available.top() + max(0, (available.height() - size.height() - FRAME_ALLOWANCE.height()) // 2),
    )
