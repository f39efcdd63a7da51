"""The projector view: what the room sees. A passive window: the controller tells it what to show.

The customer (face, name, mood, the trust figure and tension, the needs found so far) stands on the left; the
stage on the right holds, in turn, the scenario list, the customer's line with the answers, the chosen answer
while the class predicts, what it did once revealed, and the ending. Everything is sized by the window's one
scale factor (see `look`), nothing depends on hovering, and the mouse pointer hides while it is idle.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from ..kit.widgets import PlainLabel
from . import look
from .customer import CustomerColumn
from .keys import Action, dispatch_key
from .overlays import KeyMapOverlay
from .slides import BlankScreen, BriefingPage, DiscussBand
from .stage import EndPage, PickPage, PickRow, TurnPage
from .window_base import ClassroomWindow

__all__ = ["AudienceWindow", "PickRow"]

MIN_FIT = 0.7
"""Long texts may shrink the scale to this share of the designed size, never further."""
MAX_FILL = 1.4
"""Short texts may grow the scale to this share of the designed size (body text about 40 px at 1080 lines):
larger still, a line holds too few words to read comfortably from the back of the room."""
FILL_SHARE = 0.8
"""Grown texts take at most this share of the stage's height, so the reveal that follows usually fits without
shrinking again and the page keeps some air around its content."""
FIT_STEP = 0.05
IDLE_POINTER_MS = 2500
"""The pointer hides after this long without moving, so it never sits on top of the text."""
ROOT_NAME = "classroomAudience"


class AudienceWindow(ClassroomWindow):
    """The full-screen projector window."""

    def __init__(self, zoom: float = 1.0, parent: QWidget | None = None) -> None:
        super().__init__(ROOT_NAME, parent)
        self.zoom = zoom
        self.fit = 1.0
        """How far long texts have made the scale shrink (1.0: not at all); see `fit_content`."""
        self.fill = 1.0
        """How far short texts have made the scale grow (1.0: not at all); see `fit_content`."""
        self._composed: tuple[object, ...] | None = None
        """What the stage showed when the scale was last chosen from scratch (see `fit_content`)."""

        outer = QVBoxLayout(self)
        # The window takes the screen's size, whatever its content asks: a full-screen window wider than its
        # screen would be cut off. Whether the content fits is checked instead (`overflow`, and the tests).
        outer.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        self.layouts.add(outer, (48, 26, 48, 22), 20)
        self.title, self.meta = self._label_row(outer, ("crTitle", "crMeta"), Qt.AlignmentFlag.AlignTop)

        body = QHBoxLayout()
        self.body = body
        """The customer column and the stage side by side (the class vote adds its panel here)."""
        self.layouts.add(body, 0, 48)
        self.column = CustomerColumn(self.layouts, self)
        body.addWidget(self.column)
        self.stage = QStackedWidget(self)
        self.pick_page = PickPage(self.layouts, self.stage)
        self.briefing_page = BriefingPage(self.layouts, self.stage)
        self.turn_page = TurnPage(self.layouts, self.stage)
        self.end_page = EndPage(self.layouts, self.stage)
        for page in (self.pick_page, self.briefing_page, self.turn_page, self.end_page):
            self.stage.addWidget(page)
        body.addWidget(self.stage, 1)
        outer.addLayout(body, 1)
        # A freeze's "Discuss" band takes its room from the content (which fits itself to what is left), so
        # it never covers the reasons the class is discussing.
        self.discuss = DiscussBand(self.layouts, self)
        outer.addWidget(self.discuss)

        self.hint, self.keys_hint = self._label_row(outer, ("crHint", "crHint"), Qt.AlignmentFlag.AlignBottom)

        self.key_map = KeyMapOverlay(self, self.layouts)
        self.blank = BlankScreen(self)
        for widget in self.findChildren(QWidget):
            # Keys belong to the window (see keyPressEvent); nothing inside takes focus or needs hovering.
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_POINTER_MS)
        self._idle.timeout.connect(self.hide_pointer)
        self.setMouseTracking(True)
        self.apply_scale()
        self.retranslate()

    def _label_row(
        self, outer: QVBoxLayout, names: tuple[str, str], align: Qt.AlignmentFlag
    ) -> tuple[PlainLabel, PlainLabel]:
        """A row across the window (the header, the footer): a wrapping label and a short one at its right."""
        row = QHBoxLayout()
        self.layouts.add(row, 0, 24)
        wide = PlainLabel("", self, object_name=names[0])
        short = PlainLabel("", self, object_name=names[1], wrap=False)
        row.addWidget(wide, 1)
        row.addWidget(short, 0, align)
        outer.addLayout(row)
        return wide, short

    # ---- scale ----------------------------------------------------------------------------------------------
    def set_zoom(self, zoom: float) -> None:
        """The trainer's text zoom on top of the window's own scale."""
        self.zoom = zoom
        self._composed = None  # choose the fill again at the new zoom
        self.apply_scale(force=True)
        self.fit_content()

    def apply_scale(self, *, force: bool = False) -> None:
        """Size everything for the window's current size: one factor, applied here at the root."""
        scale = look.audience_scale(self.size(), self.zoom) * self.fit * self.fill
        if not force and abs(scale - self.scale) < 0.005:
            return
        self.scale = scale
        self.setStyleSheet(look.style_sheet(scale, look.AUDIENCE_SIZES, ROOT_NAME))
        self.layouts.apply(scale)
        self.column.setFixedWidth(look.px(520, scale))
        self.column.set_scale(scale)
        self._place_overlays()

    def _place_overlays(self) -> None:
        self.key_map.relayout(self.scale)
        if self.blank.isVisible():
            self.blank.setGeometry(self.rect())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit = 1.0
        self._composed = None  # a new size: choose the fill again
        self.apply_scale()
        self.fit_content()
        self._place_overlays()

    def reset_fit(self) -> None:
        """Back to the designed size (a new session starts)."""
        self._composed = None
        if self.fit != 1.0 or self.fill != 1.0:
            self.fit = 1.0
            self.fill = 1.0
            self.apply_scale(force=True)

    def fit_content(self) -> None:
        """Size the whole window's scale to its content: short texts grow, long texts shrink.

        When the stage shows something new (another turn, the briefing, the ending), the type grows up to
        `MAX_FILL` while the content takes no more than `FILL_SHARE` of the height, so a short line with three
        short answers uses the wall instead of a strip at its top. Within one composition (asking, predicting,
        revealed, a freeze) the scale only shrinks, a step at a time, while the content does not fit, so the
        text does not jump while the class reads it. The bundled scenarios fit at the designed size; the
        shrinking is a safety net for longer texts and for the trainer's zoom.
        """
        if not self.isVisible():
            return  # a hidden window's layout is not at its size yet; showing it fits it (see showEvent)
        composed = self.composition()
        if composed != self._composed:
            self._composed = composed
            self._grow()
        for _ in range(16):
            if self.overflow() <= 0:
                return
            if self.fill > 1.0:
                self.fill = max(1.0, self.fill - FIT_STEP)
            elif self.fit > MIN_FIT:
                self.fit = max(MIN_FIT, self.fit * 0.95)
            else:
                return
            self.apply_scale(force=True)

    def composition(self) -> tuple[object, ...]:
        """What the stage shows, as far as choosing the type size goes: the page and its leading text."""
        page = self.stage.currentWidget()
        topic = page.topic() if isinstance(page, (PickPage, BriefingPage, TurnPage, EndPage)) else ""
        return (page, topic, self.column.isHidden(), self.title.text())

    def _grow(self) -> None:
        """Choose the largest fill, up to `MAX_FILL`, at which the stage's content takes at most `FILL_SHARE` of
        its height and the customer column still fits: first estimated from the room left free, then stepped
        down until it holds."""
        self.fit = 1.0
        self.fill = 1.0
        self.apply_scale(force=True)
        room = self.room_to_grow()
        if room <= 1.0:
            return
        # Text needs a little more than the scale's share of height (lines wrap sooner), hence the power below 1.
        steps = int((min(MAX_FILL, room**0.8) - 1.0) / FIT_STEP + 1e-6)
        while steps > 0:
            self.fill = 1.0 + steps * FIT_STEP
            self.apply_scale(force=True)
            if self.room_to_grow() >= 1.0:
                return
            steps -= 1
        self.fill = 1.0
        self.apply_scale(force=True)

    def room_to_grow(self) -> float:
        """How many times its content could grow before the stage's page takes more than `FILL_SHARE` of its
        height or the customer column more than all of it (below 1.0: already too full)."""
        limits = {self.stage.currentWidget(): FILL_SHARE, self.column: 1.0}
        shares = [needed / (limits.get(area, 1.0) * max(1, area.height())) for area, needed in self._areas()]
        worst = max(shares, default=0.0)
        return 1.0 / worst if worst > 0 else 0.0

    def _areas(self) -> list[tuple[QWidget, int]]:
        """The stage's page and the customer column, each with the height its content needs at its width."""
        layout = self.layout()
        if layout is None:
            return []
        layout.activate()
        found = []
        for area in (self.stage.currentWidget(), self.column):
            if area is None or area.isHidden():
                continue
            inner = area.layout()
            if inner is None:
                continue
            width = area.width()
            needed = (
                inner.totalHeightForWidth(width) if inner.hasHeightForWidth() else inner.totalMinimumSize().height()
            )
            found.append((area, needed))
        return found

    def overflow(self) -> int:
        """How many pixels the stage or the customer column needs beyond the height they have (0: fits)."""
        return max((needed - area.height() for area, needed in self._areas()), default=0)

    # ---- what to show ---------------------------------------------------------------------------------------
    def set_header(self, title: str, meta: str) -> None:
        """The scenario's title and where the conversation is."""
        self.title.setText(title)
        self.meta.setText(meta)

    def set_hint(self, hint: str) -> None:
        """The keys that matter right now, at the foot of the screen."""
        self.hint.setText(hint)

    def show_picking(self, heading: str, note: str, rows: Sequence[PickRow], selected: int) -> None:
        """The scenario list (no customer yet)."""
        self.column.hide()
        self.pick_page.show_rows(heading, note, rows, selected)
        self.stage.setCurrentWidget(self.pick_page)

    def show_briefing(self) -> BriefingPage:
        """The briefing slide, with the customer column beside it; fill it through the returned page."""
        self.column.show()
        self.stage.setCurrentWidget(self.briefing_page)
        return self.briefing_page

    def show_turn(self) -> TurnPage:
        """The turn page, with the customer column beside it; fill it through the returned page."""
        self.column.show()
        self.stage.setCurrentWidget(self.turn_page)
        return self.turn_page

    def show_ending(self) -> EndPage:
        """The ending page; fill it through the returned page."""
        self.column.show()
        self.stage.setCurrentWidget(self.end_page)
        return self.end_page

    def set_frozen(self, frozen: bool, question: str = "") -> None:
        """Show the "discuss" band under the content (which makes room for it), or take it away."""
        if frozen:
            self.discuss.set_question(question)
        self.discuss.setVisible(frozen)
        self.hint.setVisible(not frozen)  # the band says how to go on
        self.fit_content()

    def set_blank(self, colour: str) -> None:
        """Black ("black") or white ("white") out the whole window, or show it again ("")."""
        self.blank.blank(colour)

    def set_keys_shown(self, shown: bool) -> None:
        """Show or hide the key map."""
        if shown:
            self.key_map.retranslate()
            self.key_map.cover()
        else:
            self.key_map.hide()

    def retranslate(self) -> None:
        """The fixed texts in the current language."""
        self.setWindowTitle(self.tr("Classroom — Sales Resistance Simulator"))
        self.keys_hint.setText(self.tr("?: keys"))
        self.key_map.retranslate()
        self.column.trust.retranslate()
        self.column.tension.retranslate()

    # ---- keys and the pointer -------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not dispatch_key(event, self.actionTriggered.emit, repeatable=(Action.UP, Action.DOWN)):
            super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        handle = self.windowHandle()
        if handle is not None:
            # Pointer moves reach the window even where no widget tracks the mouse.
            handle.removeEventFilter(self)
            handle.installEventFilter(self)
        self._idle.start()
        self.reset_fit()
        self.fit_content()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.MouseMove, QEvent.Type.MouseButtonPress):
            self.show_pointer()
        return False

    def show_pointer(self) -> None:
        """Bring the pointer back (it moved) and hide it again after a while without moving."""
        if self.pointer_hidden():
            self.unsetCursor()
        self._idle.start()

    def hide_pointer(self) -> None:
        """Hide the mouse pointer over the projector view."""
        self.setCursor(Qt.CursorShape.BlankCursor)

    def pointer_hidden(self) -> bool:
        """True while the pointer is hidden."""
        return (
            self.testAttribute(Qt.WidgetAttribute.WA_SetCursor) and self.cursor().shape() == Qt.CursorShape.BlankCursor
        )
