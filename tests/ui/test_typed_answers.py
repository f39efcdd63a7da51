"""Answering in your own words in the window: a whole scenario played by typing, "Did you mean…?" with keys 1-3,
not-caught input recorded nowhere, the Answer-by setting kept, and the typed words in transcript and replay."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_practice_support import start_mini

from simulator.engine import Session

TYPED_GOOD_PATH = [
    "what makes it hard for you to decide?",
    "i get the feeling this is more about not wanting to decide alone",
    "so to sum up: you want clarity on the costs, right?",
    "let me recap: clear costs and not deciding alone, correct?",
    "shall we plan a short call with your partner to go through the quote together?",
]


def type_answer(qtbot, window, text: str) -> None:
    """Press T, type `text` into the answer box and press Enter, as a trainee would."""
    practice = window.practice
    qtbot.keyClick(practice, Qt.Key.Key_T)
    qtbot.waitUntil(lambda: practice.typed.edit.hasFocus())
    qtbot.keyClicks(practice.typed.edit, text)
    qtbot.keyClick(practice.typed.edit, Qt.Key.Key_Return)


def test_a_whole_scenario_played_by_typing(make_window, qtbot):
    """Typed sentences become turns to the committed ending; the transcript shows the trainee's own words."""
    window = make_window()
    window.set_answer_by("type")
    start_mini(window, qtbot)
    practice = window.practice
    assert practice.typed.isVisible() and not practice.options.isVisible(), "typing hides the option buttons"
    for sentence in TYPED_GOOD_PATH:
        type_answer(qtbot, window, sentence)
    session = window.session
    assert [turn.option for turn in session.turns] == [
        "open-ask",
        "middle-name",
        "close-summarize",
        "close-summarize",
        "close-propose",
    ]
    assert session.outcome == "committed"
    said = [line.text for line in practice.transcript.lines() if line.role == "player"]
    assert said == TYPED_GOOD_PATH
    assert practice.end_panel.isVisible() and not practice.typed.isVisible()
    loaded = Session.load(window.archive.path_for(session))
    assert [turn.typed.text for turn in loaded.turns] == TYPED_GOOD_PATH


def test_did_you_mean_asks_with_buttons_and_keys(make_window, qtbot):
    """A vague answer is never played silently: 2-3 interpretations as buttons; key 2 plays the second."""
    window = make_window()
    start_mini(window, qtbot)
    practice = window.practice
    type_answer(qtbot, window, "i see")
    assert practice.typed.meant.isVisible()
    shown = [b for b in practice.typed.meant_buttons if b.isVisible()]
    assert 2 <= len(shown) <= 3 and window.session.turns == ()
    second = practice.typed._pending[1][1][0]
    qtbot.keyClick(practice, Qt.Key.Key_2)
    assert len(window.session.turns) == 1
    turn = window.session.turns[0]
    assert str(turn.move) == second and turn.typed.text == "i see"
    assert not practice.typed.meant.isVisible()


def test_input_that_is_not_caught_records_nothing(make_window, qtbot):
    """Empty, emoji-only and foreign input say they were not caught, and no turn is played."""
    window = make_window()
    start_mini(window, qtbot)
    practice = window.practice
    for text in ["", "😀😀😀", "Das ist wirklich kein Problem für uns"]:
        practice.typed.edit.setText(text)
        qtbot.keyClick(practice.typed.edit, Qt.Key.Key_Return)
        assert practice.typed.status.isVisible() and practice.typed.status.text()
        assert window.session.turns == ()


def test_answer_by_is_a_kept_library_setting(make_window, qtbot):
    """Choosing "typing" in the library is remembered by the next window, which then shows the box only."""
    window = make_window()
    qtbot.mouseClick(window.library.answer_by.switch.buttons["type"], Qt.MouseButton.LeftButton)
    assert window.settings.answer_by == "type"
    again = make_window()
    assert again.library.answer_by.switch.current() == "type"
    start_mini(again, qtbot)
    assert not again.practice.options.isVisible() and again.practice.typed.edit.hasFocus()
    qtbot.mouseClick(again.library.answer_by.switch.buttons["choose"], Qt.MouseButton.LeftButton)
    assert again.practice.options.isVisible() and again.practice.typed.isVisible()


def test_dutch_answers_are_understood_in_a_dutch_session(make_window, qtbot):
    """In a Dutch session the box understands Dutch and the window speaks Dutch."""
    window = make_window(language="nl")
    start_mini(window, qtbot)
    assert window.practice.typed.edit.placeholderText() == "Typ je eigen antwoord"
    type_answer(qtbot, window, "wat maakt het lastig voor je om te beslissen?")
    assert window.session.turns[0].option == "open-ask"
