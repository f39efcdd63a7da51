"""The trust journey on the projector's ending screen: trust from the start through every turn, as one line
the room can read from the back, with the biggest rise and fall marked so the class can talk about them.

Painted in the classroom colours, sized from the widget's font like everything else on the projector.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from . import look


class TrustJourney(QWidget):
    """A line of trust values (start value first), with the turns along the bottom."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trustJourney")
        self._values: tuple[int, ...] = ()
        self._marks: dict[int, str] = {}
        # Taller where the screen has the room (its size hint is the least it needs), so a 1920x1080 projector
        # shows the class a large line instead of an empty lower half.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_values(self, values: Sequence[int], marks: dict[int, str] | None = None) -> None:
        """Show `values` (trust at the start, then after each turn); `marks` tags points ("good"/"bad")."""
        self._values = tuple(values)
        self._marks = dict(marks or {})
        self.setAccessibleName(self.tr("Trust, turn by turn: {0}").format(", ".join(map(str, self._values))))
        self.update()

    def values(self) -> tuple[int, ...]:
        """The values shown."""
        return self._values

    def sizeHint(self) -> QSize:
        line = QFontMetricsF(self.font()).height()
        return QSize(round(line * 16), round(line * 7))

    def minimumSizeHint(self) -> QSize:
        return QSize(round(QFontMetricsF(self.font()).height() * 8), self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        font = QFont(self.font())
        metrics = QFontMetricsF(font)
        line = metrics.height()
        left = metrics.horizontalAdvance("100") + line * 0.5
        area = QRectF(left, line * 0.5, self.width() - left - line * 0.5, self.height() - line * 2.0)
        painter.setFont(font)
        thin = max(1.0, line / 18)
        for level in (0, 25, 50, 75, 100):
            y = area.bottom() - area.height() * level / 100
            painter.setPen(QPen(look.LINE, thin))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(look.SOFT)
            painter.drawText(
                QRectF(0, y - line / 2, left - line * 0.3, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(level),
            )
        values = self._values
        if len(values) < 2:
            return
        step = area.width() / (len(values) - 1)
        points = [
            QPointF(area.left() + index * step, area.bottom() - area.height() * value / 100)
            for index, value in enumerate(values)
        ]
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        painter.setPen(QPen(look.ACCENT, line / 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        radius = line / 4
        labels_every = max(1, round(len(values) / 12))
        for index, point in enumerate(points):
            mark = self._marks.get(index)
            colour = look.GOOD if mark == "good" else look.BAD if mark == "bad" else look.ACCENT
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(point, radius * (1.8 if mark else 1.0), radius * (1.8 if mark else 1.0))
            if index % labels_every == 0 or index == len(points) - 1:
                painter.setPen(look.SOFT)
                label = self.tr("start") if index == 0 else str(index)
                width = metrics.horizontalAdvance(label) + line
                x = point.x() - width / 2
                if index == 0:
                    x = point.x() - line * 0.3  # the first label reads from the axis rightwards
                elif index == len(points) - 1:
                    x = min(x, area.right() + line * 0.5 - width)
                painter.drawText(
                    QRectF(x, area.bottom() + line * 0.3, width, line),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                    if index == 0
                    else Qt.AlignmentFlag.AlignCenter,
                    label,
                )
