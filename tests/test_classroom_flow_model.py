"""The classroom flow without windows: every phase of a turn in front of a class, what each key does in each
phase (and that the others do nothing), paging back and forward without undoing, taking an answer back,
discussion time left out of the response time, the overlays, a failed save and the ending. Plain pytest: the
flow lives in the engine and needs no Qt.

Answers are played by id on the small test scenario (the order on screen is drawn per seed).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from simulator.engine import Session, classroom_flow
from simulator.engine.classroom_flow import (
    EVERY_PHASE,
    OVERLAY_ACTIONS,
    RULES,
    Action,
    ClassroomFlow,
    Command,
    Meters,
    Outcome,
    Phase,
)
from simulator.engine.response_clock import ResponseClock

# The small scenario's good path, by option id: ask, name it, summarise twice, propose.
GOOD_PATH = ("open-ask", "middle-name", "close-summarize", "close-summarize", "close-propose")
SCENARIOS = 3
"""How many scenarios the tests' list offers."""


class Room:
    """A flow on a session of the small scenario, fed the session's events as the controller feeds it, with a
    clock that only moves when a test moves it."""

    def __init__(self, session: Session, scenarios: int = SCENARIOS) -> None:
        self.now = 100.0
        self.session = session
        self.scenarios = scenarios
        self.flow = ClassroomFlow(lambda: self.scenarios, ResponseClock(lambda: self.now))
        session.subscribe("turn_played", self.flow.turn_played)
        session.subscribe("turn_undone", self.flow.turn_undone)

    def number(self, option_id: str) -> int:
        """The number key that plays `option_id` now."""
        return [option.id for option in self.session.options].index(option_id) + 1

    def play(self, option_id: str) -> Outcome:
        """Press the number of `option_id`."""
        return self.flow.press(Action.CHOOSE, self.number(option_id))

    def answer_and_reveal(self, option_id: str) -> None:
        """Play `option_id`, reveal it, and go on (to the next line or the ending)."""
        self.play(option_id)
        self.flow.press(Action.REVEAL)
        self.flow.press(Action.NEXT)

    def state(self) -> tuple[object, ...]:
        """Everything a key could change, to check that a key changed nothing."""
        flow = self.flow
        return (
            flow.phase,
            flow.session,
            len(self.session.turns),
            flow.pending,
            flow.taken_back,
            flow.meters(),
            flow.frozen,
            flow.keys_shown,
            flow.blank,
            flow.selected,
        )


@pytest.fixture
def new_session(mini) -> Session:
    """A new session of the small scenario, in English."""
    return Session(mini, language="en", seed=7)


@pytest.fixture
def room(new_session) -> Room:
    """The room with a new session taken to its briefing."""
    room = Room(new_session)
    room.flow.attach(new_session)
    return room


def room_in(phase: Phase, mini) -> Room:
    """A room brought to `phase` by the keys a trainer would press (the ending by the good path)."""
    session = Session(mini, language="en", seed=7)
    room = Room(session)
    if phase is Phase.PICKING:
        room.flow.enter(None)
        return room
    room.flow.attach(session)
    if phase is Phase.BRIEFING:
        return room
    room.flow.press(Action.NEXT)
    if phase is Phase.ENDED:
        for option_id in GOOD_PATH:
            room.answer_and_reveal(option_id)
    elif phase in (Phase.PREDICTING, Phase.REVEALED):
        room.play("open-ask")
        if phase is Phase.REVEALED:
            room.flow.press(Action.REVEAL)
    assert room.flow.phase is phase
    return room


# ---- the table -----------------------------------------------------------------------------------------------
def test_the_rules_name_every_phase_and_every_action():
    """Each phase has its row of rules, and every action is either in a row, in every phase, or an overlay."""
    assert set(RULES) == set(Phase)
    covered = {action for row in RULES.values() for action in row} | set(EVERY_PHASE) | OVERLAY_ACTIONS
    assert covered == set(Action)


def test_every_step_is_taken_by_the_flow_or_the_windows():
    """Each step the rules name is either the flow's own or passed on to the windows, never both or neither."""
    own = set(ClassroomFlow()._steps)
    assert own | set(classroom_flow.WINDOW_STEPS) == set(classroom_flow.Step)
    assert not own & set(classroom_flow.WINDOW_STEPS)


def test_a_broken_phase_table_is_refused(monkeypatch):
    """A row naming a phase that does not exist, or a phase no row leads to, is caught by the check at import,
    not when a trigger first fires."""
    phases = classroom_flow.PHASES
    broken = [*phases, {"trigger": "go_on", "source": Phase.ENDED, "dest": "nowhere"}]
    monkeypatch.setattr(classroom_flow, "PHASES", broken)
    with pytest.raises(RuntimeError, match="unknown state 'nowhere'"):
        classroom_flow._check_phases()
    no_briefing = [row for row in phases if row["dest"] != Phase.BRIEFING]
    monkeypatch.setattr(classroom_flow, "PHASES", no_briefing)
    with pytest.raises(RuntimeError, match="unreachable states \\['briefing'\\]"):
        classroom_flow._check_phases()


@pytest.mark.parametrize("phase", list(Phase))
def test_actions_outside_the_rules_do_nothing(phase, mini):
    """In each phase, every action its row and the every-phase rules leave out changes nothing at all."""
    for action in Action:
        if action in RULES[phase] or action in EVERY_PHASE or action in OVERLAY_ACTIONS:
            continue
        room = room_in(phase, mini)
        before = room.state()
        assert room.flow.press(action, 1) == Outcome(), action
        assert room.state() == before, action


@pytest.mark.parametrize("phase", list(Phase))
def test_window_commands_pass_through_in_every_phase(phase, mini):
    """L, P, + and − and V reach the windows in every phase, and change nothing in the room."""
    commands = {
        Action.LANGUAGE: Command.LANGUAGE,
        Action.SCREEN: Command.SCREEN,
        Action.BIGGER: Command.BIGGER,
        Action.SMALLER: Command.SMALLER,
        Action.VOTE: Command.VOTE,
    }
    room = room_in(phase, mini)
    before = room.state()
    for action, command in commands.items():
        assert room.flow.press(action).command is command
    assert room.state() == before


# ---- picking a scenario ----------------------------------------------------------------------------------------
def test_classroom_mode_without_a_session_shows_the_list(new_session):
    """Entering with no session in hand goes to the scenario list, with the first scenario selected."""
    room = Room(new_session)
    assert room.flow.enter(None).command is Command.REDRAW
    assert room.flow.phase is Phase.PICKING and room.flow.session is None and room.flow.selected == 0


def test_arrows_move_through_the_list_and_wrap(new_session):
    """Down and up move the selection, wrapping at both ends; Enter starts the one selected."""
    room = Room(new_session)
    flow = room.flow
    assert flow.press(Action.UP).command is Command.REDRAW and flow.selected == SCENARIOS - 1
    flow.press(Action.DOWN)
    flow.press(Action.DOWN)
    assert flow.selected == 1
    assert flow.press(Action.NEXT).command is Command.START and flow.selected == 1
    assert flow.phase is Phase.PICKING, "the host starts the scenario; the flow waits for its session"


def test_a_number_starts_that_scenario_and_only_one_on_the_list(new_session):
    """A number within the list starts that scenario; one past its end does nothing."""
    room = Room(new_session)
    assert room.flow.press(Action.CHOOSE, SCENARIOS + 1) == Outcome()
    assert room.flow.press(Action.CHOOSE, 3).command is Command.START and room.flow.selected == 2


def test_an_empty_list_offers_nothing_to_start(new_session):
    """With no scenarios (still loading, or none valid), the arrows, numbers and Enter do nothing."""
    room = Room(new_session, scenarios=0)
    for action in (Action.UP, Action.DOWN, Action.NEXT, Action.CHOOSE):
        assert room.flow.press(action, 1) == Outcome(), action


def test_the_selection_falls_back_when_the_list_shrinks(new_session):
    """A selection past the end of a list that got shorter becomes the first scenario."""
    room = Room(new_session)
    room.flow.press(Action.CHOOSE, 3)
    room.scenarios = 2
    assert room.flow.selected == 0


# ---- a session arrives -----------------------------------------------------------------------------------------
def test_a_new_session_opens_on_its_briefing(new_session):
    """A session without turns opens on the briefing, its meters shown at once at the start values."""
    room = Room(new_session)
    assert room.flow.attach(new_session) == Outcome(Command.REDRAW, Meters.JUMP)
    assert room.flow.phase is Phase.BRIEFING
    meters = room.flow.meters()
    assert meters is not None and (meters.trust, meters.tension) == (new_session.trust, new_session.tension)
    assert meters.trust_delta is None and not meters.predicting


def test_a_session_under_way_opens_on_its_answers(new_session):
    """Classroom mode taking over a conversation under way shows the class the answers."""
    new_session.choose("open-ask")
    room = Room(new_session)
    room.flow.attach(new_session)
    assert room.flow.phase is Phase.ASKING and room.flow.pending is None


def test_a_finished_session_opens_on_its_ending(new_session):
    """A finished conversation taken over opens on how it ended."""
    for option_id in GOOD_PATH:
        new_session.choose(option_id)
    assert new_session.finished
    room = Room(new_session)
    room.flow.attach(new_session)
    assert room.flow.phase is Phase.ENDED


# ---- a turn's three moments ------------------------------------------------------------------------------------
def test_the_briefing_goes_on_to_the_first_line(room):
    """Enter on the briefing shows the answers; no turn is played on the way, and the clock starts."""
    room.now = 150.0
    assert room.flow.press(Action.NEXT) == Outcome(Command.REDRAW)
    assert room.flow.phase is Phase.ASKING and room.session.turns == ()
    room.now = 154.0
    assert room.flow.clock.elapsed_ms() == 4000


def test_a_number_plays_that_answer_and_the_class_predicts(room):
    """A number plays its answer (saved with the room's time); the projector keeps the reaction hidden: the
    meters stay at the values before it, with a question mark, and its need waits for the reveal."""
    room.flow.press(Action.NEXT)
    room.now += 12.5
    room.play("open-ask")
    turn = room.session.turns[-1]
    assert turn.option == "open-ask" and turn.response_ms == 12500
    assert room.flow.phase is Phase.PREDICTING and room.flow.pending is turn
    meters = room.flow.meters()
    assert meters is not None and meters.predicting
    assert (meters.trust, meters.tension) == (turn.trust_before, turn.tension_before)
    assert turn.uncovered == "clarity" and room.flow.needs_shown() == []


def test_a_number_beyond_the_answers_plays_nothing(room):
    """A number with no answer behind it does nothing."""
    room.flow.press(Action.NEXT)
    assert room.flow.press(Action.CHOOSE, len(room.session.options) + 1) == Outcome()
    assert room.session.turns == ()


def test_r_while_the_class_chooses_is_for_the_class_vote(room):
    """R while the class chooses asks the windows to close a running class vote; the room stays put."""
    room.flow.press(Action.NEXT)
    assert room.flow.press(Action.REVEAL).command is Command.CLOSE_VOTE
    assert room.flow.phase is Phase.ASKING and room.session.turns == ()


def test_r_reveals_what_the_answer_did(room):
    """R shows the reaction: the meters count to the new values with the change beside them, the need shows."""
    room.flow.press(Action.NEXT)
    room.play("open-ask")
    turn = room.session.turns[-1]
    assert room.flow.press(Action.REVEAL) == Outcome(Command.REDRAW, Meters.COUNT)
    assert room.flow.phase is Phase.REVEALED and room.flow.pending is None
    assert room.flow.displayed_turn() is turn
    meters = room.flow.meters()
    assert meters is not None and not meters.predicting
    assert (meters.trust, meters.trust_delta) == (turn.trust_after, turn.trust_delta)
    assert room.flow.needs_shown() == ["clarity"]


def test_enter_goes_from_the_reveal_to_the_next_line(room):
    """Enter after the reveal finishes the meters' count and shows the next answers, timed from then."""
    room.flow.press(Action.NEXT)
    room.play("open-ask")
    room.flow.press(Action.REVEAL)
    room.now = 300.0
    assert room.flow.press(Action.NEXT) == Outcome(Command.REDRAW, Meters.FINISH)
    assert room.flow.phase is Phase.ASKING
    room.now = 302.0
    room.play("middle-name")
    assert room.session.turns[-1].response_ms == 2000


def test_the_last_reveal_goes_on_to_the_ending_and_then_to_the_list(room):
    """After the last answer's reveal, Enter shows how it ended; Enter again leaves the conversation for the
    scenario list (the session is let go)."""
    room.flow.press(Action.NEXT)
    for option_id in GOOD_PATH[:-1]:
        room.answer_and_reveal(option_id)
    room.play(GOOD_PATH[-1])
    room.flow.press(Action.REVEAL)
    assert room.session.finished and room.flow.phase is Phase.REVEALED
    room.flow.press(Action.NEXT)
    assert room.flow.phase is Phase.ENDED
    assert room.flow.press(Action.NEXT).command is Command.LIBRARY
    assert room.flow.phase is Phase.PICKING and room.flow.session is None


# ---- paging back and forward -----------------------------------------------------------------------------------
def test_page_up_steps_back_moment_by_moment_without_undoing(room):
    """Page Up goes from the next line to the last reveal, to its prediction; from the first line to the
    briefing; the turns stay, and going forward again shows the same turn."""
    flow = room.flow
    flow.press(Action.NEXT)
    room.play("open-ask")
    flow.press(Action.REVEAL)
    flow.press(Action.NEXT)
    turn = room.session.turns[-1]
    assert flow.press(Action.PREVIOUS) == Outcome(Command.REDRAW, Meters.JUMP)
    assert flow.phase is Phase.REVEALED and flow.displayed_turn() is turn
    meters = flow.meters()
    assert meters is not None and meters.trust_delta == turn.trust_delta
    flow.press(Action.PREVIOUS)
    assert flow.phase is Phase.PREDICTING and flow.pending is turn and room.flow.needs_shown() == []
    assert flow.press(Action.PREVIOUS) == Outcome(), "there is nothing before the prediction"
    flow.press(Action.REVEAL)
    flow.press(Action.NEXT)
    assert flow.phase is Phase.ASKING and room.session.turns == (turn,)


def test_page_up_on_the_first_line_shows_the_briefing_again(room):
    """Before any answer, Page Up goes back to the briefing, and Page Down comes back to the first line."""
    room.flow.press(Action.NEXT)
    room.flow.press(Action.PREVIOUS)
    assert room.flow.phase is Phase.BRIEFING
    room.flow.press(Action.NEXT)
    assert room.flow.phase is Phase.ASKING


def test_page_up_from_the_ending_shows_the_last_reveal(mini):
    """From the ending, Page Up shows the last answer's reveal; Enter comes back to the ending."""
    room = room_in(Phase.ENDED, mini)
    room.flow.press(Action.PREVIOUS)
    assert room.flow.phase is Phase.REVEALED and room.session.finished
    room.flow.press(Action.NEXT)
    assert room.flow.phase is Phase.ENDED


# ---- taking an answer back -------------------------------------------------------------------------------------
@pytest.mark.parametrize("phase", [Phase.PREDICTING, Phase.REVEALED])
def test_z_takes_the_answer_back_and_the_class_chooses_again(phase, mini):
    """Z during the prediction or after the reveal undoes the turn: the answers come back, the meters count
    back quickly, and the stage names the answer taken back until the next one is played."""
    room = room_in(phase, mini)
    taken = room.session.turns[-1]
    assert room.flow.press(Action.BACK) == Outcome()  # the session's event does the redrawing
    assert room.session.turns == () and room.flow.phase is Phase.ASKING
    assert room.flow.taken_back is taken and room.flow.pending is None
    meters = room.flow.meters()
    assert meters is not None and (meters.trust, meters.trust_delta) == (taken.trust_before, None)
    room.play("open-listen")
    assert room.flow.taken_back is None


def test_taking_back_from_the_ending_reopens_the_conversation(mini):
    """Z on the ending takes the last answer back: the conversation runs again, at its answers."""
    room = room_in(Phase.ENDED, mini)
    room.flow.press(Action.BACK)
    assert not room.session.finished and room.flow.phase is Phase.ASKING
    assert len(room.session.turns) == len(GOOD_PATH) - 1


def test_taking_back_while_choosing_keeps_the_clock(room):
    """Z while the class chooses takes the previous answer back and stays on the answers; the response time
    keeps counting from when the answers were first shown."""
    room.flow.press(Action.NEXT)
    room.play("open-ask")
    room.flow.press(Action.REVEAL)
    room.now = 100.0
    room.flow.press(Action.NEXT)  # the next answers show
    room.now = 200.0
    room.flow.press(Action.BACK)
    assert room.flow.phase is Phase.ASKING and room.session.turns == ()
    assert room.flow.press(Action.BACK) == Outcome(), "nothing left to take back"
    room.now = 203.0
    room.play("open-listen")
    assert room.session.turns[0].response_ms == 103000, "counted from the answers shown at 100 s"


def test_the_turn_event_is_ignored_without_a_session(new_session):
    """A turn taken back after the flow let go of its session changes nothing."""
    room = Room(new_session)
    room.flow.enter(None)
    assert room.flow.turn_undone(object()) == Outcome()
    assert room.flow.phase is Phase.PICKING


# ---- the overlays ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("action", [Action.BLACK, Action.WHITE])
def test_a_blank_screen_swallows_the_next_key(action, room):
    """B or W blanks the projector; the next key, whatever it is, only brings the class back."""
    room.flow.press(Action.NEXT)
    assert room.flow.press(action).command is Command.OVERLAY
    assert room.flow.blank == action.value
    before = room.state()
    assert room.flow.press(Action.CHOOSE, room.number("open-ask")).command is Command.OVERLAY
    assert room.flow.blank == "" and room.session.turns == ()
    assert room.state()[:6] == before[:6]


def test_any_other_key_only_wakes_a_blank_screen(room):
    """A key without an action brings a blank screen back, and does nothing when the screen is not blank."""
    room.flow.press(Action.BLACK)
    assert room.flow.press(Action.WAKE).command is Command.OVERLAY and room.flow.blank == ""
    assert room.flow.press(Action.WAKE) == Outcome()


def test_escape_closes_the_key_map_then_the_discussion_then_leaves(room):
    """Esc first hides the key map, then lifts the freeze, and only then leaves classroom mode."""
    room.flow.press(Action.FREEZE)
    room.flow.press(Action.KEYS)
    assert room.flow.keys_shown and room.flow.frozen
    assert room.flow.press(Action.LEAVE).command is Command.OVERLAY and not room.flow.keys_shown
    assert room.flow.press(Action.LEAVE).command is Command.OVERLAY and not room.flow.frozen
    assert room.flow.press(Action.LEAVE).command is Command.LEAVE


def test_another_key_hides_the_key_map_and_does_its_own_work(room):
    """With the key map shown, Enter hides it and goes on; ? hides it and does nothing more."""
    room.flow.press(Action.KEYS)
    assert room.flow.press(Action.NEXT).command is Command.REDRAW
    assert not room.flow.keys_shown and room.flow.phase is Phase.ASKING
    room.flow.press(Action.KEYS)
    assert room.flow.press(Action.KEYS).command is Command.OVERLAY and not room.flow.keys_shown
    room.flow.press(Action.KEYS)
    assert room.flow.press(Action.PREVIOUS).command is Command.REDRAW and not room.flow.keys_shown


def test_nothing_moves_while_the_class_discusses(room):
    """Frozen for discussion, the answers, Enter, R, Z, the blank screen and the window keys do nothing; Space
    lets the room go on."""
    room.flow.press(Action.NEXT)
    room.flow.press(Action.FREEZE)
    before = room.state()
    for action in (Action.CHOOSE, Action.NEXT, Action.REVEAL, Action.BACK, Action.BLACK, Action.LANGUAGE):
        assert room.flow.press(action, 1) == Outcome(), action
    assert room.state() == before
    room.flow.press(Action.FREEZE)
    room.play("open-ask")
    assert room.flow.phase is Phase.PREDICTING


def test_discussion_and_blank_time_is_not_response_time(room):
    """The time frozen for discussion and blanked is left out of the answer's response time."""
    room.now = 100.0
    room.flow.press(Action.NEXT)  # the answers show: the clock starts
    room.now = 110.0
    room.flow.press(Action.FREEZE)
    room.now = 170.0
    room.flow.press(Action.FREEZE)
    room.flow.press(Action.WHITE)
    room.now = 200.0
    room.flow.press(Action.FREEZE)  # only brings the screen back
    room.now = 205.0
    room.play("open-ask")
    assert room.session.turns[0].response_ms == 15000


def test_leaving_while_frozen_lets_the_clock_run_again(room):
    """Leaving classroom mode during a discussion clears the overlays, and the clock counts again next time."""
    room.flow.press(Action.NEXT)
    room.flow.press(Action.KEYS)
    room.flow.press(Action.FREEZE)
    room.flow.leave()
    assert (room.flow.frozen, room.flow.keys_shown, room.flow.blank, room.flow.session) == (False, False, "", None)
    room.flow.enter(room.session)
    room.flow.press(Action.NEXT)
    room.now += 7.0
    room.play("open-ask")
    assert room.session.turns[0].response_ms == 7000


# ---- the class vote and saving ---------------------------------------------------------------------------------
def test_the_class_vote_is_closed_before_the_answer_is_played(room):
    """`before_play` runs before the turn is played, so a class vote's tally is kept with that turn."""
    seen: list[int] = []

    def close_vote(session: Session) -> None:
        seen.append(len(session.turns))
        session.record_class_vote({"open-ask": 4, "open-listen": 1})

    room.flow.before_play = close_vote
    room.flow.press(Action.NEXT)
    room.play("open-ask")
    assert seen == [0] and room.session.class_votes[0] == {"open-ask": 4, "open-listen": 1}


def test_a_failed_save_is_kept_for_the_trainer_until_a_save_works(room, tmp_path: Path):
    """When saving a turn fails the turn still counts and the room predicts; the failure is kept to tell the
    trainer, and goes once a later turn saves."""
    folder = tmp_path / "sessions"
    folder.mkdir()
    room.session.autosave_to(folder / "class.json")
    shutil.rmtree(folder)
    folder.write_text("not a folder", encoding="utf-8")
    room.flow.press(Action.NEXT)
    assert room.play("open-ask").command is Command.REDRAW
    assert len(room.session.turns) == 1 and room.flow.phase is Phase.PREDICTING
    assert room.flow.save_failure
    folder.unlink()
    folder.mkdir()
    room.flow.press(Action.REVEAL)
    room.flow.press(Action.NEXT)
    assert room.play("middle-name").command is Command.REDRAW
    assert room.flow.save_failure == "" and (folder / "class.json").is_file()


def test_a_failed_take_back_is_told_and_still_undone(room, tmp_path: Path):
    """Taking back an answer whose save fails still takes it back, and keeps the failure for the trainer."""
    folder = tmp_path / "sessions"
    folder.mkdir()
    room.session.autosave_to(folder / "class.json")
    room.flow.press(Action.NEXT)
    room.play("open-ask")
    shutil.rmtree(folder)
    folder.write_text("not a folder", encoding="utf-8")
    assert room.flow.press(Action.BACK).command is Command.REDRAW
    assert room.session.turns == () and room.flow.phase is Phase.ASKING and room.flow.save_failure
