"""Every classroom action and the keys that trigger it: one table that drives the key handling, the `?`
overlay on the projector and the key list in the presenter view, so what is shown is what works.

Keys are matched on the key code, and `?` also on the typed text, which keeps it working on keyboard layouts
where it needs Shift. Presentation remotes send Page Down / Right for "next" and Page Up / Left for "back", and
B / W (or . / ,) to black or white out the screen as in every slide program; any key brings the screen back.
Taking an answer back (undo) has its own keys, Z and Backspace, so a remote can never undo a turn by accident.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent


class Action(Enum):
    """What a key can do in classroom mode."""

    CHOOSE = "choose"
    UP = "up"
    DOWN = "down"
    REVEAL = "reveal"
    NEXT = "next"
    PREVIOUS = "previous"
    FREEZE = "freeze"
    BACK = "back"
    BLACK = "black"
    WHITE = "white"
    KEYS = "keys"
    LANGUAGE = "language"
    SCREEN = "screen"
    BIGGER = "bigger"
    SMALLER = "smaller"
    VOTE = "vote"
    LEAVE = "leave"
    WAKE = "wake"
    """Any other key: it only brings a blacked-out or whited-out screen back (no binding, not in the key map)."""


@dataclass(frozen=True)
class Binding:
    """One row of the key map: the action, its keys as shown, and the Qt keys that trigger it."""

    action: Action
    shown: str
    keys: tuple[Qt.Key, ...]


NUMBER_KEYS = {Qt.Key(Qt.Key.Key_0 + number): number for number in range(1, 10)}

MODIFIER_KEYS = frozenset(
    (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta, Qt.Key.Key_CapsLock)
)

BINDINGS: tuple[Binding, ...] = (
    Binding(Action.CHOOSE, "1 – 5", tuple(NUMBER_KEYS)),
    Binding(Action.UP, "↑", (Qt.Key.Key_Up,)),
    Binding(Action.DOWN, "↓", (Qt.Key.Key_Down,)),
    Binding(Action.REVEAL, "R", (Qt.Key.Key_R,)),
    Binding(
        Action.NEXT, "Enter  →  PgDn", (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Right, Qt.Key.Key_PageDown)
    ),
    Binding(Action.PREVIOUS, "←  PgUp", (Qt.Key.Key_Left, Qt.Key.Key_PageUp)),
    Binding(Action.FREEZE, "Space", (Qt.Key.Key_Space,)),
    Binding(Action.BACK, "Z  ⌫", (Qt.Key.Key_Z, Qt.Key.Key_Backspace)),
    Binding(Action.BLACK, "B", (Qt.Key.Key_B, Qt.Key.Key_Period)),
    Binding(Action.WHITE, "W", (Qt.Key.Key_W, Qt.Key.Key_Comma)),
    Binding(Action.KEYS, "?", (Qt.Key.Key_Question, Qt.Key.Key_F1, Qt.Key.Key_H)),
    Binding(Action.LANGUAGE, "L", (Qt.Key.Key_L,)),
    Binding(Action.SCREEN, "P", (Qt.Key.Key_P,)),
    Binding(Action.BIGGER, "+", (Qt.Key.Key_Plus, Qt.Key.Key_Equal)),
    Binding(Action.SMALLER, "−", (Qt.Key.Key_Minus, Qt.Key.Key_Underscore)),
    Binding(Action.VOTE, "V", (Qt.Key.Key_V,)),
    Binding(Action.LEAVE, "Esc", (Qt.Key.Key_Escape, Qt.Key.Key_F5)),
)


def description(action: Action) -> str:
    """What the action does, in the current language."""
    translate = QCoreApplication.translate
    texts = {
        Action.CHOOSE: translate("ClassroomKeys", "Play that answer (or start that scenario)"),
        Action.UP: translate("ClassroomKeys", "Move through the list of scenarios"),
        Action.DOWN: translate("ClassroomKeys", "Move through the list of scenarios"),
        Action.REVEAL: translate("ClassroomKeys", "Reveal what the answer did to trust"),
        Action.NEXT: translate("ClassroomKeys", "Go on to the customer's next line"),
        Action.PREVIOUS: translate("ClassroomKeys", "Go back a step (nothing is undone)"),
        Action.FREEZE: translate("ClassroomKeys", "Freeze to discuss; again to go on"),
        Action.BACK: translate("ClassroomKeys", "Take the last answer back and try another"),
        Action.BLACK: translate("ClassroomKeys", "Black screen; any key brings it back"),
        Action.WHITE: translate("ClassroomKeys", "White screen; any key brings it back"),
        Action.KEYS: translate("ClassroomKeys", "Show or hide these keys"),
        Action.LANGUAGE: translate("ClassroomKeys", "Switch between Dutch and English"),
        Action.SCREEN: translate("ClassroomKeys", "Choose the projector screen"),
        Action.BIGGER: translate("ClassroomKeys", "Larger or smaller text on the projector"),
        Action.SMALLER: translate("ClassroomKeys", "Larger or smaller text on the projector"),
        Action.VOTE: translate("ClassroomKeys", "Start or stop the class vote from phones"),
        Action.LEAVE: translate("ClassroomKeys", "Close this overlay, or leave classroom mode"),
    }
    return texts[action]


def short_description(action: Action) -> str:
    """The action in a word or two, for the presenter's key line."""
    translate = QCoreApplication.translate
    texts = {
        Action.CHOOSE: translate("ClassroomKeys", "answer"),
        Action.UP: translate("ClassroomKeys", "list"),
        Action.DOWN: translate("ClassroomKeys", "list"),
        Action.REVEAL: translate("ClassroomKeys", "reveal"),
        Action.NEXT: translate("ClassroomKeys", "next"),
        Action.PREVIOUS: translate("ClassroomKeys", "previous"),
        Action.FREEZE: translate("ClassroomKeys", "discuss"),
        Action.BACK: translate("ClassroomKeys", "take back"),
        Action.BLACK: translate("ClassroomKeys", "black"),
        Action.WHITE: translate("ClassroomKeys", "white"),
        Action.KEYS: translate("ClassroomKeys", "keys"),
        Action.LANGUAGE: translate("ClassroomKeys", "language"),
        Action.SCREEN: translate("ClassroomKeys", "screen"),
        Action.BIGGER: translate("ClassroomKeys", "text size"),
        Action.SMALLER: translate("ClassroomKeys", "text size"),
        Action.VOTE: translate("ClassroomKeys", "class vote"),
        Action.LEAVE: translate("ClassroomKeys", "leave"),
    }
    return texts[action]


def key_map(*, short: bool = False) -> list[tuple[str, str]]:
    """The key map as shown: (keys, what they do), with paired keys (↑ ↓, + −) on one row."""
    pairs = {Action.UP: Action.DOWN, Action.BIGGER: Action.SMALLER}
    by_action = {binding.action: binding for binding in BINDINGS}
    rows = []
    for binding in BINDINGS:
        if binding.action in pairs.values():
            continue
        shown = binding.shown
        if binding.action in pairs:
            shown = f"{shown}  {by_action[pairs[binding.action]].shown}"
        rows.append((shown, short_description(binding.action) if short else description(binding.action)))
    return rows


def claims_shortcut(event: QEvent) -> bool:
    """True for a ShortcutOverride of a key with a classroom action: accepting it keeps any menu or screen
    shortcut of the program from taking that key while a classroom window has the keyboard."""
    if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
        return False
    if action_for(event) is None:
        return False
    event.accept()
    return True


def action_for(event: QKeyEvent) -> tuple[Action, int] | None:
    """The action of a key press and, for a number key, its number; None for a key without an action.

    Keys with Ctrl, Alt or Meta are left alone (they belong to the system and the menus).
    """
    if event.modifiers() & (
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
    ):
        return None
    if event.text() == "?":
        return Action.KEYS, 0
    key = Qt.Key(event.key())
    if key in NUMBER_KEYS:
        return Action.CHOOSE, NUMBER_KEYS[key]
    for binding in BINDINGS:
        if key in binding.keys:
            return binding.action, 0
    return None


def dispatch_key(event: QKeyEvent, emit: Callable[[Action, int], object], repeatable: tuple[Action, ...] = ()) -> bool:
    """Emit the classroom action of a key press through `emit`; False when the key is not one of ours.

    Held keys repeat only for the `repeatable` actions (moving through a list), never for play, reveal or back.
    """
    found = action_for(event)
    if found is None:
        if Qt.Key(event.key()) not in MODIFIER_KEYS:
            emit(Action.WAKE, 0)  # any key brings a blanked screen back
        return False
    event.accept()
    if not event.isAutoRepeat() or found[0] in repeatable:
        emit(*found)
    return True
