"""The engine as a player and a view meet it: sessions, turns, endings, undo, branches, hooks. No Qt.

The mini scenario (tests/data/mini.yaml) starts at trust 35, tension 40 with an uncertainty/insecurity customer.
Its known good path is open-ask, middle-name, close-summarize twice, close-propose: the customer commits.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.engine import HOOKS, Session, SessionError, UnknownOption, default_rules
from simulator.engine.customer import Customer
from simulator.engine.rules import clamp
from simulator.scenario import CustomerState, Family, Move, Scenario, scenario_from_data
from simulator.scenario.yaml_source import read_yaml

DATA = Path(__file__).parent / "data"
MINI = DATA / "mini.yaml"
S = CustomerState
LIMITS = default_rules().thresholds

GOOD_PATH = ["open-ask", "middle-name", "close-summarize", "close-summarize", "close-propose"]


def mini_data() -> dict:
    """The mini scenario as plain data, to vary for a test."""
    return read_yaml(MINI.read_bytes(), str(MINI)).data


def variant(change) -> Scenario:
    """The mini scenario after `change(data)`."""
    data = mini_data()
    change(data)
    return scenario_from_data(data, "variant")


def option_data(data: dict, option_id: str) -> dict:
    """The option with `option_id` in scenario data."""
    return next(o for beat in data["beats"] for o in beat["options"] if o["id"] == option_id)


def play(session: Session, choices: list[str]) -> Session:
    """Play `choices` with no time taken."""
    for choice in choices:
        session.choose(choice, response_ms=0)
    return session


def snapshot(session: Session) -> dict:
    """Everything a view shows of a session."""
    return {
        "turns": session.turns,
        "trust": session.trust,
        "tension": session.tension,
        "state": session.state,
        "beat": session.beat,
        "needs": session.needs_uncovered,
        "finished": session.finished,
        "outcome": session.outcome,
        "line": session.customer_line,
        "options": session.options,
    }


class Recorder:
    """Subscribes to every hook and records the calls in order."""

    def __init__(self, session: Session) -> None:
        self.calls: list[tuple] = []
        for hook in HOOKS:
            session.subscribe(hook, lambda *args, _hook=hook: self.calls.append((_hook, *args)))

    @property
    def names(self) -> list[str]:
        """The hook names fired, in order."""
        return [call[0] for call in self.calls]


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# ---- a fresh session -----------------------------------------------------------------------------------------
def test_new_session_starts_at_the_start_beat(mini):
    """A new session shows the start beat's line and options at the scenario's starting meters."""
    session = Session(mini, "en", seed=1)
    assert (session.trust, session.tension, session.state) == (35, 40, S.GUARDED)
    assert session.beat == "open"
    assert session.customer_line == "I don't know yet."
    assert sorted(o.id for o in session.options) == ["open-argue", "open-ask", "open-listen"]
    by_id = {o.id: o for o in session.options}
    assert by_id["open-ask"].text == "What makes it hard?"
    assert [by_id[i].family for i in ("open-ask", "open-listen", "open-argue")] == [
        Family.SLOWING,
        Family.SLOWING,
        Family.PUSHING,
    ]
    assert not session.finished and session.outcome is None and session.turns == ()
    assert session.ending_text == ""


def test_unknown_feedback_mode_is_refused(mini):
    """Only live, meter and hidden are feedback modes."""
    with pytest.raises(SessionError, match="unknown feedback mode 'loud'"):
        Session(mini, "en", mode="loud")


def test_turn_records_what_was_said_and_what_it_did(mini):
    """A turn keeps the beat, the option, the meters and states before and after, and the texts."""
    session = Session(mini, "en")
    turn = session.choose("open-ask", response_ms=1500)
    assert (turn.index, turn.beat, turn.option, turn.move) == (0, "open", "open-ask", Move.ASK_NEED)
    assert (turn.trust_before, turn.tension_before, turn.state_before) == (35, 40, S.GUARDED)
    assert (turn.trust_after, turn.tension_after) == (session.trust, session.tension)
    assert turn.trust_delta == turn.trust_after - 35 > 0
    assert turn.state_after == session.state
    assert turn.family is Family.SLOWING
    assert turn.uncovered == "clarity"
    assert turn.next_beat == "middle" == session.beat
    assert turn.offered == ("open-ask", "open-listen", "open-argue")
    assert turn.customer_line == {"nl": "Ik weet het nog niet.", "en": "I don't know yet."}
    assert turn.option_text["en"] == "What makes it hard?"
    assert turn.reply["en"] == "The cost isn't clear to me."
    assert turn.coach == {"nl": "Een open vraag.", "en": "An open question."}
    assert turn.response_ms == 1500
    assert session.turns == (turn,)


# ---- endings -------------------------------------------------------------------------------------------------
def test_good_path_ends_committed(mini):
    """Slowing down, uncovering both needs, then proposing: the customer owns the next step."""
    session = play(Session(mini, "en"), GOOD_PATH)
    assert session.finished
    assert session.outcome == "committed"
    assert session.needs_uncovered == ("clarity", "safety")
    last = session.turns[-1]
    assert last.state_after is S.COMMITTED
    assert last.reply["en"] == "Good idea, I'll book it."
    assert last.reasons[-1].code == "outcome.committed"
    assert session.ending_text == "Sam books a follow-up himself."
    assert session.options == () and session.customer_line == ""


def test_proposal_for_needs_never_heard_does_not_commit(mini):
    """Proposing a solution to needs the customer never shared costs trust and keeps the conversation going."""
    session = play(Session(mini, "en"), ["open-listen", "middle-reflect"])
    turn = session.choose("close-propose", response_ms=0)
    assert not session.finished
    assert turn.trust_delta < 0
    assert turn.reply["en"] == "Not yet."
    assert turn.reasons[0].code == "skill.propose_unheard"
    assert session.beat == "close"


def test_reply_depends_on_the_resulting_state(mini):
    """The same option answers differently when the customer commits than when they do not."""
    early = play(Session(mini, "en"), ["open-listen", "middle-reflect", "close-propose"]).turns[-1]
    late = play(Session(mini, "en"), GOOD_PATH).turns[-1]
    assert early.option == late.option == "close-propose"
    assert early.reply != late.reply


def test_customer_line_depends_on_the_state(mini):
    """A beat with a line for `resisting` shows it when the customer resists."""

    def tense_start(data):
        data["start"]["tension"] = 52
        data["beats"][1]["customer"] = {
            "default": {"nl": "En nu?", "en": "And now?"},
            "resisting": {"nl": "Wat wil je nou?", "en": "What do you want?"},
        }

    session = Session(variant(tense_start), "en")
    session.choose("open-argue", response_ms=0)
    assert session.state is S.RESISTING
    assert session.customer_line == "What do you want?"


def test_pressure_with_trust_ends_complied():
    """Pressure on a customer who still trusts squeezes out a hollow yes: complied, not committed."""

    def trusting(data):
        data["start"].update(trust=90, tension=10)

    session = play(Session(variant(trusting), "en"), ["open-listen"])
    turn = session.choose("middle-pressure", response_ms=0)
    assert turn.trust_after >= LIMITS.commit_trust
    assert session.outcome == "complied"
    assert turn.reasons[-1].code == "outcome.complied"
    assert "hollow yes" in turn.reasons[-1].text["en"]
    assert session.ending_text == "Sam says yes but does not mean it."


def test_pushing_a_fragile_customer_ends_withdrawn():
    """At the extremes the customer ends the meeting, and `next` may lead to the end for that state."""

    def fragile(data):
        data["start"].update(trust=12, tension=80)

    session = Session(variant(fragile), "en")
    turn = session.choose("open-argue", response_ms=0)
    assert session.outcome == "withdrawn"
    assert turn.next_beat == "end"
    assert turn.reasons[-1].code == "outcome.withdrawn"
    assert session.ending_text == "Sam ends the call."


def test_next_end_without_an_ending_event_stalls():
    """An option with `next: end` that settles nothing ends the conversation as stalled."""

    def listen_ends(data):
        option_data(data, "open-listen")["next"] = "end"

    session = Session(variant(listen_ends), "en")
    turn = session.choose("open-listen", response_ms=0)
    assert session.outcome == "stalled"
    assert turn.state_after is S.STALLED
    assert turn.reasons[-1].code == "outcome.stalled"


def test_running_out_of_turns_stalls(mini):
    """Going round in circles until max_turns ends the session as stalled, after exactly max_turns turns."""
    session = play(Session(mini, "en"), ["open-listen", "middle-reflect"])
    while not session.finished:
        session.choose("close-summarize", response_ms=0)
    assert len(session.turns) == mini.max_turns
    assert session.outcome == "stalled"


def test_choosing_after_the_end_is_refused_and_changes_nothing(mini):
    """Once the conversation has ended, a further choice raises SessionError and the session is unchanged."""
    session = play(Session(mini, "en"), GOOD_PATH)
    before = snapshot(session)
    with pytest.raises(SessionError, match="ended"):
        session.choose("close-propose")
    assert snapshot(session) == before


# ---- reasons -------------------------------------------------------------------------------------------------
SEQUENCES = [
    GOOD_PATH,
    ["open-argue", "middle-pressure", "close-pressure"],
    ["open-listen", "middle-reflect", "close-propose", "close-summarize", "close-summarize", "close-propose"],
    ["open-ask", "middle-pressure"],
]


@pytest.mark.parametrize("choices", SEQUENCES)
def test_reasons_add_up_to_the_change_on_every_turn(mini, choices):
    """Each turn's reason deltas sum to the meter change (before clamping), and each is in nl and en."""
    session = Session(mini, "en")
    for choice in choices:
        if session.finished:
            break
        turn = session.choose(choice, response_ms=0)
        assert clamp(turn.trust_before + sum(r.trust for r in turn.reasons)) == turn.trust_after
        assert clamp(turn.tension_before + sum(r.tension for r in turn.reasons)) == turn.tension_after
        for reason in turn.reasons:
            assert reason.text["nl"] and reason.text["en"]


def test_clamped_meters_stay_within_bounds_while_reasons_keep_the_full_story():
    """A drop past zero is clamped on the meter; the reasons still show the full drop."""

    def low(data):
        data["start"].update(trust=3, tension=20)

    session = Session(variant(low), "en")
    turn = session.choose("open-argue", response_ms=0)
    assert turn.trust_after == 0
    assert sum(r.trust for r in turn.reasons) < -3


# ---- needs ---------------------------------------------------------------------------------------------------
def test_need_stays_hidden_without_trust():
    """Asking the right question of a distrustful customer uncovers nothing yet."""

    def distrustful(data):
        data["start"].update(trust=12, tension=30)

    session = Session(variant(distrustful), "en")
    turn = session.choose("open-ask", response_ms=0)
    assert turn.uncovered is None
    assert session.needs_uncovered == ()
    assert "timing.need_not_ready" in [r.code for r in turn.reasons]


# ---- the customer's states ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ([(45, 40)], S.EXPLORING),
        ([(65, 30)], S.OPEN),
        ([(65, 45)], S.OPEN),
        ([(65, 46)], S.EXPLORING),
        ([(64, 30)], S.EXPLORING),
        ([(50, 60)], S.RESISTING),
        ([(20, 30)], S.RESISTING),
        ([(30, 40)], S.GUARDED),
        ([(45, 40), (30, 40)], S.GUARDED),
        ([(65, 30), (30, 40)], S.GUARDED),
        ([(50, 60), (45, 40)], S.EXPLORING),
        ([(50, 60), (30, 40)], S.GUARDED),
        ([(20, 30), (30, 40)], S.GUARDED),
        ([(50, 60), (60, 54)], S.EXPLORING),
        ([(LIMITS.withdraw_trust, 30)], S.WITHDRAWN),
        ([(50, LIMITS.withdraw_tension)], S.WITHDRAWN),
    ],
)
def test_state_follows_the_meters(path, expected):
    """Guarded, resisting, exploring, open and withdrawn follow from trust and tension; neither warm nor strained
    is guarded again, whichever state the customer came from."""
    customer = Customer(LIMITS, 35, 40)
    assert customer.state is S.GUARDED
    for trust, tension in path:
        customer.move_meters(trust, tension)
    assert customer.state is expected
    assert customer.ended == expected.is_ending


def test_session_state_changes_with_the_meters(mini):
    """Building trust moves the customer from guarded to exploring to open."""
    session = Session(mini, "en")
    states = [turn.state_after for turn in play(session, GOOD_PATH[:4]).turns]
    assert states[0] is S.EXPLORING
    assert states[-1] is S.OPEN


# ---- determinism ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("choices", SEQUENCES)
def test_same_seed_and_choices_give_identical_turns(mini, choices):
    """Two sessions with the same seed and choices come out the same, reasons and all."""

    def run():
        session = Session(mini, "en", seed=42)
        for choice in choices:
            if not session.finished:
                session.choose(choice, response_ms=10)
        return session

    first, second = run(), run()
    assert first.turns == second.turns
    assert first.outcome == second.outcome


def test_seed_decides_a_borderline_hollow_yes():
    """Where pressure may or may not work, different seeds give both endings, each seed reproducibly."""

    def borderline(data):
        data["start"].update(trust=45, tension=50)

    scenario = variant(borderline)

    def outcome(seed: int) -> str | None:
        session = Session(scenario, "en", seed=seed)
        session.choose("open-listen", response_ms=0)
        session.choose("middle-pressure", response_ms=0)
        return session.outcome

    outcomes = [outcome(seed) for seed in range(40)]
    assert "complied" in outcomes and None in outcomes
    assert outcomes == [outcome(seed) for seed in range(40)]


# ---- commands that are refused -------------------------------------------------------------------------------
def test_unknown_option_is_refused_clearly_and_changes_nothing(mini):
    """A wrong option id names itself, the beat and the options, and leaves the session as it was."""
    session = play(Session(mini, "en"), ["open-ask"])
    recorder = Recorder(session)
    before = snapshot(session)
    with pytest.raises(UnknownOption) as caught:
        session.choose("open-listen")  # an option of another beat
    message = str(caught.value)
    assert message == (
        "'open-listen' is not an option at beat 'middle'; the options are middle-name, middle-reflect, middle-pressure"
    )
    assert isinstance(caught.value, SessionError) and isinstance(caught.value, KeyError)
    assert snapshot(session) == before
    assert recorder.calls == []


def test_subscribing_to_an_unknown_hook_fails(mini):
    """A misspelt hook name fails at once instead of silently never firing."""
    session = Session(mini, "en")
    with pytest.raises(ValueError, match="unknown hook 'turn_playd'"):
        session.subscribe("turn_playd", print)


# ---- undo and branch -----------------------------------------------------------------------------------------
def test_undo_restores_the_exact_previous_state(mini):
    """Taking back a turn that uncovered a need and changed state restores everything before it."""
    session = play(Session(mini, "en", seed=5), ["open-ask"])
    before = snapshot(session)
    recorder = Recorder(session)
    turn = session.choose("middle-name", response_ms=0)
    assert session.needs_uncovered == ("clarity", "safety")
    removed = session.undo()
    assert removed == turn
    assert snapshot(session) == before
    assert recorder.names[-1] == "turn_undone"
    assert recorder.calls[-1] == ("turn_undone", turn)


def test_undo_after_the_end_reopens_the_conversation(mini):
    """Undoing the committing proposal lets the class try the other option."""
    session = play(Session(mini, "en"), GOOD_PATH)
    session.undo()
    assert not session.finished
    assert session.beat == "close"
    assert sorted(o.id for o in session.options) == ["close-pressure", "close-propose", "close-summarize"]


def test_undo_without_turns_is_refused(mini):
    """There is nothing to take back at the start."""
    session = Session(mini, "en")
    with pytest.raises(SessionError, match="no turn to take back"):
        session.undo()


def test_branch_repeats_the_first_turns_and_records_its_parent(mini):
    """A branch at turn k has the parent's first k turns, its own id, and a link to the parent."""
    parent = play(Session(mini, "en", seed=9), GOOD_PATH)
    child = parent.branch(2)
    assert child.turns == parent.turns[:2]
    assert child.parent == {"session": parent.id, "turn": 2}
    assert child.id != parent.id
    assert child.seed == parent.seed and child.language == parent.language
    assert child.beat == "close" and not child.finished
    child.choose("close-pressure", response_ms=0)
    assert len(parent.turns) == len(GOOD_PATH) and parent.outcome == "committed"


@pytest.mark.parametrize("turns", [-1, 6])
def test_branch_outside_the_session_is_refused(mini, turns):
    """A branch point before the start or past the last turn is refused."""
    session = play(Session(mini, "en"), GOOD_PATH)
    with pytest.raises(SessionError, match=f"cannot branch at turn {turns}"):
        session.branch(turns)


# ---- hooks ---------------------------------------------------------------------------------------------------
def test_hooks_of_an_ending_turn_come_in_order():
    """The last turn fires turn_played, need_uncovered, state_changed, session_ended, in that order."""

    def ask_ends(data):
        option_data(data, "open-ask")["next"] = "end"

    session = Session(variant(ask_ends), "en")
    recorder = Recorder(session)
    turn = session.choose("open-ask", response_ms=0)
    assert recorder.calls == [
        ("turn_played", turn),
        ("need_uncovered", "clarity"),
        ("state_changed", S.GUARDED, S.STALLED),
        ("session_ended", "stalled"),
    ]


def test_quiet_turn_fires_only_turn_played(mini):
    """A turn that uncovers nothing and keeps the state fires turn_played alone."""
    session = Session(mini, "en")
    recorder = Recorder(session)
    turn = session.choose("open-listen", response_ms=0)
    assert turn.state_before == turn.state_after
    assert recorder.calls == [("turn_played", turn)]


def test_whole_game_hook_sequence(mini):
    """Over the good path, hooks report each turn, both needs, each state change and the one ending."""
    session = Session(mini, "en")
    recorder = Recorder(session)
    play(session, GOOD_PATH)
    assert recorder.names == [
        "turn_played", "need_uncovered", "state_changed",  # open-ask: guarded -> exploring
        "turn_played", "need_uncovered",  # middle-name
        "turn_played", "state_changed",  # summarize: exploring -> open
        "turn_played",  # summarize
        "turn_played", "state_changed", "session_ended",  # propose: open -> committed
    ]  # fmt: skip
    assert recorder.calls[-1] == ("session_ended", "committed")


def test_unsubscribed_listener_hears_nothing(mini):
    """After unsubscribing, a listener is no longer called."""
    session = Session(mini, "en")
    heard: list = []
    session.subscribe("turn_played", heard.append)
    session.choose("open-listen", response_ms=0)
    session.hooks.unsubscribe("turn_played", heard.append)
    session.choose("middle-reflect", response_ms=0)
    assert len(heard) == 1


# ---- language ------------------------------------------------------------------------------------------------
def test_switching_language_changes_the_texts(mini):
    """Switching to Dutch mid-session changes the line, the options and the ending; the meters stay."""
    session = play(Session(mini, "en"), ["open-ask"])
    meters = (session.trust, session.tension)
    assert session.customer_line == "And now?"
    session.language = "nl"
    assert session.customer_line == "En nu?"
    assert {o.id: o.text for o in session.options}["middle-name"] == "Je lijkt bang voor de reactie van de directie."
    assert (session.trust, session.tension) == meters
    play(session, ["middle-name", "close-summarize", "close-summarize", "close-propose"])
    assert session.ending_text == "Sam plant zelf een vervolg."


def test_unknown_language_is_refused(mini):
    """A language the scenario does not have is refused, and the language stays."""
    session = Session(mini, "en")
    with pytest.raises(SessionError, match="no language 'de'"):
        session.language = "de"
    assert session.language == "en"
    with pytest.raises(SessionError):
        Session(mini, "fr")


def test_language_missing_from_the_scenario_is_refused():
    """An English-only scenario cannot be played in Dutch."""

    def english_only(data):
        def drop(value):
            if isinstance(value, dict):
                return {k: drop(v) for k, v in value.items() if k != "nl"}
            if isinstance(value, list):
                return [drop(v) for v in value]
            return value

        data.update(drop(data))
        data["languages"] = ["en"]

    scenario = variant(english_only)
    with pytest.raises(SessionError, match="it has en"):
        Session(scenario, "nl")
    assert Session(scenario, "en").customer_line == "I don't know yet."


# ---- response time -------------------------------------------------------------------------------------------
def test_response_time_is_measured_with_the_injected_clock(mini):
    """The time from showing the options to the choice is recorded in milliseconds, per turn."""
    clock = FakeClock()
    session = Session(mini, "en", clock=clock)
    clock.now += 2.5
    first = session.choose("open-ask")
    clock.now += 0.75
    second = session.choose("middle-name")
    assert (first.response_ms, second.response_ms) == (2500, 750)


def test_given_response_time_wins_and_is_never_negative(mini):
    """A caller-supplied time is used as is, and a negative one is recorded as zero."""
    clock = FakeClock()
    session = Session(mini, "en", clock=clock)
    clock.now += 9
    assert session.choose("open-ask", response_ms=1234).response_ms == 1234
    assert session.choose("middle-name", response_ms=-5).response_ms == 0
