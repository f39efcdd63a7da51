"""Classroom mode as a trainer uses it on one screen: entering and leaving, playing by keys, predict then
reveal, freezing to discuss, taking an answer back, the key map, the scenario list, saving and replaying, the
hidden pointer, and what the presenter view tells the trainer. (Two screens: test_classroom_two_screens.py.)
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from test_classroom_support import GOOD_PATH, MINI, enter_classroom, key_for
from ui_practice_support import start_mini, visible_texts

from simulator.ui.classroom import Phase
from simulator.ui.classroom.keys import Action, action_for, key_map
from simulator.ui.classroom.screens import ClassroomPreferences, ScreenPlan, plan_screens


def press(controller, key) -> None:
    """Press `key` on the projector window, as the trainer's keyboard would."""
    QTest.keyClick(controller.audience, key)


@pytest.fixture
def window(make_window):
    """A main window on the mini scenario, in English."""
    return make_window()


@pytest.fixture
def playing(window, qtbot):
    """Classroom mode entered with F5 while the mini scenario is being played."""
    start_mini(window, qtbot)
    return enter_classroom(window, qtbot)


# ---- screens and keys, without windows ---------------------------------------------------------------------
def test_one_screen_takes_the_projector_view():
    """With one screen the projector view goes there and there is no presenter view."""
    assert plan_screens(["eDP-1"], "eDP-1", None) == ScreenPlan("eDP-1", None)


def test_several_screens_ask_once_then_remember():
    """With two screens and nothing remembered the trainer is asked (the other screen suggested); a remembered
    projector is used straight away, with the presenter view on the laptop's own screen."""
    first = plan_screens(["eDP-1", "HDMI-1"], "eDP-1", None)
    assert first == ScreenPlan("HDMI-1", "eDP-1", ask=True)
    assert plan_screens(["eDP-1", "HDMI-1"], "eDP-1", "HDMI-1") == ScreenPlan("HDMI-1", "eDP-1")
    assert plan_screens(["eDP-1", "HDMI-1"], "eDP-1", "eDP-1") == ScreenPlan("eDP-1", "HDMI-1")


def test_a_projector_plugged_in_takes_the_projector_view():
    """A screen that appears during classroom mode is taken for the projector, without asking."""
    assert plan_screens(["eDP-1", "HDMI-2"], "eDP-1", "HDMI-1", plugged_in="HDMI-2") == ScreenPlan("HDMI-2", "eDP-1")
    assert plan_screens([], None, None) is None


def test_every_action_has_a_key_and_the_key_map_lists_them():
    """Each action is reached by a key; `?` works from its typed text; Ctrl-combinations are left alone."""
    question = QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_Slash, Qt.KeyboardModifier.ShiftModifier, "?")
    assert action_for(question) == (Action.KEYS, 0)
    three = QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_3, Qt.KeyboardModifier.NoModifier, "3")
    assert action_for(three) == (Action.CHOOSE, 3)
    ctrl_r = QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier, "r")
    assert action_for(ctrl_r) is None
    shown = " ".join(keys for keys, _ in key_map())
    for keys in ("1 – 5", "R", "Space", "Z", "B", "W", "PgUp", "PgDn", "?", "Esc"):
        assert keys in shown


# ---- entering and leaving ----------------------------------------------------------------------------------
def test_f5_enters_full_screen_and_escape_leaves(window, qtbot):
    """F5 hides the practice window and shows the projector view full screen; Escape brings the window back."""
    controller = enter_classroom(window, qtbot)
    assert controller.audience.isFullScreen()
    assert controller.audience.geometry() == QApplication.primaryScreen().geometry()
    assert not window.isVisible()
    assert not controller.presenter.isVisible(), "one screen: no presenter view"
    press(controller, Qt.Key.Key_Escape)
    assert not controller.active and not controller.audience.isVisible()
    assert window.isVisible()


def test_view_menu_offers_classroom_mode(window):
    """The View menu has the classroom entry with F5 beside it."""
    assert window.classroom_action in window.view_menu.actions()
    assert window.classroom_action.shortcut().toString() == "F5"
    assert "Classroom" in window.classroom_action.text()


def test_escape_closes_an_overlay_before_leaving(playing):
    """Escape first closes the key map or lifts a freeze; only then does it leave classroom mode."""
    press(playing, Qt.Key.Key_Question)
    assert playing.audience.key_map.isVisible()
    press(playing, Qt.Key.Key_Escape)
    assert playing.active and not playing.audience.key_map.isVisible()
    press(playing, Qt.Key.Key_Space)
    press(playing, Qt.Key.Key_Escape)
    assert playing.active and not playing.frozen
    press(playing, Qt.Key.Key_Escape)
    assert not playing.active


# ---- a turn: play, predict, reveal -------------------------------------------------------------------------
def test_number_key_plays_but_the_reaction_waits_for_r(playing, qtbot):
    """After 1 the answer is played and saved, but the meter keeps its old value with a question mark and
    neither the reply nor the explanation shows until R."""
    session = playing.session
    trust_before = session.trust
    press(playing, key_for(playing, "open-ask"))
    assert len(session.turns) == 1 and playing.phase is Phase.PREDICTING
    gauge = playing.audience.column.trust
    assert gauge.value() == trust_before and gauge.isPredicting()
    page = playing.audience.turn_page
    texts = visible_texts(playing.audience)
    assert "What makes it hard?" in texts
    assert "The cost isn't clear to me." not in texts
    assert not page.why.isVisible() and page.prompt.isVisible()
    assert playing.audience.column.needs_title.text() == "Needs found: 0 of 2"


def test_reveal_animates_the_trust_figure_to_its_new_value(playing, qtbot):
    """R shows the reply and the reasons, and the trust figure counts from the old value to the new one."""
    session = playing.session
    before = session.trust
    press(playing, key_for(playing, "open-ask"))
    press(playing, Qt.Key.Key_R)
    assert playing.phase is Phase.REVEALED
    gauge = playing.audience.column.trust
    after = session.trust
    assert after != before
    assert gauge.isAnimating() and gauge.displayedValue() == before
    qtbot.waitUntil(lambda: before != gauge.displayedValue() != after or not gauge.isAnimating(), timeout=3000)
    qtbot.waitUntil(lambda: not gauge.isAnimating(), timeout=4000)
    assert gauge.displayedValue() == after and gauge.delta() == after - before
    texts = visible_texts(playing.audience)
    assert "The cost isn't clear to me." in texts
    assert any(text.startswith("• ") for text in texts), "the reasons are shown"
    assert "✓ Clarity about cost" in texts


def test_enter_goes_on_to_the_next_line(playing):
    """After the reveal, Enter shows the customer's next line and its answers."""
    press(playing, key_for(playing, "open-ask"))
    press(playing, Qt.Key.Key_R)
    press(playing, Qt.Key.Key_Return)
    assert playing.phase is Phase.ASKING
    texts = visible_texts(playing.audience)
    assert "And now?" in texts
    assert "You seem worried about how the board will react." in texts


def test_keys_out_of_turn_do_nothing(playing):
    """R before an answer, a number while predicting, and a number without an answer play nothing."""
    session = playing.session
    press(playing, Qt.Key.Key_R)
    assert playing.phase is Phase.ASKING
    press(playing, Qt.Key.Key_5)
    assert session.turns == ()
    press(playing, key_for(playing, "open-listen"))
    press(playing, Qt.Key.Key_1)  # while the class predicts, a number plays nothing
    assert [turn.option for turn in session.turns] == ["open-listen"]


def test_whole_scenario_by_keys_ends_on_the_outcome(playing):
    """The good path by keys ends committed; the projector shows the outcome and facts to discuss."""
    for option_id in GOOD_PATH:
        press(playing, key_for(playing, option_id))
        press(playing, Qt.Key.Key_R)
        press(playing, Qt.Key.Key_Return)
    assert playing.session.outcome == "committed"
    assert playing.phase is Phase.ENDED
    page = playing.audience.end_page
    assert page.outcome.text() == "Committed"
    assert any("Needs found: 2 of 2" in text for text in visible_texts(page))


# ---- freeze and back ---------------------------------------------------------------------------------------
def test_space_freezes_to_discuss_and_resumes(playing):
    """Space shows "Discuss" in a band beside the content, not over it; while frozen the answers cannot be
    played; Space resumes."""
    press(playing, Qt.Key.Key_Space)
    overlay = playing.audience.discuss
    assert playing.frozen and overlay.isVisible()
    assert not overlay.geometry().intersects(playing.audience.stage.geometry())
    assert overlay.title.text() == "Discuss"
    assert "Which answer" in overlay.question.text()
    press(playing, key_for(playing, "open-ask"))
    assert playing.session.turns == ()
    press(playing, Qt.Key.Key_Space)
    assert not playing.frozen and not overlay.isVisible()
    press(playing, key_for(playing, "open-ask"))
    assert len(playing.session.turns) == 1


def test_z_takes_the_answer_back_so_the_class_can_try_another(playing, qtbot):
    """Z after a reveal undoes the turn: same line and answers again, a note says what was taken back, the
    meter is back at its value; then another answer can be played."""
    session = playing.session
    start = session.trust
    press(playing, key_for(playing, "open-argue"))
    press(playing, Qt.Key.Key_R)
    press(playing, Qt.Key.Key_Z)
    assert session.turns == () and playing.phase is Phase.ASKING
    assert "It really is the best choice." in playing.audience.turn_page.notice.text()
    assert "I don't know yet." in visible_texts(playing.audience)
    qtbot.waitUntil(lambda: not playing.audience.column.trust.isAnimating(), timeout=3000)
    assert playing.audience.column.trust.displayedValue() == start
    press(playing, key_for(playing, "open-ask"))
    assert [turn.option for turn in session.turns] == ["open-ask"]


def test_z_while_predicting_and_at_the_end(playing):
    """Z also works before the reveal and after the ending (back into the conversation)."""
    press(playing, key_for(playing, "open-ask"))
    press(playing, Qt.Key.Key_Z)
    assert playing.session.turns == () and playing.phase is Phase.ASKING
    for option_id in GOOD_PATH:
        press(playing, key_for(playing, option_id))
        press(playing, Qt.Key.Key_R)
        press(playing, Qt.Key.Key_Return)
    assert playing.phase is Phase.ENDED
    press(playing, Qt.Key.Key_Z)
    assert playing.phase is Phase.ASKING and not playing.session.finished


def test_question_mark_shows_the_key_map(playing):
    """? shows every key on the projector; ? again hides it."""
    press(playing, Qt.Key.Key_Question)
    overlay = playing.audience.key_map
    assert overlay.isVisible()
    texts = visible_texts(overlay)
    assert "R" in texts and "Space" in texts and "Reveal what the answer did to trust" in texts
    press(playing, Qt.Key.Key_Question)
    assert not overlay.isVisible()


# ---- starting, saving, replaying ---------------------------------------------------------------------------
def test_scenario_list_starts_a_saved_live_session(window, qtbot, data_dir):
    """Entered from the library, the projector lists the scenarios; 1 starts one in live mode, its first turn is
    saved in the session archive, and the saved file opens in the replay window."""
    controller = enter_classroom(window, qtbot)
    assert controller.phase is Phase.PICKING
    assert "Mini conversation" in visible_texts(controller.audience)
    press(controller, Qt.Key.Key_1)
    session = controller.session
    assert session is not None and session.mode == "live" and controller.phase is Phase.BRIEFING
    press(controller, Qt.Key.Key_Return)
    assert controller.phase is Phase.ASKING
    press(controller, key_for(controller, "open-ask"))
    press(controller, Qt.Key.Key_R)
    saved = window.archive.path_for(session)
    qtbot.waitUntil(saved.is_file, timeout=5000)  # written off the click path, moments after the turn
    from simulator.engine import Session

    again = Session.load(saved)
    assert [turn.option for turn in again.turns] == ["open-ask"]
    from simulator.ui.replay import open_replay

    replay = open_replay(saved, None)
    assert replay is not None
    qtbot.addWidget(replay)
    assert replay.document.session.turns[0].option == "open-ask"


def test_enter_at_the_end_goes_back_to_the_list(playing):
    """After the ending, Enter returns to the scenario list; the main window is on its library."""
    for option_id in GOOD_PATH:
        press(playing, key_for(playing, option_id))
        press(playing, Qt.Key.Key_R)
        press(playing, Qt.Key.Key_Return)
    press(playing, Qt.Key.Key_Return)
    assert playing.phase is Phase.PICKING and playing.session is None
    assert playing.host.stack.currentWidget() is playing.host.library


def test_arrow_keys_choose_from_the_list(make_window, qtbot, library_dir):
    """↓ and Enter start the second scenario of the list."""
    shutil.copy(MINI, library_dir / "zz-second.yaml")
    text = (library_dir / "zz-second.yaml").read_text(encoding="utf-8")
    (library_dir / "zz-second.yaml").write_text(text.replace("id: mini", "id: second"), encoding="utf-8")
    window = make_window()
    controller = enter_classroom(window, qtbot)
    press(controller, Qt.Key.Key_Down)
    assert controller.selected == 1
    press(controller, Qt.Key.Key_Return)
    assert controller.session is not None and controller.session.scenario.id == "second"


def test_leaving_mid_session_hands_it_back_to_practice(playing, qtbot):
    """Turns played and taken back in class show on the practice screen after leaving."""
    press(playing, key_for(playing, "open-ask"))
    press(playing, Qt.Key.Key_R)
    press(playing, Qt.Key.Key_Return)
    press(playing, key_for(playing, "middle-reflect"))
    press(playing, Qt.Key.Key_Z)
    press(playing, Qt.Key.Key_Escape)
    window = playing.host
    assert window.isVisible() and window.stack.currentWidget() is window.practice
    assert len(window.session.turns) == 1
    assert "And now?" in window.practice.transcript.plain_text()


def play_a_turn_then_break_the_save(playing, qtbot) -> None:
    """Play and reveal one turn, wait for it to be saved, then put a folder where the file goes."""
    press(playing, key_for(playing, "open-ask"))
    press(playing, Qt.Key.Key_R)
    press(playing, Qt.Key.Key_Return)
    saved = playing.host.archive.path_for(playing.session)
    qtbot.waitUntil(saved.is_file, timeout=5000)
    saved.unlink()
    saved.mkdir()  # a folder where the session file goes: the next save fails


def test_a_failed_save_is_told_to_the_trainer_and_the_turn_still_shows(playing, qtbot):
    """When saving fails, the turn is still played and shown; the presenter's status names the problem."""
    play_a_turn_then_break_the_save(playing, qtbot)
    press(playing, key_for(playing, "middle-name"))
    assert playing.phase is Phase.PREDICTING and len(playing.session.turns) == 2
    qtbot.waitUntil(lambda: "could not be saved" in playing.presenter.status_text.text(), timeout=5000)


# ---- language, size, pointer --------------------------------------------------------------------------------
def test_l_switches_to_dutch(playing):
    """L switches the projector's words and the scenario's lines to Dutch."""
    press(playing, Qt.Key.Key_L)
    texts = visible_texts(playing.audience)
    assert "Ik weet het nog niet." in texts
    assert "Wat maakt het lastig?" in texts
    assert playing.host.switcher.language == "nl"


def test_plus_and_minus_change_the_text_size_and_are_remembered(playing):
    """+ makes the projector's text larger, − smaller, and the choice is kept in the settings."""
    before = playing.audience.scale
    press(playing, Qt.Key.Key_Plus)
    assert playing.audience.scale > before
    assert ClassroomPreferences(playing.host.settings.store).zoom == pytest.approx(1.1)
    press(playing, Qt.Key.Key_Minus)
    press(playing, Qt.Key.Key_Minus)
    assert ClassroomPreferences(playing.host.settings.store).zoom == pytest.approx(0.9)


def test_pointer_hides_while_idle_and_comes_back_when_moved(playing, qtbot):
    """The mouse pointer disappears over the projector view after a moment and returns on a move."""
    audience = playing.audience
    audience._idle.setInterval(50)
    audience.show_pointer()
    qtbot.waitUntil(audience.pointer_hidden, timeout=2000)
    qtbot.mouseMove(audience, QPoint(200, 200))
    qtbot.waitUntil(lambda: not audience.pointer_hidden(), timeout=2000)


def test_nothing_needs_hovering(playing):
    """No widget on the projector relies on a tooltip."""
    from PySide6.QtWidgets import QWidget

    assert all(not widget.toolTip() for widget in playing.audience.findChildren(QWidget))


def test_scenario_text_shows_as_plain_text(make_window, qtbot, library_dir):
    """A customer line with markup shows its tags literally on the projector."""
    path = library_dir / "mini.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('"I don\'t know yet."', '"<b>No</b> idea."'), "utf-8")
    window = make_window()
    start_mini(window, qtbot)
    controller = enter_classroom(window, qtbot)
    line = controller.audience.turn_page.line
    assert line.text() == "<b>No</b> idea." and line.textFormat() == Qt.TextFormat.PlainText


# ---- the presenter view's content ---------------------------------------------------------------------------
def test_presenter_shows_move_kinds_coach_notes_and_what_is_hidden(playing):
    """The presenter's columns name each answer's move kind and coach note, the hidden root and needs, and,
    while the class predicts, the real change in trust."""
    now = [text for section in playing.presenter.now_sections for text in section.texts()]
    assert "Ask about needs (slowing down)   ·   can uncover: Clarity about cost" in now
    assert "Coach: An open question." in now
    assert "Argue (pushing)" in now
    assert "Uncertainty (67%)" in now
    hidden = [text for section in playing.presenter.hidden_sections for text in section.texts()]
    assert "○ Not deciding alone" in hidden and "Sam wants the board behind him." in hidden
    before = playing.session.trust
    press(playing, key_for(playing, "open-ask"))
    hidden = [text for section in playing.presenter.hidden_sections for text in section.texts()]
    delta = playing.session.trust - before
    assert f"The class still sees trust {before}; this answer changes it by {delta:+d}." in hidden
    assert "The class predicts" in playing.presenter.status_title.text()


def test_settings_remember_the_projector(window, qtbot, data_dir):
    """The chosen projector screen is kept in the program's settings file."""
    preferences = ClassroomPreferences(window.settings.store)
    preferences.screen = "HDMI-1"
    window.settings.sync()
    assert "classroom" in Path(data_dir / "settings.ini").read_text(encoding="utf-8")
    assert ClassroomPreferences(window.settings.store).screen == "HDMI-1"


def test_projector_flag_starts_in_classroom_mode(monkeypatch, data_dir):
    """`run_gui(projector=True)` enters classroom mode instead of showing the practice window."""
    from simulator import app as app_module
    from simulator.ui.main_window import MainWindow

    entered: list[MainWindow] = []

    def fake_enter(self: MainWindow) -> bool:
        entered.append(self)
        return True

    monkeypatch.setattr(MainWindow, "enter_classroom", fake_enter)
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    app = QApplication.instance()
    style, font = app.styleSheet(), app.font()
    names = (QCoreApplication.organizationName(), QCoreApplication.applicationName())
    try:
        assert app_module.run_gui(projector=True) == 0
        assert len(entered) == 1
    finally:
        # run_gui themes and names the application; later tests expect it as they found it.
        app.setStyleSheet(style)
        app.setFont(font)
        QCoreApplication.setOrganizationName(names[0])
        QCoreApplication.setApplicationName(names[1])


# ---- Dutch -------------------------------------------------------------------------------------------------
def test_projector_speaks_dutch(make_window, qtbot):
    """With Dutch chosen, the projector's own words and the scenario's lines are Dutch."""
    window = make_window(language="nl")
    start_mini(window, qtbot)
    controller = enter_classroom(window, qtbot)
    texts = visible_texts(controller.audience)
    assert "Sam zegt" in texts and "Beurt 1 van hoogstens 12" in texts and "Ik weet het nog niet." in texts
    press(controller, key_for(controller, "open-ask"))
    assert "Wat doet dit antwoord met het vertrouwen van Sam? Voorspel: omhoog of omlaag, en waarom?" in visible_texts(
        controller.audience
    )
    press(controller, Qt.Key.Key_Space)
    assert controller.audience.discuss.title.text() == "Bespreek"
    assert window.classroom_action.text() == "&Klasmodus (projector)"


def test_classroom_translations_are_complete(tmp_path):
    """classroom_nl.ts and classroom_en.ts hold every string the classroom code translates, all finished."""
    import subprocess
    import sys
    from xml.etree import ElementTree

    from simulator.ui import i18n

    def messages(path: Path) -> set[tuple[str, str]]:
        found = set()
        for context in ElementTree.parse(path).getroot().iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                assert translation is not None and translation.get("type") is None, message.findtext("source")
                assert translation.text, message.findtext("source")
                found.add((context.findtext("name"), message.findtext("source")))
        return found

    nl, en = (messages(i18n.I18N_DIR / f"classroom_{language}.ts") for language in ("nl", "en"))
    assert nl == en and len(nl) > 100
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.is_file():
        pytest.skip("pyside6-lupdate is not installed here")
    sources = sorted(str(path) for path in (Path(i18n.__file__).parent / "classroom").glob("*.py"))
    target = tmp_path / "classroom_check.ts"
    subprocess.run([str(lupdate), *sources, "-locations", "none", "-ts", str(target)], check=True, capture_output=True)
    wanted = set()
    for context in ElementTree.parse(target).getroot().iter("context"):
        for message in context.iter("message"):
            wanted.add((context.findtext("name"), message.findtext("source")))
    # Strings added later may live in another part's file (every *_<lang>.ts is loaded).
    others = {
        found
        for path in i18n.I18N_DIR.glob("*_nl.ts")
        if not path.name.startswith("classroom_")
        for found in messages(path)
    }
    assert wanted - nl - others == set()


# ---- screens -----------------------------------------------------------------------------------------------
def test_screen_picker_takes_a_number_key(qtbot):
    """The screen picker lists each screen with its size, marks the likely projector, and a number picks."""
    from simulator.ui.classroom.screens import ScreenPicker, screen_key

    screens = QApplication.screens()
    key = screen_key(screens[0])
    picker = ScreenPicker(screens, key)
    qtbot.addWidget(picker)
    picker.show()
    assert key in picker.buttons[0].text() and "(probably the projector)" in picker.buttons[0].text()
    QTest.keyClick(picker, Qt.Key.Key_1)
    assert picker.chosen == key and not picker.isVisible()


def test_plugging_screens_is_followed_only_during_classroom_mode(window, qtbot):
    """Classroom mode listens to screens being added and removed while it runs, and stops when it ends."""
    from PySide6.QtCore import SIGNAL

    app = QApplication.instance()
    before = app.receivers(SIGNAL("screenAdded(QScreen*)")), app.receivers(SIGNAL("screenRemoved(QScreen*)"))
    controller = enter_classroom(window, qtbot)
    during = app.receivers(SIGNAL("screenAdded(QScreen*)")), app.receivers(SIGNAL("screenRemoved(QScreen*)"))
    assert during == (before[0] + 1, before[1] + 1)
    press(controller, Qt.Key.Key_Escape)
    assert (app.receivers(SIGNAL("screenAdded(QScreen*)")), app.receivers(SIGNAL("screenRemoved(QScreen*)"))) == before


def test_with_one_screen_a_failed_save_shows_on_the_room_screen(playing, qtbot):
    """Without a presenter view (one screen), the failed save is said in the projector's footer instead."""
    playing.presenter.hide()
    play_a_turn_then_break_the_save(playing, qtbot)
    press(playing, key_for(playing, "middle-name"))
    qtbot.waitUntil(lambda: "could not be saved" in playing.audience.hint.text(), timeout=5000)
