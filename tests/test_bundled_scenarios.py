"""Every bundled scenario is loaded, checked against the library's content rules, and analysed."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from simulator.engine.analyze import Analysis, analyze
from simulator.scenario import DIALOGUES_DIR, Family, Move, load_scenario
from simulator.scenario.model import pick

SCENARIOS = sorted(DIALOGUES_DIR.glob("*.yaml"))
IDS = [p.stem for p in SCENARIOS]


def test_the_library_is_there() -> None:
    """The five scenarios of the library are bundled."""
    assert {p.stem for p in SCENARIOS} >= {
        "it-migration",
        "family-investment",
        "burned-buyer",
        "team-course-change",
        "renewal-on-the-edge",
    }


@pytest.mark.parametrize("path", SCENARIOS, ids=IDS)
def test_scenario_meets_the_library_rules(path: Path) -> None:
    """At least 12 beats and 3 needs; every beat offers slowing down and the temptation to push."""
    scenario = load_scenario(path)
    assert scenario.id == path.stem
    assert len(scenario.beats) >= 12
    assert len(scenario.needs) >= 3
    assert set(scenario.languages) == {"nl", "en"}
    for beat in scenario.beats:
        families = {option.move.family for option in beat.options}
        assert Family.SLOWING in families, f"beat {beat.id} has no slowing option"
        assert Family.PUSHING in families, f"beat {beat.id} has no pushing option"
    varied = [beat for beat in scenario.beats if len(beat.customer) > 1]
    assert len(varied) >= len(scenario.beats) // 2, "most customer lines should differ by state"
    for beat in scenario.beats:
        assert pick(beat.customer, "open")["nl"] != pick(beat.customer, "open")["en"]


@cache
def analysis(path: Path) -> Analysis:
    """One analysis per scenario, shared by the checks below (both languages, 100 seeds each per policy)."""
    return analyze(load_scenario(path), runs=200)


@pytest.mark.parametrize("path", SCENARIOS, ids=IDS)
def test_scenario_format_2_with_proposals_for_different_needs(path: Path) -> None:
    """Format 2; a central need; several proposals answering different needs, one of them the central one."""
    scenario = load_scenario(path)
    assert scenario.format == 2
    central = {need.id for need in scenario.needs if need.central}
    assert central
    proposals = [o for beat in scenario.beats for o in beat.options if o.move is Move.PROPOSE]
    assert len({o.addresses for o in proposals}) >= 3, "several proposals that answer different needs"
    assert any(central <= set(o.addresses) for o in proposals)
    assert any(not central <= set(o.addresses) for o in proposals), "a proposal that misses the central need"


@pytest.mark.parametrize("path", SCENARIOS, ids=IDS)
def test_only_the_skill_wins(path: Path) -> None:
    """Finding the needs and answering them commits in 90%+; never looking for them in 25% at most; pushing never."""
    result = analysis(path)
    assert result.skilled.share() >= 0.90, result.skilled.outcomes
    assert result.results["no-needs"].share() <= 0.25, result.results["no-needs"].outcomes
    assert not result.pushing_can_commit


@pytest.mark.parametrize("path", SCENARIOS, ids=IDS)
def test_the_answer_cannot_be_read_off_the_buttons(path: Path) -> None:
    """Position, length, a question mark or 'you' commit in 10% of runs at most, and so does random play."""
    assert analysis(path).surface_wins == {}


@pytest.mark.parametrize("path", SCENARIOS, ids=IDS)
def test_slowing_for_ever_costs_trust(path: Path) -> None:
    """Never moving forward ends at least 10 trust points below the peak, on average."""
    drops = analysis(path).results["slowing-forever"].peak_drop
    assert sum(drops) / len(drops) >= 10


@pytest.mark.parametrize("path", SCENARIOS, ids=IDS)
def test_every_verdict_agrees_with_the_meter(path: Path) -> None:
    """No option marked good loses trust and no option marked poor gains it, in any state reached."""
    assert list(analysis(path).contradictions.values()) == []


@pytest.mark.parametrize("path", SCENARIOS, ids=IDS)
def test_two_good_playthroughs_are_different_conversations(path: Path) -> None:
    """Different seeds give different lines: two good playthroughs share less than 70% of the customer's lines."""
    assert analysis(path).variety < 0.70


@pytest.mark.parametrize("path", SCENARIOS, ids=IDS)
def test_every_ending_is_reachable(path: Path) -> None:
    """Random play reaches at least three endings, and all four are reached by some policy."""
    result = analysis(path)
    reached = {name for name, count in result.random_play.outcomes.items() if count}
    assert len(reached) >= 3, reached
    everything = {name for r in result.results.values() for name, count in r.outcomes.items() if count}
    assert everything == {"committed", "complied", "withdrawn", "stalled"}, "every ending must be reachable"
