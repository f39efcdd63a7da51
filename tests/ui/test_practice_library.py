"""The library and the ways into a session: cards without the hidden root, broken scenario files, starting by
id or file as the command line does, scenario text that looks like markup, and run_gui itself."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel
from ui_practice_support import MINI, start_mini, visible_texts


def test_card_shows_persona_role_difficulty_and_situation_but_not_the_root(make_window):
    """A card tells who, what role, how hard and the situation; the root of resistance stays hidden."""
    window = make_window()
    card = window.library.scenario_cards()[0]
    texts = visible_texts(card)
    assert "Sam Jansen" in texts
    assert "buyer · Jansen BV" in texts
    assert "Introduction" in texts
    assert "A customer hesitates over a quote." in texts
    assert not any("ncertainty" in text or "nsecurity" in text for text in visible_texts(window))


def test_broken_scenario_is_listed_with_its_file_and_the_rest_still_works(make_window, library_dir: Path, qtbot):
    """An invalid file gets a card naming it; its details name file and line; the good scenario still starts."""
    (library_dir / "broken.yaml").write_text("format: 1\nid: broken\ntitle: {en: x}\n", encoding="utf-8")
    window = make_window()
    broken = [card for card in window.library.cards if card not in window.library.scenario_cards()]
    assert len(broken) == 1 and broken[0].file.text() == "broken.yaml"
    qtbot.mouseClick(broken[0].details, Qt.MouseButton.LeftButton)
    title, text, details = window.messages[-1]
    assert title == "This scenario could not be loaded"
    assert "broken.yaml" in text and "broken.yaml:" in details
    start_mini(window, qtbot)
    assert window.session.scenario.id == "mini"


def test_start_by_id_opens_straight_into_practice(make_window):
    """Starting with a scenario id (as `--scenario mini` does) shows the practice screen at once."""
    window = make_window(start="mini", language="nl")
    assert window.stack.currentWidget() is window.practice
    assert window.session.scenario.id == "mini" and window.session.language == "nl"
    assert not window.library.resume_card.isVisible()


def test_start_by_unknown_id_explains_and_stays_in_the_library(make_window):
    """An unknown id gives a message naming it; the library stays usable."""
    window = make_window(start="no-such-scenario")
    assert window.stack.currentWidget() is window.library
    title, text, _details = window.messages[-1]
    assert title == "Scenario not found" and "no-such-scenario" in text


def test_start_by_invalid_file_names_the_file(make_window, tmp_path: Path):
    """A scenario path that does not validate shows its problems, naming the file."""
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: [\n", encoding="utf-8")
    window = make_window(start=str(bad))
    assert window.stack.currentWidget() is window.library
    _title, text, _details = window.messages[-1]
    assert str(bad) in text


def test_markup_in_scenario_text_shows_literally(make_window, library_dir: Path, qtbot):
    """`<b>` and `<img>` in scenario lines, options and needs are shown as typed, never rendered."""
    text = MINI.read_text(encoding="utf-8")
    text = text.replace('en: "I don\'t know yet."', 'en: "I <b>don\'t</b> know yet. <img src=x>"')
    text = text.replace("en: What makes it hard?}", "en: What makes it <b>hard</b>?}")
    text = text.replace("en: Clarity about cost}", "en: <i>Clarity</i> about cost}")
    (library_dir / "mini.yaml").write_text(text, encoding="utf-8")
    window = make_window()
    start_mini(window, qtbot)
    practice = window.practice
    lines = practice.transcript.lines()
    assert lines[1].text == "I <b>don't</b> know yet. <img src=x>"
    # What is drawn is the literal text: the document holds the characters, not formatting.
    assert "I <b>don't</b> know yet. <img src=x>" in practice.transcript.plain_text()
    assert not practice.transcript.document().toHtml().count("<img")
    button = next(b for b in practice.options.visible_buttons() if b.option_id == "open-ask")
    assert button.label.text() == "What makes it <b>hard</b>?"
    assert button.label.textFormat() == Qt.TextFormat.PlainText
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert practice.notebook.labels() == ["<i>Clarity</i> about cost"]
    window.show_debrief()
    for label in window.findChildren(QLabel):
        if "<" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()


def test_run_gui_opens_a_session_and_returns_the_exit_code(qapp):
    """run_gui with a scenario id starts in practice, in the language asked for, and returns 0 on quit."""
    import simulator.app as app_module
    from simulator.scenario import ASSETS_DIR
    from simulator.ui import main_window

    seen = {}

    def close_when_ready() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, main_window.MainWindow))
        if not window.catalogue.loaded or window.session is None:
            QTimer.singleShot(50, close_when_ready)
            return
        seen["screen"] = window.stack.currentWidget()
        seen["practice"] = window.practice
        seen["language"] = window.session.language
        seen["scenario"] = window.session.scenario.id
        # Closing the last window ends run_gui's event loop, as a user's File > Quit does. (A further
        # qapp.quit() here would leave a Quit event queued that ends the next test's event loops at once.)
        window.close()

    # Pick the first bundled scenario that loads; run_gui is given its id.
    from simulator.scenario import ScenarioError, bundled_scenario_paths, load_scenario

    scenario_id = None
    for path in bundled_scenario_paths():
        try:
            scenario_id = load_scenario(path, assets_dir=ASSETS_DIR).id
            break
        except ScenarioError:
            continue
    assert scenario_id is not None, "no bundled scenario loads"
    QTimer.singleShot(0, close_when_ready)
    code = app_module.run_gui(scenario=scenario_id, language="nl")
    assert code == 0
    assert seen["screen"] is seen["practice"]
    assert seen["language"] == "nl" and seen["scenario"] == scenario_id
    qapp.setStyleSheet("")
