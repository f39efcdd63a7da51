"""Classroom mode read from the back of a room: at 1920x1080, 1366x768, 1280x800, 1280x720 and 1024x768, in
English and Dutch, in every phase, with the longest texts the bundled scenarios hold, no text is clipped, cut
off or drawn over another, the meters get the room they need, and the body text is large (about 28 px or more
at 1920x1080); the presenter view fits a laptop at 1280x800, 1366x768 and 1920x1080 in both languages.

Screenshots of every case are saved (to $CLASSROOM_SHOTS when set, to look at them; else to the test's
temporary folder).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from test_classroom_support import (
    DIALOGUES,
    SIZES,
    enter_classroom,
    long_scenario,
    settle,
    shots_dir,
    squeezed_gauges,
    text_problems,
)

from simulator.ui.classroom import Phase

PHASES = ("picking", "briefing", "asking", "predicting", "revealed", "frozen", "keys", "ended")


def press(controller, key) -> None:
    """Press `key` on the projector window."""
    QTest.keyClick(controller.audience, key)


def show_at(controller, size: tuple[int, int]) -> None:
    """Give the projector window `size` (as a projector of that resolution would)."""
    audience = controller.audience
    audience.showNormal()
    audience.resize(*size)
    settle(controller)


def reach(controller, phase: str) -> None:
    """Bring the room to `phase` on the long scenario, from the scenario list."""
    if phase == "picking":
        return
    press(controller, Qt.Key.Key_1)  # start the scenario
    assert controller.session is not None, "the long scenario did not load"
    if phase == "briefing":
        return
    press(controller, Qt.Key.Key_Return)  # past the briefing
    if phase == "ended":
        while controller.phase is not Phase.ENDED:
            press(controller, Qt.Key.Key_1)
            press(controller, Qt.Key.Key_R)
            if controller.phase is not Phase.ENDED:  # Enter on the ending would go back to the list
                press(controller, Qt.Key.Key_Return)
        assert controller.session is not None and controller.session.finished
        return
    if phase in ("predicting", "revealed", "frozen"):
        press(controller, Qt.Key.Key_1)
    if phase in ("revealed", "frozen"):
        press(controller, Qt.Key.Key_R)
    if phase == "frozen":
        press(controller, Qt.Key.Key_Space)
    if phase == "keys":
        press(controller, Qt.Key.Key_Question)


@pytest.fixture
def long_window(make_window, tmp_path):
    """A main window whose only scenario carries the longest bundled texts."""
    folder = tmp_path / "long-dialogues"
    long_scenario(folder)

    def make(language: str):
        return make_window(language=language, scenario_dir=folder)

    return make


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize("phase", PHASES)
def test_nothing_is_clipped_or_overlapping(long_window, qtbot, tmp_path, language, phase):
    """In every phase and at every projector size, each visible text fits where it is drawn."""
    window = long_window(language)
    controller = enter_classroom(window, qtbot)
    reach(controller, phase)
    overlay = phase == "keys"  # the "Discuss" band of a freeze sits beside the content, so overlap counts there
    for width, height in SIZES:
        show_at(controller, (width, height))
        controller.audience.grab().save(str(shots_dir(tmp_path) / f"classroom-{phase}-{language}-{width}x{height}.png"))
        assert controller.audience.size().width() == width and controller.audience.size().height() == height
        assert text_problems(controller.audience, overlap=not overlay) == [], f"{width}x{height}"
        assert squeezed_gauges(controller) == [], f"{width}x{height}"


def test_body_text_and_trust_figure_are_large_at_1920x1080(make_window, qtbot):
    """At 1920x1080 the answers are set in 28 px or more and the trust figure in over 100 px."""
    from ui_practice_support import start_mini

    window = make_window()
    start_mini(window, qtbot)
    controller = enter_classroom(window, qtbot)
    show_at(controller, (1920, 1080))
    card = controller.audience.turn_page.cards[0]
    assert card.text.font().pixelSize() >= 28
    assert controller.audience.turn_page.line.font().pixelSize() >= 30
    _base, _bold, big = controller.audience.column.trust._fonts()
    assert big.pixelSize() >= 100
    assert controller.audience.fit == 1.0


def test_the_same_share_of_the_wall_at_every_resolution(make_window, qtbot):
    """Text scales with the screen: at 1280x720 it is two thirds of its 1920x1080 size."""
    from ui_practice_support import start_mini

    window = make_window()
    start_mini(window, qtbot)
    controller = enter_classroom(window, qtbot)
    sizes = {}
    for width, height in ((1920, 1080), (1280, 720)):
        show_at(controller, (width, height))
        sizes[width] = controller.audience.turn_page.cards[0].text.font().pixelSize()
    assert sizes[1280] == pytest.approx(sizes[1920] * 2 / 3, abs=1)


def bundled_beats():
    """(scenario file, beat id) of every bundled beat, for the fitting test."""
    from simulator.scenario import ScenarioError, load_scenario
    from simulator.scenario.library import bundled_scenario_paths

    found = []
    for path in bundled_scenario_paths(DIALOGUES):
        try:
            scenario = load_scenario(path)
        except ScenarioError:
            continue  # a scenario being written may be briefly invalid; its own tests report that
        found.append(scenario)
    return found


def test_every_bundled_beat_fits_at_the_designed_size(qtbot):
    """Every bundled customer line with its answers fits the projector at all three sizes without shrinking the
    text (the automatic fit is only a safety net)."""
    from simulator.ui.classroom.audience import AudienceWindow
    from simulator.ui.kit.words import localized

    scenarios = bundled_beats()
    if not scenarios:
        pytest.skip("no bundled scenario loads right now")
    audience = AudienceWindow()
    qtbot.addWidget(audience)
    audience.show()
    too_long = []
    for width, height in SIZES:
        audience.resize(width, height)
        for scenario in scenarios:
            for beat in scenario.beats:
                for language in scenario.languages:
                    lines = [text for phrasings in beat.customer.values() for text in phrasings]
                    line = max((localized(text, language) for text in lines), key=len)
                    audience.column.show_customer(scenario, "resisting", language)
                    labels = [localized(need.label, language) for need in scenario.needs]
                    audience.column.show_needs(labels, len(labels))
                    audience.set_header(localized(scenario.title, language), "Turn 20 of at most 20")
                    audience.show_turn().show_asking(
                        "Margriet says",
                        line,
                        "What do you say? The class chooses",
                        [localized(option.text, language) for option in beat.options],
                        "",
                    )
                    audience.reset_fit()
                    QApplication.processEvents()
                    if audience.overflow() > 0:
                        too_long.append(f"{scenario.id}/{beat.id}/{language} at {width}x{height}")
    assert too_long == []


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize("phase", PHASES)
def test_presenter_view_fits_a_laptop_screen(long_window, qtbot, tmp_path, language, phase):
    """In every phase, with the longest texts, the presenter view's texts fit its width on a 1280x800, 1366x768
    and 1920x1080 laptop screen, and its status and key line stay inside the window."""
    from test_screens_fit import inside

    window = long_window(language)
    controller = enter_classroom(window, qtbot, briefing=True)
    reach(controller, phase)
    presenter = controller.presenter
    presenter.show()
    for width, height in ((1280, 800), (1366, 768), (1920, 1080)):
        presenter.resize(width, height)
        settle(controller)
        presenter.grab().save(str(shots_dir(tmp_path) / f"presenter-{phase}-{language}-{width}x{height}.png"))
        # The columns scroll when long, so only clipping sideways counts here.
        problems = [
            p for p in text_problems(presenter, overlap=False) if "sticks out of QWidget#qt_scrollarea" not in p
        ]
        assert problems == [], f"{width}x{height}"
        for part in (presenter.status, presenter.keys):
            assert inside(part, presenter), f"{part.objectName()} at {width}x{height}"


def test_the_projector_window_takes_any_screen_size(qtbot):
    """Whatever its content asks for, the projector window takes the size it is given: a full-screen window
    larger than its screen would run off the wall."""
    from simulator.ui.classroom.audience import AudienceWindow

    audience = AudienceWindow()
    qtbot.addWidget(audience)
    audience.show()
    audience.resize(1920, 1080)
    QApplication.processEvents()
    audience.resize(640, 400)
    QApplication.processEvents()
    assert (audience.width(), audience.height()) == (640, 400)


def lowest_content(controller) -> int:
    """The bottom edge, in window pixels, of the lowest text or panel the projector shows in its stage or its
    customer column (the header and footer not counted)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QFrame, QLabel, QWidget

    audience = controller.audience
    bottom = 0
    for area in (audience.stage.currentWidget(), audience.column):
        for widget in area.findChildren(QWidget):
            if isinstance(widget, (QLabel, QFrame)) and widget.isVisibleTo(audience):
                bottom = max(bottom, widget.mapTo(audience, QPoint(0, widget.height())).y())
    return bottom


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize("phase", ["briefing", "asking", "predicting", "revealed", "ended"])
def test_short_texts_use_the_wall(make_window, qtbot, tmp_path, language, phase):
    """With the mini scenario's short lines, the projector's content reaches down to at least 70% of the window
    height at every size (before, it ended at about 60% of a 1920x1080 wall, the stage's at 43%), in larger type
    than long texts get (the ending's trust line takes the height instead), and still fits."""
    window = make_window(language=language)
    controller = enter_classroom(window, qtbot, briefing=True)
    reach(controller, phase)
    assert controller.phase.value == phase
    for width, height in ((1920, 1080), (1366, 768), (1280, 800)):
        show_at(controller, (width, height))
        controller.audience.grab().save(str(shots_dir(tmp_path) / f"short-{phase}-{language}-{width}x{height}.png"))
        assert lowest_content(controller) >= 0.7 * height, f"{width}x{height}: empty below {lowest_content(controller)}"
        if phase != "ended":
            assert controller.audience.fill > 1.0, f"{width}x{height}: short texts kept the designed size"
        assert text_problems(controller.audience) == [], f"{width}x{height}"


def test_type_size_holds_while_the_class_reads_a_turn(make_window, qtbot):
    """From the answers to the reveal of one turn the type never grows (it may only shrink to fit the reveal),
    and the next turn chooses its size afresh."""
    window = make_window()
    controller = enter_classroom(window, qtbot)
    show_at(controller, (1920, 1080))
    sizes = [controller.audience.scale]
    for key in (Qt.Key.Key_1, Qt.Key.Key_R, Qt.Key.Key_Space):
        press(controller, key)
        settle(controller)
        sizes.append(controller.audience.scale)
    assert sizes == sorted(sizes, reverse=True), sizes
    press(controller, Qt.Key.Key_Space)
    press(controller, Qt.Key.Key_Return)  # the next line: a new composition
    settle(controller)
    assert controller.phase is Phase.ASKING
    assert controller.audience.fill > 1.0 and text_problems(controller.audience) == []
