"""The look of the program: the style sheet in `assets/styles/app.qss`, the base font, and the few colours
that hand-painted widgets (meters, avatar placeholder) need, kept in step with the style sheet.

The asset folder comes from `simulator.bundled` rather than from `simulator.scenario`, because importing the
scenario layer (pydantic) before the window shows would double the start-up time.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from ...bundled import assets_dir

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

ASSETS_DIR = assets_dir()
STYLE_SHEET = ASSETS_DIR / "styles" / "app.qss"
APP_ICON = ASSETS_DIR / "icons" / "app.svg"


BASE_POINT_SIZE = 10.5
STYLE = "Fusion"
STYLE_ARGUMENTS = ["-style", STYLE]
"""Given to a new QApplication: the style is then set in C++, without a Python wrapper of QStyle (see apply_theme)."""


def light_palette() -> QPalette:
    """The light palette the style sheet is drawn for, in every colour group, whatever the system's scheme."""
    colours = {
        QPalette.ColorRole.Window: "#f4f5f7",
        QPalette.ColorRole.WindowText: "#1d2433",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f4f5f7",
        QPalette.ColorRole.Text: "#1d2433",
        QPalette.ColorRole.Button: "#eef0f3",
        QPalette.ColorRole.ButtonText: "#1d2433",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#1d2433",
        QPalette.ColorRole.ToolTipText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#5b6472",
        QPalette.ColorRole.Highlight: "#2456c9",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#2456c9",
        QPalette.ColorRole.LinkVisited: "#5b3fb0",
        QPalette.ColorRole.Light: "#ffffff",
        QPalette.ColorRole.Midlight: "#eef0f3",
        QPalette.ColorRole.Mid: "#c9ced6",
        QPalette.ColorRole.Dark: "#98a2b3",
        QPalette.ColorRole.Shadow: "#5b6472",
    }
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#98a2b3"))
    return palette


def apply_theme(app: QApplication, *, style_set: bool = False) -> None:
    """Set Fusion, the light palette, the base font and the style sheet; a missing or unreadable sheet leaves
    Qt's default look.

    The style sheet is drawn for light colours, so the palette is forced light too: under a dark system scheme
    the platform's dark palette would otherwise give dialogs (message boxes, file dialogs) dark text on dark.
    Fusion honours the palette on every platform, where native styles may not.

    `style_set`: the application was created with STYLE_ARGUMENTS, so Fusion is already its style. That is how
    the program starts: `app.setStyle()` hands back a QStyle to Python, and PySide6 then builds the QStyle
    class's eighteen enums (about 600 members) before the first frame, a tenth of the start-up time.
    """
    if not style_set:
        app.setStyle(STYLE)
    app.setPalette(light_palette())
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
