"""The rules of the customer model: default move effects and context rules, read from `rules.yaml`.

`evaluate` turns one move in its context into meter deltas, each with a reason the player can read. It is pure:
everything it needs comes in through `MoveContext`, so the same context always gives the same result.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from ..scenario import Effect, Family, Move, Option, Root, Scenario
from ..scenario.model import Variants
from ..scenario.vocabulary import LANGUAGES, CustomerState
from ..scenario.yaml_source import read_yaml

RULES_PATH = Path(__file__).with_name("rules.yaml")
RULES_V1_PATH = Path(__file__).with_name("rules_v1.yaml")


class _Frozen(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class Thresholds(_Frozen):
    """Meter levels at which the customer's behaviour changes."""

    high_tension: int
    commit_trust: int
    commit_max_tension: int
    uncover_min_trust: int
    name_unspoken_min_trust: int
    withdraw_trust: int
    withdraw_tension: int
    open_trust: int
    open_max_tension: int
    exploring_trust: int
    exploring_max_tension: int
    resisting_tension: int
    resisting_trust: int
    comply_min_tension: int
    interrogation_after: Annotated[int, Field(ge=2)]
    repetition_after: Annotated[int, Field(ge=2)]


class Timing(_Frozen):
    """Effects that replace or add to a move's base effect when its timing is right or wrong."""

    inform_unsolicited: Effect
    propose_too_early: Effect
    name_unspoken_too_soon: Effect
    need_uncovered: Effect
    interrogation: Effect
    summarize_with_needs: Effect


class ContextWeights(_Frozen):
    """Multipliers and chances of the context rules."""

    pushing_under_tension: float
    easing_off: float
    easing_off_trust: int
    root_match: float
    root_clash: float
    repetition: float
    comply_chance: float
    comply_insecurity: float
    comply_loss_of_control: float


class Skill(_Frozen):
    """The rules that make the customer winnable only with the skill: found needs, timing, moving forward."""

    shuffle: bool
    propose_unheard: Effect
    propose_misses_core: Effect
    impatience: Effect
    impatience_growth: Annotated[int, Field(ge=0, le=20)]
    impatience_max: Annotated[int, Field(ge=0, le=50)]
    asked_inform: Effect
    habits_floor: bool


class Rules(_Frozen):
    """The whole rules file. The first version (kept for replaying old sessions) has no `skill` section."""

    version: int
    thresholds: Thresholds
    moves: dict[Move, Effect]
    timing: Timing
    context: ContextWeights
    skill: Skill | None = None
    matches: dict[Root, tuple[Move, ...]]
    clashes: dict[Root, tuple[Move, ...]]
    roots: dict[Root, dict[str, str]]
    reasons: dict[str, dict[str, str]]
    generic_replies: dict[Move, Variants] = Field(default_factory=dict)
    """What the customer answers to a typed move kind the beat has no option for (absent from the first rules)."""

    def text(self, code: str, **values: dict[str, str]) -> dict[str, str]:
        """The reason text for `code` in every language, with `{name}` placeholders filled per language."""
        template = self.reasons[code]
        return {lang: template[lang].format(**{k: v[lang] for k, v in values.items()}) for lang in LANGUAGES}


@cache
def default_rules() -> Rules:
    """The rules shipped with the program (read once)."""
    return load_rules(RULES_PATH)


@cache
def rules_for_version(version: int) -> Rules:
    """The rules a session was played under: the current ones, or the first for sessions saved before version 2."""
    rules = default_rules()
    if version == rules.version:
        return rules
    if version == 1:
        return load_rules(RULES_V1_PATH)
    raise ValueError(f"unknown rules version {version}")


def load_rules(path: Path) -> Rules:
    """Read and validate a rules file."""
    located = read_yaml(path.read_bytes(), str(path))
    rules = Rules.model_validate_json(json.dumps(located.data))
    missing = {move for move in Move if move not in rules.moves}
    missing_reasons = {f"move.{move}" for move in Move} - set(rules.reasons)
    if rules.generic_replies:
        missing |= {move for move in Move if move not in rules.generic_replies}
    if missing or missing_reasons:
        raise ValueError(f"{path}: rules incomplete: {sorted(missing) + sorted(missing_reasons)}")
    return rules


@dataclass(frozen=True)
class Reason:
    """One part of a turn's change to the meters, with the explanation in every language."""

    code: str
    trust: int
    tension: int
    text: dict[str, str]


@dataclass(frozen=True)
class Temper:
    """This session's customer: drawn from the scenario's temperament bounds by the session seed."""

    patience: int = 2
    sensitivity: float = 1.0

    @classmethod
    def draw(cls, scenario: Scenario, seed: int) -> Temper:
        """The temper for a session with `seed`."""
        rng = random.Random(f"{seed}:temperament")
        low, high = scenario.temperament.patience
        s_low, s_high = scenario.temperament.sensitivity
        return cls(patience=rng.randint(low, high), sensitivity=round(rng.uniform(s_low, s_high), 2))


@dataclass(frozen=True)
class MoveContext:
    """Everything that decides what a move does."""

    scenario: Scenario
    option: Option
    trust: int
    tension: int
    state: CustomerState
    previous_moves: tuple[Move, ...]
    needs_uncovered: tuple[str, ...]
    rng: random.Random
    asked: str | None = None
    """What the customer asked for at this beat (`asks`), if anything."""
    waiting: int = 0
    """Slowing moves since the customer was first open that neither moved forward nor found a need (an advancing
    move or a need found starts the count again): an open customer's patience is measured against it."""
    temper: Temper = field(default_factory=Temper)


@dataclass
class Evaluation:
    """What a move did: the reasons (their deltas add up to the change) and the events it caused."""

    reasons: list[Reason] = field(default_factory=list)
    uncovered: str | None = None
    accepted_proposal: bool = False
    complied: bool = False

    @property
    def trust(self) -> int:
        """The total trust change before clamping to 0..100."""
        return sum(reason.trust for reason in self.reasons)

    @property
    def tension(self) -> int:
        """The total tension change before clamping to 0..100."""
        return sum(reason.tension for reason in self.reasons)

    def add(self, rules: Rules, code: str, effect: Effect | tuple[int, int], **values: dict[str, str]) -> None:
        """Add a reason with its effect."""
        trust, tension = (effect.trust, effect.tension) if isinstance(effect, Effect) else effect
        self.reasons.append(Reason(code, trust, tension, rules.text(code, **values)))


def clamp(value: int) -> int:
    """Keep a meter within 0..100."""
    return max(0, min(100, value))


def evaluate(ctx: MoveContext, rules: Rules) -> Evaluation:
    """Apply the base effect and every context rule to the move in `ctx`."""
    result = Evaluation()
    move = ctx.option.move
    limits = rules.thresholds
    if _impatient(ctx, rules, result):
        return result  # impatience applies only to a move that finds no new need: nothing to uncover
    _base_effect(ctx, rules, result)

    family = move.family
    if family is Family.PUSHING and ctx.tension >= limits.high_tension:
        extra = _scaled(min(result.trust, 0), rules.context.pushing_under_tension - 1)
        extra_tension = _scaled(max(result.tension, 0), rules.context.pushing_under_tension - 1)
        result.add(rules, "context.pushing_harder", (extra, extra_tension))
    if family is Family.PUSHING and rules.skill is not None and ctx.temper.sensitivity != 1.0:
        factor = ctx.temper.sensitivity - 1
        extra, extra_tension = _scaled(min(result.trust, 0), factor), _scaled(max(result.tension, 0), factor)
        if extra or extra_tension:
            code = "context.sensitive" if factor > 0 else "context.thick_skinned"
            result.add(rules, code, (extra, extra_tension))
    if family is Family.SLOWING and ctx.tension >= limits.high_tension and result.tension <= 0:
        relief = _scaled(min(result.tension, 0), rules.context.easing_off - 1)
        result.add(rules, "context.easing_off", (rules.context.easing_off_trust, relief))

    _root_effects(ctx, rules, result)
    _habits(ctx, rules, result)
    _uncover(ctx, rules, result)

    if move is Move.PRESSURE:
        result.complied = _squeezes_a_yes(ctx, rules, result)
    return result


def _scaled(value: int, factor: float) -> int:
    # Round half away from zero so that a small harm still counts.
    scaled = value * factor
    return int(scaled + 0.5) if scaled >= 0 else -int(-scaled + 0.5)


def _impatient(ctx: MoveContext, rules: Rules, result: Evaluation) -> bool:
    """An open customer kept waiting: a slowing move that finds nothing new costs trust instead of earning it."""
    skill = rules.skill
    if skill is None or ctx.option.move.family is not Family.SLOWING or ctx.state is not CustomerState.OPEN:
        return False
    if _will_uncover_new(ctx) or ctx.waiting < ctx.temper.patience:
        return False
    growth = skill.impatience_growth * (ctx.waiting - ctx.temper.patience)
    # It grows with every turn she waits, up to a limit: a customer loses patience, not all trust in one sentence.
    loss = max(skill.impatience.trust - growth, -skill.impatience_max)
    result.add(rules, "skill.impatience", (loss, skill.impatience.tension))
    return True


def _will_uncover_new(ctx: MoveContext) -> bool:
    return ctx.option.uncovers is not None and ctx.option.uncovers not in ctx.needs_uncovered


def _base_effect(ctx: MoveContext, rules: Rules, result: Evaluation) -> None:
    move = ctx.option.move
    limits = rules.thresholds
    skill = rules.skill
    asked = skill is not None and ctx.asked == "information"
    # An author's effect stands as written: a calm boundary or an answer the author judged is not "unrequested".
    honoured = skill is not None and ctx.option.effect is not None
    timely_inform = ctx.needs_uncovered or ctx.state in (CustomerState.EXPLORING, CustomerState.OPEN) or asked
    if move is Move.INFORM and not timely_inform and not honoured:
        result.add(rules, "timing.inform_unsolicited", rules.timing.inform_unsolicited)
        return
    if move is Move.NAME_UNSPOKEN and ctx.trust < limits.name_unspoken_min_trust and not honoured:
        result.add(rules, "timing.name_unspoken_too_soon", rules.timing.name_unspoken_too_soon)
        return
    if move is Move.PROPOSE and skill is not None:
        if not _proposal_lands(ctx, rules, result):
            return
        result.accepted_proposal = True
    elif move is Move.PROPOSE:
        if _too_early(ctx, rules, result, need_required=True):
            return
        result.accepted_proposal = True
    if ctx.option.effect is not None:
        _add_override(rules, result, "scenario.option", move, ctx.option.effect)
    elif move in ctx.scenario.effects:
        _add_override(rules, result, "scenario.move", move, ctx.scenario.effects[move])
    else:
        result.add(rules, f"move.{move}", rules.moves[move])
    if move is Move.SUMMARIZE and ctx.needs_uncovered:
        result.add(rules, "timing.summarize_with_needs", rules.timing.summarize_with_needs)
    if move is Move.INFORM and asked and skill is not None:
        result.add(rules, "skill.asked_inform", skill.asked_inform)


def _proposal_lands(ctx: MoveContext, rules: Rules, result: Evaluation) -> bool:
    """Whether a proposal can be owned; if not, add the reason why not and return False.

    A proposal must answer needs the customer actually shared, the central ones among them, and it must come when
    the customer is open (trust at the commit line, tension low)."""
    skill = rules.skill
    assert skill is not None
    scenario = ctx.scenario
    unheard = [need for need in ctx.option.addresses if need not in ctx.needs_uncovered]
    if unheard:
        labels = [scenario.need(need).label for need in unheard]
        names = {
            lang: ", ".join(label.get(lang) or next(iter(label.values())) for label in labels) for lang in LANGUAGES
        }
        result.add(rules, "skill.propose_unheard", skill.propose_unheard, needs=names)
        return False
    central = [need.id for need in scenario.needs if need.central]
    if any(need not in ctx.option.addresses for need in central):
        result.add(rules, "skill.propose_misses_core", skill.propose_misses_core)
        return False
    return not _too_early(ctx, rules, result, need_required=False)


def _too_early(ctx: MoveContext, rules: Rules, result: Evaluation, *, need_required: bool) -> bool:
    """Whether a proposal comes before the customer is open; if so, add "too early" with every reason: trust below
    the commit line, tension above its limit, and (`need_required`, the first rules) no need found yet."""
    limits = rules.thresholds
    why = []
    if ctx.trust < limits.commit_trust:
        why.append("timing.why_trust")
    if need_required and not ctx.needs_uncovered:
        why.append("timing.why_need")
    if ctx.tension > limits.commit_max_tension:
        why.append("timing.why_tension")
    if why:
        joined = {lang: "; ".join(rules.reasons[code][lang] for code in why) for lang in LANGUAGES}
        result.add(rules, "timing.propose_too_early", rules.timing.propose_too_early, why=joined)
    return bool(why)


def _add_override(rules: Rules, result: Evaluation, code: str, move: Move, effect: Effect) -> None:
    # The player still learns what the move does; the note says why the numbers differ from usual.
    own, note = rules.text(f"move.{move}"), rules.text(code)
    text = {lang: f"{own[lang]} {note[lang]}" for lang in LANGUAGES}
    result.reasons.append(Reason(code, effect.trust, effect.tension, text))


def _root_effects(ctx: MoveContext, rules: Rules, result: Evaluation) -> None:
    move = ctx.option.move
    for root, weight in ctx.scenario.roots.items():
        if move in rules.matches.get(root, ()) and result.trust > 0:
            gain = _scaled(result.trust, rules.context.root_match * weight)
            if gain:
                result.add(rules, "context.root_match", (gain, 0), root=rules.roots[root])
        if move in rules.clashes.get(root, ()):
            harm = _scaled(min(result.trust, 0), rules.context.root_clash * weight)
            strain = _scaled(max(result.tension, 0), rules.context.root_clash * weight)
            if harm or strain:
                result.add(rules, "context.root_clash", (harm, strain), root=rules.roots[root])


def _habits(ctx: MoveContext, rules: Rules, result: Evaluation) -> None:
    move = ctx.option.move
    limits = rules.thresholds
    recent = ctx.previous_moves[-(limits.interrogation_after - 1) :]
    floor = rules.skill is not None and rules.skill.habits_floor
    if (
        move is Move.ASK_NEED
        and len(recent) == limits.interrogation_after - 1
        and all(m is Move.ASK_NEED for m in recent)
    ):
        penalty = rules.timing.interrogation
        # With the floor, an interrogation takes the question's gain away and adds strain, but a good question
        # never ends up costing trust: that is the author's verdict to give, not the habit's.
        trust = -max(result.trust, 0) if floor else penalty.trust
        result.add(rules, "timing.interrogation", (trust, penalty.tension))
    recent = ctx.previous_moves[-(limits.repetition_after - 1) :]
    if (
        move.family is Family.SLOWING
        and len(recent) == limits.repetition_after - 1
        and all(m is move for m in recent)
        and result.trust > 0
    ):
        result.add(rules, "context.repetition", (-_scaled(result.trust, rules.context.repetition), 0))


def _uncover(ctx: MoveContext, rules: Rules, result: Evaluation) -> None:
    need_id = ctx.option.uncovers
    if need_id is None or need_id in ctx.needs_uncovered:
        return
    if _shares(ctx, rules, result):
        result.uncovered = need_id
        label = dict(ctx.scenario.need(need_id).label)
        label = {lang: label.get(lang) or next(iter(label.values())) for lang in LANGUAGES}
        result.add(rules, "timing.need_uncovered", rules.timing.need_uncovered, need=label)
    else:
        result.add(rules, "timing.need_not_ready", (0, 0))


def _shares(ctx: MoveContext, rules: Rules, result: Evaluation) -> bool:
    """Whether the customer is ready to say the need out loud after this move."""
    limits = rules.thresholds
    trust, tension = clamp(ctx.trust + result.trust), clamp(ctx.tension + result.tension)
    if trust < limits.uncover_min_trust:
        return False
    if rules.skill is None:
        return True
    # A customer who ends up resisting (or walks out) refuses; a refusal does not say the need.
    resisting = tension >= limits.resisting_tension or trust < limits.resisting_trust
    breaking = trust <= limits.withdraw_trust or tension >= limits.withdraw_tension
    return not (resisting or breaking)


def _squeezes_a_yes(ctx: MoveContext, rules: Rules, result: Evaluation) -> bool:
    trust = clamp(ctx.trust + result.trust)
    tension = clamp(ctx.tension + result.tension)
    limits = rules.thresholds
    if trust <= limits.withdraw_trust or tension >= limits.withdraw_tension:
        return False  # past the breaking point the customer walks out instead
    if trust >= limits.commit_trust:
        return True
    if tension < limits.comply_min_tension:
        return False
    weights = ctx.scenario.roots
    chance = (
        rules.context.comply_chance
        + rules.context.comply_insecurity * weights.get(Root.INSECURITY, 0.0)
        + rules.context.comply_loss_of_control * weights.get(Root.LOSS_OF_CONTROL, 0.0)
    )
    return ctx.rng.random() < chance
