"""The trust and tension curves widget that the debrief, replay and reports share: it draws, it answers clicks
and arrow keys with the turn, it describes itself to screen readers, and it renders to an image."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from simulator.ui.kit.curves import TENSION_COLOUR, TRUST_COLOUR, CurvesWidget

TRUST = [35, 40, 46, 44, 52]
TENSION = [40, 37, 30, 38, 33]


def make(qtbot) -> CurvesWidget:
    """A shown 600x260 chart with five points."""
    widget = CurvesWidget()
    qtbot.addWidget(widget)
    widget.setSeries(TRUST, TENSION)
    widget.resize(600, 260)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def point_x(widget: CurvesWidget, point: int) -> int:
    """Where point `point` is drawn, horizontally."""
    return round(widget.pointPosition(point))


def test_click_near_a_turn_emits_it(qtbot):
    """A click a few pixels from a point selects that turn and says which."""
    widget = make(qtbot)
    with qtbot.waitSignal(widget.turnClicked) as signal:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(point_x(widget, 3) + 6, 120))
    assert signal.args == [3]
    assert widget.currentTurn() == 3


def test_arrow_keys_move_between_turns(qtbot):
    """With focus on the chart, Right, Left, Home and End move the current turn."""
    widget = make(qtbot)
    widget.setCurrentTurn(1)
    widget.setFocus()
    with qtbot.waitSignal(widget.turnClicked) as signal:
        qtbot.keyClick(widget, Qt.Key.Key_Right)
    assert signal.args == [2]
    qtbot.keyClick(widget, Qt.Key.Key_End)
    assert widget.currentTurn() == 4
    qtbot.keyClick(widget, Qt.Key.Key_Home)
    assert widget.currentTurn() == 0


def test_accessible_description_lists_the_values(qtbot):
    """Screen readers hear the values, the turning points and the selected turn."""
    widget = make(qtbot)
    widget.setMarkers([2, 3])
    widget.setCurrentTurn(2)
    description = widget.accessibleDescription()
    assert "Trust: 35, 40, 46, 44, 52." in description
    assert "Tension: 40, 37, 30, 38, 33." in description
    assert "Turning points at turns 2, 3." in description
    assert "Selected: turn 2." in description
    assert widget.accessibleName() == "Trust and tension over the turns"


def test_render_to_image_draws_both_series(qtbot):
    """The image has the asked size and contains the trust and tension colours."""
    widget = make(qtbot)
    widget.setOverlay([35, 30, 25, 28, 30], "Earlier attempt")
    image = widget.render_to_image(800, 300)
    assert (image.width(), image.height()) == (800, 300)
    colours = {image.pixelColor(x, y).name() for x in range(0, 800, 2) for y in range(0, 300, 2)}
    assert TRUST_COLOUR.name() in colours and TENSION_COLOUR.name() in colours
    assert QColor("white").name() in colours


def test_empty_chart_says_so(qtbot):
    """Without turns the chart draws its axes and a note, and clicks select nothing."""
    widget = CurvesWidget()
    qtbot.addWidget(widget)
    widget.resize(400, 200)
    widget.show()
    with qtbot.assertNotEmitted(widget.turnClicked):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(200, 100))
    assert widget.accessibleDescription() == "No turns played yet"
    assert not widget.render_to_image(400, 200).isNull()
