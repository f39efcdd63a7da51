"""Golden transcripts: stored paths through each bundled scenario, replayed to catch story changes.

Each file in tests/golden/<scenario>/ lists option ids and the expected outcome and meters. When an edit to a
scenario or the rules changes what a path does, this test fails with a readable diff of the whole playthrough.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from simulator.engine import Session
from simulator.scenario import DIALOGUES_DIR, load_scenario

GOLDEN_DIR = Path(__file__).parent / "golden"
GOLDEN_FILES = sorted(GOLDEN_DIR.glob("*/*.yaml"))


def _playthrough(golden: dict) -> tuple[Session, list[str]]:
    scenario = load_scenario(DIALOGUES_DIR / f"{golden['scenario']}.yaml")
    session = Session(scenario, golden.get("language", "nl"), golden.get("seed", 0), clock=lambda: 0.0)
    log = []
    for option_id in golden["choices"]:
        assert not session.finished, f"the conversation ended ({session.outcome}) before '{option_id}'"
        turn = session.choose(option_id)
        log.append(f"{turn.option}: trust {turn.trust_after} tension {turn.tension_after} {turn.state_after}")
    return session, log


def test_every_bundled_scenario_has_a_winning_and_a_losing_path() -> None:
    """Each bundled scenario is covered by a win.yaml and a lose.yaml."""
    for path in sorted(DIALOGUES_DIR.glob("*.yaml")):
        folder = GOLDEN_DIR / path.stem
        assert (folder / "win.yaml").is_file(), f"missing {folder / 'win.yaml'}"
        assert (folder / "lose.yaml").is_file(), f"missing {folder / 'lose.yaml'}"


@pytest.mark.parametrize("path", GOLDEN_FILES, ids=[f"{p.parent.name}/{p.stem}" for p in GOLDEN_FILES])
def test_golden_transcript_replays(path: Path) -> None:
    """Replaying the stored choices gives the stored outcome, meters and needs."""
    golden = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    session, log = _playthrough(golden)
    expected = golden["expect"]
    actual = {
        "outcome": session.outcome,
        "trust": session.trust,
        "tension": session.tension,
        "needs": list(session.needs_uncovered),
    }
    wanted = {key: expected.get(key) for key in actual}
    assert actual == wanted, "playthrough:\n  " + "\n  ".join(log)
    if path.stem == "win":
        assert session.outcome == "committed"
    if path.stem == "lose":
        assert session.outcome in {"withdrawn", "complied", "stalled"}
