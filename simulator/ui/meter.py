"""A hand-painted meter for trust or tension that glides to its new value after every turn.

Colour is never the only signal: the meter always shows the number, the level in words and, after a turn,
the change with an arrow and a sign. Screen readers get the same through the accessible name and description.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QEvent, QPointF, QRectF, QSize, Qt, QVariantAnimation
from PySide6.QtGui import QColor, QFocusEvent, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from . import palette
from .announce import announce_value
from .words import GOOD_TRUST, tension_words, trust_words

ANIMATION_MS = 600


class MeterWidget(QWidget):
    """One meter, 0..100. `kind` is "trust" (higher is better) or "tension" (lower is calmer)."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if kind not in ("trust", "tension"):
            raise ValueError(f"unknown meter kind {kind!r}")
        self.kind = kind
        self._value = 0
        self._shown = 0.0
        self._delta: int | None = None
        self._keyboard_focus = False
        self._animation = QVariantAnimation(self)
        self._animation.setDuration(ANIMATION_MS)
        self._animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._animation.valueChanged.connect(self._on_frame)
        self.setObjectName(f"{kind}Meter")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._describe()

    # ---- public API ---------------------------------------------------------------------------------------
    def value(self) -> int:
        """The value the meter is at or moving to."""
        return self._value

    def displayedValue(self) -> int:
        """The value drawn right now (differs from `value()` while the animation runs)."""
        return round(self._shown)

    def isAnimating(self) -> bool:
        """True while the meter glides to a new value."""
        return self._animation.state() == QVariantAnimation.State.Running

    def showsFocusFrame(self) -> bool:
        """True while the dotted focus frame is drawn (keyboard focus only)."""
        return self.hasFocus() and self._keyboard_focus

    def setValue(self, value: int, *, delta: int | None = None, animate: bool = True) -> None:
        """Move to `value`; `delta` is the change to show beside it (None hides it)."""
        value = max(0, min(100, int(value)))
        changed = value != self._value or delta != self._delta
        self._value = value
        self._delta = delta
        self._animation.stop()
        if animate and self.isVisible() and round(self._shown) != value:
            self._animation.setStartValue(float(self._shown))
            self._animation.setEndValue(float(value))
            self._animation.start()
        else:
            self._shown = float(value)
        self._describe()
        if changed and animate and self.isVisible():
            # A turn moved the meter: screen readers announce it, as the eye sees it move.
            announce_value(self, value, f"{self.title()}: {self.accessibleDescription()}")
        self.update()

    def title(self) -> str:
        """The meter's name in the current language."""
        return self.tr("Trust") if self.kind == "trust" else self.tr("Tension")

    def words(self, value: int | None = None) -> str:
        """The level in words."""
        value = self._value if value is None else value
        return trust_words(value) if self.kind == "trust" else tension_words(value)

    def sizeHint(self) -> QSize:
        metrics = QFontMetricsF(self.font())
        return QSize(260, int(metrics.height() * 2.4 + 14 + metrics.height() * 1.4 + 8))

    def minimumSizeHint(self) -> QSize:
        return QSize(180, self.sizeHint().height())

    # ---- painting -----------------------------------------------------------------------------------------
    def _colour(self, value: float) -> QColor:
        if self.kind == "trust":
            return palette.BAD if value < 35 else palette.FAIR if value < GOOD_TRUST else palette.GOOD
        return palette.BAD if value >= 55 else palette.FAIR if value >= 35 else palette.GOOD

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        base = QFont(self.font())
        metrics = QFontMetricsF(base)
        shown = self._shown
        colour = self._colour(shown)

        big = QFont(base)
        big.setPointSizeF(base.pointSizeF() * 2.0)
        big.setBold(True)
        big_metrics = QFontMetricsF(big)
        top_height = big_metrics.height()

        title_font = QFont(base)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(palette.TEXT)
        painter.drawText(
            QRectF(rect.left(), rect.top(), rect.width() / 2, top_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.title(),
        )

        painter.setFont(big)
        painter.setPen(palette.TEXT)
        number = str(round(shown))
        painter.drawText(
            QRectF(rect.left(), rect.top(), rect.width(), top_height),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            number,
        )

        bar_top = rect.top() + top_height + 6
        bar = QRectF(rect.left(), bar_top, rect.width(), 12)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.TRACK)
        painter.drawRoundedRect(bar, 6, 6)
        filled = QRectF(bar.left(), bar.top(), max(bar.height(), bar.width() * shown / 100.0), bar.height())
        if shown > 0:
            painter.setBrush(colour)
            painter.drawRoundedRect(filled, 6, 6)
        painter.setPen(QPen(QColor(255, 255, 255, 200), 1.5))
        for level in (25, 50, 75):
            x = bar.left() + bar.width() * level / 100
            painter.drawLine(QPointF(x, bar.top() + 2), QPointF(x, bar.bottom() - 2))

        line_top = bar.bottom() + 6
        painter.setFont(base)
        painter.setPen(palette.MUTED)
        painter.drawText(
            QRectF(rect.left(), line_top, rect.width() * 0.7, metrics.height() * 1.3),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.words(round(shown)),
        )
        if self._delta:
            worse = self._delta < 0 if self.kind == "trust" else self._delta > 0
            arrow = "▲" if self._delta > 0 else "▼"
            text = f"{arrow} {self._delta:+d}"
            bold = QFont(base)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(palette.BAD if worse else palette.GOOD)
            painter.drawText(
                QRectF(rect.left(), line_top, rect.width(), metrics.height() * 1.3),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        if self.hasFocus() and self._keyboard_focus:
            painter.setPen(QPen(palette.ACCENT, 1.5, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)

    # ---- bookkeeping --------------------------------------------------------------------------------------
    def _on_frame(self, value: object) -> None:
        self._shown = float(value)  # type: ignore[arg-type]
        self.update()

    def _describe(self) -> None:
        self.setAccessibleName(self.title())
        text = self.tr("{0} of 100: {1}.").format(self._value, self.words())
        if self._delta:
            text += " " + (self.tr("Up {0} this turn.") if self._delta > 0 else self.tr("Down {0} this turn.")).format(
                abs(self._delta)
            )
        self.setAccessibleDescription(text)
        self.setToolTip(text)

    def retranslate(self) -> None:
        """Refresh the texts after a language switch."""
        self._describe()
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        # The dotted frame marks focus the player moved here with Tab; focus that only lands here because a
        # clicked button disappeared shows no frame.
        self._keyboard_focus = event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)
