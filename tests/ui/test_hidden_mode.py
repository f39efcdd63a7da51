"""Hidden-until-debrief mode (assessment) leaks no reading of the meters while playing: no meters or reasons,
no mood badge or mood line, a face that does not change with the customer's state, and no "trust" in the recent
list for a session still being played; the debrief then shows it all."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from ui_practice_support import GOOD_PATH, MINI, MINI_ASSETS, start_mini, visible_texts

STATE_WORDS = ("Guarded", "Resisting", "Exploring", "Open")


def option_button(window, option_id: str):
    """The visible answer button for `option_id`."""
    return next(b for b in window.practice.options.visible_buttons() if b.option_id == option_id)


def test_no_mood_badge_line_or_reasons_while_playing(make_window, qtbot):
    """In hidden mode, through the whole conversation, neither the state badge, the mood line nor any state word
    or trust figure is on the screen; live mode shows the badge."""
    window = make_window(mode="hidden")
    start_mini(window, qtbot)
    practice = window.practice
    for option_id in GOOD_PATH[:-1]:
        qtbot.mouseClick(option_button(window, option_id), Qt.MouseButton.LeftButton)
        assert not practice.customer.mood.isVisible() and not practice.customer.cue.isVisible()
        assert not practice.right.isVisible()
        texts = " ".join(visible_texts(practice))
        assert not any(word in texts for word in STATE_WORDS), texts
        assert "trust" not in texts.lower().replace("meters are hidden", "")
    assert "Sam" in practice.customer.avatar.accessibleName()
    assert not any(word.lower() in practice.customer.avatar.accessibleName() for word in STATE_WORDS)
    window.set_mode("live")
    window.start_entry(window.catalogue.entries()[0])
    assert window.practice.customer.mood.isVisible()


def test_the_face_keeps_its_first_look(qtbot, tmp_path: Path):
    """With a face per state, hidden mode keeps the guarded face whatever the state; shown again, it follows."""
    from simulator.scenario import load_scenario
    from simulator.ui.practice.customer_panel import CustomerPanel

    assets = tmp_path / "assets"
    shutil.copytree(MINI_ASSETS, assets)
    for face in ("tense", "open"):
        shutil.copy(assets / "avatars" / "mini.svg", assets / "avatars" / f"{face}.svg")
    text = MINI.read_text(encoding="utf-8").replace(
        "avatar: avatars/mini.svg",
        "avatar: {guarded: avatars/mini.svg, tense: avatars/tense.svg, open: avatars/open.svg}",
    )
    path = tmp_path / "faces.yaml"
    path.write_text(text, encoding="utf-8")
    panel = CustomerPanel()  # the faces are found in the assets/ folder beside faces.yaml
    qtbot.addWidget(panel)
    panel.show_customer(load_scenario(path), "guarded", "en")
    panel.set_hidden(True)
    panel.show_state("open")
    assert panel.avatar._path is not None and panel.avatar._path.name == "mini.svg"
    panel.set_hidden(False)
    assert panel.avatar._path.name == "open.svg"


def test_recent_list_shows_no_trust_for_a_hidden_session_in_progress(make_window, qtbot):
    """Left mid-conversation, a hidden-mode session is listed without its trust figure."""
    window = make_window(mode="hidden")
    start_mini(window, qtbot)
    qtbot.mouseClick(option_button(window, GOOD_PATH[0]), Qt.MouseButton.LeftButton)
    window.show_library()
    recent = window.library.recent_list
    texts = [recent.item(i).text() for i in range(recent.count())]
    assert texts and not any("trust" in text for text in texts)
