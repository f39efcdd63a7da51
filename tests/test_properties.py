"""Properties that hold for any play and any input, checked with hypothesis.

For random option sequences, starting meters, roots and seeds: the meters stay within 0..100, the reasons explain
every change, every session ends within max_turns, undo is exact, and save -> load reproduces the session.
For arbitrary text, the loader raises nothing but ScenarioError. Example counts are kept moderate for speed.
"""

from __future__ import annotations

import tempfile
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulator.engine import Session
from simulator.engine.rules import clamp
from simulator.scenario import Scenario, ScenarioError, parse_scenario, scenario_from_data
from simulator.scenario.yaml_source import read_yaml

DATA = Path(__file__).parent / "data"
MINI = DATA / "mini.yaml"
MINI_TEXT = MINI.read_text(encoding="utf-8")

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@cache
def mini_variant(trust: int, tension: int, roots: tuple[tuple[str, int], ...], max_turns: int) -> Scenario:
    """The mini scenario with other starting meters, roots and length."""
    data = read_yaml(MINI.read_bytes(), str(MINI)).data
    data["start"].update(trust=trust, tension=tension)
    data["roots"] = dict(roots)
    data["max_turns"] = max_turns
    return scenario_from_data(data, "variant")


scenarios = st.builds(
    mini_variant,
    trust=st.integers(0, 100),
    tension=st.integers(0, 100),
    roots=st.lists(
        st.tuples(st.sampled_from(["insecurity", "uncertainty", "loss_of_control"]), st.integers(1, 5)),
        min_size=1,
        max_size=3,
        unique_by=lambda pair: pair[0],
    ).map(tuple),
    max_turns=st.integers(3, 15),
)
picks = st.lists(st.integers(0, 4), min_size=0, max_size=20)
seeds = st.integers(0, 2**31 - 1)
languages = st.sampled_from(["nl", "en"])


def play_picks(scenario: Scenario, seed: int, choices: list[int], language: str = "en") -> Session:
    """Play option number `choice % options` for each pick, stopping at the end."""
    session = Session(scenario, language, seed, clock=lambda: 0.0)
    for pick in choices:
        if session.finished:
            break
        options = session.options
        session.choose(options[pick % len(options)].id, response_ms=pick * 37)
    return session


@FAST
@given(scenario=scenarios, seed=seeds, choices=picks)
def test_meters_stay_within_bounds_and_reasons_explain_each_change(scenario, seed, choices):
    """Whatever is played, trust and tension stay in 0..100 and each turn's reasons add up to its change."""
    session = play_picks(scenario, seed, choices)
    for turn in session.turns:
        for value in (turn.trust_before, turn.trust_after, turn.tension_before, turn.tension_after):
            assert 0 <= value <= 100
        assert clamp(turn.trust_before + sum(r.trust for r in turn.reasons)) == turn.trust_after
        assert clamp(turn.tension_before + sum(r.tension for r in turn.reasons)) == turn.tension_after
        assert all(r.text["nl"] and r.text["en"] for r in turn.reasons)
    assert 0 <= session.trust <= 100 and 0 <= session.tension <= 100


@FAST
@given(scenario=scenarios, seed=seeds, choices=st.lists(st.integers(0, 4), min_size=60, max_size=60))
def test_every_session_ends_within_max_turns(scenario, seed, choices):
    """Playing on as long as options are offered always ends, at the latest after max_turns turns."""
    session = play_picks(scenario, seed, choices)
    assert session.finished
    assert len(session.turns) <= scenario.max_turns
    assert session.outcome in {"committed", "complied", "withdrawn", "stalled"}
    assert session.turns[-1].reasons[-1].code == f"outcome.{session.outcome}"
    assert session.options == ()


@FAST
@given(scenario=scenarios, seed=seeds, choices=picks, language=languages)
def test_save_then_load_reproduces_any_session(scenario, seed, choices, language):
    """Any session saved and loaded again has the same turns, meters, state, needs and outcome."""
    session = play_picks(scenario, seed, choices, language)
    session.notes.session = "note"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "s.json"
        session.save(path)
        loaded = Session.load(path)
    assert loaded.turns == session.turns
    assert (loaded.trust, loaded.tension, loaded.state) == (session.trust, session.tension, session.state)
    assert loaded.needs_uncovered == session.needs_uncovered
    assert loaded.outcome == session.outcome
    assert (loaded.seed, loaded.language, loaded.notes) == (session.seed, session.language, session.notes)


@FAST
@given(scenario=scenarios, seed=seeds, choices=picks.filter(bool))
def test_undo_equals_never_having_played_the_last_turn(scenario, seed, choices):
    """Undoing the last turn leaves the session exactly as if it had stopped one turn earlier."""
    session = play_picks(scenario, seed, choices)
    played = len(session.turns)
    shorter = play_picks(scenario, seed, choices[: played - 1])
    session.undo()
    assert session.turns == shorter.turns
    assert (session.trust, session.tension, session.state, session.beat) == (
        shorter.trust,
        shorter.tension,
        shorter.state,
        shorter.beat,
    )
    assert session.needs_uncovered == shorter.needs_uncovered


@FAST
@given(scenario=scenarios, seed=seeds, choices=picks, data=st.data())
def test_branch_repeats_its_parent_exactly(scenario, seed, choices, data):
    """A branch at any turn holds exactly the parent's turns up to there."""
    session = play_picks(scenario, seed, choices)
    at = data.draw(st.integers(0, len(session.turns)))
    branch = session.branch(at)
    assert branch.turns == session.turns[:at]
    assert branch.parent == {"session": session.id, "turn": at}


def _only_scenario_error(raw: bytes) -> None:
    try:
        result = parse_scenario(raw, "fuzz.yaml", assets_dir=None)
    except ScenarioError as error:
        assert error.problems
    else:
        assert isinstance(result, Scenario)


YAML_ALPHABET = st.sampled_from([*"abcdeinoy01:-[]{},&*!<>|'\"#% \n\t~.?", "\n  ", ": ", "- ", "no", "yes"])


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_loader_raises_only_scenario_error_for_arbitrary_text(text):
    """Any text at all is either a scenario or a ScenarioError."""
    _only_scenario_error(text.encode("utf-8", errors="surrogatepass"))


@settings(max_examples=200, deadline=None)
@given(st.lists(YAML_ALPHABET, max_size=120).map("".join))
def test_loader_raises_only_scenario_error_for_yaml_like_text(text):
    """Text made of YAML's special characters (anchors, tags, flows, booleans) gives only ScenarioError."""
    _only_scenario_error(text.encode("utf-8"))


@settings(max_examples=100, deadline=None)
@given(
    lines=st.lists(st.integers(0, MINI_TEXT.count("\n")), max_size=4, unique=True),
    replacement=st.sampled_from(["", "x", "  bad: [1", "no", "- ", "!!str a", "&a b", "*a"]),
)
def test_loader_raises_only_scenario_error_for_edited_scenarios(lines, replacement):
    """A valid scenario with a few lines replaced by junk is either valid or a ScenarioError."""
    text = MINI_TEXT.splitlines()
    for line in lines:
        if line < len(text):
            text[line] = replacement
    _only_scenario_error("\n".join(text).encode("utf-8"))
