"""Which screen shows what in classroom mode: the projector view goes full screen on the projector, the
presenter view on the laptop screen, and the choice is remembered.

`plan_screens` decides from screen names alone (no Qt), so the rules are easy to test: one screen takes the
projector view; with several, the remembered one is used, a screen that was just plugged in is taken to be the
projector, and otherwise the trainer is asked with `ScreenPicker`. `ClassroomPreferences` keeps the choice
(and the text zoom) in the program's QSettings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent, QScreen
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from ..kit.widgets import PlainLabel
from .look import ZOOM_STEPS


@dataclass(frozen=True)
class ScreenPlan:
    """Where the two views go: screen keys (see `screen_key`), and whether the trainer should be asked."""

    projector: str
    presenter: str | None
    ask: bool = False


def plan_screens(
    keys: Sequence[str], primary: str | None, remembered: str | None, *, plugged_in: str | None = None
) -> ScreenPlan | None:
    """Plan the screens; None when there is no screen at all.

    `primary` is the system's primary screen (usually the laptop's own), `remembered` the projector chosen last
    time, `plugged_in` a screen that has just appeared while classroom mode runs.
    """
    if not keys:
        return None
    if len(keys) == 1:
        return ScreenPlan(keys[0], None)

    def laptop_for(projector: str) -> str:
        if primary is not None and primary in keys and primary != projector:
            return primary
        return next(key for key in keys if key != projector)

    if remembered is not None and remembered in keys:
        return ScreenPlan(remembered, laptop_for(remembered))
    if plugged_in is not None and plugged_in in keys:
        return ScreenPlan(plugged_in, laptop_for(plugged_in))
    suggestion = next((key for key in keys if key != primary), keys[0])
    return ScreenPlan(suggestion, laptop_for(suggestion), ask=True)


def screen_key(screen: QScreen) -> str:
    """A screen's name, or where it is when it has none (some systems leave names empty)."""
    name = screen.name().strip()
    if name:
        return name
    geometry = screen.geometry()
    return f"{geometry.x()},{geometry.y()} {geometry.width()}x{geometry.height()}"


class ClassroomPreferences:
    """The classroom settings kept in the program's QSettings: the projector screen and the text zoom."""

    def __init__(self, store: QSettings) -> None:
        self.store = store

    @property
    def screen(self) -> str | None:
        """The screen chosen as the projector last time."""
        value = self.store.value("classroom/screen")
        return str(value) if isinstance(value, str) and value else None

    @screen.setter
    def screen(self, key: str) -> None:
        self.store.setValue("classroom/screen", key)

    @property
    def zoom(self) -> float:
        """The trainer's text zoom on the projector (1.0 is the designed size)."""
        try:
            value = float(self.store.value("classroom/zoom", 1.0))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return 1.0
        return min(ZOOM_STEPS, key=lambda step: abs(step - value))

    @zoom.setter
    def zoom(self, value: float) -> None:
        self.store.setValue("classroom/zoom", value)


class ScreenPicker(QDialog):
    """Asks which screen is the projector: one big numbered button per screen; number keys pick too."""

    def __init__(self, screens: Sequence[QScreen], suggested: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screenPicker")
        self.chosen: str | None = None
        self.setWindowTitle(self.tr("Classroom mode"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        heading = PlainLabel(self.tr("Which screen is the projector?"), self, object_name="sectionTitle")
        note = PlainLabel(
            self.tr("The class sees the projector; your notes appear on the other screen. Press a number to choose."),
            self,
            object_name="muted",
        )
        layout.addWidget(heading)
        layout.addWidget(note)
        self.buttons: list[QPushButton] = []
        self._keys: list[str] = []
        for number, screen in enumerate(screens[:9], start=1):
            key = screen_key(screen)
            size = screen.size()
            text = self.tr("{0}   {1} — {2} × {3}").format(number, key, size.width(), size.height())
            if key == suggested:
                text += "   " + self.tr("(probably the projector)")
            button = QPushButton(text, self)
            button.setMinimumHeight(48)
            button.clicked.connect(lambda _checked=False, k=key: self._pick(k))
            layout.addWidget(button)
            self.buttons.append(button)
            self._keys.append(key)
            if key == suggested:
                button.setDefault(True)
                button.setFocus()
        self.setMinimumWidth(520)

    def _pick(self, key: str) -> None:
        self.chosen = key
        self.accept()

    def _number(self, event: QKeyEvent) -> int:
        number = event.key() - Qt.Key.Key_0
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        return number if plain and 1 <= number <= len(self._keys) else 0

    def event(self, event: QEvent) -> bool:
        # A number picks a screen here, whatever shortcut the program has for it elsewhere.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and self._number(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        number = self._number(event)
        if number:
            self._pick(self._keys[number - 1])
            return
        super().keyPressEvent(event)


# PySide ties a QScreen returned by `QWidget.screen()` to that widget and invalidates it when the widget goes,
# although the screen lives on; so the windows' screens are never asked for here, only set.


def ask_for_projector(screens: Sequence[QScreen], suggested: str) -> str | None:
    """Ask the trainer, on the laptop's screen, which screen is the projector; its key, or None if cancelled."""
    from PySide6.QtGui import QGuiApplication

    picker = ScreenPicker(screens, suggested)
    primary = QGuiApplication.primaryScreen()
    if primary is not None:
        picker.setScreen(primary)
    return picker.chosen if picker.exec() == QDialog.DialogCode.Accepted else None


def show_full_screen(window: QWidget, screen: QScreen) -> None:
    """Show `window` full screen on `screen` (moving it there first if it is elsewhere)."""
    if window.isVisible():
        window.showNormal()  # a full-screen window moves to another screen only from its normal state
    window.setScreen(screen)
    window.setGeometry(screen.geometry())
    window.showFullScreen()


def show_maximized(window: QWidget, screen: QScreen) -> None:
    """Show `window` maximised on `screen`."""
    if window.isVisible():
        window.showNormal()
    window.setScreen(screen)
    window.setGeometry(screen.availableGeometry())
    window.showMaximized()
