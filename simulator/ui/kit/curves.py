"""Trust and tension over the turns of a session, painted by hand; the debrief, replay and reports reuse it.

Points are numbered like turns: point 0 is the start, point k holds the meters after turn k (turn numbers
count from 1, so a `Turn` with `index` i sits at point i + 1). `setSeries` takes the curves as
`session_measures(...).trust_curve` gives them (start value first), and `setCurrentTurn`, `setMarkers` and
`turnClicked` all speak in these point numbers.

Colour is never the only difference between the series: trust is a solid line with round dots, tension a
dashed line with square dots, and the overlay a dotted line with triangles.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QWidget

from .palette import AXIS as AXIS_COLOUR
from .palette import CHART_TEXT as TEXT_COLOUR
from .palette import GRID as GRID_COLOUR
from .palette import MARKER as MARKER_COLOUR
from .palette import OVERLAY as OVERLAY_COLOUR
from .palette import TENSION as TENSION_COLOUR
from .palette import TRUST as TRUST_COLOUR

CURRENT_COLOUR = QColor(TRUST_COLOUR.red(), TRUST_COLOUR.green(), TRUST_COLOUR.blue(), 28)


class CurvesWidget(QWidget):
    """A line chart of trust and tension per turn, with an optional second trust curve to compare against."""

    turnClicked = Signal(int)
    """The point (0 = start, k = after turn k) the user clicked near or moved to with the arrow keys."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._trust: list[int] = []
        self._tension: list[int] = []
        self._overlay: list[int] | None = None
        self._overlay_label = ""
        self._current: int | None = None
        self._markers: list[int] = []
        self._hover: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(320, 180)
        self.setObjectName("curves")
        self._describe()

    # ---- public API ---------------------------------------------------------------------------------------
    def setSeries(self, trust: Sequence[int], tension: Sequence[int]) -> None:
        """Show these curves: the start value first, then one value per turn."""
        self._trust = [int(v) for v in trust]
        self._tension = [int(v) for v in tension]
        if self._current is not None and self._current >= self._points():
            self._current = None
        self._describe()
        self.update()

    def setOverlay(self, trust: Sequence[int] | None, label: str = "") -> None:
        """Draw a second trust curve (such as an earlier attempt) under the main ones; None removes it."""
        self._overlay = None if trust is None else [int(v) for v in trust]
        self._overlay_label = label
        self._describe()
        self.update()

    def setCurrentTurn(self, turn: int | None) -> None:
        """Highlight point `turn` (None for no highlight)."""
        self._current = turn
        self._describe()
        self.update()

    def setMarkers(self, turns: Sequence[int]) -> None:
        """Mark turning points at these point numbers."""
        self._markers = sorted({int(t) for t in turns})
        self._describe()
        self.update()

    def currentTurn(self) -> int | None:
        """The highlighted point, if any."""
        return self._current

    def render_to_image(self, width: int, height: int) -> QImage:
        """The chart alone on a white background, for reports and exports."""
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("white"))
        painter = QPainter(image)
        try:
            painter.setFont(self.font())
            self._paint(painter, QRectF(0, 0, width, height), interactive=False)
        finally:
            painter.end()
        return image

    def sizeHint(self) -> QSize:
        return QSize(640, 260)

    # ---- geometry -----------------------------------------------------------------------------------------
    def _points(self) -> int:
        return max(len(self._trust), len(self._tension), len(self._overlay or []))

    def _plot_rect(self, area: QRectF, metrics: QFontMetricsF) -> QRectF:
        line = metrics.height()
        # Left: the rotated axis title, a gap, the widest value label, a gap. Bottom: labels and the axis title.
        left = area.left() + line + 10 + metrics.horizontalAdvance("100") + 10
        top = area.top() + line * 2.0
        right = area.right() - 16
        bottom = area.bottom() - (line * 2 + 14)
        return QRectF(QPointF(left, top), QPointF(max(left + 10, right), max(top + 10, bottom)))

    @staticmethod
    def _x(plot: QRectF, point: int, count: int) -> float:
        span = max(1, count - 1)
        return plot.left() + plot.width() * point / span

    @staticmethod
    def _y(plot: QRectF, value: float) -> float:
        return plot.bottom() - plot.height() * max(0.0, min(100.0, value)) / 100.0

    def _point_at(self, x: float) -> int | None:
        count = self._points()
        if count == 0:
            return None
        plot = self._plot_rect(QRectF(self.rect()), QFontMetricsF(self.font()))
        spacing = plot.width() / max(1, count - 1)
        nearest = round((x - plot.left()) / spacing) if spacing > 0 else 0
        nearest = max(0, min(count - 1, nearest))
        # "Near" means within half the distance to the next point (at least 24 px): clicks far off the plot miss.
        reach = max(spacing / 2, 24.0)
        return nearest if abs(self._x(plot, nearest, count) - x) <= reach else None

    # ---- painting -----------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter, QRectF(self.rect()), interactive=True)
        finally:
            painter.end()

    def _paint(self, painter: QPainter, area: QRectF, *, interactive: bool) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        font = QFont(painter.font())
        metrics = QFontMetricsF(font)
        plot = self._plot_rect(area, metrics)
        count = self._points()
        self._paint_grid(painter, plot, metrics, count)
        if count == 0:
            painter.setPen(TEXT_COLOUR)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No turns played yet"))
            self._paint_legend(painter, area, plot, metrics)
            return
        if self._current is not None and 0 <= self._current < count:
            x = self._x(plot, self._current, count)
            band = max(8.0, min(28.0, plot.width() / max(1, count - 1) * 0.5))
            painter.fillRect(QRectF(x - band / 2, plot.top(), band, plot.height()), CURRENT_COLOUR)
        self._paint_markers(painter, plot, metrics, count)
        if self._overlay:
            self._paint_series(painter, plot, self._overlay, count, OVERLAY_COLOUR, Qt.PenStyle.DotLine, "triangle")
        self._paint_series(painter, plot, self._tension, count, TENSION_COLOUR, Qt.PenStyle.DashLine, "square")
        self._paint_series(painter, plot, self._trust, count, TRUST_COLOUR, Qt.PenStyle.SolidLine, "circle")
        if interactive and self._hover is not None and self._hover < count:
            self._paint_hover(painter, plot, metrics, count, self._hover)
        if interactive and self.hasFocus():
            pen = QPen(TRUST_COLOUR, 1.5, Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(area.adjusted(1.5, 1.5, -1.5, -1.5), 6, 6)
        self._paint_legend(painter, area, plot, metrics)

    def _paint_grid(self, painter: QPainter, plot: QRectF, metrics: QFontMetricsF, count: int) -> None:
        painter.setPen(QPen(GRID_COLOUR, 1))
        for level in (0, 25, 50, 75, 100):
            y = self._y(plot, level)
            painter.setPen(QPen(AXIS_COLOUR if level == 0 else GRID_COLOUR, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(TEXT_COLOUR)
            label_rect = QRectF(plot.left() - 64, y - metrics.height() / 2, 56, metrics.height())
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(level))
        # X labels: "Start", then turn numbers; thinned out so that they never overlap.
        if count:
            label_width = max(metrics.horizontalAdvance(self.tr("Start")), metrics.horizontalAdvance("88")) + 10
            spacing = plot.width() / max(1, count - 1)
            step = 1
            while spacing * step < label_width and step < count:
                step += 1
            painter.setPen(TEXT_COLOUR)
            for point in range(count):
                if point % step and point != count - 1:
                    continue
                if point != count - 1 and count - 1 - point < step and point != 0:
                    continue  # leave room for the last label
                x = self._x(plot, point, count)
                text = self.tr("Start") if point == 0 else str(point)
                rect = QRectF(x - 40, plot.bottom() + 6, 80, metrics.height())
                painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)
        # Axis titles.
        painter.setPen(TEXT_COLOUR)
        title_rect = QRectF(plot.left(), plot.bottom() + metrics.height() + 10, plot.width(), metrics.height())
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self.tr("Turn"))
        painter.save()
        painter.translate(plot.left() - metrics.horizontalAdvance("100") - 20 - metrics.height() / 2, plot.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-plot.height() / 2, -metrics.height() / 2, plot.height(), metrics.height()),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("Level (0-100)"),
        )
        painter.restore()

    def _paint_markers(self, painter: QPainter, plot: QRectF, metrics: QFontMetricsF, count: int) -> None:
        for point in self._markers:
            if not 0 <= point < count:
                continue
            x = self._x(plot, point, count)
            painter.setPen(QPen(MARKER_COLOUR, 1.2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            diamond = QPolygonF(
                [
                    QPointF(x, plot.top() - 7),
                    QPointF(x + 6, plot.top()),
                    QPointF(x, plot.top() + 7),
                    QPointF(x - 6, plot.top()),
                ]
            )
            painter.setPen(QPen(QColor("white"), 1.5))
            painter.setBrush(MARKER_COLOUR)
            painter.drawPolygon(diamond)

    def _paint_series(
        self,
        painter: QPainter,
        plot: QRectF,
        values: list[int],
        count: int,
        colour: QColor,
        style: Qt.PenStyle,
        shape: str,
    ) -> None:
        if not values:
            return
        points = [QPointF(self._x(plot, i, count), self._y(plot, v)) for i, v in enumerate(values)]
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        pen = QPen(colour, 2.6 if shape == "circle" else 2.2, style)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        radius = 4.2 if len(points) < 30 else 2.6
        for index, point in enumerate(points):
            big = index == self._current
            self._paint_dot(painter, point, radius * (1.45 if big else 1.0), colour, shape)

    @staticmethod
    def _paint_dot(painter: QPainter, at: QPointF, radius: float, colour: QColor, shape: str) -> None:
        painter.setPen(QPen(colour, 1.8))
        if shape == "circle":
            painter.setBrush(colour)
            painter.drawEllipse(at, radius, radius)
        elif shape == "square":
            painter.setBrush(QBrush(QColor("white")))
            painter.drawRect(QRectF(at.x() - radius, at.y() - radius, radius * 2, radius * 2))
        else:
            painter.setBrush(QBrush(QColor("white")))
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(at.x(), at.y() - radius * 1.2),
                        QPointF(at.x() + radius * 1.1, at.y() + radius * 0.8),
                        QPointF(at.x() - radius * 1.1, at.y() + radius * 0.8),
                    ]
                )
            )

    def _paint_hover(self, painter: QPainter, plot: QRectF, metrics: QFontMetricsF, count: int, point: int) -> None:
        x = self._x(plot, point, count)
        painter.setPen(QPen(AXIS_COLOUR, 1, Qt.PenStyle.DotLine))
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        lines = [self.tr("Start") if point == 0 else self.tr("After turn {0}").format(point)]
        if point < len(self._trust):
            lines.append(self.tr("Trust {0}").format(self._trust[point]))
        if point < len(self._tension):
            lines.append(self.tr("Tension {0}").format(self._tension[point]))
        if self._overlay and point < len(self._overlay):
            lines.append(f"{self._overlay_label or self.tr('Compared')} {self._overlay[point]}")
        width = max(metrics.horizontalAdvance(line) for line in lines) + 16
        height = metrics.height() * len(lines) + 10
        left = x + 10 if x + 10 + width < plot.right() else x - 10 - width
        box = QRectF(left, plot.top() + 6, width, height)
        painter.setPen(QPen(GRID_COLOUR, 1))
        painter.setBrush(QColor(255, 255, 255, 240))
        painter.drawRoundedRect(box, 6, 6)
        painter.setPen(QColor("#1f2937"))
        for row, line in enumerate(lines):
            painter.drawText(
                QRectF(box.left() + 8, box.top() + 5 + row * metrics.height(), width, metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                line,
            )

    def _paint_legend(self, painter: QPainter, area: QRectF, plot: QRectF, metrics: QFontMetricsF) -> None:
        items: list[tuple[str, QColor, Qt.PenStyle, str]] = [
            (self.tr("Trust"), TRUST_COLOUR, Qt.PenStyle.SolidLine, "circle"),
            (self.tr("Tension"), TENSION_COLOUR, Qt.PenStyle.DashLine, "square"),
        ]
        if self._overlay:
            items.append((self._overlay_label or self.tr("Compared"), OVERLAY_COLOUR, Qt.PenStyle.DotLine, "triangle"))
        x = plot.left()
        y = area.top() + metrics.height() * 0.8
        for text, colour, style, shape in items:
            pen = QPen(colour, 2.4, style)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, y), QPointF(x + 28, y))
            self._paint_dot(painter, QPointF(x + 14, y), 3.6, colour, shape)
            painter.setPen(TEXT_COLOUR)
            advance = metrics.horizontalAdvance(text)
            painter.drawText(
                QRectF(x + 34, y - metrics.height() / 2, advance + 4, metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            x += 34 + advance + 22
        if self._markers:
            diamond = QPolygonF([QPointF(x + 6, y - 6), QPointF(x + 12, y), QPointF(x + 6, y + 6), QPointF(x, y)])
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(MARKER_COLOUR)
            painter.drawPolygon(diamond)
            painter.setPen(TEXT_COLOUR)
            text = self.tr("Turning point")
            painter.drawText(
                QRectF(x + 18, y - metrics.height() / 2, metrics.horizontalAdvance(text) + 4, metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )

    # ---- interaction --------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            point = self._point_at(event.position().x())
            if point is not None:
                self._select(point)
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hover = self._point_at(event.position().x())
        if hover != self._hover:
            self._hover = hover
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hover = None
        self.update()
        super().leaveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        count = self._points()
        key = event.key()
        if count and key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End):
            current = self._current if self._current is not None else -1
            if key == Qt.Key.Key_Left:
                target = max(0, current - 1) if current >= 0 else count - 1
            elif key == Qt.Key.Key_Right:
                target = min(count - 1, current + 1)
            elif key == Qt.Key.Key_Home:
                target = 0
            else:
                target = count - 1
            self._select(target)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def retranslate(self) -> None:
        """Refresh the accessible texts and repaint after a language switch (also done on LanguageChange)."""
        self._describe()
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _select(self, point: int) -> None:
        self.setCurrentTurn(point)
        self.turnClicked.emit(point)

    def _describe(self) -> None:
        """Keep the accessible name and description in step with what is drawn (screen readers read these)."""
        self.setAccessibleName(self.tr("Trust and tension over the turns"))
        parts = []
        if self._trust:
            parts.append(self.tr("Trust: {0}.").format(", ".join(str(v) for v in self._trust)))
        if self._tension:
            parts.append(self.tr("Tension: {0}.").format(", ".join(str(v) for v in self._tension)))
        if self._overlay:
            parts.append(f"{self._overlay_label or self.tr('Compared')}: {', '.join(str(v) for v in self._overlay)}.")
        if self._markers:
            parts.append(self.tr("Turning points at turns {0}.").format(", ".join(str(t) for t in self._markers)))
        if self._current is not None:
            parts.append(self.tr("Selected: turn {0}.").format(self._current))
        if not parts:
            parts.append(self.tr("No turns played yet"))
        self.setAccessibleDescription(" ".join(parts))
