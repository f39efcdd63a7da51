"""Where the keyboard focus goes after a click. Qt passes the focus of a widget that hides (an answer button
that is rebuilt, the answers when the conversation ends) to the next widget in the Tab chain, with the reason
"Tab"; in the practice screen that was the trust meter, which then drew its dotted focus frame as if the player
had tabbed to it. Each screen now moves the focus on purpose before it hides the focused widget.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget
from test_classroom_support import enter_classroom
from test_typed_answers import type_answer
from ui_practice_support import start_mini

from simulator.ui.kit.meter import MeterWidget


class FocusLog(QObject):
    """Every widget that receives the focus while installed, with the reason Qt gives."""

    def __init__(self) -> None:
        super().__init__()
        self.received: list[tuple[QWidget, Qt.FocusReason]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self.received.append((watched, event.reason()))  # type: ignore[attr-defined]
        return False

    def passed_along(self) -> list[str]:
        """Widgets that got the focus only because Qt moved it along the Tab chain (no Tab key was pressed)."""
        return [
            f"{type(widget).__name__}#{widget.objectName()}"
            for widget, reason in self.received
            if isinstance(widget, MeterWidget) or reason is Qt.FocusReason.TabFocusReason
        ]


@pytest.fixture
def focus_log(qapp):
    """A `FocusLog` watching the whole application for the test."""
    log = FocusLog()
    qapp.installEventFilter(log)
    yield log
    qapp.removeEventFilter(log)


def test_practice_click_keeps_focus_off_the_meter(make_window, qtbot, focus_log):
    """Clicking answers to the end of a conversation never hands the focus to the trust meter or along the Tab
    chain: it stays on the answers, and lands on "See your debrief" at the end."""
    window = make_window()
    start_mini(window, qtbot)
    practice = window.practice
    for _ in range(20):
        if window.session.finished:
            break
        buttons = practice.options.visible_buttons()
        qtbot.mouseClick(buttons[-1], Qt.MouseButton.LeftButton)  # the last one: the next turn may have fewer
        if not window.session.finished:
            assert QApplication.focusWidget() is practice.options
    assert window.session.finished
    assert QApplication.focusWidget() is practice.end_panel.button
    assert focus_log.passed_along() == []
    assert not practice.meters.findChild(MeterWidget).showsFocusFrame()


def test_did_you_mean_click_returns_to_the_box(make_window, qtbot, focus_log):
    """Clicking an interpretation of a vague typed answer puts the cursor back in the box, not on the meter."""
    window = make_window()
    start_mini(window, qtbot)
    practice = window.practice
    type_answer(qtbot, window, "i see")
    assert practice.typed.meant.isVisible()
    qtbot.mouseClick(practice.typed.meant_buttons[0], Qt.MouseButton.LeftButton)
    assert len(window.session.turns) == 1
    assert QApplication.focusWidget() is practice.typed.edit
    assert focus_log.passed_along() == []


def test_replay_try_click_keeps_focus_in_the_try(make_window, qtbot, data_dir, focus_log):
    """In a replay's try, clicking an answer keeps the focus in the try instead of passing it to the timeline's
    Start button."""
    from simulator.ui.replay.live import LivePanel, OptionButton
    from simulator.ui.replay.window import open_replay

    window = make_window()
    start_mini(window, qtbot)
    for _ in range(2):
        qtbot.mouseClick(window.practice.options.visible_buttons()[0], Qt.MouseButton.LeftButton)
    replay = open_replay(window.archive.path_for(window.session), None, data_dir=data_dir, language="en")
    assert replay is not None
    qtbot.addWidget(replay)
    replay.show()
    qtbot.waitExposed(replay)
    replay.activateWindow()
    qtbot.waitUntil(replay.isActiveWindow)
    replay.go_to(1)
    panel = replay.try_another_option()
    assert isinstance(panel, LivePanel)
    for _ in range(3):
        buttons = [button for button in panel.findChildren(OptionButton) if button.isVisible()]
        if not buttons:
            break
        qtbot.mouseClick(buttons[-1], Qt.MouseButton.LeftButton)
        assert QApplication.focusWidget() is panel
    assert focus_log.passed_along() == []


def test_classroom_click_keeps_focus_on_the_window(make_window, qtbot, focus_log):
    """A click on an answer card of the projector plays it and leaves the keys with the projector window."""
    window = make_window()
    start_mini(window, qtbot)
    controller = enter_classroom(window, qtbot)
    audience = controller.audience
    audience.activateWindow()
    audience.setFocus()
    qtbot.mouseClick(audience.turn_page.cards[0], Qt.MouseButton.LeftButton)
    assert controller.phase.value == "predicting"
    focused = QApplication.focusWidget()
    assert focused in (audience, controller.presenter, None)
    assert focus_log.passed_along() == []
