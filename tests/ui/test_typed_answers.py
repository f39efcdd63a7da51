"""Answering in your own words in the window: a whole scenario played by typing, "Did you mean…?" with keys 1-3,
not-caught input recorded nowhere, the Answer-by setting kept, and the typed words in transcript and replay."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_practice_support import start_mini

from simulator.engine import Session
from simulator.scenario import Move

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
    assert not practice.typed.edit.hasFocus(), "a digit must answer the question, not go into the box"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
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


def typed_mini_session(mini) -> Session:
    """A mini session with a typed turn that became an option and a typed turn answered generally."""
    session = Session(mini, "en", seed=4)
    session.say("what makes this hard for you?", Move.ASK_NEED, 0.81)
    session.say("go on, im listening", Move.LISTEN, 0.62)
    return session


def test_debrief_shows_the_typed_words_with_understood_as(make_window, qtbot):
    """After typing, the debrief's turn list shows the trainee's words and what they were understood as."""
    window = make_window()
    window.set_answer_by("type")
    start_mini(window, qtbot)
    for sentence in TYPED_GOOD_PATH:
        type_answer(qtbot, window, sentence)
    qtbot.mouseClick(window.practice.end_panel.button, Qt.MouseButton.LeftButton)
    rows = [row.said.text() for row in window.debrief.turn_rows]
    assert rows[0] == f"You: “{TYPED_GOOD_PATH[0]}” — understood as: Ask about needs"


def test_report_and_replay_show_typed_words_and_generic_replies(qapp, qtbot, mini, tmp_path, data_dir):
    """The Markdown report and the replay window's transcript quote the typed words with "understood as"."""
    from simulator.ui.replay.document import BundledScenarios
    from simulator.ui.replay.window import open_replay
    from simulator.ui.report import export_report

    session = typed_mini_session(mini)
    out = tmp_path / "typed.md"
    export_report(session, out)
    text = out.read_text(encoding="utf-8")
    assert "understood as: Ask about needs" in text and "what makes this hard for you?" in text
    assert "understood as: Listen (no option of this kind here: a general reply)" in text
    path = tmp_path / "typed.json"
    session.save(path)
    window = open_replay(path, data_dir=data_dir, bundled=BundledScenarios(tmp_path / "none"))
    assert window is not None
    qtbot.addWidget(window)
    window.go_to(2)
    transcript = window.transcript.toPlainText()
    assert "“go on, im listening” — understood as: Listen" in transcript


def test_after_a_general_reply_the_customer_does_not_repeat_the_beat(make_window, qtbot):
    """A typed kind the beat has no option for: the general reply is the customer's last line, not the beat again."""
    window = make_window()
    start_mini(window, qtbot)
    practice = window.practice
    window.session.say("go on, im listening", Move.LISTEN, 0.9)  # the opening beat has a listen option
    window.session.say("keep going please, i am listening", Move.LISTEN, 0.9)  # the middle beat has none
    last = practice.transcript.lines()[-1]
    assert window.session.turns[-1].typed.generic
    assert last.role == "customer" and last.text == window.session.turns[-1].reply["en"]
    practice.refresh()
    assert practice.transcript.lines()[-1] == last


def test_after_did_you_mean_the_cursor_is_back_in_the_box(make_window, qtbot):
    """Answering the question by key puts the cursor back in the answer box for the next turn."""
    window = make_window()
    start_mini(window, qtbot)
    type_answer(qtbot, window, "i see")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1)
    assert len(window.session.turns) == 1
    qtbot.waitUntil(lambda: window.practice.typed.edit.hasFocus())


def test_replay_turn_panel_shows_what_was_typed(qapp, qtbot, mini, tmp_path, data_dir):
    """The replay's turn panel shows the typed words and how they were understood above the options."""
    from PySide6.QtWidgets import QLabel

    from simulator.ui.replay.document import BundledScenarios
    from simulator.ui.replay.window import open_replay

    path = tmp_path / "typed.json"
    typed_mini_session(mini).save(path)
    window = open_replay(path, data_dir=data_dir, bundled=BundledScenarios(tmp_path / "none"))
    assert window is not None
    qtbot.addWidget(window)
    window.go_to(1)
    shown = [label.text() for label in window.panel.findChildren(QLabel, "typedAnswer") if label.parent() is not None]
    assert "You typed: “what makes this hard for you?” — understood as: Ask about needs" in shown
