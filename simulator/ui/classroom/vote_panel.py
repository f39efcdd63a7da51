"""What the class vote looks like: the QR code, the spread as bars, and the two panels that hold them (one
beside the stage on the projector, one in the presenter view).

The panels are passive: `vote_bridge` fills them with plain text and numbers. The projector's panel is sized
by the projector's scale factor like everything else there (see `look`).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import segno
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage, QPainter, QPaintEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..widgets import PlainLabel
from . import look
from .look import ScaledLayouts
from .shared import wrapped

QR_BORDER = 3
"""Light modules around the code: phones read it more surely off a dark screen with a quiet zone."""
PANEL_WIDTH = 360
"""The projector panel's width at scale 1 (a 1920-pixel-wide projector)."""
QR_SIZE = 300


def qr_image(url: str) -> QImage:
    """The QR code of `url`, one pixel per module, dark on white (segno encodes it; Qt only shows it)."""
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=1, border=QR_BORDER, dark="#000000", light="#ffffff")
    return QImage.fromData(buffer.getvalue(), "PNG")


def qr_pixmap(url: str, size: int) -> QPixmap:
    """The QR code of `url` at most `size` pixels square, scaled by whole modules so every edge stays sharp."""
    image = qr_image(url)
    modules = max(1, image.width())
    side = modules * max(1, size // modules)
    return QPixmap.fromImage(
        image.scaled(side, side, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.FastTransformation)
    )


@dataclass(frozen=True)
class SpreadRow:
    """One answer's bar: its number as shown, its votes, and whether it is the one the class chose."""

    label: str
    votes: int
    leading: bool = False


class SpreadBars(QWidget):
    """The spread of a vote: a bar per answer, its length the share of the votes, with count and percent."""

    def __init__(self, parent: QWidget | None = None, *, font_px: int = 24) -> None:
        super().__init__(parent)
        self.rows: list[SpreadRow] = []
        self.font_px = font_px
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: Sequence[SpreadRow]) -> None:
        """Show `rows` (an empty list hides the bars)."""
        self.rows = list(rows)
        self.setVisible(bool(self.rows))
        self.updateGeometry()
        self.update()

    def set_font_px(self, font_px: int) -> None:
        """The text size; the bars' height follows it."""
        self.font_px = max(8, font_px)
        self.updateGeometry()
        self.update()

    def row_height(self) -> int:
        """One bar with its gap."""
        return round(self.font_px * 1.9)

    def sizeHint(self) -> QSize:
        return QSize(self.font_px * 12, self.row_height() * len(self.rows))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPixelSize(self.font_px)
        font.setBold(True)
        painter.setFont(font)
        total = sum(row.votes for row in self.rows)
        height = self.row_height()
        bar_height = round(height * 0.72)
        metrics = QFontMetrics(font)
        label_width = round(self.font_px * 1.5)
        widest = max((self._count_text(row.votes, total) for row in self.rows), key=metrics.horizontalAdvance)
        count_width = metrics.horizontalAdvance(widest) + round(self.font_px * 0.6)
        track_width = max(1, self.width() - label_width - count_width)
        for index, row in enumerate(self.rows):
            top = index * height + (height - bar_height) / 2
            colour = look.ACCENT if row.leading else look.SOFT
            painter.setPen(colour)
            painter.drawText(QRectF(0, top, label_width, bar_height), Qt.AlignmentFlag.AlignVCenter, row.label)
            track = QRectF(label_width, top, track_width, bar_height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(look.TRACK)
            painter.drawRoundedRect(track, bar_height / 5, bar_height / 5)
            share = row.votes / total if total else 0.0
            if share > 0:
                painter.setBrush(look.ACCENT if row.leading else look.LINE.lighter(150))
                filled = QRectF(track.left(), track.top(), max(bar_height / 2.5, track.width() * share), bar_height)
                painter.drawRoundedRect(filled, bar_height / 5, bar_height / 5)
            painter.setPen(look.TEXT)
            text = self._count_text(row.votes, total)
            painter.drawText(
                QRectF(label_width + track_width, top, count_width, bar_height),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                text,
            )
        painter.end()

    @staticmethod
    def _count_text(votes: int, total: int) -> str:
        return f"{votes} ({round(100 * votes / total) if total else 0}%)"


class VotePanel(QFrame):
    """The class vote on the projector: how to join (QR code, address, room code), the number of votes while
    it is open, and the spread as bars once it is closed."""

    def __init__(self, layouts: ScaledLayouts, scale: Callable[[], float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crPanel")
        # Its width follows the projector's scale through sizeHint, so the window's own fitting counts it in.
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Ignored)
        self.url = ""
        self.scale_of = scale
        self._qr_scale = 0.0
        box = QVBoxLayout(self)
        layouts.add(box, (22, 18, 22, 18), 10)
        self.kicker = PlainLabel("", self, object_name="crKicker")
        self.qr = QLabel(self)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address = PlainLabel("", self, object_name="crBody", wrap=False)
        self.address.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_title = PlainLabel("", self, object_name="crSoft", wrap=False)
        self.code_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code = PlainLabel("", self, object_name="crHeading", wrap=False)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count = PlainLabel("", self, object_name="crPrompt", wrap=False)
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.bars = SpreadBars(self)
        self.summary = wrapped("", self, "crBody")
        self.hint = wrapped("", self, "crSoft")
        for widget in (self.kicker, self.qr, self.address, self.code_title, self.code, self.count):
            box.addWidget(widget)
        box.addWidget(self.bars)
        box.addWidget(self.summary)
        box.addStretch(1)
        box.addWidget(self.hint)
        self.bars.hide()
        self.summary.hide()

    def sizeHint(self) -> QSize:
        return QSize(look.px(PANEL_WIDTH, self.scale_of()), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.sizeHint().width(), 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if abs(self.scale_of() - self._qr_scale) > 0.005:
            self._draw_qr()


    def set_link(self, kicker: str, url: str, address: str, code_title: str, code: str) -> None:
        """How to join: the QR code of `url`, the address to type and the room code."""
        self.kicker.setText(kicker)
        if url != self.url:
            self.url = url
            self._draw_qr()
        self.address.setText(address)
        self.code_title.setText(code_title)
        self.code.setText(code)

    def _draw_qr(self) -> None:
        scale = self.scale_of()
        self._qr_scale = scale
        self.bars.set_font_px(look.px(look.AUDIENCE_SIZES["body"], scale))
        if self.url:
            self.qr.setPixmap(qr_pixmap(self.url, look.px(QR_SIZE, scale)))

    def show_open(self, count: str, hint: str) -> None:
        """Voting is open: the join details and the number of votes (never the spread)."""
        for widget in (self.qr, self.address, self.code_title, self.code, self.count):
            widget.show()
        self.count.setText(count)
        self.bars.set_rows([])
        self.summary.hide()
        self.hint.setText(hint)

    def show_closed(self, rows: Sequence[SpreadRow], summary: str, hint: str, code_line: str) -> None:
        """Voting is closed: the spread as bars and what the class chose; the room code stays in small print."""
        for widget in (self.qr, self.address, self.code, self.count):
            widget.hide()
        self.code_title.setText(code_line)
        self.code_title.show()
        self.bars.set_rows(rows)
        self.summary.setText(summary)
        self.summary.setVisible(bool(summary))
        self.hint.setText(hint)

    def show_waiting(self, message: str, hint: str) -> None:
        """Nothing to vote on yet: how to join, and what the phones are waiting for."""
        for widget in (self.qr, self.address, self.code_title, self.code):
            widget.show()
        self.count.hide()
        self.bars.set_rows([])
        self.summary.setText(message)
        self.summary.show()
        self.hint.setText(hint)


class PresenterVotePanel(QFrame):
    """The class vote in the presenter view: the address and code, and the spread as it comes in."""

    def __init__(self, layouts: ScaledLayouts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crPanel")
        box = QVBoxLayout(self)
        layouts.add(box, (16, 10, 16, 12), 6)
        self.title = PlainLabel("", self, object_name="crKicker")
        self.status = PlainLabel("", self, object_name="crBody")
        self.bars = SpreadBars(self, font_px=15)
        box.addWidget(self.title)
        box.addWidget(self.status)
        box.addWidget(self.bars)

    def set_scale(self, scale: float) -> None:
        """Size the bars for the presenter view's scale."""
        self.bars.set_font_px(look.px(look.PRESENTER_SIZES["small"], scale))

    def show_vote(self, title: str, status: str, rows: Sequence[SpreadRow]) -> None:
        """The headline (address and code), what is happening, and the spread."""
        self.title.setText(title)
        self.status.setText(status)
        self.bars.set_rows(rows)
