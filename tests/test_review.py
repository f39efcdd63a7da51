"""The review model: what a played session means is worked out once, without Qt, with verdicts and tones as enums
that every view (debrief, reports, replay, classroom ending) only puts into words."""

from __future__ import annotations

import dataclasses

import pytest

from simulator.engine import Session
from simulator.engine.measures import session_measures
from simulator.engine.review import Judgement, ReplayDocument, Tone, Verdict, judge


def measures_with(mini, **changes):
    """The measures of a short mini session, with some figures replaced."""
    session = Session(mini, "en", seed=1)
    session.choose("open-ask")
    return dataclasses.replace(session_measures(session), **changes)


@pytest.mark.parametrize(
    ("slowing", "pushing", "expected"),
    [
        (0, 0, Judgement(Verdict.NO_SLOWING_OR_PUSHING, Tone.NEUTRAL)),
        (3, 1, Judgement(Verdict.MOSTLY_SLOWING, Tone.GOOD)),
        (2, 2, Judgement(Verdict.MORE_SLOWING, Tone.FAIR)),
        (1, 3, Judgement(Verdict.MORE_PUSHING, Tone.BAD)),
    ],
)
def test_slowing_versus_pushing_is_judged_by_share(mini, slowing, pushing, expected):
    """Three quarters slowing is good, half is fair, less is bad; with neither there is no verdict to give."""
    assert judge(measures_with(mini, slowing=slowing, pushing=pushing)).slowing == expected


@pytest.mark.parametrize(
    ("calm", "expected"),
    [
        (None, Judgement(Verdict.NEVER_TENSE, Tone.NEUTRAL)),
        (0.8, Judgement(Verdict.CALM, Tone.GOOD)),
        (0.5, Judgement(Verdict.MIXED, Tone.FAIR)),
        (0.2, Judgement(Verdict.PUSHED_BACK, Tone.BAD)),
    ],
)
def test_calm_under_tension_is_judged_by_share(mini, calm, expected):
    """Calm under tension follows the same thresholds, and 'never tense' when tension never ran high."""
    assert judge(measures_with(mini, calm_under_tension=calm, moves_under_tension=4)).calm == expected


def test_needs_and_reflections_verdicts(mini):
    """All needs found is good, some is fair, none is bad; the reflection rating maps onto its tone."""
    total = session_measures(Session(mini, "en", seed=1)).needs_total
    assert judge(measures_with(mini, needs_uncovered=("a",) * total)).needs.tone is Tone.GOOD
    assert judge(measures_with(mini, needs_uncovered=("a",))).needs.verdict is Verdict.SOME_NEEDS_FOUND
    assert judge(measures_with(mini, needs_uncovered=())).needs == Judgement(Verdict.NO_NEEDS_FOUND, Tone.BAD)
    assert judge(measures_with(mini, reflection_rating="low")).reflections == Judgement(
        Verdict.REFLECTIONS_LOW, Tone.BAD
    )


def test_the_review_of_a_session_carries_its_verdicts_and_turning_points(mini):
    """A review built from a session has the same verdicts as judging its measures, and marks its turning points."""
    session = Session(mini, "en", seed=1)
    for option_id in ["open-ask", "middle-name"]:
        session.choose(option_id)
    review = ReplayDocument(session)
    assert review.judgements == judge(session_measures(session))
    assert all(0 <= index < len(session.turns) for index in review.turning_points())
