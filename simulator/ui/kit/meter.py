"""The one meter of trust or tension, painted by hand, in three styles:

- `practice`: title and number above the bar, the level in words and the last change below (the practice screen);
- `projector`: a huge figure that counts slowly to its new value on a reveal, the bar, the level in words; while
  the class predicts, a question mark stands where the change will appear (the projector's trust);
- `compact`: one line with the title, the value and the change, a thin bar under it (the projector's tension,
  the replay's panels).

Sizes follow the widget's font, so a window that scales its font scales its meters. Colour is never the only
signal: the meter always shows the number, and after a turn the change with an arrow and a sign; the full styles
add the level in words. Screen readers get the same through the accessible name and description, and hear every
animated move announced.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QEasingCurve, QEvent, QPointF, QRectF, QSize, Qt, QVariantAnimation
from PySide6.QtGui import QColor, QFocusEvent, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from . import palette
from .announce import announce_value
from .words import level_tone, signed, tension_words, trust_words

ANIMATION_MS = 600
"""A practice turn: quick enough not to hold up the next answer."""
REVEAL_MS = 1800
"""A classroom reveal: slow enough for a room to follow the figure counting up or down."""


class MeterStyle(StrEnum):
    """How a meter is laid out (see the module's docstring)."""

    PRACTICE = "practice"
    PROJECTOR = "projector"
    COMPACT = "compact"


@dataclass(frozen=True)
class _Look:
    figure: float
    """The number's size as a multiple of the body text."""
    bar: float
    """The bar's height in lines of body text."""
    easing: QEasingCurve.Type


_LOOKS = {
    MeterStyle.PRACTICE: _Look(2.0, 0.7, QEasingCurve.Type.OutCubic),
    MeterStyle.PROJECTOR: _Look(4.4, 0.7, QEasingCurve.Type.InOutCubic),
    MeterStyle.COMPACT: _Look(1.0, 0.5, QEasingCurve.Type.InOutCubic),
}


class MeterWidget(QWidget):
    """One meter, 0..100. `kind` is "trust" (higher is better) or "tension" (lower is calmer).

    `interactive` meters (the practice screen's) take Tab focus, show a dotted frame for it, carry a tooltip and
    only glide while visible; the others (the projector's, the replay's) never take focus. `duration` is the
    length of an animated move; `scheme` the palette the meter paints in.
    """

    def __init__(
        self,
        kind: str,
        parent: QWidget | None = None,
        *,
        style: MeterStyle = MeterStyle.PRACTICE,
        scheme: palette.Scheme = palette.LIGHT,
        interactive: bool = True,
        duration: int = ANIMATION_MS,
    ) -> None:
        super().__init__(parent)
        if kind not in ("trust", "tension"):
            raise ValueError(f"unknown meter kind {kind!r}")
        self.kind = kind
        self.style_name = MeterStyle(style)
        self.scheme = scheme
        self.interactive = interactive
        self.duration = duration
        self._value = 0
        self._shown = 0.0
        self._delta: int | None = None
        self._before: int | None = None
        self._predicting = False
        self._keyboard_focus = False
        self._animation = QVariantAnimation(self)
        self._animation.setEasingCurve(_LOOKS[self.style_name].easing)
        self._animation.valueChanged.connect(self._on_frame)
        self.setObjectName(f"{kind}Meter")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus if interactive else Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._describe()

    # ---- state --------------------------------------------------------------------------------------------
    def value(self) -> int:
        """The value the meter is at or moving to."""
        return self._value

    def displayedValue(self) -> int:
        """The value drawn right now (differs from `value()` while the animation runs)."""
        return round(self._shown)

    def delta(self) -> int | None:
        """The change shown beside the value (None: none)."""
        return self._delta

    def isAnimating(self) -> bool:
        """True while the meter glides to a new value."""
        return self._animation.state() == QVariantAnimation.State.Running

    def isPredicting(self) -> bool:
        """True while a question mark waits for the reveal."""
        return self._predicting

    def showsFocusFrame(self) -> bool:
        """True while the dotted focus frame is drawn (keyboard focus only)."""
        return self.hasFocus() and self._keyboard_focus

    def setValue(
        self, value: int, *, delta: int | None = None, animate: bool = True, duration: int | None = None
    ) -> None:
        """Move to `value`; `delta` is the change to show beside it (None hides it); `animate` makes it glide
        (an interactive meter only while it is visible) over `duration` ms."""
        value = max(0, min(100, int(value)))
        changed = value != self._value or delta != self._delta or self._predicting
        self._value = value
        self._delta = delta
        self._before = None
        self._predicting = False
        self._animation.stop()
        animate = animate and (self.isVisible() or not self.interactive)
        if animate and round(self._shown) != value:
            self._animation.setDuration(self.duration if duration is None else duration)
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

    def set_value(
        self, value: int, *, delta: int | None = None, animate: bool = False, duration: int | None = None
    ) -> None:
        """`setValue`, still for the callers that reveal (they ask for the animation when they want it)."""
        self.setValue(value, delta=delta, animate=animate, duration=duration)

    def show_change(self, after: int, before: int | None = None) -> None:
        """Show the meter at `after`; with `before`, also where it came from and the change (no animation)."""
        self.setValue(after, delta=None if before is None else after - before, animate=False)
        self._before = before
        self._describe()

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
        """The meter's name in the current language."""
        return self.tr("Trust") if self.kind == "trust" else self.tr("Tension")

    def words(self, value: int | None = None) -> str:
        """The level in words."""
        value = self._value if value is None else value
        return trust_words(value) if self.kind == "trust" else tension_words(value)

    def valueText(self) -> str:
        """The value as drawn: the number, or "before → after" for a change shown with where it came from."""
        shown = round(self._shown)
        return str(shown) if self._before is None else f"{self._before} → {shown}"

    def _change(self) -> tuple[str, QColor] | None:
        """The change as drawn beside the value, with its colour (None: no change shown)."""
        if self._predicting:
            return "?", self.scheme.accent
        if not self._delta:
            return None
        worse = self._delta < 0 if self.kind == "trust" else self._delta > 0
        arrow = "▲" if self._delta > 0 else "▼"
        return f"{arrow} {signed(self._delta)}", self.scheme.bad if worse else self.scheme.good

    def _describe(self) -> None:
        self.setAccessibleName(self.title())
        text = self.tr("{0} of 100: {1}.").format(self._value, self.words())
        if self._predicting:
            text += " " + self.tr("The change is not revealed yet.")
        elif self._delta:
            text += " " + (self.tr("Up {0} this turn.") if self._delta > 0 else self.tr("Down {0} this turn.")).format(
                abs(self._delta)
            )
        self.setAccessibleDescription(text)
        if self.interactive:
            self.setToolTip(text)

    def retranslate(self) -> None:
        """Refresh the texts after a language switch."""
        self._describe()
        self.update()

    # ---- geometry -----------------------------------------------------------------------------------------
    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        """The body text, the same in bold, and the figure's font."""
        base = QFont(self.font())
        bold = QFont(base)
        bold.setBold(True)
        big = QFont(bold)
        factor = _LOOKS[self.style_name].figure
        if base.pixelSize() > 0:
            big.setPixelSize(max(8, round(base.pixelSize() * factor)))
        else:
            big.setPointSizeF(base.pointSizeF() * factor)
        return base, bold, big

    def _line(self) -> float:
        return QFontMetricsF(self.font()).height()

    def _bar_height(self) -> float:
        return round(self._line() * _LOOKS[self.style_name].bar)

    def sizeHint(self) -> QSize:
        _base, _bold, big = self._fonts()
        line = self._line()
        if self.style_name is MeterStyle.PRACTICE:
            height = QFontMetricsF(big).height() + 6 + self._bar_height() + 6 + line * 1.3 + 4
            return QSize(260, round(height))
        if self.style_name is MeterStyle.PROJECTOR:
            # title, the figure (its cap height plus a little), the bar, the words
            height = line + QFontMetricsF(big).capHeight() * 1.35 + self._bar_height() + line * 1.5 + 8
        else:
            height = line * 1.2 + 4 + self._bar_height() + 2
        return QSize(round(line * 8), round(height))

    def minimumSizeHint(self) -> QSize:
        width = 180 if self.style_name is MeterStyle.PRACTICE else round(self._line() * 6)
        return QSize(width, self.sizeHint().height())

    # ---- painting -----------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            paint = {
                MeterStyle.PRACTICE: self._paint_practice,
                MeterStyle.PROJECTOR: self._paint_projector,
                MeterStyle.COMPACT: self._paint_compact,
            }[self.style_name]
            inset = 2 if self.interactive else 0  # room for the focus frame
            paint(painter, QRectF(self.rect()).adjusted(inset, inset, -inset, -inset))
            if self.showsFocusFrame():
                painter.setPen(QPen(self.scheme.accent, 1.5, Qt.PenStyle.DotLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        finally:
            painter.end()

    def _text(self, painter: QPainter, rect: QRectF, align: Qt.AlignmentFlag, text: str, colour: QColor) -> None:
        painter.setPen(colour)
        painter.drawText(rect, align | Qt.AlignmentFlag.AlignVCenter, text)

    def _paint_practice(self, painter: QPainter, rect: QRectF) -> None:
        base, bold, big = self._fonts()
        line = self._line()
        top = QRectF(rect.left(), rect.top(), rect.width(), QFontMetricsF(big).height())
        painter.setFont(bold)
        self._text(painter, top, Qt.AlignmentFlag.AlignLeft, self.title(), self.scheme.text)
        painter.setFont(big)
        self._text(painter, top, Qt.AlignmentFlag.AlignRight, self.valueText(), self.scheme.text)
        bar = self._paint_bar(painter, QRectF(rect.left(), top.bottom() + 6, rect.width(), self._bar_height()))
        below = QRectF(rect.left(), bar.bottom() + 6, rect.width(), line * 1.3)
        painter.setFont(base)
        self._text(painter, below, Qt.AlignmentFlag.AlignLeft, self.words(round(self._shown)), self.scheme.muted)
        change = self._change()
        if change is not None:
            painter.setFont(bold)
            self._text(painter, below, Qt.AlignmentFlag.AlignRight, *change)

    def _paint_projector(self, painter: QPainter, rect: QRectF) -> None:
        base, bold, big = self._fonts()
        line = self._line()
        painter.setFont(bold)
        self._text(
            painter,
            QRectF(rect.left(), rect.top(), rect.width(), line),
            Qt.AlignmentFlag.AlignLeft,
            self.title(),
            self.scheme.muted,
        )
        big_metrics = QFontMetricsF(big)
        figure_top = rect.top() + line
        baseline = figure_top + big_metrics.capHeight() * 1.15
        painter.setFont(big)
        painter.setPen(self.scheme.text)
        number = self.valueText()
        painter.drawText(QPointF(rect.left(), baseline), number)
        change = self._change()
        if change is not None:
            text, colour = change
            delta_font = QFont(big)
            delta_font.setPixelSize(max(8, round(big_metrics.height() * (0.42 if text == "?" else 0.28))))
            painter.setFont(delta_font)
            painter.setPen(colour)
            gap = big_metrics.horizontalAdvance(" ") * 0.8
            x = rect.left() + max(big_metrics.horizontalAdvance(number), big_metrics.horizontalAdvance("100")) + gap
            x = min(x, rect.right() - QFontMetricsF(delta_font).horizontalAdvance(text))
            painter.drawText(QPointF(x, baseline), text)
        bar_top = figure_top + big_metrics.capHeight() * 1.35
        bar = self._paint_bar(painter, QRectF(rect.left(), bar_top, rect.width(), self._bar_height()))
        painter.setFont(base)
        below = QRectF(rect.left(), bar.bottom() + line * 0.25, rect.width(), line * 1.2)
        if self._predicting:
            self._text(painter, below, Qt.AlignmentFlag.AlignLeft, self.tr("Predict: up or down?"), self.scheme.accent)
        else:
            self._text(painter, below, Qt.AlignmentFlag.AlignLeft, self.words(round(self._shown)), self.scheme.muted)

    def _paint_compact(self, painter: QPainter, rect: QRectF) -> None:
        _base, bold, _big = self._fonts()
        head = QRectF(rect.left(), rect.top(), rect.width(), self._line() * 1.2)
        painter.setFont(bold)
        self._text(painter, head, Qt.AlignmentFlag.AlignLeft, self.title(), self.scheme.muted)
        title_width = QFontMetricsF(bold).horizontalAdvance(self.title() + "  ")
        self._text(
            painter,
            head.adjusted(title_width, 0, 0, 0),
            Qt.AlignmentFlag.AlignLeft,
            self.valueText(),
            self.scheme.text,
        )
        change = self._change()
        if change is not None:
            self._text(painter, head, Qt.AlignmentFlag.AlignRight, *change)
        self._paint_bar(painter, QRectF(rect.left(), head.bottom() + 4, rect.width(), self._bar_height()))

    def _paint_bar(self, painter: QPainter, bar: QRectF) -> QRectF:
        """The track, the filled part in the level's tone, and ticks at the quarters; returns the bar."""
        shown = self._shown
        radius = bar.height() / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.scheme.track)
        painter.drawRoundedRect(bar, radius, radius)
        if shown > 0:
            filled = QRectF(bar.left(), bar.top(), max(bar.height(), bar.width() * shown / 100.0), bar.height())
            painter.setBrush(self.scheme.tone(level_tone(self.kind, shown)))
            painter.drawRoundedRect(filled, radius, radius)
        painter.setPen(QPen(self.scheme.faded(self.scheme.ground, 200), max(1.5, bar.height() / 8)))
        for level in (25, 50, 75):
            x = bar.left() + bar.width() * level / 100
            painter.drawLine(QPointF(x, bar.top() + 2), QPointF(x, bar.bottom() - 2))
        return bar

    # ---- bookkeeping --------------------------------------------------------------------------------------
    def _on_frame(self, value: object) -> None:
        self._shown = float(value)  # type: ignore[arg-type]
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self.updateGeometry()  # the window's scale changed: so does the space the meter needs
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


def projector_meters(parent: QWidget | None = None) -> tuple[MeterWidget, MeterWidget]:
    """The projector's pair: trust as the huge counting figure, tension as a compact bar, in the dark scheme."""
    return tuple(  # type: ignore[return-value]
        MeterWidget(kind, parent, style=style, scheme=palette.PROJECTOR, interactive=False, duration=REVEAL_MS)
        for kind, style in (("trust", MeterStyle.PROJECTOR), ("tension", MeterStyle.COMPACT))
    )


def compact_meters(parent: QWidget | None = None) -> tuple[MeterWidget, MeterWidget]:
    """A still pair of compact meters on light ground (the replay's panels)."""
    return tuple(  # type: ignore[return-value]
        MeterWidget(kind, parent, style=MeterStyle.COMPACT, interactive=False) for kind in ("trust", "tension")
    )
