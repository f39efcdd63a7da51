"""The look of the program: the style sheet in `assets/styles/app.qss`, the base font, and the few colours
that hand-painted widgets (meters, avatar placeholder) need, kept in step with the style sheet.

The asset folder comes from `simulator.bundled` rather than from `simulator.scenario`, because importing the
scenario layer (pydantic) before the window shows would double the start-up time.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from ..bundled import assets_dir

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

ASSETS_DIR = assets_dir()
STYLE_SHEET = ASSETS_DIR / "styles" / "app.qss"
APP_ICON = ASSETS_DIR / "icons" / "app.svg"


BASE_POINT_SIZE = 10.5


def apply_theme(app: QApplication) -> None:
    """Set the base font and the style sheet; a missing or unreadable sheet leaves Qt's default look."""
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE)
    app.setFont(font)
    with contextlib.suppress(OSError):
        app.setStyleSheet(STYLE_SHEET.read_text(encoding="utf-8"))


def app_icon() -> QIcon:
    """The program's icon (an empty icon if the file is missing); loaded after the window shows."""
    from PySide6.QtGui import QIcon

    return QIcon(str(APP_ICON)) if APP_ICON.is_file() else QIcon()


def polish(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property used by a selector changed.

    A widget not yet polished is left alone: Qt polishes it (with the new property) when it is first shown, and
    polishing twice is one of the costlier things a style sheet does.
    """
    from PySide6.QtCore import Qt  # not at import: `Qt` is costly to touch before the first paint

    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        widget.style().unpolish(widget)
        widget.style().polish(widget)
