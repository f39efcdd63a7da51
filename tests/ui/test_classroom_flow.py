"""The classroom flow a trainer expects: the briefing slide before the first line, a presenter remote's keys
(Page Down / Page Up, B / W for a black or white screen, any key to come back), taking back on its own key,
a "Discuss" band that leaves the reasons readable, demos kept out of the player's own lists, discussion time
not counted as response time, and a failed save reported on the presenter view.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from test_classroom_support import enter_classroom, key_for
from ui_practice_support import visible_texts

from simulator.ui.classroom import Phase


def press(controller, key) -> None:
    """Press `key` on the projector window."""
    QTest.keyClick(controller.audience, key)


def on_window(widget) -> QRect:
    """`widget`'s rectangle in its window's coordinates."""
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


@pytest.fixture
def from_list(make_window, qtbot):
    """Classroom mode entered from the library, the mini scenario started from the projector's list."""
    window = make_window()
    controller = enter_classroom(window, qtbot)
    press(controller, Qt.Key.Key_1)
    return controller


def test_the_briefing_comes_before_the_first_line(from_list):
    """A new session opens on the situation and the briefing; Page Down brings the customer's first line."""
    assert from_list.phase is Phase.BRIEFING
    texts = visible_texts(from_list.audience)
    assert "A customer hesitates over a quote." in texts and "You call Sam about the quote." in texts
    assert "I don't know yet." not in texts
    press(from_list, key_for(from_list, "open-ask"))
    assert from_list.session.turns == (), "a number on the briefing plays nothing"
    press(from_list, Qt.Key.Key_PageDown)
    assert from_list.phase is Phase.ASKING
    assert "I don't know yet." in visible_texts(from_list.audience)


def test_page_up_steps_back_without_undoing(from_list):
    """Page Up goes back a moment: the reveal to the prediction, the next line to the reveal, the first line to
    the briefing; no turn is taken back."""
    press(from_list, Qt.Key.Key_PageDown)
    press(from_list, key_for(from_list, "open-ask"))
    press(from_list, Qt.Key.Key_R)
    press(from_list, Qt.Key.Key_PageUp)
    assert from_list.phase is Phase.PREDICTING and from_list.audience.column.trust.isPredicting()
    press(from_list, Qt.Key.Key_R)
    press(from_list, Qt.Key.Key_Right)
    assert from_list.phase is Phase.ASKING
    press(from_list, Qt.Key.Key_Left)
    assert from_list.phase is Phase.REVEALED and len(from_list.session.turns) == 1
    press(from_list, Qt.Key.Key_Z)
    assert from_list.session.turns == () and from_list.phase is Phase.ASKING
    press(from_list, Qt.Key.Key_PageUp)
    assert from_list.phase is Phase.BRIEFING


@pytest.mark.parametrize(("key", "colour"), [(Qt.Key.Key_B, "black"), (Qt.Key.Key_W, "white")])
def test_b_and_w_blank_the_screen_until_any_key(from_list, key, colour):
    """B blacks out and W whites out the projector (as in slide programs); the next key, whatever it is, only
    brings the screen back; B never takes a turn back."""
    press(from_list, Qt.Key.Key_PageDown)
    press(from_list, key_for(from_list, "open-ask"))
    press(from_list, key)
    blank = from_list.audience.blank
    assert blank.isVisible() and blank.geometry() == from_list.audience.rect()
    image = from_list.audience.grab().toImage()
    expected = Qt.GlobalColor.black if colour == "black" else Qt.GlobalColor.white
    assert image.pixelColor(image.width() // 2, image.height() // 2) == expected
    assert len(from_list.session.turns) == 1
    assert colour in from_list.presenter.status_title.text()
    press(from_list, Qt.Key.Key_Q)  # a key without an action
    assert not blank.isVisible() and from_list.phase is Phase.PREDICTING
    press(from_list, Qt.Key.Key_R)
    assert from_list.phase is Phase.REVEALED


def test_key_map_lists_the_remote_keys(from_list):
    """The ? map shows Page Down / Page Up, B and W, and take-back on Z."""
    press(from_list, Qt.Key.Key_Question)
    texts = visible_texts(from_list.audience.key_map)
    assert "Enter  →  PgDn" in texts and "←  PgUp" in texts and "Z  ⌫" in texts
    assert "Black screen; any key brings it back" in texts and "White screen; any key brings it back" in texts
    assert "Take the last answer back and try another" in texts


def test_discuss_band_leaves_the_reasons_readable(from_list):
    """Frozen after a reveal, the "Discuss" band sits beside the reasons: none of them is covered."""
    press(from_list, Qt.Key.Key_PageDown)
    press(from_list, key_for(from_list, "open-argue"))
    press(from_list, Qt.Key.Key_R)
    press(from_list, Qt.Key.Key_Space)
    band = from_list.audience.discuss
    reasons = [label for label in from_list.audience.turn_page.reasons if label.isVisible()]
    assert band.isVisible() and reasons
    for label in reasons:
        assert label.visibleRegion().boundingRect() == label.rect(), label.text()
        assert not on_window(band).intersects(on_window(label)), label.text()


def test_taken_back_banner_follows_the_language(from_list):
    """The "Taken back" note is in the screen's language, also after L switches it."""
    press(from_list, Qt.Key.Key_PageDown)
    press(from_list, key_for(from_list, "open-argue"))
    press(from_list, Qt.Key.Key_Z)
    assert from_list.audience.turn_page.notice.text().startswith("Taken back:")
    press(from_list, Qt.Key.Key_L)
    assert from_list.audience.turn_page.notice.text().startswith("Teruggenomen:")


def test_a_classroom_demo_is_not_offered_to_the_player(from_list, data_dir):
    """A demo played with the class is saved and marked as such in the history, but not offered for resuming
    nor listed among the player's recent sessions."""
    from simulator.ui.replay.history import HistoryView

    window = from_list.host
    press(from_list, Qt.Key.Key_PageDown)
    press(from_list, key_for(from_list, "open-ask"))
    press(from_list, Qt.Key.Key_Escape)
    window.show_library()
    summaries = window.archive.summaries()
    assert [s.kind for s in summaries] == ["classroom"] and summaries[0].unfinished
    assert not window.library.resume_card.isVisible()
    assert window.library.recent_list.count() == 0 or all(
        "Mini" not in window.library.recent_list.item(i).text() for i in range(window.library.recent_list.count())
    )
    history = HistoryView(data_dir)
    assert history.table.topLevelItem(0).text(1) == "Mini conversation (classroom demo)"
    history.deleteLater()


def test_discussion_time_is_not_response_time(make_window, qtbot):
    """Time frozen for discussion (and blanked) is left out of the answer's response time."""
    window = make_window()
    controller = enter_classroom(window, qtbot)
    press(controller, Qt.Key.Key_1)
    now = [100.0]
    controller.clock.now = lambda: now[0]
    press(controller, Qt.Key.Key_Return)  # the answers show: the clock starts
    now[0] = 110.0
    press(controller, Qt.Key.Key_Space)
    now[0] = 170.0
    press(controller, Qt.Key.Key_Space)
    press(controller, Qt.Key.Key_B)
    now[0] = 200.0
    press(controller, Qt.Key.Key_Space)  # only brings the screen back
    now[0] = 205.0
    press(controller, key_for(controller, "open-ask"))
    assert controller.session.turns[0].response_ms == 15000


def test_a_failed_first_save_is_told_on_the_presenter_view(make_window, qtbot, data_dir):
    """When the first autosave fails in classroom mode, the presenter's status says so; no message box opens
    on the hidden main window."""
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "sessions").write_text("not a folder", encoding="utf-8")
    window = make_window()
    controller = enter_classroom(window, qtbot)
    press(controller, Qt.Key.Key_1)
    press(controller, Qt.Key.Key_Return)
    press(controller, key_for(controller, "open-ask"))
    assert len(controller.session.turns) == 1
    assert window.messages == []
    assert "could not be saved" in controller.presenter.status_text.text()
