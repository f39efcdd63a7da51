"""The vote itself, shared by the UI thread and the server thread: the turn being voted on, whether voting is
open, the options, one vote per device, and the tally once closed.

Every method takes the one lock, so the projector's thread and the server's event loop can use a board at the
same time. The board holds no names: a device is an anonymous id the phone page makes up, kept only for the
turn being voted on (so a second vote from the same phone replaces the first).
"""

from __future__ import annotations

import hmac
import re
import secrets
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

ROOM_ALPHABET = "ACDEFHJKMNPRTUVWXY34679"
"""Letters and digits that cannot be mistaken for one another when read off a projector (no O/0, I/1, B/8…)."""
ROOM_CODE_LENGTH = 5
DEVICE_ID = re.compile(r"[A-Za-z0-9_-]{8,64}")
"""What a device id looks like; anything else is refused before it is stored."""
MAX_DEVICES = 2000
"""At most this many devices vote on one turn: a flood of made-up ids cannot grow the board without bound."""


def new_room_code() -> str:
    """A fresh room code, drawn from the system's secure random source."""
    return "".join(secrets.choice(ROOM_ALPHABET) for _ in range(ROOM_CODE_LENGTH))


@dataclass(frozen=True)
class VoteOption:
    """An answer on the phones: its id (the scenario's option id) and its text in the session's language."""

    id: str
    text: str


class VoteRefused(Exception):
    """A vote or a look at the board that is not allowed; `status` is the HTTP status to answer with."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def majority(tally: Mapping[str, int]) -> str | None:
    """The option with the most votes; None when no one voted or the top is shared (the trainer picks)."""
    if not tally:
        return None
    top = max(tally.values())
    leaders = [option for option, count in tally.items() if count == top]
    return leaders[0] if top > 0 and len(leaders) == 1 else None


class VoteBoard:
    """One class vote: a room code and, turn after turn, the options and the votes on them."""

    def __init__(self, code: str | None = None) -> None:
        self.code = code or new_room_code()
        self._lock = threading.Lock()
        self._round = 0
        self._turn = 0
        self._open = False
        self._line = ""
        self._language = "nl"
        self._options: tuple[VoteOption, ...] = ()
        self._votes: dict[str, str] = {}
        self._tally: dict[str, int] | None = None
        self._played: str | None = None
        self._revealed = False

    # ---- what the projector does ----------------------------------------------------------------------------
    def open_turn(self, turn: int, line: str, options: Sequence[VoteOption], language: str) -> None:
        """Open voting on turn `turn` (1-based): the customer's line and the options; earlier votes are gone."""
        with self._lock:
            self._round += 1
            self._turn = turn
            self._open = True
            self._line = line
            self._language = language
            self._options = tuple(options)
            self._votes = {}
            self._tally = None
            self._played = None
            self._revealed = False

    def update_texts(self, line: str, options: Sequence[VoteOption], language: str) -> None:
        """The same turn in another language: the texts change, the votes stay (the ids must be the same)."""
        with self._lock:
            if [option.id for option in options] != [option.id for option in self._options]:
                raise ValueError("the options changed; open a new turn instead")
            self._line = line
            self._language = language
            self._options = tuple(options)

    def close(self) -> dict[str, int]:
        """Close voting and return the tally: every option's id with its number of votes (0 included)."""
        with self._lock:
            if self._open or self._tally is None:
                self._open = False
                self._tally = self._counts()
            return dict(self._tally)

    def set_played(self, option: str | None, *, revealed: bool = False) -> None:
        """The answer the room's turn went to (the majority, or the trainer's pick), for the phones to show, and
        whether the projector has revealed what it did."""
        with self._lock:
            self._played = option
            self._revealed = revealed

    def idle(self, language: str) -> None:
        """Nothing to vote on (no conversation, or it ended): the phones wait."""
        with self._lock:
            self._round += 1
            self._turn = 0
            self._open = False
            self._line = ""
            self._language = language
            self._options = ()
            self._votes = {}
            self._tally = None
            self._played = None
            self._revealed = False

    @property
    def is_open(self) -> bool:
        """True while the room can vote."""
        with self._lock:
            return self._open

    @property
    def round(self) -> int:
        """Counts every opening (a turn taken back and voted on again is a new round)."""
        with self._lock:
            return self._round

    @property
    def count(self) -> int:
        """How many devices have voted on the current turn."""
        with self._lock:
            return len(self._votes)

    def spread(self) -> dict[str, int]:
        """The votes per option so far (for the trainer's eyes only: the room sees just the count)."""
        with self._lock:
            return self._counts()

    def _counts(self) -> dict[str, int]:
        counts = dict.fromkeys((option.id for option in self._options), 0)
        for option in self._votes.values():
            counts[option] += 1
        return counts

    @property
    def tally(self) -> dict[str, int] | None:
        """The tally once closed (None while open)."""
        with self._lock:
            return None if self._tally is None else dict(self._tally)

    @property
    def option_ids(self) -> tuple[str, ...]:
        """The ids of the options on the board, in the order shown."""
        with self._lock:
            return tuple(option.id for option in self._options)

    # ---- what the phones do ---------------------------------------------------------------------------------
    def code_matches(self, code: object) -> bool:
        """True for the room code (compared in constant time, so timing tells nothing about a wrong one)."""
        if not isinstance(code, str):
            return False
        return hmac.compare_digest(code.strip().upper().encode("utf-8"), self.code.encode("utf-8"))

    def cast(self, code: object, device: object, option: object) -> None:
        """One device's vote on the open turn; a second vote from the device replaces its first."""
        if not self.code_matches(code):
            raise VoteRefused(403, "forbidden")
        if not isinstance(device, str) or not DEVICE_ID.fullmatch(device):
            raise VoteRefused(400, "device must be 8 to 64 letters, digits, '-' or '_'")
        with self._lock:
            if not self._open:
                raise VoteRefused(400, "the vote is closed")
            if not isinstance(option, str) or option not in {o.id for o in self._options}:
                raise VoteRefused(400, "unknown option")
            if device not in self._votes and len(self._votes) >= MAX_DEVICES:
                raise VoteRefused(400, "too many devices")
            self._votes[device] = option

    def state(self, code: object, device: object = None) -> dict[str, Any]:
        """What a phone sees: the turn, whether it is open, the line and options, the number of votes, its own
        vote (with `device`), and the tally once closed."""
        if not self.code_matches(code):
            raise VoteRefused(403, "forbidden")
        with self._lock:
            state: dict[str, Any] = {
                "turn": self._turn,
                "round": self._round,
                "open": self._open,
                "language": self._language,
                "line": self._line,
                "options": [{"id": option.id, "text": option.text} for option in self._options],
                "votes": len(self._votes),
                "mine": self._votes.get(device) if isinstance(device, str) else None,
            }
            if self._tally is not None:
                state["tally"] = dict(self._tally)
                state["played"] = self._played
                state["revealed"] = self._revealed
            return state
