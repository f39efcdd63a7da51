"""The debrief measures: slowing vs pushing, reflections per question, calm under tension, turning points, curves.

Most tests hand `measure` turns built for the purpose, so each figure is checked against a count made by hand;
the last ones measure real sessions of the mini scenario.
"""

from __future__ import annotations

import pytest

from simulator.engine import Session, default_rules
from simulator.engine.measures import measure, rate_reflections, session_measures
from simulator.engine.session import Turn
from simulator.scenario import CustomerState, Move

HIGH = default_rules().thresholds.high_tension
GOOD_PATH = ["open-ask", "middle-name", "close-summarize", "close-summarize", "close-propose"]


def turn(
    move: Move,
    trust: tuple[int, int] = (40, 40),
    tension: tuple[int, int] = (30, 30),
    *,
    index: int = 0,
    uncovered: str | None = None,
    response_ms: int = 1000,
) -> Turn:
    """A turn with the given move and meters; the texts do not matter to the measures."""
    text = {"nl": "x", "en": "x"}
    return Turn(
        index=index,
        beat="b",
        option=f"o{index}",
        move=move,
        trust_before=trust[0],
        trust_after=trust[1],
        tension_before=tension[0],
        tension_after=tension[1],
        state_before=CustomerState.GUARDED,
        state_after=CustomerState.GUARDED,
        reasons=(),
        uncovered=uncovered,
        next_beat="b",
        response_ms=response_ms,
        offered=(f"o{index}",),
        customer_line=text,
        option_text=text,
        reply=text,
        coach=text,
    )


def measure_moves(*moves: Move, **kwargs):
    """Measures of turns made of `moves` with neutral meters."""
    turns = [turn(move, index=i) for i, move in enumerate(moves)]
    return measure(turns, start_trust=40, start_tension=30, needs_total=2, outcome=None, **kwargs)


# ---- families ------------------------------------------------------------------------------------------------
def test_moves_are_counted_by_family():
    """Slowing, advancing and pushing moves are counted separately."""
    m = measure_moves(Move.LISTEN, Move.REFLECT, Move.ARGUE, Move.INFORM, Move.PRESSURE, Move.ASK_NEED)
    assert (m.slowing, m.advancing, m.pushing) == (3, 1, 2)
    assert m.turns == 6
    assert m.slowing_share == pytest.approx(3 / 5)


def test_slowing_share_is_undefined_without_slowing_or_pushing():
    """Only advancing moves: there is no slowing-vs-pushing ratio to show."""
    assert measure_moves(Move.INFORM, Move.PROPOSE).slowing_share is None


# ---- reflections per question --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("moves", "ratio", "rating"),
    [
        ([Move.REFLECT, Move.NAME_UNSPOKEN, Move.ASK_NEED], 2.0, "good"),
        ([Move.REFLECT, Move.REFLECT, Move.REFLECT, Move.ASK_NEED], 3.0, "good"),
        ([Move.REFLECT, Move.ASK_NEED], 1.0, "fair"),
        ([Move.REFLECT, Move.REFLECT, Move.REFLECT, Move.ASK_NEED, Move.ASK_NEED], 1.5, "fair"),
        ([Move.REFLECT, Move.ASK_NEED, Move.ASK_NEED], 0.5, "low"),
        ([Move.ASK_NEED, Move.LISTEN], 0.0, "low"),
    ],
)
def test_reflections_per_question_and_rating(moves, ratio, rating):
    """Reflections (simple and complex) per question: good from 2, fair from 1, otherwise low (MITI analogue)."""
    m = measure_moves(*moves)
    assert m.reflections_per_question == pytest.approx(ratio)
    assert m.reflection_rating == rating


def test_other_slowing_moves_are_neither_reflections_nor_questions():
    """Listening, acknowledging and summarising do not count as reflections or questions."""
    m = measure_moves(Move.LISTEN, Move.ACKNOWLEDGE, Move.SUMMARIZE, Move.GIVE_CONTROL)
    assert (m.reflections, m.questions) == (0, 0)
    assert m.reflections_per_question is None
    assert m.reflection_rating == "none"


def test_reflections_without_questions_rate_good():
    """Reflecting and never asking is good listening, not a division by zero."""
    m = measure_moves(Move.REFLECT, Move.NAME_UNSPOKEN)
    assert m.reflections_per_question is None
    assert m.reflection_rating == "good"


def test_rating_thresholds():
    """The rating function's boundaries sit exactly at 2 and 1."""
    assert rate_reflections(2.0, 1, 2) == "good"
    assert rate_reflections(1.99, 100, 199) == "fair"
    assert rate_reflections(1.0, 1, 1) == "fair"
    assert rate_reflections(0.99, 100, 99) == "low"


# ---- calm under tension --------------------------------------------------------------------------------------
def test_calm_under_tension_is_the_share_of_slowing_moves_made_while_tension_was_high():
    """Of the moves made at high tension, the share that slowed down; moves at low tension do not count."""
    turns = [
        turn(Move.LISTEN, tension=(HIGH, 50), index=0),
        turn(Move.ARGUE, tension=(HIGH + 10, 70), index=1),
        turn(Move.ACKNOWLEDGE, tension=(HIGH + 20, 60), index=2),
        turn(Move.INFORM, tension=(HIGH + 5, 60), index=3),
        turn(Move.ARGUE, tension=(HIGH - 1, 60), index=4),
        turn(Move.COUNTER, tension=(10, 20), index=5),
    ]
    m = measure(turns, start_trust=40, start_tension=HIGH, needs_total=1, outcome=None)
    assert m.moves_under_tension == 4
    assert m.calm_under_tension == pytest.approx(2 / 4)


def test_calm_under_tension_is_undefined_when_tension_never_ran_high():
    """Without a tense moment there is nothing to be calm under."""
    m = measure_moves(Move.ARGUE, Move.LISTEN)
    assert m.moves_under_tension == 0
    assert m.calm_under_tension is None


# ---- turning points and curves -------------------------------------------------------------------------------
def test_biggest_rise_and_fall_are_the_largest_trust_changes():
    """The turning points are the turns with the largest trust gain and the largest trust loss."""
    turns = [
        turn(Move.LISTEN, trust=(40, 43), index=0),
        turn(Move.NAME_UNSPOKEN, trust=(43, 55), index=1),
        turn(Move.ARGUE, trust=(55, 50), index=2),
        turn(Move.COUNTER, trust=(50, 38), index=3),
        turn(Move.REFLECT, trust=(38, 44), index=4),
    ]
    m = measure(turns, start_trust=40, start_tension=30, needs_total=1, outcome=None)
    assert m.biggest_rise is turns[1]
    assert m.biggest_fall is turns[3]


def test_no_rise_or_fall_when_trust_never_moves_that_way():
    """A session that only lost trust has no biggest rise."""
    turns = [turn(Move.ARGUE, trust=(40, 35), index=0), turn(Move.LISTEN, trust=(35, 35), index=1)]
    m = measure(turns, start_trust=40, start_tension=30, needs_total=1, outcome=None)
    assert m.biggest_rise is None
    assert m.biggest_fall is turns[0]


def test_curves_start_at_the_starting_meters_and_follow_each_turn():
    """The trust and tension curves have one point per turn plus the start."""
    turns = [
        turn(Move.LISTEN, trust=(35, 37), tension=(40, 35), index=0),
        turn(Move.REFLECT, trust=(37, 42), tension=(35, 32), index=1),
    ]
    m = measure(turns, start_trust=35, start_tension=40, needs_total=1, outcome=None)
    assert m.trust_curve == (35, 37, 42)
    assert m.tension_curve == (40, 35, 32)


def test_mean_response_time_and_needs():
    """The mean response time is over all turns; the needs are listed in the order found."""
    turns = [
        turn(Move.ASK_NEED, index=0, uncovered="b", response_ms=1000),
        turn(Move.LISTEN, index=1, response_ms=2000),
        turn(Move.NAME_UNSPOKEN, index=2, uncovered="a", response_ms=4500),
    ]
    m = measure(turns, start_trust=40, start_tension=30, needs_total=3, outcome="stalled")
    assert m.mean_response_ms == 2500
    assert m.needs_uncovered == ("b", "a")
    assert (m.needs_total, m.outcome) == (3, "stalled")


def test_empty_session_measures_without_errors():
    """A session with no turns yet has empty figures, not a crash."""
    m = measure([], start_trust=35, start_tension=40, needs_total=2, outcome=None)
    assert (m.turns, m.slowing, m.pushing) == (0, 0, 0)
    assert m.trust_curve == (35,) and m.tension_curve == (40,)
    assert m.mean_response_ms is None and m.biggest_rise is None and m.slowing_share is None


# ---- measures of real sessions -------------------------------------------------------------------------------
def test_measures_of_the_good_path(mini):
    """The good path: all slowing but one proposal, both needs found, one question and one complex reflection."""
    session = Session(mini, "en")
    for choice in GOOD_PATH:
        session.choose(choice, response_ms=0)
    m = session_measures(session)
    assert m.outcome == "committed"
    assert (m.slowing, m.advancing, m.pushing) == (4, 1, 0)
    assert m.slowing_share == 1.0
    assert m.needs_uncovered == ("clarity", "safety") and m.needs_total == 2
    assert (m.reflections, m.questions, m.reflection_rating) == (1, 1, "fair")
    assert len(m.trust_curve) == len(session.turns) + 1
    assert m.trust_curve[0] == mini.start.trust and m.trust_curve[-1] == session.trust
    assert m.tension_curve[-1] == session.tension
    assert m.biggest_fall is None
    assert m.biggest_rise is max(session.turns, key=lambda t: t.trust_delta)


def test_measures_of_a_pushing_session(mini):
    """Arguing and pressing: the debrief counts pushes and shows where trust fell most."""
    session = Session(mini, "en", seed=1)
    for choice in ["open-argue", "middle-pressure", "close-pressure"]:
        if not session.finished:
            session.choose(choice, response_ms=0)
    m = session_measures(session)
    assert m.pushing == len(session.turns) and m.slowing == 0
    assert m.slowing_share == 0.0
    assert m.biggest_fall is not None and m.biggest_fall.trust_delta < 0
    assert m.biggest_rise is None
    assert len(m.tension_curve) == len(session.turns) + 1
