"""The UI kit's shared pieces: the one meter in its styles, the one option button, the one chart painter, the
palette's two schemes and the word and tone tables every mode reads."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QWidget

from simulator.scenario.vocabulary import CustomerState, Family, FeedbackMode, Move, Root
from simulator.ui.classroom import look
from simulator.ui.classroom.journey import TrustJourney
from simulator.ui.kit import palette, words
from simulator.ui.kit.chart import Frame, Series, chart_image, chart_layout
from simulator.ui.kit.meter import REVEAL_MS, MeterStyle, MeterWidget, compact_meters, projector_meters
from simulator.ui.kit.option_button import OptionButton
from simulator.ui.kit.tones import Tone, mood_tone


def test_compact_meter_shows_where_a_turn_came_from(qtbot):
    """A compact meter given a turn's before and after says "before → after" and the change, without gliding."""
    trust, tension = compact_meters()
    qtbot.addWidget(trust)
    trust.show()
    trust.show_change(52, 44)
    assert trust.valueText() == "44 → 52" and trust.delta() == 8 and not trust.isAnimating()
    assert "Up 8" in trust.accessibleDescription()
    trust.show_change(60)
    assert trust.valueText() == "60" and trust.delta() is None
    assert tension.kind == "tension" and tension.style_name is MeterStyle.COMPACT


def test_projector_meters_count_slowly_and_never_take_focus(qtbot):
    """The projector's trust figure counts over the reveal's time even before it is shown, and takes no focus."""
    trust, tension = projector_meters()
    qtbot.addWidget(trust)
    qtbot.addWidget(tension)
    assert trust.style_name is MeterStyle.PROJECTOR and tension.style_name is MeterStyle.COMPACT
    trust.set_value(40)
    trust.set_predicting(True)
    assert trust.isPredicting() and "not revealed" in trust.accessibleDescription()
    trust.set_value(55, delta=15, animate=True)
    assert trust.isAnimating() and trust.displayedValue() == 40 and not trust.isPredicting()
    assert trust._animation.duration() == REVEAL_MS
    trust.finish()
    assert trust.displayedValue() == 55 and trust.focusPolicy().value == 0


def test_practice_meter_grows_with_its_font(qtbot):
    """The same meter needs more height for a larger font, so a scaled window never squeezes its figure."""
    meter = MeterWidget("trust")
    qtbot.addWidget(meter)
    small = meter.sizeHint().height()
    font = meter.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    meter.setFont(font)
    assert meter.sizeHint().height() > small * 1.6


def test_unknown_meter_kind_is_refused():
    """A meter is trust or tension; anything else is a programming error said at once."""
    with pytest.raises(ValueError, match="unknown meter kind"):
        MeterWidget("patience")


def test_option_button_grows_for_a_long_answer(qtbot):
    """An answer's text wraps: a long one makes the button taller at the same width, never cut off."""
    host = QWidget()
    qtbot.addWidget(host)
    button = OptionButton(2, host, name="liveOption", shortcut=True)
    host.show()
    button.set_option("short", "Yes.", "listen · slowing down")
    short = button.heightForWidth(400)
    button.set_option("long", "Tell me more about what worries you here. " * 6, "listen · slowing down")
    assert button.heightForWidth(400) > short * 1.5
    assert button.option_id == "long" and button.caption.text() == "listen · slowing down"
    assert button.accessibleName().startswith("2. listen · slowing down: Tell me more")
    assert button.shortcut().toString() == "2"
    button.clear()
    assert button.option_id == "" and button.isHidden()


def test_option_button_height_follows_a_larger_font(qtbot):
    """The height remembered for a width is asked afresh when the font grows (a zoomed screen), and when the
    answer becomes shorter again."""
    host = QWidget()
    qtbot.addWidget(host)
    button = OptionButton(1, host, name="liveOption")
    host.show()
    button.set_option("long", "Tell me more about what worries you here. " * 4)
    normal = button.heightForWidth(400)
    font = QFont(host.font())
    font.setPointSizeF(font.pointSizeF() * 1.8)
    host.setFont(font)
    assert button.heightForWidth(400) > normal * 1.3
    button.set_option("short", "Yes.")
    assert button.heightForWidth(400) < normal


def test_chart_maps_each_point_back_from_where_it_is_drawn(qapp):
    """A click at a point's x finds that point; a click far outside the plot finds none."""
    series = [Series("Trust", [35, 40, 52, 48, 60], palette.LIGHT.trust)]
    metrics = QFontMetricsF(qapp.font())
    layout = chart_layout(QRectF(0, 0, 600, 260), metrics, series, Frame())
    assert [layout.point_at(layout.x_of(point) + 3) for point in range(5)] == [0, 1, 2, 3, 4]
    assert layout.point_at(-200) is None
    assert layout.y_of(100) < layout.y_of(50) < layout.y_of(0)


def test_chart_image_paints_on_its_schemes_ground(qapp):
    """A projector chart is drawn on the dark ground with its line in the projector's trust colour."""
    series = [Series("", [30, 50, 70], palette.PROJECTOR.trust, width=4, dot=6)]
    image = chart_image(series, 300, 160, Frame(palette.PROJECTOR, legend=False))
    colours = {image.pixelColor(x, y).name() for x in range(0, 300, 2) for y in range(0, 160, 2)}
    assert palette.PROJECTOR.ground.name() in colours and palette.PROJECTOR.trust.name() in colours
    assert palette.LIGHT.ground.name() not in colours


def test_journey_marks_the_biggest_rise_in_its_tone(qtbot):
    """The ending's trust line draws a point tagged "good" in the projector's good colour."""
    journey = TrustJourney()
    qtbot.addWidget(journey)
    journey.resize(640, 300)
    journey.set_values([35, 40, 60, 55], {2: "good"})
    image = journey.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}
    assert palette.PROJECTOR.good.name() in colours
    assert journey.accessibleName().endswith("35, 40, 60, 55")


def test_the_classroom_look_takes_its_colours_from_the_palette():
    """The projector's style sheet and painted widgets use the palette's projector scheme, not colours of their own."""
    assert palette.PROJECTOR.ground == look.BACKGROUND and palette.PROJECTOR.accent == look.ACCENT
    assert palette.PROJECTOR.muted == look.SOFT and palette.PROJECTOR.tone(Tone.GOOD) == look.GOOD


@pytest.mark.parametrize(
    ("table", "keys"),
    [
        (words.STATE_NAMES, CustomerState),
        (words.STATE_CUES, CustomerState),
        (words.MOVE_NAMES, Move),
        (words.FAMILY_NAMES, Family),
        (words.ROOT_NAMES, Root),
        (words.ROOT_EXPLANATIONS, Root),
        (words.MODE_NAMES, FeedbackMode),
        (words.MODE_DESCRIPTIONS, FeedbackMode),
    ],
)
def test_every_engine_name_has_its_words(table, keys):
    """Each state, move, family, root and mode has an entry, so no engine name reaches the screen."""
    assert {str(key) for key in keys} <= {str(key) for key in table}


def test_every_state_has_a_mood_tone_the_style_sheets_know():
    """Each customer state gets a tone that the chips' style sheets select on."""
    assert {mood_tone(state) for state in CustomerState} <= {Tone.GOOD, Tone.FAIR, Tone.BAD, Tone.NEUTRAL}
    assert mood_tone("no such state") is Tone.NEUTRAL
