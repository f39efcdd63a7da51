"""The projector's meters, painted: trust as a huge figure with a bar, tension as a compact bar.

Sizes follow the widget's font, which the window's one scale factor sets, so the meters grow and shrink with
everything else. On a reveal the figure counts slowly to its new value and the bar slides with it, so the room
sees it move; while the class is predicting, a question mark stands where the change will appear. Colour is
never the only signal: the number, the level in words and an arrow with a sign say the same.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QEvent, QPointF, QRectF, QSize, Qt, QVariantAnimation
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..announce import announce_value
from ..words import GOOD_TRUST, tension_words, trust_words
from . import look

REVEAL_MS = 1800
"""Slow enough for a room to follow the figure counting up or down."""
BIG_FACTOR = 4.4
"""The trust figure's size as a multiple of the body text."""


class Gauge(QWidget):
    """Trust (`kind="trust"`, the big figure) or tension (`kind="tension"`, a compact bar), 0..100."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if kind not in ("trust", "tension"):
            raise ValueError(f"unknown gauge kind {kind!r}")
        self.kind = kind
        self.setObjectName(f"{kind}Gauge")
        self._value = 0
        self._shown = 0.0
        self._delta: int | None = None
        self._predicting = False
        self._animation = QVariantAnimation(self)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self._animation.valueChanged.connect(self._on_frame)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._describe()

    # ---- state --------------------------------------------------------------------------------------------
    def value(self) -> int:
        """The value shown or being moved to."""
        return self._value

    def displayedValue(self) -> int:
        """The value drawn right now."""
        return round(self._shown)

    def delta(self) -> int | None:
        """The change shown beside the value (None: none)."""
        return self._delta

    def isAnimating(self) -> bool:
        """True while the value glides to a new one."""
        return self._animation.state() == QVariantAnimation.State.Running

    def isPredicting(self) -> bool:
        """True while a question mark waits for the reveal."""
        return self._predicting

    def set_value(
        self, value: int, *, delta: int | None = None, animate: bool = False, duration: int = REVEAL_MS
    ) -> None:
        """Show `value` with `delta` beside it; `animate` makes it count there."""
        value = max(0, min(100, int(value)))
        self._value = value
        self._delta = delta
        self._predicting = False
        self._animation.stop()
        if animate and round(self._shown) != value:
            self._animation.setDuration(duration)
            self._animation.setStartValue(float(self._shown))
            self._animation.setEndValue(float(value))
            self._animation.start()
        else:
            self._shown = float(value)
        self._describe()
        if animate and self.isVisible():
            # The reveal: a screen reader in the room (or on the trainer's laptop) hears what the figure shows.
            announce_value(self, value, f"{self.title()}: {self.accessibleDescription()}")
        self.update()

    def set_predicting(self, predicting: bool) -> None:
        """Show (or drop) the question mark of a change not yet revealed."""
        self._predicting = predicting
        if predicting:
            self._delta = None
        self._describe()
        self.update()

    def finish(self) -> None:
        """Jump to the end of a running animation."""
        if self.isAnimating():
            self._animation.stop()
            self._shown = float(self._value)
            self.update()

    # ---- words --------------------------------------------------------------------------------------------
    def title(self) -> str:
        """The meter's name."""
        return self.tr("Trust") if self.kind == "trust" else self.tr("Tension")

    def words(self, value: int | None = None) -> str:
        """The level in words."""
        value = self._value if value is None else value
        return trust_words(value) if self.kind == "trust" else tension_words(value)

    def _describe(self) -> None:
        self.setAccessibleName(self.title())
        text = self.tr("{0} of 100: {1}.").format(self._value, self.words())
        if self._predicting:
            text += " " + self.tr("The change is not revealed yet.")
        elif self._delta:
            text += " " + (self.tr("Up {0}.") if self._delta > 0 else self.tr("Down {0}.")).format(abs(self._delta))
        self.setAccessibleDescription(text)

    def retranslate(self) -> None:
        """Refresh the words after a language switch."""
        self._describe()
        self.update()

    # ---- geometry -----------------------------------------------------------------------------------------
    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        base = QFont(self.font())
        bold = QFont(base)
        bold.setBold(True)
        big = QFont(base)
        big.setBold(True)
        size = base.pixelSize() if base.pixelSize() > 0 else base.pointSizeF() * 96 / 72
        big.setPixelSize(max(8, round(size * (BIG_FACTOR if self.kind == "trust" else 1.0))))
        return base, bold, big

    def _bar_height(self) -> float:
        return QFontMetricsF(self.font()).height() * (0.7 if self.kind == "trust" else 0.5)

    def sizeHint(self) -> QSize:
        base, _bold, big = self._fonts()
        line = QFontMetricsF(base).height()
        if self.kind == "trust":
            # title, the figure (its cap height plus a little), the bar, the words
            height = line + QFontMetricsF(big).capHeight() * 1.35 + self._bar_height() + line * 1.5 + 8
        else:
            height = line * 1.2 + self._bar_height() + 6
        return QSize(round(line * 8), round(height))

    def minimumSizeHint(self) -> QSize:
        return QSize(round(QFontMetricsF(self.font()).height() * 6), self.sizeHint().height())

    # ---- painting -----------------------------------------------------------------------------------------
    @staticmethod
    def _colour(kind: str, value: float) -> QColor:
        if kind == "trust":
            return look.BAD if value < 35 else look.FAIR if value < GOOD_TRUST else look.GOOD
        return look.BAD if value >= 55 else look.FAIR if value >= 35 else look.GOOD

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            if self.kind == "trust":
                self._paint_trust(painter)
            else:
                self._paint_tension(painter)
        finally:
            painter.end()

    def _delta_text(self) -> tuple[str, QColor] | None:
        if self._predicting:
            return "?", look.ACCENT
        if not self._delta:
            return None
        worse = self._delta < 0 if self.kind == "trust" else self._delta > 0
        arrow = "▲" if self._delta > 0 else "▼"
        sign = "+" if self._delta > 0 else "−"
        return f"{arrow} {sign}{abs(self._delta)}", look.BAD if worse else look.GOOD

    def _paint_trust(self, painter: QPainter) -> None:
        base, bold, big = self._fonts()
        rect = QRectF(self.rect())
        line = QFontMetricsF(base).height()
        shown = self._shown

        painter.setFont(bold)
        painter.setPen(look.SOFT)
        painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), line), Qt.AlignmentFlag.AlignLeft, self.title())

        big_metrics = QFontMetricsF(big)
        figure_height = big_metrics.capHeight() * 1.35
        figure_top = rect.top() + line
        baseline = figure_top + big_metrics.capHeight() * 1.15
        painter.setFont(big)
        painter.setPen(look.TEXT)
        number = str(round(shown))
        painter.drawText(QPointF(rect.left(), baseline), number)
        number_right = rect.left() + big_metrics.horizontalAdvance(number)

        delta = self._delta_text()
        if delta is not None:
            text, colour = delta
            delta_font = QFont(big)
            delta_font.setPixelSize(max(8, round(big.pixelSize() * (0.55 if text == "?" else 0.36))))
            painter.setFont(delta_font)
            painter.setPen(colour)
            delta_metrics = QFontMetricsF(delta_font)
            gap = big_metrics.horizontalAdvance(" ") * 0.8
            x = max(number_right + gap, rect.left() + big_metrics.horizontalAdvance("100") + gap)
            x = min(x, rect.right() - delta_metrics.horizontalAdvance(text))
            painter.drawText(QPointF(x, baseline), text)

        bar_top = figure_top + figure_height
        bar = QRectF(rect.left(), bar_top, rect.width(), self._bar_height())
        self._paint_bar(painter, bar, shown)

        painter.setFont(base)
        painter.setPen(look.SOFT)
        words_top = bar.bottom() + line * 0.25
        words = self.tr("Predict: up or down?") if self._predicting else self.words(round(shown))
        painter.setPen(look.ACCENT if self._predicting else look.SOFT)
        painter.drawText(
            QRectF(rect.left(), words_top, rect.width(), line * 1.2),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            words,
        )

    def _paint_tension(self, painter: QPainter) -> None:
        base, bold, _big = self._fonts()
        rect = QRectF(self.rect())
        line = QFontMetricsF(base).height()
        shown = self._shown
        painter.setFont(bold)
        painter.setPen(look.SOFT)
        head = QRectF(rect.left(), rect.top(), rect.width(), line * 1.2)
        painter.drawText(head, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.title())
        title_width = QFontMetricsF(bold).horizontalAdvance(self.title() + "  ")
        painter.setPen(look.TEXT)
        value_text = str(round(shown))
        painter.drawText(
            QRectF(head.left() + title_width, head.top(), head.width() - title_width, head.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            value_text,
        )
        delta = self._delta_text()
        if delta is not None:
            text, colour = delta
            painter.setPen(colour)
            painter.drawText(head, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        bar = QRectF(rect.left(), head.bottom() + 4, rect.width(), self._bar_height())
        self._paint_bar(painter, bar, shown)

    def _paint_bar(self, painter: QPainter, bar: QRectF, shown: float) -> None:
        radius = bar.height() / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(look.TRACK)
        painter.drawRoundedRect(bar, radius, radius)
        if shown > 0:
            filled = QRectF(bar.left(), bar.top(), max(bar.height(), bar.width() * shown / 100.0), bar.height())
            painter.setBrush(self._colour(self.kind, shown))
            painter.drawRoundedRect(filled, radius, radius)
        painter.setPen(QPen(look.BACKGROUND, max(1.0, bar.height() / 8)))
        for level in (25, 50, 75):
            x = bar.left() + bar.width() * level / 100
            painter.drawLine(int(x), int(bar.top()), int(x), int(bar.bottom()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()  # the window's scale changed: so does the space the meter needs
        super().changeEvent(event)

    def _on_frame(self, value: object) -> None:
        self._shown = float(value)  # type: ignore[arg-type]
        self.update()
