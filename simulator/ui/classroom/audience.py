"""The projector view: what the room sees. A passive window: the controller tells it what to show.

The customer (face, name, mood, the trust figure and tension, the needs found so far) stands on the left; the
stage on the right holds, in turn, the scenario list, the customer's line with the answers, the chosen answer
while the class predicts, what it did once revealed, and the ending. Everything is sized by the window's one
scale factor (see `look`), nothing depends on hovering, and the mouse pointer hides while it is idle.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from .. import theme
from ..avatar import Avatar, confined
from ..words import expression_for, state_cue, state_name
from ..widgets import PlainLabel
from . import look
from .keys import Action, action_for
from .look import ScaledLayouts
from .overlays import DiscussOverlay, KeyMapOverlay
from .trust_figure import Gauge

if TYPE_CHECKING:
    from ...scenario import Scenario

MIN_FIT = 0.7
"""Long texts may shrink the scale to this share of the designed size, never further."""
IDLE_POINTER_MS = 2500
"""The pointer hides after this long without moving, so it never sits on top of the text."""
ROOT_NAME = "classroomAudience"
MAX_OPTIONS = 5
MAX_ROWS = 9
MOOD_TONES = {
    "guarded": "",
    "resisting": "bad",
    "exploring": "fair",
    "open": "good",
    "committed": "good",
    "complied": "bad",
    "withdrawn": "bad",
    "stalled": "",
}


def set_property(widget: QWidget, name: str, value: object) -> None:
    """Set a dynamic property used by a style sheet selector, re-polishing only when it changed."""
    if widget.property(name) != value:
        widget.setProperty(name, value)
        theme.polish(widget)


def wrapped(text: str, parent: QWidget, object_name: str) -> PlainLabel:
    """A word-wrapped plain-text label that grows in height as its text needs."""
    label = PlainLabel(text, parent, object_name=object_name)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


@dataclass(frozen=True)
class PickRow:
    """One scenario in the list: its title and who the customer is."""

    title: str
    detail: str


def fit_to_window(widget: QWidget) -> None:
    """Let the window decide `widget`'s height: a wrapped label's guessed minimum never makes the window grow
    past the screen. Whether the content fits is checked instead (`AudienceWindow.overflow`)."""
    policy = widget.sizePolicy()
    policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
    widget.setSizePolicy(policy)


class CustomerColumn(QWidget):
    """The customer's face, name and mood, the meters, and the needs found so far."""

    def __init__(self, assets_dir: Path, layouts: ScaledLayouts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fit_to_window(self)
        self.assets_dir = assets_dir
        box = QVBoxLayout(self)
        layouts.add(box, 0, 10)
        top = QHBoxLayout()
        layouts.add(top, 0, 20)
        self.avatar = Avatar(150, self)
        top.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        who = QVBoxLayout()
        layouts.add(who, 0, 6)
        self.name = wrapped("", self, "crName")
        self.role = wrapped("", self, "crRole")
        self.mood = PlainLabel("", self, object_name="crChip", wrap=False)
        self.mood.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        who.addWidget(self.name)
        who.addWidget(self.role)
        who.addWidget(self.mood, 0, Qt.AlignmentFlag.AlignLeft)
        who.addStretch(1)
        top.addLayout(who, 1)
        box.addLayout(top)
        self.cue = wrapped("", self, "crSoft")
        box.addWidget(self.cue)
        box.addSpacing(10)
        self.trust = Gauge("trust", self)
        self.tension = Gauge("tension", self)
        box.addWidget(self.trust)
        box.addWidget(self.tension)
        box.addSpacing(14)
        self.needs_title = PlainLabel("", self, object_name="crKicker", wrap=False)
        box.addWidget(self.needs_title)
        self.needs: list[PlainLabel] = []
        self.needs_box = QVBoxLayout()
        layouts.add(self.needs_box, 0, 4)
        box.addLayout(self.needs_box)
        box.addStretch(1)
        self._scenario: Scenario | None = None

    def set_scale(self, scale: float) -> None:
        """Resize the face with the rest of the window."""
        self.avatar.set_size(look.px(150, scale))

    def show_customer(self, scenario: Scenario, state: str, language: str) -> None:
        """The persona in `state`."""
        from ..words import localized

        self._scenario = scenario
        persona = scenario.persona
        self.name.setText(persona.name)
        self.role.setText(f"{localized(persona.role, language)} · {persona.company}")
        relative = persona.avatar.get(expression_for(state)) or persona.avatar.get("guarded", "")
        self.avatar.show_face(confined(self.assets_dir, relative), persona.name)
        self.avatar.setAccessibleName(state_name(state))
        self.mood.setText(state_name(state))
        set_property(self.mood, "tone", MOOD_TONES.get(str(state), ""))
        self.cue.setText(state_cue(state))

    def show_needs(self, found: Sequence[str], total: int) -> None:
        """The needs uncovered so far (labels) out of `total`."""
        self.needs_title.setText(self.tr("NEEDS FOUND: {0} OF {1}").format(len(found), total))
        self.needs_title.setVisible(total > 0)
        while len(self.needs) < len(found):
            label = wrapped("", self, "crNeed")
            self.needs_box.addWidget(label)
            self.needs.append(label)
        for index, label in enumerate(self.needs):
            if index < len(found):
                label.setText(f"✓ {found[index]}")
            label.setVisible(index < len(found))


class OptionCard(QFrame):
    """An answer on the projector: its number and its text; a click plays it, like its number key."""

    clicked = Signal(int)

    def __init__(self, number: int, layouts: ScaledLayouts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.setObjectName("crOption")
        row = QHBoxLayout(self)
        layouts.add(row, (18, 14, 24, 14), 20)
        self.badge = PlainLabel(str(number), self, object_name="crNumber", wrap=False)
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = wrapped("", self, "crBody")
        row.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)

    def show_option(self, number: int, text: str, *, chosen: bool = False) -> None:
        """Show answer `number` with `text`; `chosen` marks the answer the class picked."""
        self.number = number
        self.badge.setText(str(number))
        self.text.setText(text)
        self.setAccessibleName(f"{number}. {text}")
        set_property(self, "chosen", chosen)
        self.show()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.number)
        super().mousePressEvent(event)


class PickPage(QWidget):
    """The scenario list, numbered for the keyboard."""

    def __init__(self, layouts: ScaledLayouts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fit_to_window(self)
        box = QVBoxLayout(self)
        layouts.add(box, 0, 14)
        self.heading = PlainLabel("", self, object_name="crHeading")
        self.note = wrapped("", self, "crSoft")
        box.addWidget(self.heading)
        box.addWidget(self.note)
        box.addSpacing(8)
        self.rows: list[tuple[QFrame, PlainLabel, PlainLabel, PlainLabel]] = []
        for number in range(1, MAX_ROWS + 1):
            frame = QFrame(self)
            frame.setObjectName("crRow")
            row = QHBoxLayout(frame)
            layouts.add(row, (14, 10, 14, 10), 20)
            badge = PlainLabel(str(number), frame, object_name="crNumber", wrap=False)
            badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
            texts = QVBoxLayout()
            layouts.add(texts, 0, 2)
            title = wrapped("", frame, "crName")
            detail = wrapped("", frame, "crSoft")
            texts.addWidget(title)
            texts.addWidget(detail)
            row.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
            row.addLayout(texts, 1)
            box.addWidget(frame)
            frame.hide()
            self.rows.append((frame, badge, title, detail))
        box.addStretch(1)

    def show_rows(self, heading: str, note: str, rows: Sequence[PickRow], selected: int) -> None:
        """List `rows` (at most nine), `selected` (0-based) highlighted."""
        self.heading.setText(heading)
        self.note.setText(note)
        for index, (frame, _badge, title, detail) in enumerate(self.rows):
            if index < len(rows):
                title.setText(rows[index].title)
                detail.setText(rows[index].detail)
                set_property(frame, "selected", index == selected)
            frame.setVisible(index < len(rows))


class TurnPage(QWidget):
    """One turn on the stage: the customer's line, then the answers, the chosen answer, or what it did."""

    optionClicked = Signal(int)

    def __init__(self, layouts: ScaledLayouts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fit_to_window(self)
        box = QVBoxLayout(self)
        layouts.add(box, 0, 12)
        self.notice = wrapped("", self, "crPrompt")
        box.addWidget(self.notice)
        self.speaker = PlainLabel("", self, object_name="crKicker", wrap=False)
        self.line = wrapped("", self, "crQuote")
        box.addWidget(self.speaker)
        box.addWidget(self.line)
        box.addSpacing(10)
        self.answers_title = PlainLabel("", self, object_name="crKicker", wrap=False)
        box.addWidget(self.answers_title)
        self.cards: list[OptionCard] = []
        for number in range(1, MAX_OPTIONS + 1):
            card = OptionCard(number, layouts, self)
            card.clicked.connect(self.optionClicked)
            card.hide()
            box.addWidget(card)
            self.cards.append(card)
        # While the class predicts: the question, in the trainer's accent colour.
        self.prompt = QFrame(self)
        self.prompt.setObjectName("crPromptPanel")
        prompt_box = QVBoxLayout(self.prompt)
        layouts.add(prompt_box, (28, 20, 28, 20), 6)
        self.prompt_text = wrapped("", self.prompt, "crPrompt")
        self.prompt_hint = wrapped("", self.prompt, "crSoft")
        prompt_box.addWidget(self.prompt_text)
        prompt_box.addWidget(self.prompt_hint)
        box.addWidget(self.prompt)
        # Once revealed: the reply and why trust moved.
        self.reply_speaker = PlainLabel("", self, object_name="crKicker", wrap=False)
        self.reply = wrapped("", self, "crQuote")
        box.addWidget(self.reply_speaker)
        box.addWidget(self.reply)
        self.why = QFrame(self)
        self.why.setObjectName("crPanel")
        why_box = QVBoxLayout(self.why)
        layouts.add(why_box, (24, 16, 24, 18), 8)
        self.chips_row = QHBoxLayout()
        layouts.add(self.chips_row, 0, 14)
        self.chips: list[PlainLabel] = []
        for _ in range(3):
            chip = PlainLabel("", self.why, object_name="crChip", wrap=False)
            chip.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            self.chips_row.addWidget(chip)
            self.chips.append(chip)
        self.chips_row.addStretch(1)
        why_box.addLayout(self.chips_row)
        self.reasons: list[PlainLabel] = []
        self.reasons_box = QVBoxLayout()
        layouts.add(self.reasons_box, 0, 6)
        why_box.addLayout(self.reasons_box)
        box.addWidget(self.why)
        box.addStretch(1)

    # ---- the three moments of a turn ------------------------------------------------------------------------
    def _customer(self, speaker: str, line: str, *, context: bool) -> None:
        self.speaker.setText(speaker)
        self.line.setText(line)
        # Once an answer is chosen, the customer's line is context: smaller, so the answer stands out.
        set_property(self.line, "context", context)

    def show_asking(self, speaker: str, line: str, answers_title: str, options: Sequence[str], notice: str) -> None:
        """The customer's line and the answers to choose from."""
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        self._customer(speaker, line, context=False)
        self.answers_title.setText(answers_title)
        for index, card in enumerate(self.cards):
            if index < len(options):
                card.show_option(index + 1, options[index])
            else:
                card.hide()
        self.prompt.hide()
        self._hide_reveal()

    def show_chosen(self, speaker: str, line: str, answers_title: str, number: int, answer: str) -> None:
        """Only the chosen answer under the customer's line."""
        self.notice.hide()
        self._customer(speaker, line, context=True)
        self.answers_title.setText(answers_title)
        self.cards[0].show_option(number, answer, chosen=True)
        for card in self.cards[1:]:
            card.hide()

    def show_predicting(self, question: str, hint: str) -> None:
        """The question the class answers before the reveal."""
        self.prompt_text.setText(question)
        self.prompt_hint.setText(hint)
        self.prompt.show()
        self._hide_reveal()

    def show_revealed(
        self, speaker: str, reply: str, chips: Sequence[tuple[str, str]], reasons: Sequence[str]
    ) -> None:
        """The customer's reply, the changes as chips (text, tone) and the reasons behind them."""
        self.prompt.hide()
        self.reply_speaker.setText(speaker)
        self.reply.setText(reply)
        self.reply_speaker.show()
        self.reply.show()
        for index, chip in enumerate(self.chips):
            if index < len(chips):
                chip.setText(chips[index][0])
                set_property(chip, "tone", chips[index][1])
            chip.setVisible(index < len(chips))
        while len(self.reasons) < len(reasons):
            label = wrapped("", self.why, "crBody")
            self.reasons_box.addWidget(label)
            self.reasons.append(label)
        for index, label in enumerate(self.reasons):
            if index < len(reasons):
                label.setText(f"• {reasons[index]}")
            label.setVisible(index < len(reasons))
        self.why.setVisible(bool(chips) or bool(reasons))

    def _hide_reveal(self) -> None:
        self.reply_speaker.hide()
        self.reply.hide()
        self.why.hide()


class EndPage(QWidget):
    """How the conversation ended, with a few facts for the class to talk about."""

    def __init__(self, layouts: ScaledLayouts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fit_to_window(self)
        box = QVBoxLayout(self)
        layouts.add(box, 0, 14)
        self.kicker = PlainLabel("", self, object_name="crKicker", wrap=False)
        self.outcome = PlainLabel("", self, object_name="crOutcome", wrap=False)
        self.summary = wrapped("", self, "crQuote")
        self.ending = wrapped("", self, "crSoft")
        for widget in (self.kicker, self.outcome, self.summary, self.ending):
            box.addWidget(widget)
        box.addSpacing(12)
        self.facts: list[PlainLabel] = []
        for _ in range(4):
            fact = wrapped("", self, "crBody")
            box.addWidget(fact)
            self.facts.append(fact)
        box.addStretch(1)

    def show_ending(self, kicker: str, outcome: str, tone: str, summary: str, ending: str, facts: Sequence[str]) -> None:
        """Fill in the ending."""
        self.kicker.setText(kicker)
        self.outcome.setText(outcome)
        set_property(self.outcome, "tone", tone)
        self.summary.setText(summary)
        self.ending.setText(ending)
        self.ending.setVisible(bool(ending))
        for index, label in enumerate(self.facts):
            if index < len(facts):
                label.setText(facts[index])
            label.setVisible(index < len(facts))


class AudienceWindow(QWidget):
    """The full-screen projector window."""

    actionTriggered = Signal(object, int)
    """A key with a classroom action was pressed: (`Action`, number for number keys)."""
    closeRequested = Signal()
    """The window is being closed from outside (window manager): leave classroom mode."""

    def __init__(self, assets_dir: Path, zoom: float = 1.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(ROOT_NAME)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.zoom = zoom
        self.fit = 1.0
        """How far long texts have made the scale shrink (1.0: not at all); see `fit_content`."""
        self.scale = 0.0
        self.layouts = ScaledLayouts()
        self._closing_on_purpose = False

        outer = QVBoxLayout(self)
        self.layouts.add(outer, (48, 26, 48, 22), 20)
        header = QHBoxLayout()
        self.layouts.add(header, 0, 24)
        self.title = PlainLabel("", self, object_name="crTitle")
        self.meta = PlainLabel("", self, object_name="crMeta", wrap=False)
        header.addWidget(self.title, 1)
        header.addWidget(self.meta, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(header)

        body = QHBoxLayout()
        self.layouts.add(body, 0, 48)
        self.column = CustomerColumn(assets_dir, self.layouts, self)
        body.addWidget(self.column)
        self.stage = QStackedWidget(self)
        self.pick_page = PickPage(self.layouts, self.stage)
        self.turn_page = TurnPage(self.layouts, self.stage)
        self.end_page = EndPage(self.layouts, self.stage)
        for page in (self.pick_page, self.turn_page, self.end_page):
            self.stage.addWidget(page)
        body.addWidget(self.stage, 1)
        outer.addLayout(body, 1)

        footer = QHBoxLayout()
        self.layouts.add(footer, 0, 24)
        self.hint = PlainLabel("", self, object_name="crHint")
        self.keys_hint = PlainLabel("", self, object_name="crHint", wrap=False)
        footer.addWidget(self.hint, 1)
        footer.addWidget(self.keys_hint, 0, Qt.AlignmentFlag.AlignBottom)
        outer.addLayout(footer)

        self.discuss = DiscussOverlay(self, self.layouts)
        self.key_map = KeyMapOverlay(self, self.layouts)
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

    # ---- scale ----------------------------------------------------------------------------------------------
    def set_zoom(self, zoom: float) -> None:
        """The trainer's text zoom on top of the window's own scale."""
        self.zoom = zoom
        self.apply_scale(force=True)

    def apply_scale(self, *, force: bool = False) -> None:
        """Size everything for the window's current size: one factor, applied here at the root."""
        scale = look.audience_scale(self.size(), self.zoom) * self.fit
        if not force and abs(scale - self.scale) < 0.005:
            return
        self.scale = scale
        self.setStyleSheet(look.style_sheet(scale, look.AUDIENCE_SIZES, ROOT_NAME))
        self.layouts.apply(scale)
        self.column.setFixedWidth(look.px(520, scale))
        self.column.set_scale(scale)
        self.discuss.fit_width(self.width())
        for overlay in (self.discuss, self.key_map):
            overlay.setGeometry(self.rect())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit = 1.0
        self.apply_scale()
        self.fit_content()
        for overlay in (self.discuss, self.key_map):
            overlay.setGeometry(self.rect())
        self.discuss.fit_width(self.width())

    def reset_fit(self) -> None:
        """Back to the designed size (a new session starts)."""
        if self.fit != 1.0:
            self.fit = 1.0
            self.apply_scale(force=True)

    def fit_content(self) -> None:
        """Shrink the whole window's scale, a step at a time, while its content does not fit.

        The scale only shrinks during a session (`reset_fit` undoes it), so the text does not jump in size
        from one turn to the next. The bundled scenarios fit at the designed size; this is a safety net for
        longer texts and for the trainer's zoom.
        """
        for _ in range(12):
            if self.fit <= MIN_FIT or self.overflow() <= 0:
                return
            self.fit = max(MIN_FIT, self.fit * 0.95)
            self.apply_scale(force=True)

    def overflow(self) -> int:
        """How many pixels the stage or the customer column needs beyond the height they have (0: fits)."""
        layout = self.layout()
        if layout is None:
            return 0
        layout.activate()
        worst = 0
        for area in (self.stage.currentWidget(), self.column):
            if area is None or area.isHidden():
                continue
            inner = area.layout()
            if inner is None:
                continue
            width = area.width()
            needed = inner.totalHeightForWidth(width) if inner.hasHeightForWidth() else inner.totalMinimumSize().height()
            worst = max(worst, needed - area.height())
        return worst

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
        """Dim everything under the "discuss" overlay, or lift it."""
        if frozen:
            self.discuss.set_question(question)
            self.discuss.cover()
        else:
            self.discuss.hide()

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
        found = action_for(event)
        if found is None:
            super().keyPressEvent(event)
            return
        event.accept()
        if not event.isAutoRepeat() or found[0] in (Action.UP, Action.DOWN):
            self.actionTriggered.emit(*found)

    def showEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().showEvent(event)  # type: ignore[arg-type]
        handle = self.windowHandle()
        if handle is not None:
            # Pointer moves reach the window even where no widget tracks the mouse.
            handle.removeEventFilter(self)
            handle.installEventFilter(self)
        self._idle.start()

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
        return self.testAttribute(Qt.WidgetAttribute.WA_SetCursor) and self.cursor().shape() == Qt.CursorShape.BlankCursor

    def close_on_purpose(self) -> None:
        """Close without asking to leave classroom mode (the controller is already leaving)."""
        self._closing_on_purpose = True
        self.close()
        self._closing_on_purpose = False

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing_on_purpose:
            self.closeRequested.emit()
        super().closeEvent(event)
