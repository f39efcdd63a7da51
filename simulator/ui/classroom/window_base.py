"""What the two classroom windows (the projector and the presenter view) have in common: the keys belong to the
window (it claims the program's shortcuts so a classroom key never triggers a menu), its dark background is
styled at its root, and closing it from outside asks to leave classroom mode while the controller's own closing
does not.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget

from .keys import claims_shortcut
from .look import ScaledLayouts


class ClassroomWindow(QWidget):
    """A classroom window named `root_name` (its style sheet's root), sized by one scale factor."""

    actionTriggered = Signal(object, int)
    """A key with a classroom action was pressed: (`Action`, number for number keys)."""
    closeRequested = Signal()
    """The window is being closed from outside (the window manager): leave classroom mode."""

    def __init__(self, root_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(root_name)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scale = 0.0
        self.layouts = ScaledLayouts()
        self._closing_on_purpose = False

    def event(self, event: QEvent) -> bool:
        if claims_shortcut(event):
            return True
        return super().event(event)

    def close_on_purpose(self) -> None:
        """Close without asking to leave classroom mode (the controller is already leaving)."""
        self._closing_on_purpose = True
        self.close()
        self._closing_on_purpose = False

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing_on_purpose:
            self.closeRequested.emit()
        super().closeEvent(event)
