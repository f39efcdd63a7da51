"""Painting a small line chart on 0..100 with QPainter: the debrief report's curve image and the history trend.

Only QtGui is used (no widgets), so the headless debrief command can draw it under a bare QGuiApplication.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen

from . import palette

# The same colours as the curves in the program, so that a report looks like what was on screen.
TRUST_COLOR = palette.TRUST
TENSION_COLOR = palette.TENSION
OVERLAY_COLOR = palette.OVERLAY
RISE_COLOR = palette.GOOD
FALL_COLOR = palette.BAD
GRID_COLOR = palette.GRID
TEXT_COLOR = palette.CHART_TEXT


@dataclass(frozen=True)
class Series:
    """One line: a value (0..100, None for a gap) per x position."""

    label: str
    values: Sequence[float | None]
    color: QColor
    dashed: bool = False
    width: float = 2.0
    connect_gaps: bool = False
    """Draw the line across missing values (for a trend), instead of breaking it."""


@dataclass(frozen=True)
class Marker:
    """A labelled vertical mark at one x position (a turning point, or the current turn)."""

    at: int
    color: QColor
    label: str = ""


@dataclass
class ChartLayout:
    """Where the plot landed, so a widget can map a click back to an x position."""

    plot: QRectF
    count: int

    def x_of(self, index: int) -> float:
        """The x coordinate of position `index`."""
        if self.count <= 1:
            return self.plot.center().x()
        return self.plot.left() + self.plot.width() * index / (self.count - 1)


def paint_chart(
    painter: QPainter,
    rect: QRectF,
    series: Sequence[Series],
    *,
    x_labels: Sequence[str] | None = None,
    markers: Sequence[Marker] = (),
    current: int | None = None,
    y_suffix: str = "",
    font: QFont | None = None,
) -> ChartLayout:
    """Draw `series` into `rect` with a legend, a 0..100 grid, x labels and markers; return the layout."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if font is not None:
        painter.setFont(font)
    metrics = QFontMetricsF(painter.font())
    line = metrics.height()
    count = max((len(s.values) for s in series), default=0)
    labels = list(x_labels) if x_labels is not None else [str(i) for i in range(count)]

    legend_height = line * 1.4
    left = metrics.horizontalAdvance("100" + y_suffix) + line * 0.6
    # Leave room for half of the last x label, which is centred on the last point.
    right = max(line * 0.8, metrics.horizontalAdvance(labels[-1]) / 2 + 4 if labels else 0.0)
    plot = QRectF(
        rect.left() + left,
        rect.top() + legend_height + line * 0.3,
        max(10.0, rect.width() - left - right),
        max(10.0, rect.height() - legend_height - line * 1.9),
    )
    layout = ChartLayout(plot, count)

    _legend(painter, rect, series, line)
    _grid(painter, plot, metrics, y_suffix)
    _x_labels(painter, layout, labels, metrics)
    for marker in markers:
        _marker(painter, layout, marker, metrics)
    if current is not None and 0 <= current < max(count, 1):
        pen = QPen(QColor("#555555"), 1.5, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        x = layout.x_of(current)
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
    for one in series:
        _line(painter, layout, one)
    painter.restore()
    return layout


def chart_image(series: Sequence[Series], width: int, height: int, **options: object) -> QImage:
    """The chart as an image on white, e.g. for a report."""
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        paint_chart(painter, QRectF(0, 0, width, height), series, **options)  # type: ignore[arg-type]
    finally:
        painter.end()
    return image


def _y(plot: QRectF, value: float) -> float:
    return plot.bottom() - plot.height() * max(0.0, min(100.0, value)) / 100.0


def _legend(painter: QPainter, rect: QRectF, series: Sequence[Series], line: float) -> None:
    x = rect.left() + line * 0.5
    y = rect.top() + line * 0.2
    metrics = QFontMetricsF(painter.font())
    for one in series:
        pen = QPen(one.color, 3, Qt.PenStyle.DashLine if one.dashed else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(x, y + line / 2), QPointF(x + line * 1.4, y + line / 2))
        painter.setPen(TEXT_COLOR)
        painter.drawText(
            QRectF(x + line * 1.7, y, metrics.horizontalAdvance(one.label) + 2, line),
            Qt.AlignmentFlag.AlignVCenter,
            one.label,
        )
        x += line * 2.8 + metrics.horizontalAdvance(one.label)


def _grid(painter: QPainter, plot: QRectF, metrics: QFontMetricsF, suffix: str) -> None:
    for value in (0, 25, 50, 75, 100):
        y = _y(plot, value)
        painter.setPen(QPen(GRID_COLOR, 1))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(TEXT_COLOR)
        text = f"{value}{suffix}"
        width = metrics.horizontalAdvance(text)
        painter.drawText(
            QRectF(plot.left() - width - 6, y - metrics.height() / 2, width + 2, metrics.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            text,
        )


def _x_labels(painter: QPainter, layout: ChartLayout, labels: Sequence[str], metrics: QFontMetricsF) -> None:
    if layout.count == 0:
        return
    widest = max(metrics.horizontalAdvance(label) for label in labels[: layout.count]) if labels else 0
    room = layout.plot.width() / max(1, layout.count - 1)
    # Thin the labels so that they never overlap, whatever the number of turns.
    step = 1
    while step * room < widest + metrics.height() * 0.8 and step < layout.count:
        step = step * 2 if step < 5 else step + 5
    painter.setPen(TEXT_COLOR)
    y = layout.plot.bottom() + metrics.height() * 0.3
    for index in range(0, layout.count, step):
        if index >= len(labels):
            break
        x = layout.x_of(index)
        text = labels[index]
        width = metrics.horizontalAdvance(text) + 2
        painter.drawText(QRectF(x - width / 2, y, width, metrics.height()), Qt.AlignmentFlag.AlignCenter, text)


def _marker(painter: QPainter, layout: ChartLayout, marker: Marker, metrics: QFontMetricsF) -> None:
    if not 0 <= marker.at < layout.count:
        return
    x = layout.x_of(marker.at)
    painter.setPen(QPen(marker.color, 2, Qt.PenStyle.DotLine))
    painter.drawLine(QPointF(x, layout.plot.top()), QPointF(x, layout.plot.bottom()))
    if marker.label:
        width = metrics.horizontalAdvance(marker.label) + 4
        left = min(max(x - width / 2, layout.plot.left()), layout.plot.right() - width)
        painter.setPen(marker.color)
        painter.drawText(
            QRectF(left, layout.plot.top(), width, metrics.height()), Qt.AlignmentFlag.AlignCenter, marker.label
        )


def _line(painter: QPainter, layout: ChartLayout, series: Series) -> None:
    pen = QPen(series.color, series.width, Qt.PenStyle.DashLine if series.dashed else Qt.PenStyle.SolidLine)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath()
    drawing = False
    points: list[QPointF] = []
    for index, value in enumerate(series.values):
        if value is None:
            drawing = drawing and series.connect_gaps
            continue
        point = QPointF(layout.x_of(index), _y(layout.plot, value))
        points.append(point)
        if drawing:
            path.lineTo(point)
        else:
            path.moveTo(point)
            drawing = True
    painter.drawPath(path)
    # Dots only while they are far enough apart to be seen as dots.
    if points and layout.plot.width() / max(1, layout.count) > 8:
        painter.setBrush(series.color)
        painter.setPen(Qt.PenStyle.NoPen)
        radius = series.width + 1
        for point in points:
            painter.drawEllipse(point, radius, radius)
