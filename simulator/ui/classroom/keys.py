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

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent

from ...engine.classroom_flow import Action

__all__ = ["BINDINGS", "Action", "Binding", "action_for", "claims_shortcut", "dispatch_key", "key_map"]


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


def _texts() -> dict[Action, tuple[str, str]]:
    """Each action's description and its word or two for the presenter's key line, in the current language;
    the two halves of a pair of keys (↑ ↓, + −) share their texts."""
    translate = QCoreApplication.translate
    scenarios = (
        translate("ClassroomKeys", "Move through the list of scenarios"),
        translate("ClassroomKeys", "list"),
    )
    text_size = (
        translate("ClassroomKeys", "Larger or smaller text on the projector"),
        translate("ClassroomKeys", "text size"),
    )
    return {
        Action.CHOOSE: (
            translate("ClassroomKeys", "Play that answer (or start that scenario)"),
            translate("ClassroomKeys", "answer"),
        ),
        Action.UP: scenarios,
        Action.DOWN: scenarios,
        Action.REVEAL: (
            translate("ClassroomKeys", "Reveal what the answer did to trust"),
            translate("ClassroomKeys", "reveal"),
        ),
        Action.NEXT: (
            translate("ClassroomKeys", "Go on to the customer's next line"),
            translate("ClassroomKeys", "next"),
        ),
        Action.PREVIOUS: (
            translate("ClassroomKeys", "Go back a step (nothing is undone)"),
            translate("ClassroomKeys", "previous"),
        ),
        Action.FREEZE: (
            translate("ClassroomKeys", "Freeze to discuss; again to go on"),
            translate("ClassroomKeys", "discuss"),
        ),
        Action.BACK: (
            translate("ClassroomKeys", "Take the last answer back and try another"),
            translate("ClassroomKeys", "take back"),
        ),
        Action.BLACK: (
            translate("ClassroomKeys", "Black screen; any key brings it back"),
            translate("ClassroomKeys", "black"),
        ),
        Action.WHITE: (
            translate("ClassroomKeys", "White screen; any key brings it back"),
            translate("ClassroomKeys", "white"),
        ),
        Action.KEYS: (
            translate("ClassroomKeys", "Show or hide these keys"),
            translate("ClassroomKeys", "keys"),
        ),
        Action.LANGUAGE: (
            translate("ClassroomKeys", "Switch between Dutch and English"),
            translate("ClassroomKeys", "language"),
        ),
        Action.SCREEN: (
            translate("ClassroomKeys", "Choose the projector screen"),
            translate("ClassroomKeys", "screen"),
        ),
        Action.BIGGER: text_size,
        Action.SMALLER: text_size,
        Action.VOTE: (
            translate("ClassroomKeys", "Start or stop the class vote from phones"),
            translate("ClassroomKeys", "class vote"),
        ),
        Action.LEAVE: (
            translate("ClassroomKeys", "Close this overlay, or leave classroom mode"),
            translate("ClassroomKeys", "leave"),
        ),
    }


def description(action: Action) -> str:
    """What the action does, in the current language."""
    return _texts()[action][0]


def short_description(action: Action) -> str:
    """The action in a word or two, for the presenter's key line."""
    return _texts()[action][1]


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
