"""The one chart painter: lines of values 0..100 over points (turns, sessions), with a legend, a grid, labels,
markers and a highlighted point, painted with QPainter onto a widget or an image.

Every chart of the program is drawn here: the debrief's and the replay's curves (`curves.CurvesWidget`, which
adds clicks, keys and a hover box), the history's trend, the projector's trust journey, the class overview's
curves and the report images. They differ only in what they pass: the series, the labels and the palette scheme.

Colour is never the only difference between the series: each has its own pen style and dot shape.
Only QtGui is used (no widgets), so the headless report export can draw it under a bare QGuiApplication.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen, QPolygonF

from . import palette

LEVELS = (0, 25, 50, 75, 100)


class Shape(StrEnum):
    """How a series marks its points."""

    CIRCLE = "circle"
    SQUARE = "square"
    TRIANGLE = "triangle"
    NONE = "none"


@dataclass(frozen=True)
class Series:
    """One line: a value (0..100, None for a gap) per point."""

    label: str
    """In the legend; an empty label leaves the series out of it."""
    values: Sequence[float | None]
    color: QColor
    style: Qt.PenStyle = Qt.PenStyle.SolidLine
    width: float = 2.0
    shape: Shape = Shape.CIRCLE
    connect_gaps: bool = False
    """Draw the line across missing values (for a trend), instead of breaking it."""
    marks: Mapping[int, QColor] = field(default_factory=dict)
    """Points drawn larger, in their own colour (such as the biggest rise and fall)."""
    dot: float | None = None
    """The radius of the points (by default a little more than the line is wide)."""


@dataclass(frozen=True)
class Marker:
    """A vertical mark at one point (a turning point), with an optional label beside its diamond."""

    at: int
    color: QColor
    label: str = ""


@dataclass(frozen=True)
class Frame:
    """Everything around the lines: labels, titles, the legend and the colours."""

    scheme: palette.Scheme = palette.LIGHT
    x_labels: Sequence[str] | None = None
    """One label per point (thinned out where they would overlap); None numbers the points, () shows none."""
    y_levels: Sequence[int] = LEVELS
    y_suffix: str = ""
    x_title: str = ""
    y_title: str = ""
    legend: bool = True
    marker_legend: str = ""
    """The legend's word for the markers (none when empty)."""
    empty_text: str = ""
    """Said in the middle of an empty chart."""


@dataclass(frozen=True)
class ChartLayout:
    """Where the plot landed, so a widget can map a click back to a point and draw over the chart."""

    plot: QRectF
    count: int

    def x_of(self, point: int) -> float:
        """The x coordinate of `point`."""
        if self.count <= 1:
            return self.plot.left() if self.count else self.plot.center().x()
        return self.plot.left() + self.plot.width() * point / (self.count - 1)

    def y_of(self, value: float) -> float:
        """The y coordinate of a value 0..100."""
        return self.plot.bottom() - self.plot.height() * max(0.0, min(100.0, value)) / 100.0

    def spacing(self) -> float:
        """The distance between two neighbouring points."""
        return self.plot.width() / max(1, self.count - 1)

    def point_at(self, x: float) -> int | None:
        """The point near `x`: within half the distance to the next one (at least 24 px); None when far off."""
        if self.count == 0:
            return None
        spacing = self.spacing()
        nearest = round((x - self.plot.left()) / spacing) if spacing > 0 else 0
        nearest = max(0, min(self.count - 1, nearest))
        return nearest if abs(self.x_of(nearest) - x) <= max(spacing / 2, 24.0) else None


def point_count(series: Sequence[Series]) -> int:
    """The number of points along the x axis."""
    return max((len(one.values) for one in series), default=0)


def _labels(frame: Frame, count: int) -> list[str]:
    return [str(i) for i in range(count)] if frame.x_labels is None else list(frame.x_labels)


def chart_layout(area: QRectF, metrics: QFontMetricsF, series: Sequence[Series], frame: Frame) -> ChartLayout:
    """Where the plot goes inside `area`: room for the legend above, the value labels (and the axis title) to the
    left, the point labels (and the axis title) below."""
    line = metrics.height()
    count = point_count(series)
    labels = _labels(frame, count)
    widest = max(metrics.horizontalAdvance(f"{level}{frame.y_suffix}") for level in frame.y_levels)
    left = area.left() + (line + 10 if frame.y_title else 0) + widest + 10
    top = area.top() + (line * 2.0 if frame.legend else line * 0.6)
    bottom = area.bottom() - (line + _gap(line) + 2 if labels else line * 0.6) - (line + 6 if frame.x_title else 0)
    # Leave room for half of the last x label, which is centred on the last point, and for its dot.
    right = area.right() - max(16.0, line * 0.6, metrics.horizontalAdvance(labels[-1]) / 2 + 4 if labels else 0.0)
    plot = QRectF(QPointF(left, top), QPointF(max(left + 10, right), max(top + 10, bottom)))
    return ChartLayout(plot, count)


def paint_chart(
    painter: QPainter,
    area: QRectF,
    series: Sequence[Series],
    frame: Frame | None = None,
    *,
    markers: Sequence[Marker] = (),
    current: int | None = None,
    font: QFont | None = None,
) -> ChartLayout:
    """Draw `series` into `area` with everything `frame` asks for; mark `markers` and highlight point `current`.
    Returns the layout, for hit-testing and drawing over the chart."""
    frame = frame or Frame()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if font is not None:
        painter.setFont(font)
    metrics = QFontMetricsF(painter.font())
    layout = chart_layout(area, metrics, series, frame)
    _grid(painter, layout, metrics, frame)
    if layout.count == 0 and frame.empty_text:
        painter.setPen(frame.scheme.chart_text)
        painter.drawText(layout.plot, Qt.AlignmentFlag.AlignCenter, frame.empty_text)
    if current is not None and 0 <= current < layout.count:
        band = max(8.0, min(28.0, layout.spacing() * 0.5))
        x = layout.x_of(current)
        colour = frame.scheme.faded(frame.scheme.trust, 28)
        painter.fillRect(QRectF(x - band / 2, layout.plot.top(), band, layout.plot.height()), colour)
    for marker in markers:
        _marker(painter, layout, marker, metrics, frame.scheme)
    for one in reversed(series):  # the first series is the main one: drawn last, on top
        _line(painter, layout, one, current, frame.scheme)
    if frame.legend:
        _legend(painter, area, layout, metrics, series, frame, bool(markers))
    painter.restore()
    return layout


def chart_image(
    series: Sequence[Series],
    width: int,
    height: int,
    frame: Frame | None = None,
    *,
    pixel_ratio: float = 1.0,
    **options: object,
) -> QImage:
    """The chart as an image on the scheme's ground, e.g. for a report; `pixel_ratio` 2 draws it sharp at half
    size. `options` go to `paint_chart`."""
    frame = frame or Frame()
    image = QImage(round(width * pixel_ratio), round(height * pixel_ratio), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(pixel_ratio)
    image.fill(frame.scheme.ground)
    painter = QPainter(image)
    try:
        paint_chart(painter, QRectF(0, 0, width, height), series, frame, **options)  # type: ignore[arg-type]
    finally:
        painter.end()
    return image


def _gap(line: float) -> float:
    """The space between the plot and the labels under it."""
    return max(6.0, line * 0.3)


def _grid(painter: QPainter, layout: ChartLayout, metrics: QFontMetricsF, frame: Frame) -> None:
    plot, scheme, line = layout.plot, frame.scheme, metrics.height()
    thin = max(1.0, line / 18)
    for level in frame.y_levels:
        y = layout.y_of(level)
        painter.setPen(QPen(scheme.axis if level == 0 else scheme.grid, thin))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(scheme.chart_text)
        painter.drawText(
            QRectF(plot.left() - 200 - 8, y - line / 2, 200, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            f"{level}{frame.y_suffix}",
        )
    labels = _labels(frame, layout.count)
    if layout.count and labels:
        # Thinned out so that they never overlap; the last point always keeps its label.
        room = max(metrics.horizontalAdvance(label) for label in labels[: layout.count]) + line * 0.6
        step = 1
        while layout.spacing() * step < room and step < layout.count:
            step += 1
        last = min(layout.count, len(labels)) - 1
        for point in range(last + 1):
            if point != last and (point % step or (point and last - point < step)):
                continue
            x = layout.x_of(point)
            width = metrics.horizontalAdvance(labels[point]) + 4
            painter.drawText(
                QRectF(x - width / 2, plot.bottom() + _gap(line), width, line),
                Qt.AlignmentFlag.AlignCenter,
                labels[point],
            )
    if frame.x_title:
        painter.drawText(
            QRectF(plot.left(), plot.bottom() + line + _gap(line) + 6, plot.width(), line),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            frame.x_title,
        )
    if frame.y_title:
        painter.save()
        widest = max(metrics.horizontalAdvance(f"{level}{frame.y_suffix}") for level in frame.y_levels)
        painter.translate(plot.left() - widest - 20 - line / 2, plot.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-plot.height() / 2, -line / 2, plot.height(), line), Qt.AlignmentFlag.AlignCenter, frame.y_title
        )
        painter.restore()


def _diamond(at: QPointF, size: float) -> QPolygonF:
    return QPolygonF(
        [
            QPointF(at.x(), at.y() - size),
            QPointF(at.x() + size * 0.86, at.y()),
            QPointF(at.x(), at.y() + size),
            QPointF(at.x() - size * 0.86, at.y()),
        ]
    )


def _marker(
    painter: QPainter, layout: ChartLayout, marker: Marker, metrics: QFontMetricsF, scheme: palette.Scheme
) -> None:
    if not 0 <= marker.at < layout.count:
        return
    x, top, size = layout.x_of(marker.at), layout.plot.top(), metrics.height() * 0.4
    painter.setPen(QPen(marker.color, max(1.2, size / 6), Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(x, top), QPointF(x, layout.plot.bottom()))
    painter.setPen(QPen(scheme.ground, 1.5))
    painter.setBrush(marker.color)
    painter.drawPolygon(_diamond(QPointF(x, top), size))
    if marker.label:
        width = metrics.horizontalAdvance(marker.label) + 4
        left = min(x + size, layout.plot.right() - width)
        painter.setPen(marker.color)
        painter.drawText(QRectF(left, top, width, metrics.height()), Qt.AlignmentFlag.AlignCenter, marker.label)


def _line(painter: QPainter, layout: ChartLayout, series: Series, current: int | None, scheme: palette.Scheme) -> None:
    pen = QPen(series.color, series.width, series.style)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath()
    drawing = False
    points: list[tuple[int, QPointF]] = []
    for index, value in enumerate(series.values):
        if value is None:
            drawing = drawing and series.connect_gaps
            continue
        point = QPointF(layout.x_of(index), layout.y_of(value))
        points.append((index, point))
        if drawing:
            path.lineTo(point)
        else:
            path.moveTo(point)
            drawing = True
    painter.drawPath(path)
    # Dots only while they are far enough apart to be seen as dots; smaller ones on a long chart.
    if series.shape is Shape.NONE or layout.spacing() < 4:
        return
    radius = (series.width + 1.6 if series.dot is None else series.dot) * (1.0 if layout.count < 30 else 0.6)
    for index, point in points:
        mark = series.marks.get(index)
        size = radius * (1.8 if mark is not None else 1.45 if index == current else 1.0)
        paint_dot(painter, point, size, mark or series.color, series.shape, scheme)


def paint_dot(
    painter: QPainter, at: QPointF, radius: float, colour: QColor, shape: Shape, scheme: palette.Scheme
) -> None:
    """One point of a series: a filled circle, or an open square or triangle."""
    painter.setPen(QPen(colour, 1.8))
    if shape is Shape.CIRCLE:
        painter.setBrush(colour)
        painter.drawEllipse(at, radius, radius)
        return
    painter.setBrush(scheme.ground)
    if shape is Shape.SQUARE:
        painter.drawRect(QRectF(at.x() - radius, at.y() - radius, radius * 2, radius * 2))
    elif shape is Shape.TRIANGLE:
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(at.x(), at.y() - radius * 1.2),
                    QPointF(at.x() + radius * 1.1, at.y() + radius * 0.8),
                    QPointF(at.x() - radius * 1.1, at.y() + radius * 0.8),
                ]
            )
        )


def _legend(
    painter: QPainter,
    area: QRectF,
    layout: ChartLayout,
    metrics: QFontMetricsF,
    series: Sequence[Series],
    frame: Frame,
    markers: bool,
) -> None:
    line = metrics.height()
    sample = line * 1.65  # the length of a sample line; the sizes below follow the text
    x = layout.plot.left()
    y = area.top() + line * 0.8
    for one in series:
        if not one.label:
            continue
        painter.setPen(QPen(one.color, max(2.4, line / 7), one.style))
        painter.drawLine(QPointF(x, y), QPointF(x + sample, y))
        if one.shape is not Shape.NONE:
            paint_dot(painter, QPointF(x + sample / 2, y), line * 0.21, one.color, one.shape, frame.scheme)
        x = _legend_text(painter, QPointF(x + sample + line * 0.35, y), one.label, metrics, frame.scheme) + line * 1.3
    if markers and frame.marker_legend:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(frame.scheme.marker)
        painter.drawPolygon(_diamond(QPointF(x + line * 0.35, y), line * 0.35))
        _legend_text(painter, QPointF(x + line * 1.05, y), frame.marker_legend, metrics, frame.scheme)


def _legend_text(painter: QPainter, at: QPointF, text: str, metrics: QFontMetricsF, scheme: palette.Scheme) -> float:
    """Draw `text` from `at` (vertically centred); returns where it ends."""
    advance = metrics.horizontalAdvance(text)
    painter.setPen(scheme.chart_text)
    painter.drawText(
        QRectF(at.x(), at.y() - metrics.height() / 2, advance + 4, metrics.height()),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        text,
    )
    return at.x() + advance
