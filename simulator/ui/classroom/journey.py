"""The trust journey on the projector's ending screen: trust from the start through every turn, as one line
the room can read from the back, with the biggest rise and fall marked so the class can talk about them.

Drawn by the kit's chart painter in the projector's colours, sized from the widget's font like everything else
on the projector.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..kit.chart import Frame, Series, paint_chart
from ..kit.palette import PROJECTOR


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
        """Show `values` (trust at the start, then after each turn); `marks` tags points with a tone ("good"/"bad")."""
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
        if len(self._values) < 2:
            return
        line = QFontMetricsF(self.font()).height()
        marks = {point: PROJECTOR.tone(tone) for point, tone in self._marks.items()}
        trust = Series("", self._values, PROJECTOR.trust, Qt.PenStyle.SolidLine, line / 6, marks=marks, dot=line / 4)
        labels = [self.tr("start"), *(str(point) for point in range(1, len(self._values)))]
        painter = QPainter(self)
        try:
            paint_chart(painter, QRectF(self.rect()), [trust], Frame(PROJECTOR, labels, legend=False), font=self.font())
        finally:
            painter.end()
