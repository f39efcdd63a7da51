"""Every bundled scenario is loaded, checked against the library's content rules, and analysed."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.engine.analyze import analyze
from simulator.scenario import DIALOGUES_DIR, Family, load_scenario
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


@pytest.mark.parametrize("path", SCENARIOS, ids=IDS)
def test_scenario_teaches_the_right_lesson(path: Path) -> None:
    """Pushing alone never commits, slowing down does, and random play reaches at least three endings."""
    result = analyze(load_scenario(path), runs=300)
    assert not result.pushing_can_commit
    assert result.slowing.outcomes["committed"] > 0
    reached = {name for name, count in result.random_play.outcomes.items() if count}
    assert len(reached) >= 3, reached
    everything = reached | {
        name for strategy in (result.pushing, result.slowing) for name, count in strategy.outcomes.items() if count
    }
    assert everything == {"committed", "complied", "withdrawn", "stalled"}, "every ending must be reachable"
