"""Classroom mode's flow without windows: which moment of a turn the room is in, what each key does there, and
what the screens should show. The classroom controller feeds it the trainer's keys and the session's events,
and draws what it says; tests drive it with no Qt at all.

Before the first line the room reads the briefing. A turn in front of a class then has three moments. *Asking*:
the customer's line and the answers; the class argues, the trainer presses the number they pick. *Predicting*:
the answer is played (and saved), but the projector keeps the customer's reaction, the meters and the
explanation hidden while the class predicts. *Revealed* (R): the reply, the meters moving, the reasons. Enter
goes on to the next line (or the ending); Page Up steps back a moment without undoing anything; Z takes the last
answer back (`Session.undo`) so the class can try another. Over every phase lie three overlays: the key map (?),
the "discuss" freeze (Space; its time is left out of the answer's response time) and a black or white screen
(B, W) that any key takes away.

The phase graph is a `transitions` machine attached to `ClassroomFlow` (`PHASES`, checked at import); what each
key does in each phase is the `RULES` table; the overlays come first, in `ClassroomFlow.press`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import TYPE_CHECKING

from .machines import Table, attach, check_table
from .response_clock import ResponseClock

if TYPE_CHECKING:
    from .session import Session, Turn


class Phase(StrEnum):
    """Where the room is: choosing a scenario, before the first line, in one of a turn's three moments, or at
    the ending."""

    PICKING = "picking"
    BRIEFING = "briefing"
    ASKING = "asking"
    PREDICTING = "predicting"
    REVEALED = "revealed"
    ENDED = "ended"


class Action(Enum):
    """What a key can do in classroom mode (the keys themselves are bound in `ui.classroom.keys`)."""

    CHOOSE = "choose"
    UP = "up"
    DOWN = "down"
    REVEAL = "reveal"
    NEXT = "next"
    PREVIOUS = "previous"
    FREEZE = "freeze"
    BACK = "back"
    BLACK = "black"
    WHITE = "white"
    KEYS = "keys"
    LANGUAGE = "language"
    SCREEN = "screen"
    BIGGER = "bigger"
    SMALLER = "smaller"
    VOTE = "vote"
    LEAVE = "leave"
    WAKE = "wake"
    """Any other key: it only brings a blacked-out or whited-out screen back (no binding, not in the key map)."""


class Command(Enum):
    """What the windows have to do after the flow has taken an action (its own state has changed already)."""

    NOTHING = "nothing"
    """The action does nothing here."""
    REDRAW = "redraw"
    """The room's state changed: draw both screens again."""
    OVERLAY = "overlay"
    """Only an overlay changed (key map, discussion, blank screen), and with it the presenter's status line."""
    START = "start"
    """Start the scenario at `ClassroomFlow.selected`; the session comes back through `attach`."""
    LIBRARY = "library"
    """The ended conversation is left for the scenario list."""
    LEAVE = "leave"
    """Leave classroom mode."""
    LANGUAGE = "language"
    """Switch the screens and the scenario between Dutch and English."""
    SCREEN = "screen"
    """Ask which screen is the projector."""
    BIGGER = "bigger"
    """Larger text on the projector."""
    SMALLER = "smaller"
    """Smaller text on the projector."""
    VOTE = "vote"
    """Start or stop the class vote from phones."""
    CLOSE_VOTE = "close_vote"
    """R while the room chooses: close the class vote, if one runs, and play the class's answer."""


class Meters(Enum):
    """How the trust and tension figures go to the values of `ClassroomFlow.meters()`."""

    KEEP = "keep"
    """Leave them as they are."""
    JUMP = "jump"
    """Show the values at once."""
    COUNT = "count"
    """Count to the values (the reveal)."""
    QUICK = "quick"
    """Count back quickly (an answer taken back)."""
    FINISH = "finish"
    """End a count still running (moving on from the reveal)."""


@dataclass(frozen=True)
class Outcome:
    """The answer to an action or event: what the windows should do, and how the meters should move."""

    command: Command = Command.NOTHING
    meters: Meters = Meters.KEEP


NOTHING = Outcome()
REDRAW = Outcome(Command.REDRAW)
OVERLAY = Outcome(Command.OVERLAY)


@dataclass(frozen=True)
class MeterView:
    """What the room's trust and tension figures show: a turn being predicted shows its values before the answer
    with a question mark; otherwise the session's values, with the last change beside them once revealed."""

    trust: int
    tension: int
    trust_delta: int | None = None
    tension_delta: int | None = None
    predicting: bool = False


P = Phase

# The phase graph. A trigger's rows are tried in order: the first whose source and conditions hold is taken, none
# holding means the trigger does nothing. The names in strings are the flow's own methods, never data from a file.
PHASES: Table = [
    # A session comes (the host started one, or classroom mode took over a running one), or goes.
    {"trigger": "open_session", "source": "*", "dest": P.ENDED, "conditions": "finished"},
    {"trigger": "open_session", "source": "*", "dest": P.ASKING, "conditions": "has_turns"},
    {"trigger": "open_session", "source": "*", "dest": P.BRIEFING},
    {"trigger": "close_session", "source": "*", "dest": P.PICKING},
    # Enter / Page Down: from the briefing to the first line, from the reveal to the next line or the ending.
    {"trigger": "go_on", "source": P.BRIEFING, "dest": P.ASKING},
    {"trigger": "go_on", "source": P.REVEALED, "dest": P.ENDED, "conditions": "finished"},
    {"trigger": "go_on", "source": P.REVEALED, "dest": P.ASKING},
    # The session's events: an answer played goes to the prediction; one taken back to the answers again (an
    # answer taken back while the class chooses keeps the phase, and so the clock, running).
    {"trigger": "played", "source": "*", "dest": P.PREDICTING},
    {"trigger": "undone", "source": P.ASKING, "dest": None},
    {"trigger": "undone", "source": [P.BRIEFING, P.PREDICTING, P.REVEALED, P.ENDED], "dest": P.ASKING},
    # R.
    {"trigger": "reveal", "source": P.PREDICTING, "dest": P.REVEALED, "after": "show_last_turn"},
    # Page Up: a moment back, nothing undone; the reveal to the prediction, the next line (or the ending) to the
    # last reveal, the first line to the briefing.
    {"trigger": "page_back", "source": P.REVEALED, "dest": P.PREDICTING, "after": "hold_last_turn"},
    {
        "trigger": "page_back",
        "source": [P.ASKING, P.ENDED],
        "dest": P.REVEALED,
        "conditions": "has_turns",
        "after": "show_last_turn",
    },
    {"trigger": "page_back", "source": P.ASKING, "dest": P.BRIEFING},
]

TRIGGERS = frozenset(("open_session", "close_session", "go_on", "played", "undone", "reveal", "page_back"))
"""The triggers the flow fires; `_check_phases` holds the table to them."""


class Step(Enum):
    """What an action does in a phase (see `RULES`)."""

    START = "start the scenario with that number, or the one selected"
    SELECT_UP = "select the scenario above"
    SELECT_DOWN = "select the scenario below"
    PLAY = "play the answer with that number"
    GO_ON = "go on to the next moment"
    REVEAL = "reveal what the answer did"
    CLOSE_VOTE = "close the class vote and play its answer"
    PAGE_BACK = "step back a moment, undoing nothing"
    TAKE_BACK = "take the last answer back"
    TO_LIST = "leave the ended conversation for the scenario list"
    BLACK_OUT = "black out the projector"
    WHITE_OUT = "white out the projector"
    LANGUAGE = "switch the language"
    SCREEN = "choose the projector screen"
    BIGGER = "larger text"
    SMALLER = "smaller text"
    VOTE = "start or stop the class vote"


A = Action

# What each action does, phase by phase; an action missing from a phase's row does nothing there. The overlays
# come first (`ClassroomFlow.press`): on a black or white screen any key only brings the class back; Esc closes
# the key map, then the discussion, then leaves; ? shows or hides the key map, and any other key hides it too;
# Space freezes or lifts the discussion, and while it is frozen nothing else moves.
RULES: dict[Phase, dict[Action, Step]] = {
    P.PICKING: {A.CHOOSE: Step.START, A.NEXT: Step.START, A.UP: Step.SELECT_UP, A.DOWN: Step.SELECT_DOWN},
    P.BRIEFING: {A.NEXT: Step.GO_ON},
    P.ASKING: {A.CHOOSE: Step.PLAY, A.REVEAL: Step.CLOSE_VOTE, A.PREVIOUS: Step.PAGE_BACK, A.BACK: Step.TAKE_BACK},
    P.PREDICTING: {A.REVEAL: Step.REVEAL, A.BACK: Step.TAKE_BACK},
    P.REVEALED: {A.NEXT: Step.GO_ON, A.PREVIOUS: Step.PAGE_BACK, A.BACK: Step.TAKE_BACK},
    P.ENDED: {A.NEXT: Step.TO_LIST, A.PREVIOUS: Step.PAGE_BACK, A.BACK: Step.TAKE_BACK},
}

EVERY_PHASE: dict[Action, Step] = {
    A.BLACK: Step.BLACK_OUT,
    A.WHITE: Step.WHITE_OUT,
    A.LANGUAGE: Step.LANGUAGE,
    A.SCREEN: Step.SCREEN,
    A.BIGGER: Step.BIGGER,
    A.SMALLER: Step.SMALLER,
    A.VOTE: Step.VOTE,
}

OVERLAY_ACTIONS = frozenset((A.WAKE, A.LEAVE, A.KEYS, A.FREEZE))
"""The actions handled before the table, in every phase."""

WINDOW_STEPS: dict[Step, Command] = {
    Step.LANGUAGE: Command.LANGUAGE,
    Step.SCREEN: Command.SCREEN,
    Step.BIGGER: Command.BIGGER,
    Step.SMALLER: Command.SMALLER,
    Step.VOTE: Command.VOTE,
    Step.CLOSE_VOTE: Command.CLOSE_VOTE,
}
"""The steps that only the windows can take: the flow passes them on as they are."""


def _check_phases() -> None:
    """The tables are ours and fixed, but `transitions` checks nothing before a trigger fires: check them here."""
    check_table("classroom flow", PHASES, Phase, P.PICKING)
    if {row["trigger"] for row in PHASES} != TRIGGERS:
        raise RuntimeError("classroom flow: the phase table and the triggers the flow fires disagree")
    rules = {action for row in RULES.values() for action in row} | set(EVERY_PHASE) | OVERLAY_ACTIONS
    if rules != set(Action) or set(RULES) != set(Phase):
        raise RuntimeError("classroom flow: the rules leave an action or a phase out")


_check_phases()


class ClassroomFlow:
    """The room's state as a plain model: the phase (a `transitions` machine decorates this object), the turn on
    the stage, the overlays, the selection in the scenario list and the save problem to tell the trainer.

    `scenarios` says how many scenarios the list offers (the windows own the list itself). The session's
    `turn_played` and `turn_undone` events must reach `turn_played` and `turn_undone`.
    """

    state: Phase  # set by the machine

    def __init__(self, scenarios: Callable[[], int] = lambda: 0, clock: ResponseClock | None = None) -> None:
        self.scenarios = scenarios
        self.clock = clock or ResponseClock()
        """How long the room takes to answer, without the time spent discussing."""
        self.session: Session | None = None
        self.pending: Turn | None = None
        """The turn played but not yet revealed to the room."""
        self.taken_back: Turn | None = None
        """The answer just taken back, named on the stage until the next one is played."""
        self.show_delta = False
        """The meters show the last turn's change beside them (after a reveal)."""
        self.frozen = False
        """The projector is frozen for discussion."""
        self.keys_shown = False
        """The key map covers the projector."""
        self.blank = ""
        """The projector blacked or whited out ("black", "white"), or "" when it shows the class."""
        self.save_failure = ""
        """Why the session could not be saved, until a save works again ("" when all is saved)."""
        self.before_play: Callable[[Session], None] | None = None
        """Called just before an answer is played (the class vote closes and keeps its tally with the turn)."""
        self._selected = 0
        self.machine = attach(self, Phase, PHASES, P.PICKING, lenient=True)
        self.machine.on_enter_ASKING("answers_shown")
        self._steps: dict[Step, Callable[[int], Outcome]] = {
            Step.START: self._start,
            Step.SELECT_UP: lambda _number: self._select(-1),
            Step.SELECT_DOWN: lambda _number: self._select(1),
            Step.PLAY: self._play_number,
            Step.GO_ON: lambda _number: self._go_on(),
            Step.REVEAL: lambda _number: self._reveal(),
            Step.PAGE_BACK: lambda _number: self._page_back(),
            Step.TAKE_BACK: lambda _number: self._take_back(),
            Step.TO_LIST: lambda _number: self._to_list(),
            Step.BLACK_OUT: lambda _number: self.set_blank("black"),
            Step.WHITE_OUT: lambda _number: self.set_blank("white"),
        }

    # ---- what the room sees ---------------------------------------------------------------------------------
    @property
    def phase(self) -> Phase:
        """Where the room is."""
        return Phase(self.state)

    @property
    def selected(self) -> int:
        """The scenario selected in the list (the first when the list has become shorter)."""
        return self._selected if self._selected < self.scenarios() else 0

    def displayed_turn(self) -> Turn | None:
        """The turn on the stage: the one being predicted, or the last one played."""
        if self.pending is not None:
            return self.pending
        if self.session is not None and self.session.turns:
            return self.session.turns[-1]
        return None

    def needs_shown(self) -> list[str]:
        """The needs the room has seen uncovered: a need the answer being predicted uncovers waits for the
        reveal."""
        if self.session is None:
            return []
        found = list(self.session.needs_uncovered)
        if self.pending is not None and self.pending.uncovered in found:
            found.remove(self.pending.uncovered)
        return found

    def meters(self) -> MeterView | None:
        """What the trust and tension figures show now; None without a session."""
        session = self.session
        if session is None:
            return None
        if self.pending is not None:
            return MeterView(self.pending.trust_before, self.pending.tension_before, predicting=True)
        last = session.turns[-1] if session.turns and self.show_delta else None
        if last is None:
            return MeterView(session.trust, session.tension)
        return MeterView(session.trust, session.tension, last.trust_delta, last.tension_delta)

    # ---- the session ----------------------------------------------------------------------------------------
    def attach(self, session: Session) -> Outcome:
        """Take `session` to the room: at its briefing when new, its answers when under way, its ending when
        finished."""
        self.session = session
        self.pending = None
        self.taken_back = None
        self.show_delta = False
        self._fire("open_session")
        return Outcome(Command.REDRAW, Meters.JUMP)

    def detach(self) -> None:
        """Let go of the session (classroom mode ends); the phase stays for when the room comes back."""
        self.session = None
        self.pending = None

    def enter(self, session: Session | None) -> Outcome:
        """Classroom mode begins: with a session under way, or at the scenario list."""
        if session is not None:
            return self.attach(session)
        self._fire("close_session")
        return REDRAW

    def leave(self) -> None:
        """Classroom mode ends: the overlays go (and the clock counts again), the session is let go."""
        self.frozen = False
        self.keys_shown = False
        self.blank = ""
        self.clock.hold(False)
        self.detach()

    def turn_played(self, turn: Turn) -> Outcome:
        """The session played `turn`: the room predicts before it sees the reaction."""
        self.pending = turn
        self.taken_back = None
        self._fire("played")
        return Outcome(Command.REDRAW, Meters.JUMP)

    def turn_undone(self, turn: Turn) -> Outcome:
        """The session took `turn` back: the room chooses again, told what was taken back."""
        if self.session is None:
            return NOTHING
        self.pending = None
        self.show_delta = False
        self.taken_back = turn
        self._fire("undone")
        return Outcome(Command.REDRAW, Meters.QUICK)

    def saving_failed(self, message: str) -> Outcome:
        """A save failed (`message` says why): the trainer is told until one works."""
        self.save_failure = message
        return REDRAW

    # ---- the keys -------------------------------------------------------------------------------------------
    def press(self, action: Action, number: int = 0) -> Outcome:
        """Do what a key asks: the overlays first, then the action's step in this phase (`RULES`)."""
        if self.blank:
            return self.set_blank("")  # any key brings the screen back, and does nothing else
        if action is Action.WAKE:
            return NOTHING
        if action is Action.LEAVE:
            if self.keys_shown:
                self.keys_shown = False
                return OVERLAY
            if self.frozen:
                return self._freeze(False)
            return Outcome(Command.LEAVE)
        if action is Action.KEYS:
            self.keys_shown = not self.keys_shown
            return OVERLAY
        hid_keys, self.keys_shown = self.keys_shown, False
        if action is Action.FREEZE:
            return self._freeze(not self.frozen)
        step = None if self.frozen else RULES[self.phase].get(action) or EVERY_PHASE.get(action)
        outcome = self.take(step, number) if step is not None else NOTHING
        return OVERLAY if hid_keys and outcome == NOTHING else outcome

    def take(self, step: Step, number: int = 0) -> Outcome:
        """Take one step of the rules (`number`: the number pressed, 0 for none)."""
        if step in WINDOW_STEPS:
            return Outcome(WINDOW_STEPS[step])
        return self._steps[step](number)

    def choose(self, number: int) -> Outcome:
        """The number `number` pressed outside the overlays: start that scenario, or play that answer."""
        step = RULES[self.phase].get(Action.CHOOSE)
        return self.take(step, number) if step is not None else NOTHING

    def set_blank(self, colour: str) -> Outcome:
        """Black or white out the projector ("black", "white"), or show it again (""); the response clock
        stands still meanwhile."""
        self.blank = colour
        self.clock.hold(self.frozen or bool(colour))
        return OVERLAY

    def play(self, option_id: str) -> Outcome:
        """Play the answer `option_id` with the time the room took; a failed save is kept to tell the trainer
        (the turn was played all the same)."""
        session = self.session
        assert session is not None
        played = len(session.turns)
        if self.before_play is not None:
            self.before_play(session)  # an open class vote closes; its tally stays with this turn
        try:
            session.choose(option_id, response_ms=self.clock.elapsed_ms())
        except OSError as error:
            # Saving failed after the turn was played. Should it not have been announced, show it anyway.
            meters = Meters.KEEP
            if len(session.turns) > played and self.pending is not session.turns[-1]:
                meters = self.turn_played(session.turns[-1]).meters
            self.save_failure = str(error)
            return Outcome(Command.REDRAW, meters)
        return self._saved()

    # ---- the steps ------------------------------------------------------------------------------------------
    def _fire(self, trigger: str) -> bool:
        """Fire a trigger of `PHASES`; True when the phase machine took a transition."""
        assert trigger in TRIGGERS, trigger
        fired: bool = getattr(self, trigger)()
        return fired

    def answers_shown(self) -> None:
        """Entering the asking phase: the response time counts from now (a hold in force stays in force)."""
        self.clock.restart()

    def finished(self) -> bool:
        """The session has ended (a condition of the phase machine)."""
        return self.session is not None and self.session.finished

    def has_turns(self) -> bool:
        """The session has turns played (a condition of the phase machine)."""
        return self.session is not None and bool(self.session.turns)

    def show_last_turn(self) -> None:
        """The last turn stands revealed on the stage, its change beside the meters."""
        self.pending = None
        self.taken_back = None
        self.show_delta = True

    def hold_last_turn(self) -> None:
        """The last turn waits for its reveal again (paged back; nothing is undone)."""
        assert self.session is not None and self.session.turns
        self.pending = self.session.turns[-1]
        self.show_delta = False

    def _freeze(self, frozen: bool) -> Outcome:
        self.frozen = frozen
        self.clock.hold(frozen or bool(self.blank))
        return OVERLAY

    def _start(self, number: int) -> Outcome:
        index = number - 1 if number else self.selected
        if not 0 <= index < self.scenarios():
            return NOTHING
        self._selected = index
        return Outcome(Command.START)

    def _select(self, step: int) -> Outcome:
        count = self.scenarios()
        if not count:
            return NOTHING
        self._selected = (self.selected + step) % count
        return REDRAW

    def _play_number(self, number: int) -> Outcome:
        session = self.session
        if session is None or session.finished:
            return NOTHING
        options = session.options
        if not 1 <= number <= len(options):
            return NOTHING
        return self.play(options[number - 1].id)

    def _go_on(self) -> Outcome:
        revealed = self.phase is Phase.REVEALED
        if not self._fire("go_on"):
            return NOTHING
        return Outcome(Command.REDRAW, Meters.FINISH if revealed else Meters.KEEP)

    def _reveal(self) -> Outcome:
        if self.pending is None or not self._fire("reveal"):
            return NOTHING
        return Outcome(Command.REDRAW, Meters.COUNT)

    def _page_back(self) -> Outcome:
        if self.session is None or not self._fire("page_back"):
            return NOTHING
        return Outcome(Command.REDRAW, Meters.JUMP)

    def _take_back(self) -> Outcome:
        session = self.session
        if session is None or not session.turns:
            return NOTHING
        try:
            session.undo()  # its turn_undone event brings the room back to the answers
        except OSError as error:
            self.save_failure = str(error)
            return REDRAW
        return self._saved()

    def _to_list(self) -> Outcome:
        self._fire("close_session")
        self.detach()
        return Outcome(Command.LIBRARY)

    def _saved(self) -> Outcome:
        """A command was saved: a save problem told before is over (once the session saves to a file)."""
        if self.save_failure and self.session is not None and self.session.autosave_path is not None:
            self.save_failure = ""
            return REDRAW
        return NOTHING
