"""Automatic playthroughs of a scenario, for authors: random play and two fixed strategies.

`analyze` answers the questions an author has before trainees meet a scenario: which endings can be reached,
which beats are never visited, and whether pushing alone can win (it must not).
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from ..scenario import Family, Move, Scenario
from .rules import Rules, default_rules
from .session import OptionView, Session

Strategy = Callable[[Session, random.Random], str]


def random_strategy(session: Session, rng: random.Random) -> str:
    """Any option, uniformly."""
    return rng.choice(session.options).id


def pushing_strategy(session: Session, rng: random.Random) -> str:
    """Only pushing and advancing moves; slowing down only where nothing else is on offer."""
    options = [o for o in session.options if o.family is Family.PUSHING]
    options = options or [o for o in session.options if o.family is Family.ADVANCING] or list(session.options)
    return rng.choice(options).id


def slowing_strategy(session: Session, rng: random.Random) -> str:
    """Slow down; look for needs; propose once trust is high and a need is known; avoid repeating a move."""
    limits = session.rules.thresholds
    options = session.options
    ready = (
        session.trust >= limits.commit_trust
        and session.needs_uncovered
        and session.tension <= limits.commit_max_tension
    )
    proposals = [o for o in options if o.move is Move.PROPOSE]
    if ready and proposals:
        return proposals[0].id
    slowing = [o for o in options if o.family is Family.SLOWING] or list(options)
    last = session.turns[-2:]
    scored = sorted(slowing, key=lambda o: _slowing_score(session, o, [t.move for t in last]), reverse=True)
    return scored[0].id


def _slowing_score(session: Session, option: OptionView, recent: list[Move]) -> tuple[int, int]:
    # Prefer an option that can bring a new need up (but not a third question in a row), then a fresh move.
    beat = session.scenario.beat(session.beat)
    found = next(o for o in beat.options if o.id == option.id)
    new_need = int(found.uncovers is not None and found.uncovers not in session.needs_uncovered)
    interrogation = -int(option.move is Move.ASK_NEED and recent.count(Move.ASK_NEED) == 2)
    return (new_need + interrogation, -recent.count(option.move))


@dataclass
class StrategyResult:
    """The outcomes of one strategy over several runs."""

    name: str
    outcomes: Counter[str] = field(default_factory=Counter)
    final_trust: list[int] = field(default_factory=list)


@dataclass
class Analysis:
    """Everything `analyze` reports."""

    scenario_id: str
    runs: int
    random_play: StrategyResult
    pushing: StrategyResult
    slowing: StrategyResult
    unvisited_beats: list[str]

    @property
    def pushing_can_commit(self) -> bool:
        """True when pushing alone reached `committed` at least once: the scenario teaches the wrong lesson."""
        return self.pushing.outcomes["committed"] > 0


def play_out(scenario: Scenario, strategy: Strategy, seed: int, rules: Rules | None = None) -> Session:
    """Play one session to its end with `strategy`."""
    session = Session(scenario, scenario.languages[0], seed, rules=rules, clock=lambda: 0.0)
    rng = random.Random(seed)
    while not session.finished:
        session.choose(strategy(session, rng), response_ms=0)
    return session


def analyze(scenario: Scenario, runs: int = 500, rules: Rules | None = None) -> Analysis:
    """Play `runs` random sessions and a batch of each strategy."""
    rules = rules or default_rules()
    visited: set[str] = set()
    results = {}
    for name, strategy, count in (
        ("random", random_strategy, runs),
        ("pushing", pushing_strategy, max(20, runs // 10)),
        ("slowing", slowing_strategy, max(20, runs // 10)),
    ):
        result = StrategyResult(name)
        for seed in range(count):
            session = play_out(scenario, strategy, seed, rules)
            result.outcomes[session.outcome or "?"] += 1
            result.final_trust.append(session.trust)
            visited.update(turn.beat for turn in session.turns)
        results[name] = result
    unvisited = [beat.id for beat in scenario.beats if beat.id not in visited]
    return Analysis(scenario.id, runs, results["random"], results["pushing"], results["slowing"], unvisited)
