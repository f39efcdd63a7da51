"""A played conversation: the customer, the current beat, and every turn so far.

Widgets and tools drive it through commands (`choose`, `undo`, `branch`, `save`) and learn what happened
through hooks (`events.HOOKS`). Given the same scenario, seed and choices, a session always comes out the same:
`replay` plays a list of choices again, which is how a turn is taken back, a session branches, and a saved
session is loaded (the session file format, `storage`, replays its choices and checks each turn against what was
recorded; this module imports `storage`, never the other way round).
"""

from __future__ import annotations

import random
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..scenario import END, Family, Move, Scenario, pick
from ..scenario.model import Beat, Option
from ..scenario.vocabulary import FEEDBACK_MODES, LANGUAGES, CustomerState
from .autosave import BackgroundWriter
from .customer import Customer
from .errors import SessionError, UnknownOption
from .events import Hooks
from .rules import MoveContext, Reason, Rules, Temper, clamp, default_rules, evaluate
from .storage import read_session, session_document, write_session
from .typed import TypedAnswer, clean_typed, closest_option, generic_id, generic_option, is_generic

__all__ = ["Notes", "OptionView", "Session", "SessionError", "Turn", "UnknownOption"]

Choice = tuple[str, int, TypedAnswer | None]
"""A turn as the player chose it: the option id, the response time in ms, and the typed words (or None)."""


@dataclass(frozen=True)
class OptionView:
    """An option as the player sees it, in the session's language."""

    id: str
    move: Move
    family: Family
    text: str


@dataclass(frozen=True)
class Turn:
    """One turn played: what was said, what it did to the customer, and why."""

    index: int
    beat: str
    option: str
    move: Move
    trust_before: int
    trust_after: int
    tension_before: int
    tension_after: int
    state_before: CustomerState
    state_after: CustomerState
    reasons: tuple[Reason, ...]
    uncovered: str | None
    next_beat: str
    response_ms: int
    offered: tuple[str, ...]
    customer_line: dict[str, str]
    option_text: dict[str, str]
    reply: dict[str, str]
    coach: dict[str, str]
    verdict: str = "mixed"
    typed: TypedAnswer | None = None
    """For a typed answer: the words, the confidence, and whether a generic reply stood in for an option."""

    @property
    def family(self) -> Family:
        """The family of the move played."""
        return self.move.family

    @property
    def trust_delta(self) -> int:
        """How far trust moved (after clamping)."""
        return self.trust_after - self.trust_before

    @property
    def tension_delta(self) -> int:
        """How far tension moved (after clamping)."""
        return self.tension_after - self.tension_before


@dataclass
class Notes:
    """A trainer's notes on a session: one for the whole, one per turn (by turn index)."""

    session: str = ""
    turns: dict[int, str] = field(default_factory=dict)


MAX_PLAYER_NAME = 80


def clean_player_name(name: str | None) -> str | None:
    """A player's name as stored: one line of plain text, trimmed and bounded; empty means no name."""
    if name is None:
        return None
    text = " ".join("".join(ch if ch.isprintable() else " " for ch in str(name)).split())[:MAX_PLAYER_NAME]
    return text or None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Session:
    """A conversation between the player and a scenario's customer."""

    def __init__(
        self,
        scenario: Scenario,
        language: str = "nl",
        seed: int = 0,
        *,
        rules: Rules | None = None,
        mode: str = "live",
        clock: Callable[[], float] = time.monotonic,
        session_id: str | None = None,
        parent: dict[str, Any] | None = None,
        started_at: str | None = None,
        player: str | None = None,
        kind: str | None = None,
    ) -> None:
        if mode not in FEEDBACK_MODES:
            raise SessionError(f"unknown feedback mode {mode!r}; choose one of {', '.join(FEEDBACK_MODES)}")
        self.scenario = scenario
        self.rules = rules or default_rules()
        self.seed = seed
        self.mode = mode
        self.id = session_id or uuid.uuid4().hex
        self.parent = parent
        self.player = clean_player_name(player)
        self.kind = kind
        """None for the player's own practice, "classroom" for a demo with a class, "try" for a replay's try."""
        self.started_at = started_at or _now()
        self.notes = Notes()
        self.class_votes: dict[int, dict[str, int]] = {}
        """A class vote's tally per turn index (option id -> votes), for the turns a room voted on."""
        self.hooks = Hooks()
        self._language = "nl"
        self.language = language
        self._clock = clock
        self._autosave_path: Path | None = None
        self._autosave_writer: BackgroundWriter | None = None
        self._autosave_failure: OSError | None = None
        self.temper = Temper.draw(scenario, seed) if self.rules.skill is not None else Temper()
        self._reset()

    # ---- state ----------------------------------------------------------------------------------------
    def _reset(self) -> None:
        self._customer = Customer(self.rules.thresholds, self.scenario.start.trust, self.scenario.start.tension)
        self._beat_id = self.scenario.start.beat
        self._turns: list[Turn] = []
        self._needs: list[str] = []
        self._shown_at = self._clock()

    @property
    def language(self) -> str:
        """The language texts are given in; may be switched at any time."""
        return self._language

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES or value not in self.scenario.languages:
            raise SessionError(f"this scenario has no language {value!r}; it has {', '.join(self.scenario.languages)}")
        self._language = value

    @property
    def trust(self) -> int:
        """The customer's trust, 0..100."""
        return int(self._customer.trust)

    @property
    def tension(self) -> int:
        """The strain in the relationship, 0..100."""
        return int(self._customer.tension)

    @property
    def state(self) -> CustomerState:
        """The customer's state."""
        return CustomerState(self._customer.state)

    @property
    def finished(self) -> bool:
        """True once the conversation has ended."""
        return self._customer.ended

    @property
    def outcome(self) -> str | None:
        """None while running; then committed, complied, withdrawn or stalled."""
        return str(self.state) if self.finished else None

    @property
    def turns(self) -> tuple[Turn, ...]:
        """Every turn played, in order."""
        return tuple(self._turns)

    @property
    def needs_uncovered(self) -> tuple[str, ...]:
        """The ids of the needs uncovered so far, in order."""
        return tuple(self._needs)

    @property
    def beat(self) -> str:
        """The id of the current beat (the last one played once finished)."""
        return self._beat_id

    @property
    def customer_line(self) -> str:
        """What the customer says now, given their state (empty once the conversation has ended)."""
        if self.finished:
            return ""
        return self._line_for(self.scenario.beat(self._beat_id), self.state, len(self._turns))[self.language]

    @property
    def ending_text(self) -> str:
        """The scenario's text for the ending reached (empty while running)."""
        if self.outcome is None:
            return ""
        return self.scenario.endings[self.outcome][self.language]  # type: ignore[index]

    @property
    def options(self) -> tuple[OptionView, ...]:
        """The options on offer now (none once finished)."""
        if self.finished:
            return ()
        return tuple(
            OptionView(option.id, option.move, option.move.family, option.text[self.language])
            for option in self._offered(self.scenario.beat(self._beat_id), len(self._turns))
        )

    def subscribe(self, hook: str, listener: Callable[..., Any]) -> None:
        """Listen to one of the engine's hooks (see `events.HOOKS`)."""
        self.hooks.subscribe(hook, listener)

    # ---- commands -------------------------------------------------------------------------------------
    def choose(self, option_id: str, *, response_ms: int | None = None) -> Turn:
        """Play the option `option_id` at the current beat and return the turn."""
        if self.finished:
            raise SessionError(f"the conversation has ended ({self.outcome}); no more options can be played")
        self._settle_autosave()
        beat = self.scenario.beat(self._beat_id)
        ids = [option.id for option in beat.options]
        if option_id not in ids:
            raise UnknownOption(f"'{option_id}' is not an option at beat '{beat.id}'; the options are {', '.join(ids)}")
        if response_ms is None:
            response_ms = int((self._clock() - self._shown_at) * 1000)
        state_before = self.state
        turn = self._play(option_id, max(0, int(response_ms)))
        self._after_turn(turn, state_before)
        return turn

    def say(self, text: str, move: Move, confidence: float, *, response_ms: int | None = None) -> Turn:
        """Play a typed answer understood as `move`: the beat's option of that kind closest to `text`, or a generic
        reply (the conversation then stays at this beat) when the beat has none."""
        if self.finished:
            raise SessionError(f"the conversation has ended ({self.outcome}); no more answers can be played")
        words = clean_typed(text)
        if not words:
            raise SessionError("an empty answer cannot be played")
        if not 0.0 <= confidence <= 1.0:
            raise SessionError(f"a confidence must lie between 0 and 1, not {confidence}")
        beat = self.scenario.beat(self._beat_id)
        option = closest_option(beat, Move(move), words, self.language)
        typed = TypedAnswer(words, round(float(confidence), 4), generic=option is None)
        option_id = option.id if option is not None else generic_id(Move(move))
        if response_ms is None:
            response_ms = int((self._clock() - self._shown_at) * 1000)
        state_before = self.state
        turn = self._play(option_id, max(0, int(response_ms)), typed)
        self._after_turn(turn, state_before)
        return turn

    def record_class_vote(self, tally: dict[str, int]) -> None:
        """Keep a class vote's tally with the turn about to be played (saved with it in the session file)."""
        if self.finished:
            raise SessionError("the conversation has ended; there is no turn to vote on")
        offered = {option.id for option in self.options}
        unknown = sorted(set(tally) - offered)
        if unknown:
            raise UnknownOption(f"the tally names options not on offer: {', '.join(unknown)}")
        if any(count < 0 for count in tally.values()):
            raise SessionError("a tally cannot count fewer than no votes")
        self.class_votes[len(self._turns)] = dict(tally)

    def undo(self) -> Turn:
        """Take the last turn back (for a class trying the other option) and return it."""
        if not self._turns:
            raise SessionError("there is no turn to take back")
        self._settle_autosave()
        removed = self._turns[-1]
        self.class_votes.pop(removed.index, None)  # the room votes again on the turn taken back
        self.replay(self.choices()[:-1])
        self.hooks.fire("turn_undone", removed)
        self._autosave()
        return removed

    def branch(self, turns: int, *, seed: int | None = None) -> Session:
        """A new session that repeats the first `turns` turns of this one and then goes its own way."""
        if not 0 <= turns <= len(self._turns):
            raise SessionError(f"cannot branch at turn {turns}; this session has {len(self._turns)} turns")
        other = Session(
            self.scenario,
            self.language,
            self.seed if seed is None else seed,
            rules=self.rules,
            mode=self.mode,
            clock=self._clock,
            parent={"session": self.id, "turn": turns},
            player=self.player,
            kind="try",
        )
        other.replay(self.choices()[:turns])
        other.class_votes = {index: dict(tally) for index, tally in self.class_votes.items() if index < turns}
        return other

    @property
    def autosave_path(self) -> Path | None:
        """Where the session saves itself after every turn (None: it does not). After a failed save the path stays
        set, so the next turn tries again."""
        return self._autosave_path

    def autosave_to(self, path: Path | None, *, writer: BackgroundWriter | None = None) -> None:
        """Save to `path` after every turn and undo (None stops autosaving), at once or through `writer`.

        With a `writer` the file is written on its worker thread; the next `choose` or `undo` first waits for
        that write (see `engine.autosave`). Without one, the save happens before this call returns.
        """
        self._settle_autosave()
        self._autosave_failure = None
        self._autosave_path = path
        self._autosave_writer = writer if path is not None else None
        self._autosave()

    def choices(self) -> list[Choice]:
        """Every turn so far as it was chosen: (option id, response time in ms, typed words or None)."""
        return [(turn.option, turn.response_ms, turn.typed) for turn in self._turns]

    def replay(self, choices: Iterable[Choice], *, check: Callable[[Turn], None] | None = None) -> None:
        """Start over from the first line and play `choices` again, in order (see `choices`).

        Given its scenario, seed and choices a session always comes out the same: that is how `undo` and
        `branch` work and how a session file is read (`storage`). No hooks fire and nothing is saved. `check`
        sees each turn as it is played again and may raise to stop; reading a file compares each turn with what
        the file recorded. Raises `SessionError` for a choice after the conversation has ended, and
        `StopIteration` or `KeyError` for an option that is not at its beat.
        """
        self._reset()
        for option_id, response_ms, typed in choices:
            if self.finished:
                raise SessionError(f"turn {len(self._turns) + 1} comes after the conversation had ended")
            turn = self._play(option_id, response_ms, typed)
            if check is not None:
                check(turn)

    def save(self, path: Path) -> None:
        """Write the session file atomically."""
        write_session(self, path)

    @classmethod
    def load(cls, path: Path) -> Session:
        """Read a session file; raises `storage.SessionFileError` for anything wrong with it."""
        return read_session(path, cls)

    # ---- internals ------------------------------------------------------------------------------------
    def _offered(self, beat: Beat, index: int) -> tuple[Option, ...]:
        """The beat's options in the order shown at turn `index`: drawn from the seed, so position gives nothing
        away, and the same on every replay of the session."""
        options = list(beat.options)
        if self.rules.skill is not None and self.rules.skill.shuffle:
            random.Random(f"{self.seed}:order:{index}:{beat.id}").shuffle(options)
        return tuple(options)

    def _line_for(self, beat: Beat, state: str, index: int) -> dict[str, str]:
        """The customer's line at `beat` in `state`: one of its phrasings, drawn from the seed and turn."""
        return pick(beat.customer, state, random.Random(f"{self.seed}:line:{index}").randrange(6))

    def _waiting(self) -> int:
        """How many slowing moves since the customer was first open found nothing new and did not move the
        conversation forward."""
        ever_open, waiting = False, 0
        for turn in self._turns:
            if ever_open:
                if turn.family is Family.ADVANCING or turn.uncovered:
                    waiting = 0
                elif turn.family is Family.SLOWING:
                    waiting += 1
            ever_open = ever_open or turn.state_after is CustomerState.OPEN
        return waiting

    def _option(self, beat: Beat, option_id: str, typed: TypedAnswer | None) -> Option:
        """The option `option_id` at `beat`; a generic one is made up again from its move kind and the typed words."""
        if is_generic(option_id) and typed is not None and typed.generic:
            move = Move(option_id.partition(":")[2])
            return generic_option(self.scenario, beat, move, typed.text, self.rules)
        return next(o for o in beat.options if o.id == option_id)

    def _play(self, option_id: str, response_ms: int, typed: TypedAnswer | None = None) -> Turn:
        scenario = self.scenario
        beat = scenario.beat(self._beat_id)
        option = self._option(beat, option_id, typed)
        trust_before, tension_before, state_before = self.trust, self.tension, self.state
        index = len(self._turns)
        waiting = self._waiting()
        context = MoveContext(
            scenario=scenario,
            option=option,
            trust=trust_before,
            tension=tension_before,
            state=state_before,
            previous_moves=tuple(turn.move for turn in self._turns),
            needs_uncovered=tuple(self._needs),
            # A generator per turn, seeded by session seed and turn number, so undo and branch replay exactly.
            rng=random.Random(f"{self.seed}:{index}"),
            asked=beat.asks,
            waiting=waiting,
            temper=self.temper,
        )
        result = evaluate(context, self.rules)
        reasons = list(result.reasons)
        if result.uncovered:
            self._needs.append(result.uncovered)
        customer = self._customer
        customer.move_meters(clamp(trust_before + result.trust), clamp(tension_before + result.tension))
        if not customer.ended:
            if result.accepted_proposal:
                customer.commit()  # type: ignore[attr-defined]
            elif result.complied:
                customer.comply()  # type: ignore[attr-defined]
        settled = self.state  # before a possible stall: the mood the customer answers in
        next_beat = option.next_beat(settled)
        if not customer.ended and (next_beat == END or index + 1 >= scenario.max_turns):
            customer.stall()  # type: ignore[attr-defined]
        if customer.ended:
            reasons.append(Reason(f"outcome.{self.state}", 0, 0, self.rules.text(f"outcome.{self.state}")))
        turn = Turn(
            index=index,
            beat=beat.id,
            option=option.id,
            move=option.move,
            trust_before=trust_before,
            trust_after=self.trust,
            tension_before=tension_before,
            tension_after=self.tension,
            state_before=state_before,
            state_after=self.state,
            reasons=tuple(reasons),
            uncovered=result.uncovered,
            next_beat=next_beat,
            response_ms=response_ms,
            offered=tuple(o.id for o in self._offered(beat, index)),
            customer_line=dict(self._line_for(beat, state_before, index)),
            option_text=dict(option.text),
            reply=dict(self._reply_for(option, result.uncovered, settled, index)),
            coach=dict(option.coach),
            verdict=option.verdict,
            typed=typed,
        )
        self._turns.append(turn)
        if not customer.ended:
            self._beat_id = next_beat
        self._shown_at = self._clock()
        return turn

    def _reply_for(self, option: Option, uncovered: str | None, settled: CustomerState, index: int) -> dict[str, str]:
        """What the customer answers: the need said out loud only when it was uncovered now (or before); a
        customer not ready to share it gives the `withheld` reply."""
        choice = random.Random(f"{self.seed}:reply:{index}").randrange(6)
        holding_back = option.uncovers is not None and uncovered is None and option.uncovers not in self._needs
        written_for_ending = self.finished and self.state in option.reply
        if holding_back and option.withheld is not None and not written_for_ending:
            return option.withheld[choice % len(option.withheld)]
        # A reply written for the ending wins; otherwise the customer answers in the mood they settled in.
        state = self.state if self.state in option.reply else settled
        return pick(option.reply, state, choice)

    def _after_turn(self, turn: Turn, state_before: CustomerState) -> None:
        # Announce first: the turn happened even if saving it fails, and the views must show it. A failed
        # autosave then raises OSError from `choose`, for the caller to report.
        self.hooks.fire("turn_played", turn)
        if turn.uncovered:
            self.hooks.fire("need_uncovered", turn.uncovered)
        if turn.state_after != state_before:
            self.hooks.fire("state_changed", state_before, turn.state_after)
        if self.finished:
            self.hooks.fire("session_ended", self.outcome)
        self._autosave()

    def _autosave(self) -> None:
        failure, self._autosave_failure = self._autosave_failure, None
        if failure is not None:  # the previous turn's background write failed: report it as a save would
            raise failure
        if self._autosave_path is None:
            return
        if self._autosave_writer is None:
            self.save(self._autosave_path)
        else:
            self._autosave_writer.submit(self._autosave_path, session_document(self, share_scenario=True))

    def _settle_autosave(self) -> None:
        """Wait until the background writes of earlier turns are on disk (their failure is raised after the turn)."""
        if self._autosave_writer is None:
            return
        try:
            self._autosave_writer.wait()
        except OSError as error:
            self._autosave_failure = error
