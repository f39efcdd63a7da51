"""The debrief measures of a session (DESIGN.md, "Sessions, replay and debrief").

The MITI-style figures are analogues: MITI codes counselling conversations and is not validated for sales.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..scenario import Family, Move
from .rules import Rules, default_rules
from .session import Session, Turn

REFLECTIONS = (Move.REFLECT, Move.NAME_UNSPOKEN)
QUESTIONS = (Move.ASK_NEED,)


@dataclass(frozen=True)
class Measures:
    """What the debrief shows besides the outcome."""

    outcome: str | None
    turns: int
    needs_uncovered: tuple[str, ...]
    needs_total: int
    slowing: int
    advancing: int
    pushing: int
    reflections: int
    questions: int
    reflections_per_question: float | None
    reflection_rating: str
    moves_under_tension: int
    calm_under_tension: float | None
    biggest_rise: Turn | None
    biggest_fall: Turn | None
    trust_curve: tuple[int, ...]
    tension_curve: tuple[int, ...]
    mean_response_ms: int | None

    @property
    def slowing_share(self) -> float | None:
        """Share of slowing moves among slowing and pushing moves (None when there were neither)."""
        total = self.slowing + self.pushing
        return self.slowing / total if total else None


def rate_reflections(ratio: float | None, questions: int, reflections: int) -> str:
    """`good` at two or more reflections per question, `fair` at one or more, else `low` (MITI analogue)."""
    if ratio is None:
        return "good" if reflections else "none"
    if ratio >= 2:
        return "good"
    if ratio >= 1:
        return "fair"
    return "low"


def measure(
    turns: tuple[Turn, ...] | list[Turn],
    *,
    start_trust: int,
    start_tension: int,
    needs_total: int,
    outcome: str | None,
    rules: Rules | None = None,
) -> Measures:
    """Compute the measures of a list of turns."""
    rules = rules or default_rules()
    families = [turn.move.family for turn in turns]
    reflections = sum(1 for turn in turns if turn.move in REFLECTIONS)
    questions = sum(1 for turn in turns if turn.move in QUESTIONS)
    ratio = reflections / questions if questions else None
    tense = [turn for turn in turns if turn.tension_before >= rules.thresholds.high_tension]
    calm = sum(1 for turn in tense if turn.move.family is Family.SLOWING) / len(tense) if tense else None
    rises = [turn for turn in turns if turn.trust_delta > 0]
    falls = [turn for turn in turns if turn.trust_delta < 0]
    return Measures(
        outcome=outcome,
        turns=len(turns),
        needs_uncovered=tuple(turn.uncovered for turn in turns if turn.uncovered),
        needs_total=needs_total,
        slowing=families.count(Family.SLOWING),
        advancing=families.count(Family.ADVANCING),
        pushing=families.count(Family.PUSHING),
        reflections=reflections,
        questions=questions,
        reflections_per_question=ratio,
        reflection_rating=rate_reflections(ratio, questions, reflections),
        moves_under_tension=len(tense),
        calm_under_tension=calm,
        biggest_rise=max(rises, key=lambda t: t.trust_delta) if rises else None,
        biggest_fall=min(falls, key=lambda t: t.trust_delta) if falls else None,
        trust_curve=(start_trust, *(turn.trust_after for turn in turns)),
        tension_curve=(start_tension, *(turn.tension_after for turn in turns)),
        mean_response_ms=int(sum(t.response_ms for t in turns) / len(turns)) if turns else None,
    )


def session_measures(session: Session) -> Measures:
    """The measures of a `Session`."""
    return measure(
        session.turns,
        start_trust=session.scenario.start.trust,
        start_tension=session.scenario.start.tension,
        needs_total=len(session.scenario.needs),
        outcome=session.outcome,
        rules=session.rules,
    )
