"""The customer's face: an SVG drawn in a circle, or the initials when there is none.

Which file a scenario's avatar path names is decided in one place, `simulator.scenario.avatars`, for the window,
the command line and the validator alike; paths never lead out of their folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QWidget

from . import palette

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

    from ...scenario import Scenario


def avatar_file(scenario: Scenario, expression: str) -> Path:
    """The picture of `scenario`'s customer with `expression`: the same lookup as the command line and the
    validator use (beside the scenario file, then the bundled assets, else the neutral default)."""
    from ...scenario.avatars import avatar_file as lookup  # the scenario layer loads after the window shows

    return lookup(scenario, expression)


class Avatar(QWidget):
    """The customer's face from an SVG in the asset folder, drawn in a circle; initials when there is none."""

    def __init__(self, size: int = 128, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._size = size
        self._path: Path | None = None
        self._renderer: object | None = None
        self._initials = ""
        self.setFixedSize(size, size)
        self.setObjectName("avatar")

    def sizeHint(self) -> QSize:
        return QSize(self._size, self._size)

    def set_size(self, size: int) -> None:
        """Change the diameter."""
        self._size = size
        self.setFixedSize(size, size)

    def show_face(self, path: Path | None, name: str) -> None:
        """Show the SVG at `path` (None or unreadable: the initials of `name`)."""
        self._initials = "".join(part[0] for part in name.split()[:2]).upper()
        if path != self._path:
            self._path = path
            self._renderer = None
            if path is not None:
                # QtSvg is loaded on first use: importing it at start-up costs time before the window shows.
                from PySide6.QtSvg import QSvgRenderer

                renderer = QSvgRenderer(str(path))
                self._renderer = renderer if renderer.isValid() else None
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            area = QRectF(self.rect()).adjusted(1, 1, -1, -1)
            clip = QPainterPath()
            clip.addEllipse(area)
            painter.setClipPath(clip)
            painter.fillRect(area, palette.AVATAR_GROUND)
            renderer = self._renderer
            if renderer is not None:
                view = renderer.defaultSize()  # type: ignore[attr-defined]
                if view.width() > 0 and view.height() > 0:
                    scale = min(area.width() / view.width(), area.height() / view.height())
                    width, height = view.width() * scale, view.height() * scale
                    target = QRectF(area.center().x() - width / 2, area.center().y() - height / 2, width, height)
                else:
                    target = area
                renderer.render(painter, target)  # type: ignore[attr-defined]
            else:
                font = QFont(self.font())
                font.setPointSizeF(max(10.0, self._size / 4.5))
                font.setBold(True)
                painter.setFont(font)
                painter.setPen(palette.ACCENT)
                painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self._initials or "?")
            painter.setClipping(False)
            painter.setPen(QPen(palette.BORDER, 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(area)
        finally:
            painter.end()
