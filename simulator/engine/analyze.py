"""Automatic playthroughs of a scenario, for authors: can it be won without the skill?

`analyze` plays many seeded sessions in every language of a scenario with a set of policies and answers the
questions an author has before trainees meet it:

- the *skilled* policy (slow down, find the needs, propose what answers them once the customer is open) must win;
- a player who recognises the families of moves but never looks for the need must not;
- pushing must never win, and slowing down for ever must cost trust once the customer waits for a step;
- the *surface* policies (always the first or last button, the longest or shortest text, the first question, the
  most "you") must not win either: the answer may not be readable off the buttons;
- every option's verdict (good / mixed / poor) agrees with what it does to trust in every state it was played in;
- two good playthroughs are not the same conversation.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from ..scenario import Family, Move, Scenario
from ..scenario.model import Option
from ..scenario.vocabulary import CustomerState
from .rules import Rules, default_rules
from .session import OptionView, Session

Strategy = Callable[[Session, random.Random], str]

SURFACE_LIMIT = 0.10
"""A surface policy (or random play) that commits in more runs than this gives the answer away."""
SKILLED_MINIMUM = 0.90
NO_NEEDS_LIMIT = 0.25
SLOWING_FOREVER_DROP = 10
VARIETY_LIMIT = 0.70

SECOND_PERSON = frozenset(
    ["you", "your", "yours", "yourself", "yourselves", "u", "uw", "je", "jij", "jou", "jouw", "jullie"]
)
_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)


# ---- helpers the policies share ------------------------------------------------------------------------------
def _option(session: Session, view: OptionView) -> Option:
    return next(o for o in session.scenario.beat(session.beat).options if o.id == view.id)


def _finds_a_new_need(session: Session, view: OptionView) -> bool:
    need = _option(session, view).uncovers
    return need is not None and need not in session.needs_uncovered


def _answers_what_was_found(session: Session, view: OptionView) -> bool:
    """A proposal whose needs have all come up, the central ones among them."""
    if view.move is not Move.PROPOSE:
        return False
    addresses = set(_option(session, view).addresses)
    central = {need.id for need in session.scenario.needs if need.central}
    return addresses <= set(session.needs_uncovered) and central <= addresses


def _recent(session: Session, count: int = 2) -> list[Move]:
    return [turn.move for turn in session.turns[-count:]]


def _listener_score(session: Session, view: OptionView, *, seek_needs: bool) -> tuple[int, int]:
    """How a good listener ranks slowing options: a new need first (if they look for needs), never a third
    question in a row, then a move not made just before."""
    recent = _recent(session)
    new_need = int(seek_needs and _finds_a_new_need(session, view))
    interrogation = -int(view.move is Move.ASK_NEED and recent.count(Move.ASK_NEED) == 2)
    repetition = -recent.count(view.move)
    return (new_need + 2 * interrogation, repetition)


def _best(options: list[OptionView], key: Callable[[OptionView], tuple[int, ...]]) -> str:
    return max(options, key=key).id  # max keeps the first of equals: the order shown, drawn from the seed


# ---- policies ------------------------------------------------------------------------------------------------
def random_strategy(session: Session, rng: random.Random) -> str:
    """Any option, uniformly."""
    return rng.choice(session.options).id


def pushing_strategy(session: Session, rng: random.Random) -> str:
    """Only pushing and advancing moves; slowing down only where nothing else is on offer."""
    options = [o for o in session.options if o.family is Family.PUSHING]
    options = options or [o for o in session.options if o.family is Family.ADVANCING] or list(session.options)
    return rng.choice(options).id


def skilled_strategy(session: Session, rng: random.Random) -> str:
    """The skill: slow down, answer a direct question, look for the needs, and once the customer is open propose
    what answers the needs that came up (the central one among them)."""
    options = list(session.options)
    if session.state is CustomerState.OPEN:
        fitting = [o for o in options if _answers_what_was_found(session, o)]
        if fitting:
            return fitting[0].id
    asked = session.scenario.beat(session.beat).asks == "information"
    informs = [o for o in options if o.move is Move.INFORM]
    if asked and informs and session.turns and session.turns[-1].move is not Move.INFORM:
        return informs[0].id
    finding = [o for o in options if o.family is not Family.PUSHING and _finds_a_new_need(session, o)]
    slowing = [o for o in options if o.family is Family.SLOWING]
    candidates = finding + [o for o in slowing if o not in finding]
    if candidates:
        return _best(candidates, lambda o: _listener_score(session, o, seek_needs=True))
    calm = [o for o in options if o.family is not Family.PUSHING and o.move is not Move.PROPOSE]
    return (calm or options)[0].id


def no_needs_strategy(session: Session, rng: random.Random) -> str:
    """Recognises the families but never looks for the need: slows down with options that uncover nothing, and
    proposes as soon as the customer is open."""
    options = list(session.options)
    proposals = [o for o in options if o.move is Move.PROPOSE]
    if session.state is CustomerState.OPEN and proposals:
        return proposals[0].id
    slowing = [o for o in options if o.family is Family.SLOWING and _option(session, o).uncovers is None]
    if slowing:
        return _best(slowing, lambda o: _listener_score(session, o, seek_needs=False))
    calm = [o for o in options if o.family is not Family.PUSHING and _option(session, o).uncovers is None]
    return (calm or [o for o in options if _option(session, o).uncovers is None] or options)[0].id


def slowing_forever_strategy(session: Session, rng: random.Random) -> str:
    """Listens, asks and finds needs, but never moves the conversation forward."""
    options = list(session.options)
    slowing = [o for o in options if o.family is Family.SLOWING]
    if slowing:
        return _best(slowing, lambda o: _listener_score(session, o, seek_needs=True))
    return ([o for o in options if o.family is Family.PUSHING and o.move is not Move.PRESSURE] or options)[0].id


def _surface(score: Callable[[str], float]) -> Strategy:
    def strategy(session: Session, rng: random.Random) -> str:
        options = list(session.options)
        return max(options, key=lambda o: score(o.text)).id

    return strategy


def second_person_words(text: str) -> int:
    """How often a text says 'you' (in Dutch or English)."""
    return sum(1 for word in _WORDS.findall(text.lower()) if word in SECOND_PERSON)


def _first_question(session: Session, rng: random.Random) -> str:
    options = list(session.options)
    return next((o.id for o in options if "?" in o.text), options[0].id)


SURFACE_POLICIES: dict[str, Strategy] = {
    "first": lambda session, rng: session.options[0].id,
    "last": lambda session, rng: session.options[-1].id,
    "longest": _surface(len),
    "shortest": _surface(lambda text: -len(text)),
    "question": _first_question,
    "you": _surface(second_person_words),
}
"""Policies that read the answer off the buttons instead of off the customer."""

STRATEGIES: dict[str, Strategy] = {
    "random": random_strategy,
    "pushing": pushing_strategy,
    "skilled": skilled_strategy,
    "no-needs": no_needs_strategy,
    "slowing-forever": slowing_forever_strategy,
    **SURFACE_POLICIES,
}


# ---- results -------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Contradiction:
    """An option whose effect on trust went against its verdict once."""

    option: str
    verdict: str
    state: str
    trust_delta: int


@dataclass
class StrategyResult:
    """The outcomes of one policy over several runs."""

    name: str
    outcomes: Counter[str] = field(default_factory=Counter)
    final_trust: list[int] = field(default_factory=list)
    peak_drop: list[int] = field(default_factory=list)

    @property
    def runs(self) -> int:
        """How many sessions were played."""
        return sum(self.outcomes.values())

    def share(self, outcome: str = "committed") -> float:
        """The share of runs that ended in `outcome`."""
        return self.outcomes[outcome] / self.runs if self.runs else 0.0


@dataclass
class Analysis:
    """Everything `analyze` reports."""

    scenario_id: str
    runs: int
    results: dict[str, StrategyResult]
    unvisited_beats: list[str]
    contradictions: dict[tuple[str, str], Contradiction]
    variety: float
    """The mean share of customer lines two skilled playthroughs with different seeds have in common."""

    @property
    def random_play(self) -> StrategyResult:
        """Uniform random play."""
        return self.results["random"]

    @property
    def pushing(self) -> StrategyResult:
        """Pushing and advancing only."""
        return self.results["pushing"]

    @property
    def skilled(self) -> StrategyResult:
        """Finding the needs and proposing what answers them."""
        return self.results["skilled"]

    @property
    def pushing_can_commit(self) -> bool:
        """True when pushing alone reached `committed` at least once: the scenario teaches the wrong lesson."""
        return self.pushing.outcomes["committed"] > 0

    @property
    def surface_wins(self) -> dict[str, float]:
        """Surface policies (and random play) that commit in more than 10% of runs, with their share."""
        names = [*SURFACE_POLICIES, "random"]
        return {name: self.results[name].share() for name in names if self.results[name].share() > SURFACE_LIMIT}

    def warnings(self) -> list[str]:
        """Every way the scenario can be won without the skill, or fails to reward it, in plain words."""
        found = []
        if self.pushing_can_commit:
            found.append("pushing alone can reach 'committed'; the scenario rewards the wrong behaviour")
        for name, share in self.surface_wins.items():
            found.append(
                f"the '{name}' policy commits in {share:.0%} of runs (at most {SURFACE_LIMIT:.0%}): "
                "the answer can be read off the buttons"
            )
        if self.skilled.share() < SKILLED_MINIMUM:
            found.append(
                f"finding the needs and proposing what answers them commits in only "
                f"{self.skilled.share():.0%} of runs (at least {SKILLED_MINIMUM:.0%})"
            )
        no_needs = self.results["no-needs"].share()
        if no_needs > NO_NEEDS_LIMIT:
            found.append(
                f"a player who never uncovers a need still commits in {no_needs:.0%} of runs "
                f"(at most {NO_NEEDS_LIMIT:.0%})"
            )
        drops = self.results["slowing-forever"].peak_drop
        if drops and sum(drops) / len(drops) < SLOWING_FOREVER_DROP:
            found.append(
                f"slowing down for ever loses only {sum(drops) / len(drops):.1f} trust points from its "
                f"peak on average (at least {SLOWING_FOREVER_DROP})"
            )
        for item in self.contradictions.values():
            direction = "lost" if item.trust_delta < 0 else "gained"
            found.append(
                f"option '{item.option}' is marked {item.verdict} but {direction} trust "
                f"({item.trust_delta:+d}) with the customer {item.state}"
            )
        if self.variety >= VARIETY_LIMIT:
            found.append(
                f"two good playthroughs share {self.variety:.0%} of the customer's lines "
                f"(less than {VARIETY_LIMIT:.0%} wanted)"
            )
        return found


# ---- playing -------------------------------------------------------------------------------------------------
def play_out(
    scenario: Scenario, strategy: Strategy, seed: int, rules: Rules | None = None, language: str | None = None
) -> Session:
    """Play one session to its end with `strategy`."""
    session = Session(scenario, language or scenario.languages[0], seed, rules=rules, clock=lambda: 0.0)
    rng = random.Random(seed)
    while not session.finished:
        session.choose(strategy(session, rng), response_ms=0)
    return session


def verdict_contradictions(session: Session) -> list[Contradiction]:
    """The turns of `session` whose trust change went against the option's verdict."""
    found = []
    for turn in session.turns:
        if (turn.verdict == "good" and turn.trust_delta < 0) or (turn.verdict == "poor" and turn.trust_delta > 0):
            found.append(Contradiction(turn.option, turn.verdict, str(turn.state_before), turn.trust_delta))
    return found


def check_verdicts(scenario: Scenario, runs: int = 60, rules: Rules | None = None) -> list[Contradiction]:
    """Play the scenario with the policies that reach the most states and list every option whose trust change
    went against its verdict (one entry per option and customer state)."""
    found: dict[tuple[str, str], Contradiction] = {}
    for strategy in (random_strategy, skilled_strategy, pushing_strategy, no_needs_strategy, slowing_forever_strategy):
        for language in scenario.languages:
            for seed in range(runs):
                for item in verdict_contradictions(play_out(scenario, strategy, seed, rules, language)):
                    found.setdefault((item.option, item.state), item)
    return list(found.values())


def _lines(session: Session) -> list[str]:
    language = session.language
    return [turn.customer_line[language] for turn in session.turns] + [turn.reply[language] for turn in session.turns]


def _shared(first: list[str], second: list[str]) -> float:
    common = sum((Counter(first) & Counter(second)).values())
    return common / max(1, min(len(first), len(second)))


def analyze(scenario: Scenario, runs: int = 400, rules: Rules | None = None) -> Analysis:
    """Play `runs` sessions per policy (spread over the scenario's languages) and collect what they show."""
    rules = rules or default_rules()
    languages = scenario.languages
    per_language = max(1, runs // len(languages))
    visited: set[str] = set()
    results: dict[str, StrategyResult] = {}
    contradictions: dict[tuple[str, str], Contradiction] = {}
    skilled_lines: dict[str, list[list[str]]] = {language: [] for language in languages}
    for name, strategy in STRATEGIES.items():
        result = StrategyResult(name)
        for language in languages:
            for seed in range(per_language):
                session = play_out(scenario, strategy, seed, rules, language)
                result.outcomes[session.outcome or "?"] += 1
                result.final_trust.append(session.trust)
                peak = max([scenario.start.trust, *(turn.trust_after for turn in session.turns)])
                result.peak_drop.append(peak - session.trust)
                visited.update(turn.beat for turn in session.turns)
                for item in verdict_contradictions(session):
                    contradictions.setdefault((item.option, item.state), item)
                if name == "skilled" and seed < 20:
                    skilled_lines[language].append(_lines(session))
        results[name] = result
    pairs = [_shared(lines[i], lines[i + 1]) for lines in skilled_lines.values() for i in range(len(lines) - 1)]
    variety = sum(pairs) / len(pairs) if pairs else 0.0
    unvisited = [beat.id for beat in scenario.beats if beat.id not in visited]
    return Analysis(scenario.id, runs, results, unvisited, contradictions, variety)
