"""The meters for keyboard and screen-reader users: the dotted focus frame only for focus moved with Tab (never
for focus that lands on a meter after a click), and every move of a meter announced to assistive technology."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessibleAnnouncementEvent, QAccessibleValueChangeEvent
from PySide6.QtWidgets import QApplication
from ui_practice_support import start_mini

from simulator.ui import announce


@pytest.fixture
def heard(monkeypatch) -> list[tuple[str, object]]:
    """What the accessibility bridge is told: ("value", n) and ("speak", sentence) events."""
    events: list[tuple[str, object]] = []

    def record(event) -> None:
        if isinstance(event, QAccessibleValueChangeEvent):
            events.append(("value", event.value()))
        elif isinstance(event, QAccessibleAnnouncementEvent):
            events.append(("speak", event.message()))

    monkeypatch.setattr(announce, "send", record)
    return events


def test_no_focus_frame_on_a_meter_after_a_click(make_window, qtbot):
    """Focus that lands on the trust meter because a clicked answer went away draws no frame; Tab does."""
    window = make_window()
    start_mini(window, qtbot)
    meter = window.practice.meters.trust
    meter.setFocus(Qt.FocusReason.OtherFocusReason)
    QApplication.processEvents()
    assert meter.hasFocus() and not meter.showsFocusFrame()
    window.practice.options.setFocus(Qt.FocusReason.OtherFocusReason)
    meter.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert meter.showsFocusFrame()


def test_a_turn_announces_the_meters(make_window, qtbot, heard):
    """After an answer, the trust and tension meters each report their new value and a spoken sentence."""
    window = make_window()
    start_mini(window, qtbot)
    session = window.session
    button = next(b for b in window.practice.options.visible_buttons() if b.option_id == "open-ask")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    spoken = [text for kind, text in heard if kind == "speak"]
    assert ("value", session.trust) in heard
    assert any(text.startswith("Trust: ") and f"{session.trust} of 100" in text for text in spoken), spoken
    assert any(text.startswith("Tension: ") for text in spoken), spoken


def test_hidden_meters_announce_nothing(make_window, qtbot, heard):
    """In hidden mode no meter change is announced (it would leak the meter)."""
    window = make_window(mode="hidden")
    start_mini(window, qtbot)
    button = next(b for b in window.practice.options.visible_buttons() if b.option_id == "open-ask")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert heard == []


def test_the_classroom_reveal_is_announced(make_window, qtbot, heard):
    """In classroom mode the reveal (R) announces the trust figure's new value; the prediction does not."""
    from PySide6.QtTest import QTest
    from test_classroom_support import enter_classroom, key_for

    window = make_window()
    start_mini(window, qtbot)
    controller = enter_classroom(window, qtbot)
    QTest.keyClick(controller.audience, key_for(controller, "open-ask"))
    assert not any(kind == "speak" for kind, _ in heard)
    QTest.keyClick(controller.audience, Qt.Key.Key_R)
    spoken = [text for kind, text in heard if kind == "speak"]
    assert any(text.startswith("Trust: ") and f"{controller.session.trust} of 100" in text for text in spoken)
