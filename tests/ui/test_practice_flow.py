"""The practice window as a trainee uses it: a scenario played to its end by mouse and by keyboard, the meters,
the needs notebook, the feedback modes, and the debrief with its replay."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_practice_support import GOOD_PATH, number_of, start_mini, visible_texts

from simulator.ui.meter import MeterWidget


def option_button(window, option_id: str):
    """The visible answer button for `option_id`."""
    return next(b for b in window.practice.options.visible_buttons() if b.option_id == option_id)


def test_whole_scenario_by_clicks_reaches_the_debrief(make_window, qtbot):
    """Clicking the good path ends committed, the end panel leads to a debrief that names the outcome."""
    window = make_window()
    start_mini(window, qtbot)
    for option_id in GOOD_PATH:
        qtbot.mouseClick(option_button(window, option_id), Qt.MouseButton.LeftButton)
    session = window.session
    assert session.finished and session.outcome == "committed"
    practice = window.practice
    assert practice.end_panel.isVisible() and not practice.options.isVisible()
    assert "Committed" in practice.end_panel.title.text()
    qtbot.mouseClick(practice.end_panel.button, Qt.MouseButton.LeftButton)
    debrief = window.debrief
    assert window.stack.currentWidget() is debrief
    assert debrief.outcome.text() == "Committed"
    assert debrief.ending.text() == "Sam books a follow-up himself."


def test_whole_scenario_by_keys(make_window, qtbot):
    """Keys 1-5 choose answers; the ending's button is focused so Enter opens the debrief."""
    window = make_window()
    start_mini(window, qtbot)
    for option_id in GOOD_PATH:
        qtbot.keyClick(window.practice, Qt.Key(Qt.Key.Key_0.value + number_of(window, option_id)))
    assert [turn.option for turn in window.session.turns] == GOOD_PATH
    assert window.session.outcome == "committed"
    qtbot.waitUntil(lambda: window.practice.end_panel.button.hasFocus())
    qtbot.keyClick(window.practice.end_panel.button, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.debrief


def test_keyboard_only_from_library_to_practice(make_window, qtbot):
    """The library's Start button works with the keyboard; the answers' panel has the focus, but no answer is
    highlighted (a focused first button reads as a recommendation)."""
    window = make_window()
    card = window.library.scenario_cards()[0]
    card.start.setFocus()
    qtbot.keyClick(card.start, Qt.Key.Key_Space)
    assert window.stack.currentWidget() is window.practice
    qtbot.waitUntil(lambda: window.practice.options.hasFocus())
    assert not any(button.hasFocus() for button in window.practice.options.buttons)
    qtbot.keyClick(window.practice.options, Qt.Key.Key_Tab)
    assert any(button.hasFocus() for button in window.practice.options.buttons), "Tab reaches the answers"


def test_no_answer_is_highlighted_after_a_click(make_window, qtbot):
    """After an answer is clicked, the next turn's answers show without a focus frame on any of them."""
    window = make_window()
    start_mini(window, qtbot)
    qtbot.mouseClick(option_button(window, "open-ask"), Qt.MouseButton.LeftButton)
    assert not any(button.hasFocus() for button in window.practice.options.buttons)


def test_number_key_without_such_option_does_nothing(make_window, qtbot):
    """Key 5 on a beat with three answers plays nothing."""
    window = make_window()
    start_mini(window, qtbot)
    qtbot.keyClick(window.practice, Qt.Key.Key_5)
    assert window.session.turns == ()


def test_meter_glides_to_its_new_value(make_window, qtbot):
    """After a turn the trust meter animates and ends at the session's trust, with words and a delta."""
    window = make_window()
    start_mini(window, qtbot)
    meter: MeterWidget = window.practice.meters.trust
    before = meter.displayedValue()
    qtbot.mouseClick(option_button(window, "open-ask"), Qt.MouseButton.LeftButton)
    trust = window.session.trust
    assert trust != before
    assert meter.value() == trust
    qtbot.waitUntil(lambda: meter.displayedValue() == trust and not meter.isAnimating(), timeout=3000)
    assert str(trust) in meter.accessibleDescription()
    assert meter.words() in meter.accessibleDescription()
    assert meter.accessibleName() == "Trust"


def test_turn_explanation_and_notebook_in_live_mode(make_window, qtbot):
    """A turn that uncovers a need fills the notebook and explains the change with reasons and deltas."""
    window = make_window()
    start_mini(window, qtbot)
    qtbot.mouseClick(option_button(window, "open-ask"), Qt.MouseButton.LeftButton)
    practice = window.practice
    assert practice.notebook.labels() == ["Clarity about cost"]
    turn = window.session.turns[0]
    why_texts = [row.text.text() for row in practice.why.rows]
    assert why_texts == [reason.text["en"] for reason in turn.reasons]
    chips = [chip.text() for row in practice.why.rows for chip in row.chips]
    assert any(chip.startswith("Trust +") for chip in chips)
    assert practice.why_scroll.isVisible() and practice.meters.isVisible()


def test_meter_mode_shows_meters_without_explanations(make_window, qtbot):
    """In meter mode the meters move but no reasons are shown."""
    window = make_window(mode="meter")
    start_mini(window, qtbot)
    qtbot.mouseClick(option_button(window, "open-ask"), Qt.MouseButton.LeftButton)
    practice = window.practice
    assert practice.meters.isVisible()
    assert not practice.why_scroll.isVisible()
    assert practice.note.isVisible()


def test_hidden_mode_hides_meters_until_the_debrief(make_window, qtbot):
    """In hidden mode neither meters nor reasons show while playing; the debrief shows the curves."""
    window = make_window(mode="hidden")
    start_mini(window, qtbot)
    practice = window.practice
    for option_id in GOOD_PATH:
        assert not practice.meters.isVisible() and not practice.why_scroll.isVisible()
        qtbot.mouseClick(option_button(window, option_id), Qt.MouseButton.LeftButton)
    assert not practice.right.isVisible()
    assert "Meters are hidden" in practice.progress.text()
    qtbot.mouseClick(practice.end_panel.button, Qt.MouseButton.LeftButton)
    assert window.debrief.curves.isVisible()
    assert window.debrief.curves.accessibleDescription().startswith("Trust: 35,")


def test_transcript_reads_in_order(make_window, qtbot):
    """The transcript shows the briefing, then customer, player and reply per turn, then the next line."""
    window = make_window()
    start_mini(window, qtbot)
    qtbot.mouseClick(option_button(window, "open-ask"), Qt.MouseButton.LeftButton)
    lines = [(line.role, line.text) for line in window.practice.transcript.lines()]
    assert lines == [
        ("narration", "You call Sam about the quote."),
        ("customer", "I don't know yet."),
        ("player", "What makes it hard?"),
        ("customer", "The cost isn't clear to me."),
        ("customer", "And now?"),
    ]


def test_debrief_reveals_needs_roots_measures_and_every_coach_comment(make_window, qtbot):
    """The debrief names the hidden roots and needs with explanations, the measures and all coach comments."""
    window = make_window()
    start_mini(window, qtbot)
    for option_id in GOOD_PATH:
        qtbot.mouseClick(option_button(window, option_id), Qt.MouseButton.LeftButton)
    window.show_debrief()
    texts = visible_texts(window.debrief)
    assert "Uncertainty (67%)" in texts and "Insecurity (33%)" in texts
    assert "Sam does not know what it really costs." in texts
    assert "Sam wants the board behind him." in texts
    assert "Reflections per question (MITI analogue)" in texts
    assert any("MITI was validated for counselling" in text for text in texts)
    assert "Calm under tension" in texts and "Slowing down vs pushing" in texts
    coach = [row.coach.text() for row in window.debrief.turn_rows]
    assert coach == ["Coach: " + turn.coach["en"] for turn in window.session.turns]
    assert any(text.startswith("Biggest rise in trust") for text in texts)


def test_replay_steps_through_the_turns_with_the_curves(make_window, qtbot):
    """Replay shows turn 1, Next moves on, and clicking a turn on the curves jumps there."""
    window = make_window()
    start_mini(window, qtbot)
    for option_id in GOOD_PATH:
        qtbot.mouseClick(option_button(window, option_id), Qt.MouseButton.LeftButton)
    window.show_debrief()
    debrief = window.debrief
    qtbot.mouseClick(debrief.replay_button, Qt.MouseButton.LeftButton)
    assert debrief.step_label.text() == "Turn 1 of 5"
    assert debrief.step_lines["player"][1].text() == "What makes it hard?"
    assert not debrief.prev_button.isEnabled()
    qtbot.mouseClick(debrief.next_button, Qt.MouseButton.LeftButton)
    assert debrief.step_label.text() == "Turn 2 of 5"
    assert debrief.curves.currentTurn() == 2
    debrief.curves.turnClicked.emit(4)
    assert debrief.step_label.text() == "Turn 4 of 5"
    assert debrief.step_coach.text() == "Coach: Summarising."


def test_try_again_and_back_to_library(make_window, qtbot):
    """Try again starts a fresh session of the same scenario; Back to library returns there."""
    window = make_window()
    start_mini(window, qtbot)
    qtbot.mouseClick(option_button(window, "open-argue"), Qt.MouseButton.LeftButton)
    first = window.session
    window.show_debrief()
    qtbot.mouseClick(window.debrief.again_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.practice
    assert window.session is not first and window.session.turns == ()
    assert window.session.scenario.id == "mini"
    qtbot.mouseClick(window.practice.leave_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.library


def test_option_buttons_have_accessible_names(make_window, qtbot):
    """Every answer button is named with its number and text for screen readers."""
    window = make_window()
    start_mini(window, qtbot)
    buttons = window.practice.options.visible_buttons()
    texts = {
        "open-ask": "What makes it hard?",
        "open-listen": "(You let a silence fall.)",
        "open-argue": "It really is the best choice.",
    }
    names = [button.accessibleName() for button in buttons]
    assert names == [f"{n}. {texts[b.option_id]}" for n, b in enumerate(buttons, start=1)]
    assert sorted(b.option_id for b in buttons) == sorted(texts)


def test_second_session_after_the_first_was_cleaned_up(make_window, qtbot):
    """Leaving a session, letting Qt clean up, and starting another one plays normally."""
    window = make_window()
    start_mini(window, qtbot)
    qtbot.mouseClick(option_button(window, "open-ask"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.practice.leave_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)  # deferred deletes of the old session's bridge run here
    window.library.hide_resume()
    start_mini(window, qtbot)
    qtbot.mouseClick(option_button(window, "open-listen"), Qt.MouseButton.LeftButton)
    assert [turn.option for turn in window.session.turns] == ["open-listen"]
    assert [line.text for line in window.practice.transcript.lines()][-2:] == ["Well.", "And now?"]
