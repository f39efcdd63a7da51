"""Trust and tension over the turns of a session, drawn by the kit's chart painter, with clicks, arrow keys, a
hover box and screen-reader texts; the debrief and the replay use it.

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
from PySide6.QtGui import QFocusEvent, QFontMetricsF, QImage, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from .chart import ChartLayout, Frame, Marker, Series, Shape, chart_image, chart_layout, paint_chart, point_count
from .palette import LIGHT

TRUST_COLOUR = LIGHT.trust
TENSION_COLOUR = LIGHT.tension


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
        markers = [Marker(point, LIGHT.marker) for point in self._markers]
        return chart_image(self.series(), width, height, self.frame(), markers=markers, font=self.font())

    def sizeHint(self) -> QSize:
        return QSize(640, 260)

    # ---- the chart ----------------------------------------------------------------------------------------
    def series(self) -> list[Series]:
        """The lines drawn: trust solid with dots, tension dashed with squares, the overlay dotted with triangles."""
        lines = [
            Series(self.tr("Trust"), self._trust, LIGHT.trust, width=2.6),
            Series(self.tr("Tension"), self._tension, LIGHT.tension, Qt.PenStyle.DashLine, 2.2, Shape.SQUARE),
        ]
        if self._overlay:
            label = self._overlay_label or self.tr("Compared")
            lines.append(Series(label, self._overlay, LIGHT.overlay, Qt.PenStyle.DotLine, 2.2, Shape.TRIANGLE))
        return lines

    def frame(self) -> Frame:
        """The labels and titles around the lines."""
        count = point_count(self.series())
        return Frame(
            x_labels=[self.tr("Start"), *(str(point) for point in range(1, count))],
            x_title=self.tr("Turn"),
            y_title=self.tr("Level (0-100)"),
            marker_legend=self.tr("Turning point"),
            empty_text=self.tr("No turns played yet"),
        )

    def layout_in(self, area: QRectF) -> ChartLayout:
        """Where the chart's plot and points are in `area` of this widget."""
        return chart_layout(area, QFontMetricsF(self.font()), self.series(), self.frame())

    def pointPosition(self, point: int) -> float:
        """Where point `point` is drawn on the widget, horizontally."""
        return self.layout_in(QRectF(self.rect())).x_of(point)

    def _points(self) -> int:
        return max(len(self._trust), len(self._tension), len(self._overlay or []))

    def _point_at(self, x: float) -> int | None:
        return self.layout_in(QRectF(self.rect())).point_at(x)

    # ---- painting -----------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter, QRectF(self.rect()), interactive=True)
        finally:
            painter.end()

    def _paint(self, painter: QPainter, area: QRectF, *, interactive: bool) -> None:
        markers = [Marker(point, LIGHT.marker) for point in self._markers]
        layout = paint_chart(
            painter, area, self.series(), self.frame(), markers=markers, current=self._current, font=self.font()
        )
        if not interactive:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if self._hover is not None and self._hover < layout.count:
            self._paint_hover(painter, layout, QFontMetricsF(self.font()), self._hover)
        if self.hasFocus():
            painter.setPen(QPen(LIGHT.trust, 1.5, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(area.adjusted(1.5, 1.5, -1.5, -1.5), 6, 6)

    def _paint_hover(self, painter: QPainter, layout: ChartLayout, metrics: QFontMetricsF, point: int) -> None:
        plot = layout.plot
        x = layout.x_of(point)
        painter.setPen(QPen(LIGHT.axis, 1, Qt.PenStyle.DotLine))
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
        painter.setPen(QPen(LIGHT.grid, 1))
        painter.setBrush(LIGHT.faded(LIGHT.surface, 240))
        painter.drawRoundedRect(box, 6, 6)
        painter.setPen(LIGHT.text)
        for row, line in enumerate(lines):
            painter.drawText(
                QRectF(box.left() + 8, box.top() + 5 + row * metrics.height(), width, metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                line,
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
