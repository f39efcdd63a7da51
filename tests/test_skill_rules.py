"""The customer can only be won with the skill: the rules and the format that make it so.

Options come in an order drawn from the seed; a proposal is owned only when it answers needs the customer shared,
the central one among them, while the customer is open; an open customer kept waiting grows impatient; information
the customer asked for is welcome; a refusal does not give the need away; live feedback never names the root; and a
second session with another seed is another conversation.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from simulator.engine import Session, default_rules
from simulator.engine.analyze import SURFACE_POLICIES, analyze, check_verdicts, second_person_words
from simulator.engine.rules import rules_for_version
from simulator.scenario import CustomerState, Move, Scenario, ScenarioError, scenario_from_data
from simulator.scenario.yaml_source import read_yaml

MINI = Path(__file__).parent / "data" / "mini.yaml"
GOOD_PATH = ["open-ask", "middle-name", "close-summarize", "close-summarize", "close-propose"]
RULES = default_rules()
S = CustomerState


def mini_data() -> dict[str, Any]:
    """The mini scenario as plain data."""
    return read_yaml(MINI.read_bytes(), str(MINI)).data


def variant(change: Callable[[dict[str, Any]], None]) -> Scenario:
    """The mini scenario after `change` edits its data."""
    data = mini_data()
    change(data)
    return scenario_from_data(data, "variant")


def option_data(data: dict[str, Any], option_id: str) -> dict[str, Any]:
    """The option `option_id` in scenario data."""
    return next(o for beat in data["beats"] for o in beat["options"] if o["id"] == option_id)


def play(session: Session, choices: list[str]) -> Session:
    """Play `choices` in order."""
    for option_id in choices:
        session.choose(option_id, response_ms=0)
    return session


def problems(change: Callable[[dict[str, Any]], None]) -> list[str]:
    """The problem messages of the mini scenario after `change` (it must be refused)."""
    with pytest.raises(ScenarioError) as caught:
        variant(change)
    return [f"{p.field}: {p.message}" for p in caught.value.problems]


# ---- the order of the options --------------------------------------------------------------------------------
def test_option_order_is_drawn_from_the_seed(mini):
    """Different seeds show the same options in different orders; the same seed always in the same order."""
    orders = {tuple(o.id for o in Session(mini, "en", seed).options) for seed in range(30)}
    assert len(orders) > 1, "the order never changes between sessions"
    assert {frozenset(order) for order in orders} == {frozenset({"open-ask", "open-listen", "open-argue"})}
    assert [o.id for o in Session(mini, "en", 7).options] == [o.id for o in Session(mini, "en", 7).options]


def test_the_first_button_is_not_always_the_same_kind(mini):
    """Over many seeds, the option shown first is sometimes slowing and sometimes pushing."""
    first_families = {Session(mini, "en", seed).options[0].family for seed in range(30)}
    assert len(first_families) >= 2


def test_the_order_shown_is_recorded_and_replayed(mini, tmp_path):
    """The session file keeps the order each turn was offered in, and loading shows the same order."""
    session = play(Session(mini, "en", seed=11), ["open-ask"])
    shown = [o.id for o in session.options]
    path = tmp_path / "s.json"
    session.save(path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["turns"][0]["offered"] == list(session.turns[0].offered)
    assert [o.id for o in Session.load(path).options] == shown


def test_a_tampered_order_is_refused(mini, tmp_path):
    """A file whose recorded order differs from what its seed gives is refused as inconsistent."""
    from simulator.engine.storage import SessionFileError

    session = play(Session(mini, "en", seed=11), ["open-ask"])
    path = tmp_path / "s.json"
    session.save(path)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["turns"][0]["offered"] = list(reversed(document["turns"][0]["offered"]))
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(SessionFileError, match="offered"):
        Session.load(path)


# ---- proposals answer the needs that were found --------------------------------------------------------------
def test_a_proposal_for_the_needs_found_is_owned(mini):
    """Finding both needs, then proposing what answers them once the customer is open, commits."""
    session = play(Session(mini, "en"), GOOD_PATH)
    assert session.outcome == "committed"
    assert set(session.needs_uncovered) == {"clarity", "safety"}


def test_a_proposal_for_a_need_never_shared_backfires(mini):
    """A proposal that answers a need the customer never mentioned loses trust and names that need."""
    scenario = variant(lambda d: d["start"].update(trust=80, tension=10))
    session = play(Session(scenario, "en"), ["open-ask", "middle-reflect"])
    assert session.state is S.OPEN and session.needs_uncovered == ("clarity",)
    turn = session.choose("close-propose", response_ms=0)
    assert not session.finished
    assert turn.trust_delta < 0
    assert turn.reasons[0].code == "skill.propose_unheard"
    assert "Not deciding alone" in turn.reasons[0].text["en"]


def test_a_proposal_that_misses_the_central_need_is_not_owned(mini):
    """Answering only what came up, but not what matters most, does not commit."""

    def change(data: dict[str, Any]) -> None:
        data["start"].update(trust=80, tension=10)
        partial = {**option_data(data, "close-propose"), "id": "close-propose-part", "addresses": ["clarity"]}
        data["beats"][2]["options"].append(partial)

    session = play(Session(variant(change), "en"), ["open-ask", "middle-reflect"])
    turn = session.choose("close-propose-part", response_ms=0)
    assert not session.finished
    assert turn.reasons[0].code == "skill.propose_misses_core"


def test_the_open_state_and_the_commit_line_are_the_same():
    """'Good trust' (the open state) is exactly where a proposal can be owned: never 'open' and 'too early'."""
    limits = RULES.thresholds
    assert limits.open_trust == limits.commit_trust
    assert limits.open_max_tension == limits.commit_max_tension + 1  # open: tension below it; commit: at most


def test_a_proposal_before_the_customer_is_open_is_too_early(mini):
    """With the right needs found but trust below the line, the proposal is too early."""
    session = play(Session(mini, "en"), ["open-ask", "middle-name"])
    assert session.state is not S.OPEN
    turn = session.choose("close-propose", response_ms=0)
    assert turn.reasons[0].code == "timing.propose_too_early"
    assert not session.finished


# ---- over-slowing --------------------------------------------------------------------------------------------
def test_an_open_customer_kept_waiting_grows_impatient(mini):
    """Once open, slowing moves that find nothing new soon cost trust, more each time."""
    scenario = variant(lambda d: d.update(temperament={"patience": [1, 1]}))
    session = play(Session(scenario, "en"), ["open-ask", "middle-name", "close-summarize", "close-summarize"])
    assert session.state is S.OPEN
    deltas = []
    for _ in range(2):
        if session.state is not S.OPEN:
            break
        turn = session.choose("close-summarize", response_ms=0)
        deltas.append(turn.trust_delta)
        assert "skill.impatience" in [r.code for r in turn.reasons]
    assert deltas[0] < 0
    assert len(deltas) < 2 or deltas[1] < deltas[0]


def test_slowing_for_ever_costs_trust_from_its_peak(mini):
    """A player who only summarises once the customer is open ends well below the peak."""
    session = play(Session(mini, "en"), ["open-ask", "middle-name"])
    peak = session.trust
    while not session.finished:
        session.choose("close-summarize", response_ms=0)
        peak = max(peak, session.trust)
    assert peak - session.trust >= 10
    assert session.outcome == "stalled"


def test_the_first_rules_have_no_impatience(mini):
    """Sessions played under the first rules keep their behaviour: no impatience, no shuffled order."""
    session = Session(mini, "en", seed=3, rules=rules_for_version(1))
    assert [o.id for o in session.options] == ["open-ask", "open-listen", "open-argue"]
    play(session, ["open-ask", "middle-name", "close-summarize", "close-summarize", "close-summarize"])
    assert "skill.impatience" not in [r.code for t in session.turns for r in t.reasons]


# ---- information asked for, boundaries ------------------------------------------------------------------------
def _with_inform(asks: bool, effect: dict[str, int] | None = None) -> Scenario:
    def change(data: dict[str, Any]) -> None:
        beat = data["beats"][0]
        if asks:
            beat["asks"] = "information"
        option = option_data(data, "open-argue")
        option.update(move="inform", verdict="good")
        if effect:
            option["effect"] = effect

    return variant(change)


def test_information_the_customer_asked_for_helps():
    """At a beat where the customer asks a direct question, `inform` is welcome, with a bonus."""
    turn = Session(_with_inform(asks=True), "en").choose("open-argue", response_ms=0)
    codes = [r.code for r in turn.reasons]
    assert "timing.inform_unsolicited" not in codes
    assert "skill.asked_inform" in codes
    assert turn.trust_delta > 0


def test_unasked_information_in_resistance_still_backfires():
    """Without the question, the same information at the start is unrequested and costs trust."""
    turn = Session(_with_inform(asks=False), "en").choose("open-argue", response_ms=0)
    assert turn.reasons[0].code == "timing.inform_unsolicited"
    assert turn.trust_delta < 0


def test_an_authors_effect_stands_as_written():
    """A calm boundary written as `inform` with an effect is scored as the author wrote it, not as pressure."""
    turn = Session(_with_inform(asks=False, effect={"trust": 3, "tension": -1}), "en").choose("open-argue")
    assert "timing.inform_unsolicited" not in [r.code for r in turn.reasons]
    assert turn.trust_delta >= 3


# ---- needs are said out loud only when shared -------------------------------------------------------------------
def test_a_customer_not_ready_gives_the_withheld_reply():
    """Below the trust to share, the need stays hidden and the reply does not state it."""
    scenario = variant(lambda d: d["start"].update(trust=12))
    turn = Session(scenario, "en").choose("open-ask", response_ms=0)
    assert turn.uncovered is None
    assert turn.reply["en"] == "I'd rather not say yet."
    assert "timing.need_not_ready" in [r.code for r in turn.reasons]


def test_a_customer_who_ends_up_resisting_does_not_share_the_need():
    """A refusal does not uncover: a customer pushed into resistance keeps the need to themselves."""
    scenario = variant(lambda d: d["start"].update(trust=40, tension=80))
    turn = Session(scenario, "en").choose("open-ask", response_ms=0)
    assert turn.state_after is S.RESISTING
    assert turn.uncovered is None
    assert turn.reply["en"] == "I'd rather not say yet."


def test_the_need_is_said_when_it_is_uncovered(mini):
    """When the need comes up, the reply states it and the notebook gets it."""
    turn = Session(mini, "en").choose("open-ask", response_ms=0)
    assert turn.uncovered == "clarity"
    assert turn.reply["en"] == "The cost isn't clear to me."


# ---- live feedback keeps the root hidden ----------------------------------------------------------------------
@pytest.mark.parametrize("seed", range(5))
def test_live_reasons_never_name_the_root(mini, seed):
    """No reason shown during play names insecurity, uncertainty or loss of control."""
    session = Session(mini, "en", seed)
    import random

    rng = random.Random(seed)
    texts = []
    while not session.finished:
        turn = session.choose(rng.choice(session.options).id, response_ms=0)
        texts += [r.text[lang] for r in turn.reasons for lang in ("nl", "en")]
    root_words = [text for names in RULES.roots.values() for text in names.values()]
    for text in texts:
        for name in root_words:
            assert name.split(" (")[0] not in text


def test_meeting_the_root_counts_more_than_it_used_to():
    """The root match and clash weigh more in the current rules than in the first."""
    first = rules_for_version(1).context
    assert RULES.context.root_match > first.root_match
    assert RULES.context.root_clash > first.root_clash


# ---- variety -------------------------------------------------------------------------------------------------
def _phrased() -> Scenario:
    def change(data: dict[str, Any]) -> None:
        data["beats"][1]["customer"] = {
            "default": [
                {"nl": "En nu?", "en": "And now?"},
                {"nl": "Wat nu?", "en": "What now?"},
                {"nl": "Hoe verder?", "en": "Where to from here?"},
            ]
        }
        option_data(data, "open-ask")["reply"] = {
            "default": [
                {"nl": "De kosten zijn me niet helder.", "en": "The cost isn't clear to me."},
                {"nl": "Ik snap de prijs niet.", "en": "I don't get the price."},
            ]
        }

    return variant(change)


def test_phrasings_vary_with_the_seed_and_stay_put_on_replay(tmp_path):
    """A line with several phrasings is said differently across seeds, and the same within a session."""
    scenario = _phrased()
    lines = set()
    replies = set()
    for seed in range(20):
        session = play(Session(scenario, "en", seed), ["open-ask"])
        lines.add(session.customer_line)
        replies.add(session.turns[0].reply["en"])
        assert session.customer_line == session.customer_line
    assert lines == {"And now?", "What now?", "Where to from here?"}
    assert len(replies) == 2


def test_temperament_is_drawn_within_the_authors_bounds(mini):
    """Patience and sensitivity differ between seeds but stay within the scenario's bounds."""
    scenario = variant(lambda d: d.update(temperament={"patience": [1, 4], "sensitivity": [0.7, 1.4]}))
    tempers = {Session(scenario, "en", seed).temper for seed in range(40)}
    assert len({t.patience for t in tempers}) > 1 and len({t.sensitivity for t in tempers}) > 1
    assert all(1 <= t.patience <= 4 and 0.7 <= t.sensitivity <= 1.4 for t in tempers)


def test_a_sensitive_customer_takes_pushing_harder():
    """The same argument costs more trust with a customer drawn as sensitive than with a thick-skinned one."""
    sensitive = variant(lambda d: d.update(temperament={"sensitivity": [1.6, 1.6]}))
    calm = variant(lambda d: d.update(temperament={"sensitivity": [0.6, 0.6]}))
    hard = Session(sensitive, "en").choose("open-argue", response_ms=0)
    soft = Session(calm, "en").choose("open-argue", response_ms=0)
    assert hard.trust_delta < soft.trust_delta
    assert "context.sensitive" in [r.code for r in hard.reasons]


# ---- the format ----------------------------------------------------------------------------------------------
def test_every_option_carries_a_verdict(mini):
    """Options expose the author's verdict and proposals the needs they answer."""
    propose = next(o for o in mini.beat("close").options if o.move is Move.PROPOSE)
    assert propose.verdict in {"good", "mixed", "poor"}
    assert propose.addresses == ("clarity", "safety")
    assert mini.beat("open").options[0].addresses == ()


def test_a_proposal_must_name_the_needs_it_answers():
    """A `propose` without `addresses` is refused at that option."""
    found = problems(lambda d: option_data(d, "close-propose").pop("addresses"))
    assert any("addresses" in p for p in found)


def test_addresses_must_name_declared_needs():
    """An unknown need id in `addresses` is reported at that entry."""
    found = problems(lambda d: option_data(d, "close-propose").update(addresses=["clarity", "safety", "money"]))
    assert found == ["beats[2].options[1].addresses[2]: need 'money' is not declared under 'needs'"]


def test_only_proposals_answer_needs():
    """`addresses` on another move kind is refused."""
    found = problems(lambda d: option_data(d, "open-ask").update(addresses=["clarity"]))
    assert found == ["beats[0].options[0].addresses: only a 'propose' option answers needs ('addresses')"]


def test_an_uncovering_option_needs_a_withheld_reply():
    """An option with `uncovers` must say what the customer answers when not ready."""
    found = problems(lambda d: option_data(d, "open-ask").pop("withheld"))
    assert any("withheld" in p for p in found)


def test_a_scenario_marks_a_central_need_that_a_proposal_answers():
    """Without a central need, or with one no proposal answers, the scenario is refused."""
    assert any("central" in p for p in problems(lambda d: d["needs"][1].pop("central")))

    def unanswered(data: dict[str, Any]) -> None:
        option_data(data, "close-propose")["addresses"] = ["clarity"]

    assert any("no proposal answers the central need 'safety'" in p for p in problems(unanswered))


def test_a_missing_verdict_is_reported():
    """Format 2 requires a verdict on every option."""
    found = problems(lambda d: option_data(d, "open-listen").pop("verdict"))
    assert found == ["beats[0].options[1].verdict: this field is required"]


def test_a_format_1_scenario_is_upgraded_in_memory():
    """An older scenario still loads: verdicts from the move's family, proposals answering every need."""

    def old(data: dict[str, Any]) -> None:
        data["format"] = 1
        for need in data["needs"]:
            need.pop("central", None)
        for beat in data["beats"]:
            for option in beat["options"]:
                option.pop("verdict")
                option.pop("addresses", None)
                option.pop("withheld", None)

    scenario = variant(old)
    assert {o.id: o.verdict for o in scenario.beat("open").options} == {
        "open-ask": "good",
        "open-listen": "good",
        "open-argue": "poor",
    }
    assert scenario.beat("close").options[1].addresses == ("clarity", "safety")


def test_temperament_bounds_are_checked():
    """A patience range the wrong way round is refused."""
    found = problems(lambda d: d.update(temperament={"patience": [3, 1]}))
    assert any("temperament.patience" in p for p in found)


# ---- analyze and validate ------------------------------------------------------------------------------------
def test_second_person_words_are_counted_in_both_languages():
    """'you' and the Dutch je/jij/u/jouw are counted as words, not as parts of words."""
    assert second_person_words("Do you think your team would?") == 2
    assert second_person_words("Wat vind jij, en hoe kijkt je team ertegen aan? En u?") == 3
    assert second_person_words("Jouw youthful Jeep") == 1


def test_analyze_warns_when_a_surface_policy_wins():
    """When the winning options are the only questions, analyze names the question policy."""

    def cue(data: dict[str, Any]) -> None:
        for beat in data["beats"]:
            for option in beat["options"]:
                for language in ("nl", "en"):
                    text = option["text"][language].rstrip("?.") + "."
                    option["text"][language] = text[:-1] + "?" if option["id"] in GOOD_PATH else text

    result = analyze(variant(cue), runs=40)
    assert "question" in result.surface_wins
    assert any("'question' policy" in warning for warning in result.warnings())
    assert set(SURFACE_POLICIES) == {"first", "last", "longest", "shortest", "question", "you"}


def test_analyze_reports_the_skilled_and_the_no_needs_player(mini):
    """The skilled player wins the mini scenario; one who never looks for needs cannot."""
    result = analyze(mini, runs=40)
    assert result.skilled.share() >= 0.9
    assert result.results["no-needs"].share() == 0


def test_verdict_contradictions_are_found():
    """An option marked good that loses trust is reported with its state."""
    scenario = variant(lambda d: option_data(d, "open-listen").update(effect={"trust": -3, "tension": 2}))
    found = check_verdicts(scenario, runs=10)
    assert {c.option for c in found} == {"open-listen"}
    assert all(c.trust_delta < 0 and c.verdict == "good" for c in found)


def test_validate_reports_a_contradicting_verdict_at_its_line(tmp_path, capsys):
    """`simulator validate` fails and names file, line and option when a verdict disagrees with the meter."""
    from simulator.cli import main

    text = MINI.read_text(encoding="utf-8").replace(
        "move: listen\n        verdict: good\n", "move: listen\n        verdict: good\n        effect: {trust: -3}\n"
    )
    path = tmp_path / "mini.yaml"
    path.write_text(text, encoding="utf-8")
    (tmp_path / "assets").symlink_to(MINI.parent / "assets")
    code = main(["validate", str(path)])
    err = capsys.readouterr().err
    assert code == 1
    line = text[: text.index("move: listen")].count("\n") + 2
    assert f"{path}:{line}:18: beats[0].options[1].verdict: option 'open-listen' is marked good" in err


def test_the_meter_says_good_trust_exactly_where_a_proposal_can_be_owned():
    """The UI's 'good trust' starts at the rules' commit line (read without importing Qt)."""
    import ast

    source = (Path(__file__).parents[1] / "simulator" / "ui" / "words.py").read_text(encoding="utf-8")
    assigned = {
        node.targets[0].id: node.value
        for node in ast.parse(source).body
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)
    }
    assert ast.literal_eval(assigned["GOOD_TRUST"]) == RULES.thresholds.commit_trust == RULES.thresholds.open_trust


def test_impatience_grows_but_never_takes_more_than_its_limit_in_one_turn():
    """Kept waiting for long, the customer loses patience step by step, at most the rules' limit per turn."""
    scenario = variant(lambda d: d.update(max_turns=40, temperament={"patience": [1, 1]}))
    session = play(Session(scenario, "en"), ["open-ask", "middle-name", "close-summarize", "close-summarize"])
    losses = []
    while not session.finished:
        turn = session.choose("close-summarize", response_ms=0)
        losses += [r.trust for r in turn.reasons if r.code == "skill.impatience"]
    limit = RULES.skill.impatience_max
    assert losses and min(losses) >= -limit
    assert losses[0] > losses[-1] or len(losses) == 1


def test_an_authors_effect_on_naming_the_unspoken_is_not_replaced_by_too_soon():
    """Naming the unspoken with little trust costs trust, unless the author wrote the option's effect."""
    low = variant(lambda d: d["start"].update(trust=20))
    plain = play(Session(low, "en"), ["open-listen"]).choose("middle-name", response_ms=0)

    def written(data: dict[str, Any]) -> None:
        data["start"].update(trust=20)
        option_data(data, "middle-name")["effect"] = {"trust": 2, "tension": -1}

    authored = play(Session(variant(written), "en"), ["open-listen"]).choose("middle-name", response_ms=0)
    if plain.trust_before < RULES.thresholds.name_unspoken_min_trust:
        assert plain.reasons[0].code == "timing.name_unspoken_too_soon"
    assert authored.reasons[0].code == "scenario.option"
