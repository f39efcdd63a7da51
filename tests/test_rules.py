"""The rules of the customer model: default effects from rules.yaml, overrides, and every context rule.

`evaluate` is pure, so each rule is tested by giving it a context and comparing what a move does there with
what it does in a context that differs in one respect only (tension, root, previous moves, timing).
"""

from __future__ import annotations

import json
import random
from functools import cache
from pathlib import Path

import pytest

from simulator.engine import MOVES
from simulator.engine.rules import RULES_V1_PATH, Evaluation, MoveContext, evaluate, load_rules, rules_for_version
from simulator.scenario import CustomerState, Family, Move, Option, Root, Scenario, scenario_from_data
from simulator.scenario.yaml_source import read_yaml

DATA = Path(__file__).parent / "data"
MINI = DATA / "mini.yaml"
# These tests pin the first rules of the customer model, which still replay every session saved under them;
# tests/test_skill_rules.py covers what the current rules add and change.
RULES = rules_for_version(1)
LIMITS = RULES.thresholds
S = CustomerState

PUSHING = [m for m in Move if m.family is Family.PUSHING]
SLOWING = [m for m in Move if m.family is Family.SLOWING]


def mini_data() -> dict:
    """The mini scenario as plain data."""
    return read_yaml(MINI.read_bytes(), str(MINI)).data


def make_scenario(roots: dict[str, float] | None = None, effects: dict | None = None) -> Scenario:
    """The mini scenario with other roots of resistance or scenario-wide effects."""
    return _scenario(json.dumps(roots), json.dumps(effects))


@cache
def _scenario(roots: str, effects: str) -> Scenario:
    # Scenarios are frozen, so one per variant serves every test (building one per call is slow).
    data = mini_data()
    if json.loads(roots) is not None:
        data["roots"] = json.loads(roots)
    if json.loads(effects) is not None:
        data["effects"] = json.loads(effects)
    return scenario_from_data(data, "rules-test")


def make_option(move: Move, *, effect: dict | None = None, uncovers: str | None = None) -> Option:
    """A stand-alone option of kind `move`."""
    text = {"nl": "tekst", "en": "text"}
    data = {"id": "o", "move": str(move), "verdict": "mixed", "text": text, "reply": text, "coach": text, "next": "end"}
    if move is Move.PROPOSE:
        data["addresses"] = ["clarity", "safety"]
    if effect is not None:
        data["effect"] = effect
    if uncovers is not None:
        data["uncovers"] = uncovers
    return Option.model_validate_json(json.dumps(data))


def play(
    move: Move,
    *,
    trust: int = 50,
    tension: int = 30,
    state: CustomerState = S.EXPLORING,
    previous: tuple[Move, ...] = (),
    needs: tuple[str, ...] = (),
    roots: dict[str, float] | None = None,
    effects: dict | None = None,
    effect: dict | None = None,
    uncovers: str | None = None,
    seed: int = 0,
    rules=RULES,
) -> Evaluation:
    """Evaluate `move` in a context; the defaults are a calm, neutral moment with a mini customer."""
    ctx = MoveContext(
        scenario=make_scenario(roots, effects),
        option=make_option(move, effect=effect, uncovers=uncovers),
        trust=trust,
        tension=tension,
        state=state,
        previous_moves=previous,
        needs_uncovered=needs,
        rng=random.Random(seed),
    )
    return evaluate(ctx, rules)


def codes(result: Evaluation) -> list[str]:
    """The reason codes of a result, in order."""
    return [reason.code for reason in result.reasons]


def reason(result: Evaluation, code: str):
    """The one reason with `code`."""
    found = [r for r in result.reasons if r.code == code]
    assert len(found) == 1, codes(result)
    return found[0]


# A moment where every move is "on time": trust and a known need for a proposal, calm, open.
ON_TIME = {"trust": 70, "tension": 20, "state": S.OPEN, "needs": ("clarity",)}


# ---- moves and their default effects -----------------------------------------------------------------------
def test_there_are_fourteen_moves_in_the_design_families():
    """Each of the fourteen move kinds belongs to the family DESIGN.md gives it."""
    assert MOVES == {
        "listen": "slowing",
        "reflect": "slowing",
        "name_unspoken": "slowing",
        "ask_need": "slowing",
        "acknowledge": "slowing",
        "give_control": "slowing",
        "summarize": "slowing",
        "inform": "advancing",
        "propose": "advancing",
        "argue": "pushing",
        "counter": "pushing",
        "reassure": "pushing",
        "pressure": "pushing",
        "deflect": "pushing",
    }
    assert all(Move(name).family == family for name, family in MOVES.items())


def test_rules_file_covers_every_move_in_both_languages():
    """rules.yaml has an effect and a Dutch and English reason for every move."""
    assert set(RULES.moves) == set(Move)
    for move in Move:
        text = RULES.reasons[f"move.{move}"]
        assert text["nl"].strip() and text["en"].strip(), move


@pytest.mark.parametrize("move", list(Move), ids=str)
def test_default_effect_comes_from_rules_yaml(move):
    """On time and without overrides, a move's first reason is its effect as written in rules.yaml."""
    written = read_yaml(RULES_V1_PATH.read_bytes(), str(RULES_V1_PATH)).data["moves"][str(move)]
    result = play(move, **ON_TIME)
    first = result.reasons[0]
    assert first.code == f"move.{move}"
    assert (first.trust, first.tension) == (written["trust"], written["tension"])
    assert first.text == RULES.reasons[f"move.{move}"]


@pytest.mark.parametrize("move", list(Move), ids=str)
def test_families_point_the_meters_the_design_way(move):
    """On time, slowing and advancing moves build trust, pushing moves cost it."""
    result = play(move, **ON_TIME)
    if move.family is Family.PUSHING:
        assert result.trust < 0
    else:
        assert result.trust > 0


def test_edited_rules_file_changes_the_effect(tmp_path):
    """The defaults are data: editing rules.yaml changes what `listen` does."""
    text = RULES_V1_PATH.read_text(encoding="utf-8")
    assert text.count("listen:        {trust: 2, tension: -5}") == 1
    path = tmp_path / "rules.yaml"
    path.write_text(text.replace("listen:        {trust: 2, tension: -5}", "listen: {trust: 9, tension: -1}"))
    rules = load_rules(path)
    first = play(Move.LISTEN, rules=rules, roots={"uncertainty": 1}).reasons[0]
    assert (first.trust, first.tension) == (9, -1)


def test_rules_file_missing_a_move_is_refused(tmp_path):
    """A rules file without an effect for `deflect` is refused, naming the move."""
    text = RULES_V1_PATH.read_text(encoding="utf-8")
    path = tmp_path / "rules.yaml"
    path.write_text("\n".join(line for line in text.splitlines() if not line.startswith("  deflect:")))
    with pytest.raises(ValueError, match="deflect"):
        load_rules(path)


# ---- overrides -----------------------------------------------------------------------------------------------
def test_scenario_effects_override_a_move_and_the_reason_says_so():
    """`effects: {argue: ...}` replaces the default; the reason keeps the move's explanation and notes this customer."""
    default = play(Move.ARGUE)
    changed = play(Move.ARGUE, effects={"argue": {"trust": 3, "tension": -1}})
    assert default.trust < 0 < changed.trust
    first = changed.reasons[0]
    assert (first.code, first.trust, first.tension) == ("scenario.move", 3, -1)
    assert "move.argue" not in codes(changed)
    for lang in ("nl", "en"):
        assert RULES.reasons["move.argue"][lang] in first.text[lang], "the move's own explanation stays"
        assert RULES.reasons["scenario.move"][lang] in first.text[lang], "with a note that it lands differently"
    assert "With this customer" in first.text["en"]


def test_option_effect_overrides_the_scenario_and_the_default():
    """An option's own `effect:` wins over the scenario's; the reason explains the move and notes these words."""
    result = play(
        Move.ARGUE,
        effects={"argue": {"trust": 3, "tension": -1}},
        effect={"trust": 7, "tension": 2},
    )
    first = result.reasons[0]
    assert (first.code, first.trust, first.tension) == ("scenario.option", 7, 2)
    assert RULES.reasons["move.argue"]["en"] in first.text["en"]
    assert "in this conversation" in first.text["en"]
    assert RULES.reasons["scenario.option"]["nl"] in first.text["nl"]
    assert "scenario.move" not in codes(result)


def test_override_for_another_move_changes_nothing():
    """A scenario override for `counter` leaves `argue` at its default."""
    assert play(Move.ARGUE, effects={"counter": {"trust": 9}}).reasons == play(Move.ARGUE).reasons


# ---- tension -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("move", PUSHING, ids=str)
def test_pushing_under_high_tension_hurts_more(move):
    """The same push costs more trust and adds more tension when tension is already high."""
    calm = play(move, tension=LIMITS.high_tension - 25, state=S.GUARDED)
    tense = play(move, tension=LIMITS.high_tension + 5, state=S.RESISTING)
    assert tense.trust < calm.trust
    assert tense.tension > calm.tension
    assert "context.pushing_harder" in codes(tense)
    assert "context.pushing_harder" not in codes(calm)
    assert "pushing harder makes it worse" in reason(tense, "context.pushing_harder").text["en"]


def test_pushing_harder_starts_exactly_at_the_high_tension_threshold():
    """`high_tension` is the first level at which pushing counts as pushing harder."""
    assert "context.pushing_harder" in codes(play(Move.ARGUE, tension=LIMITS.high_tension))
    assert "context.pushing_harder" not in codes(play(Move.ARGUE, tension=LIMITS.high_tension - 1))


@pytest.mark.parametrize("move", SLOWING, ids=str)
def test_slowing_under_high_tension_relieves_more(move):
    """Easing off when tension is high lowers it further and adds a point of trust."""
    calm = play(move, tension=LIMITS.high_tension - 25)
    tense = play(move, tension=LIMITS.high_tension + 5)
    assert tense.tension < calm.tension
    assert tense.trust > calm.trust
    easing = reason(tense, "context.easing_off")
    assert easing.trust == RULES.context.easing_off_trust
    assert easing.tension < 0
    assert "context.easing_off" not in codes(calm)


# ---- roots ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("move", "matching", "other"),
    [
        (Move.GIVE_CONTROL, "loss_of_control", "uncertainty"),
        (Move.ACKNOWLEDGE, "insecurity", "loss_of_control"),
        (Move.ASK_NEED, "uncertainty", "insecurity"),
    ],
)
def test_move_matching_the_root_builds_more_trust(move, matching, other):
    """Autonomy for loss of control, acknowledgement for insecurity, questions for uncertainty count more."""
    matched = play(move, roots={matching: 1})
    unmatched = play(move, roots={other: 1})
    assert matched.trust > unmatched.trust
    bonus = reason(matched, "context.root_match")
    assert bonus.trust > 0
    assert bonus.text["en"].endswith(f"{RULES.roots[Root(matching)]['en']}.")
    assert "context.root_match" not in codes(unmatched)


def test_root_match_grows_with_the_roots_weight():
    """A pure loss-of-control customer rewards giving control more than a mixed one does."""
    pure = play(Move.GIVE_CONTROL, roots={"loss_of_control": 1})
    mixed = play(Move.GIVE_CONTROL, roots={"loss_of_control": 1, "uncertainty": 3})
    assert pure.trust > mixed.trust


@pytest.mark.parametrize(
    ("move", "clashing", "other"),
    [
        (Move.COUNTER, "insecurity", "uncertainty"),
        (Move.PRESSURE, "loss_of_control", "insecurity"),
        (Move.ARGUE, "uncertainty", "loss_of_control"),
    ],
)
def test_move_clashing_with_the_root_hurts_more(move, clashing, other):
    """A push that grates against the customer's root costs more trust and adds more tension."""
    clash = play(move, roots={clashing: 1}, trust=40, tension=30)
    plain = play(move, roots={other: 1}, trust=40, tension=30)
    assert clash.trust < plain.trust
    assert clash.tension > plain.tension
    grate = reason(clash, "context.root_clash")
    assert RULES.roots[Root(clashing)]["nl"] in grate.text["nl"]
    assert "context.root_clash" not in codes(plain)


# ---- habits: interrogation and repetition -------------------------------------------------------------------
def test_third_question_in_a_row_feels_like_an_interrogation():
    """After two open questions, a third without reflecting costs trust and raises tension."""
    third = play(Move.ASK_NEED, previous=(Move.ASK_NEED, Move.ASK_NEED))
    second = play(Move.ASK_NEED, previous=(Move.LISTEN, Move.ASK_NEED))
    grilled = reason(third, "timing.interrogation")
    assert grilled.trust < 0 < grilled.tension
    assert "interrogation" in grilled.text["en"]
    assert "verhoor" in grilled.text["nl"]
    assert third.trust < second.trust
    assert "timing.interrogation" not in codes(second)


def test_a_reflection_between_questions_prevents_the_interrogation():
    """Question, reflection, question: no interrogation."""
    result = play(Move.ASK_NEED, previous=(Move.ASK_NEED, Move.REFLECT))
    assert "timing.interrogation" not in codes(result)


@pytest.mark.parametrize("move", [Move.LISTEN, Move.REFLECT, Move.ACKNOWLEDGE, Move.SUMMARIZE], ids=str)
def test_the_same_slowing_move_a_third_time_feels_like_a_technique(move):
    """Repeating one slowing move three times loses part of its trust gain."""
    third = play(move, previous=(Move.ARGUE, move, move))
    second = play(move, previous=(Move.ARGUE, Move.ARGUE, move))
    repeat = reason(third, "context.repetition")
    assert repeat.trust < 0 and repeat.tension == 0
    assert third.trust < second.trust
    assert third.trust > 0, "a repeated good move is weaker, not harmful"
    assert "third time" in repeat.text["en"]


def test_alternating_slowing_moves_is_not_repetition():
    """Listen, reflect, listen is varied enough."""
    assert "context.repetition" not in codes(play(Move.LISTEN, previous=(Move.LISTEN, Move.REFLECT)))


# ---- timing: inform and propose ------------------------------------------------------------------------------
def test_unsolicited_information_during_resistance_backfires():
    """Information pushed at a resisting customer with no need named costs trust."""
    unsolicited = play(Move.INFORM, state=S.RESISTING, tension=50)
    assert codes(unsolicited)[0] == "timing.inform_unsolicited"
    assert "move.inform" not in codes(unsolicited)
    assert unsolicited.trust < 0 < unsolicited.tension
    assert "Unrequested information" in unsolicited.reasons[0].text["en"]


@pytest.mark.parametrize(
    ("state", "needs"),
    [(S.EXPLORING, ()), (S.OPEN, ()), (S.GUARDED, ("clarity",)), (S.RESISTING, ("clarity",))],
)
def test_timely_information_helps(state, needs):
    """Information once the customer explores, or once a need is explicit, builds trust."""
    timely = play(Move.INFORM, state=state, needs=needs, tension=30)
    assert codes(timely)[0] == "move.inform"
    assert timely.trust > 0


@pytest.mark.parametrize(
    ("context", "why", "not_why"),
    [
        ({"trust": LIMITS.commit_trust - 1}, "trust is still too low", ["no need", "tension"]),
        ({"needs": ()}, "no need has been named yet", ["trust", "tension"]),
        ({"tension": LIMITS.commit_max_tension + 1}, "tension is still too high", ["trust", "no need"]),
    ],
)
def test_proposal_too_early_backfires_and_says_why(context, why, not_why):
    """A proposal before trust, a named need and calm costs trust, and the reason names what was missing."""
    result = play(Move.PROPOSE, **{**ON_TIME, **context})
    assert not result.accepted_proposal
    early = reason(result, "timing.propose_too_early")
    assert early.trust < 0 < early.tension
    assert early.text["en"] == f"A proposal too early: {why}."
    for other in not_why:
        assert other not in early.text["en"]
    assert "{" not in early.text["nl"]


def test_proposal_too_early_lists_every_missing_condition():
    """With nothing in place, the reason names all three gaps, in both languages."""
    result = play(Move.PROPOSE, trust=20, tension=70, needs=(), state=S.RESISTING)
    text = reason(result, "timing.propose_too_early").text
    assert text["en"] == (
        "A proposal too early: trust is still too low; no need has been named yet; tension is still too high."
    )
    assert "het vertrouwen is nog te laag" in text["nl"]


def test_proposal_at_the_right_time_is_accepted():
    """Enough trust, a known need and low tension: the proposal lands and can be owned."""
    result = play(Move.PROPOSE, **ON_TIME)
    assert result.accepted_proposal
    assert codes(result)[0] == "move.propose"
    assert result.trust > 0


def test_option_override_does_not_rescue_a_premature_proposal():
    """A scenario cannot make a too-early proposal work by giving it a big effect."""
    result = play(Move.PROPOSE, trust=30, needs=(), effect={"trust": 20, "tension": -10})
    assert not result.accepted_proposal
    assert result.trust < 0


def test_naming_the_unspoken_without_trust_feels_too_close():
    """Naming feelings when trust is still low backfires; with trust it builds a lot."""
    early = play(Move.NAME_UNSPOKEN, trust=LIMITS.name_unspoken_min_trust - 5)
    later = play(Move.NAME_UNSPOKEN, trust=LIMITS.name_unspoken_min_trust + 5)
    assert codes(early)[0] == "timing.name_unspoken_too_soon"
    assert early.trust < 0
    assert later.trust > play(Move.LISTEN, trust=LIMITS.name_unspoken_min_trust + 5).trust


def test_summary_ties_together_known_needs():
    """Summarising after a need came up earns a bonus."""
    with_needs = play(Move.SUMMARIZE, needs=("clarity",))
    without = play(Move.SUMMARIZE)
    assert "timing.summarize_with_needs" in codes(with_needs)
    assert with_needs.trust > without.trust


# ---- needs ---------------------------------------------------------------------------------------------------
def test_need_is_uncovered_only_when_trust_is_high_enough():
    """Below `uncover_min_trust` the customer keeps the need to themselves, and the reason says so."""
    low = play(Move.ASK_NEED, trust=5, uncovers="clarity")
    high = play(Move.ASK_NEED, trust=LIMITS.uncover_min_trust + 5, uncovers="clarity")
    assert low.uncovered is None
    assert "not feel safe enough" in reason(low, "timing.need_not_ready").text["en"]
    assert high.uncovered == "clarity"
    found = reason(high, "timing.need_uncovered")
    assert found.text["en"] == "A need came to the surface: Clarity about cost."
    assert found.text["nl"] == "Er kwam een behoefte op tafel: Helderheid over kosten."


def test_a_need_is_uncovered_only_once():
    """An option that uncovers an already-known need adds nothing about it."""
    result = play(Move.ASK_NEED, uncovers="clarity", needs=("clarity",))
    assert result.uncovered is None
    assert not {"timing.need_uncovered", "timing.need_not_ready"} & set(codes(result))


# ---- pressure and the hollow yes -----------------------------------------------------------------------------
def test_pressure_on_a_trusting_customer_squeezes_out_a_yes():
    """With trust still high after the push, pressure always gets a (hollow) yes."""
    assert all(play(Move.PRESSURE, trust=85, tension=20, seed=seed).complied for seed in range(20))


def test_pressure_without_strain_gets_no_yes():
    """Middling trust and low tension: the customer simply does not give in."""
    assert not any(play(Move.PRESSURE, trust=40, tension=10, seed=seed).complied for seed in range(50))


def test_pressure_in_between_depends_on_the_seed():
    """Middling trust under strain: some seeds give in, some do not, and each seed always gives the same."""
    results = [play(Move.PRESSURE, trust=40, tension=50, seed=seed).complied for seed in range(60)]
    assert any(results) and not all(results)
    assert results == [play(Move.PRESSURE, trust=40, tension=50, seed=seed).complied for seed in range(60)]


def test_insecure_customers_give_in_more_often_than_those_fearing_loss_of_control():
    """The chance of a hollow yes follows the root: insecurity yields, loss of control digs in."""

    def yeses(roots):
        return sum(play(Move.PRESSURE, trust=40, tension=50, roots=roots, seed=s).complied for s in range(300))

    assert yeses({"insecurity": 1}) > yeses({"uncertainty": 1}) > yeses({"loss_of_control": 1})


@pytest.mark.parametrize(("trust", "tension"), [(LIMITS.withdraw_trust, 60), (50, LIMITS.withdraw_tension)])
def test_pressure_at_the_extremes_gets_no_yes(trust, tension):
    """Past the breaking point the customer walks out instead of saying yes."""
    assert not any(play(Move.PRESSURE, trust=trust, tension=tension, seed=s).complied for s in range(50))


def test_only_pressure_squeezes_out_a_yes():
    """Arguing or countering never counts as a yes, however high the trust."""
    for move in (Move.ARGUE, Move.COUNTER, Move.DEFLECT, Move.REASSURE):
        assert not play(move, trust=90, tension=20).complied


# ---- explanations --------------------------------------------------------------------------------------------
CONTEXTS = [
    {"trust": 50, "tension": 30},
    {"trust": 20, "tension": 70, "state": S.RESISTING},
    {"trust": 70, "tension": 20, "state": S.OPEN, "needs": ("clarity",)},
    {"trust": 35, "tension": 40, "state": S.GUARDED, "previous": (Move.ASK_NEED, Move.ASK_NEED)},
    {"trust": 90, "tension": 5, "state": S.OPEN, "previous": (Move.LISTEN, Move.LISTEN)},
]


@pytest.mark.parametrize("context", CONTEXTS)
@pytest.mark.parametrize("move", list(Move), ids=str)
def test_every_change_is_explained_in_both_languages(move, context):
    """The reasons' deltas add up to the change, and each reason has filled-in Dutch and English text."""
    result = play(move, uncovers="clarity", **context)
    assert result.reasons
    assert result.trust == sum(r.trust for r in result.reasons)
    assert result.tension == sum(r.tension for r in result.reasons)
    for r in result.reasons:
        assert set(r.text) == {"nl", "en"}, r.code
        assert r.text["nl"].strip() and r.text["en"].strip(), r.code
        assert "{" not in r.text["nl"] + r.text["en"], r.code
        assert r.text["nl"] != r.text["en"], r.code


def test_evaluation_is_pure():
    """The same context always gives the same reasons."""
    args = {"trust": 40, "tension": 60, "state": S.RESISTING, "previous": (Move.ARGUE,), "seed": 3}
    assert play(Move.PRESSURE, **args) == play(Move.PRESSURE, **args)
