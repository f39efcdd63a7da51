"""Session files: a versioned JSON event log, written atomically and read without ever being modified.

A file holds the scenario as played (so it replays even after the scenario is edited), the seed, and every
turn with its meters, states and reasons. Reading replays the choices and checks each recorded turn against
the replay, so a hand-edited or corrupted file is refused instead of shown wrongly.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from .. import __version__
from ..scenario import ScenarioError, scenario_from_data
from ..scenario.digest import scenario_hash, scenario_record
from ..scenario.model import Scenario
from ..scenario.vocabulary import FEEDBACK_MODES
from .atomic import atomic_write_bytes
from .errors import SessionError
from .rules import rules_for_version
from .session_file import (
    FORMAT_NAME,
    FORMAT_VERSION,
    MAX_SESSION_BYTES,
    MIGRATIONS,
    SessionFileError,
    first_line,
    read_document,
)
from .typed import TypedAnswer

if TYPE_CHECKING:  # this module is the session's file format; the session imports it, not the other way round
    from .session import Session, Turn

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "MAX_SESSION_BYTES",
    "MIGRATIONS",
    "SessionFileError",
    "atomic_write_text",
    "read_document",
    "read_session",
    "scenario_hash",
    "session_document",
    "write_document",
    "write_session",
]

# Every number and text in the format is bounded, so that no file, however hand-edited, can make loading slow
# or make a number that the replay, the charts or the report cannot handle.
MAX_TURNS = 1000
MAX_RESPONSE_MS = 7 * 24 * 3600 * 1000  # a week; longer is no response time but a clock gone wrong
MAX_NOTE_CHARS = 20_000
MAX_REASON_POINTS = 1000
SEED_LIMIT = 2**63
Name = Annotated[str, StringConstraints(max_length=200)]
Stamp = Annotated[str, StringConstraints(max_length=64)]
Text = Annotated[str, StringConstraints(max_length=10_000)]
NoteText = Annotated[str, StringConstraints(max_length=MAX_NOTE_CHARS)]


class _Loose(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class ReasonRecord(_Loose):
    """A reason as stored."""

    code: Name
    trust: Annotated[int, Field(ge=-MAX_REASON_POINTS, le=MAX_REASON_POINTS)]
    tension: Annotated[int, Field(ge=-MAX_REASON_POINTS, le=MAX_REASON_POINTS)]
    text: dict[Name, Text]


class TypedRecord(_Loose):
    """A typed answer as stored: the words, the classifier's confidence, and whether a generic reply was used."""

    text: Annotated[str, Field(min_length=1, max_length=2000)]
    confidence: Annotated[float, Field(ge=0.0, le=1.0)]
    generic: bool = False


class TurnRecord(_Loose):
    """A turn as stored."""

    index: Annotated[int, Field(ge=0, lt=MAX_TURNS)]
    beat: Name
    option: Name
    move: Name
    trust_before: Annotated[int, Field(ge=0, le=100)]
    trust_after: Annotated[int, Field(ge=0, le=100)]
    tension_before: Annotated[int, Field(ge=0, le=100)]
    tension_after: Annotated[int, Field(ge=0, le=100)]
    state_before: Name
    state_after: Name
    uncovered: Name | None
    reasons: Annotated[list[ReasonRecord], Field(max_length=100)]
    response_ms: Annotated[int, Field(ge=0, le=MAX_RESPONSE_MS)]
    offered: Annotated[list[Name], Field(max_length=100)] | None = None
    typed: TypedRecord | None = None
    votes: dict[Name, Annotated[int, Field(ge=0, le=100_000)]] | None = None
    """A class vote's tally (option id -> votes), on the turns a room voted on."""


class NotesRecord(_Loose):
    """Trainer notes as stored (turn keys are turn indexes as text, as JSON requires)."""

    session: NoteText = ""
    turns: dict[Name, NoteText] = Field(default_factory=dict)


class ParentRecord(_Loose):
    """The session a try was branched from, and at which turn."""

    session: Name
    turn: Annotated[int, Field(ge=0, le=MAX_TURNS)]


class SessionRecord(_Loose):
    """A whole session file."""

    format: Literal["sales-resistance-session"]
    version: int
    app_version: Name
    id: Name
    started_at: Stamp
    updated_at: Stamp
    scenario_id: Name
    scenario_hash: Name
    scenario: dict[str, Any]
    language: Name
    seed: Annotated[int, Field(ge=-SEED_LIMIT, lt=SEED_LIMIT)]
    rules: Annotated[int, Field(ge=1, le=1000)]
    player: Annotated[str, Field(max_length=200)] | None = None
    mode: Name
    parent: ParentRecord | None = None
    kind: Annotated[str, Field(max_length=40)] | None = None
    outcome: Name | None
    turns: Annotated[list[TurnRecord], Field(max_length=MAX_TURNS)]
    notes: NotesRecord = Field(default_factory=NotesRecord)


_stored_cache: dict[str, Scenario] = {}


def _stored_scenario(data: dict[str, Any], source: str) -> Scenario:
    """Validate the scenario stored in a session file; the sessions of a class share one, so identical copies
    are validated once (a class of thirty opens in a fraction of a second)."""
    digest = hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()
    cached = _stored_cache.get(digest)
    if cached is not None:
        return cached
    scenario = scenario_from_data(data, source)
    if len(_stored_cache) >= 16:
        _stored_cache.pop(next(iter(_stored_cache)))
    _stored_cache[digest] = scenario
    return scenario


def _turn_record(turn: Turn) -> dict[str, Any]:
    record = {
        "index": turn.index,
        "beat": turn.beat,
        "option": turn.option,
        "move": str(turn.move),
        "trust_before": turn.trust_before,
        "trust_after": turn.trust_after,
        "tension_before": turn.tension_before,
        "tension_after": turn.tension_after,
        "state_before": str(turn.state_before),
        "state_after": str(turn.state_after),
        "uncovered": turn.uncovered,
        "reasons": [
            {"code": r.code, "trust": r.trust, "tension": r.tension, "text": dict(r.text)} for r in turn.reasons
        ],
        "response_ms": turn.response_ms,
        "offered": list(turn.offered),
    }
    if turn.typed is not None:  # only typed turns carry it, so other files stay as they were
        typed = turn.typed
        record["typed"] = {"text": typed.text, "confidence": typed.confidence, "generic": typed.generic}
    return record


def _with_votes(record: dict[str, Any], tally: dict[str, int] | None) -> dict[str, Any]:
    # Only turns a class voted on carry the field, so other session files stay exactly as before.
    return record if tally is None else {**record, "votes": dict(tally)}


def session_document(session: Session, *, share_scenario: bool = False) -> dict[str, Any]:
    """The JSON document for `session`.

    `share_scenario`: the document's "scenario" is the one stored form kept per scenario (see `scenario_record`),
    not a fresh copy; for the autosave after every turn, which only serializes the document, and for which dumping
    the scenario again would be most of the turn's time. A caller that changes the document must not ask for it.
    """
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "app_version": __version__,
        "id": session.id,
        "started_at": session.started_at,
        "updated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "scenario_id": session.scenario.id,
        "scenario_hash": scenario_hash(session.scenario),
        "scenario": scenario_record(session.scenario) if share_scenario else session.scenario.model_dump(mode="json"),
        "language": session.language,
        "seed": session.seed,
        "rules": session.rules.version,
        "player": session.player,
        "mode": session.mode,
        "parent": session.parent,
        **({"kind": session.kind} if session.kind else {}),
        "outcome": session.outcome,
        "turns": [_with_votes(_turn_record(turn), session.class_votes.get(turn.index)) for turn in session.turns],
        "notes": {
            "session": session.notes.session,
            "turns": {str(k): v for k, v in session.notes.turns.items()},
        },
    }


def atomic_write_text(path: Path, text: str) -> None:
    """Write `text` to `path` so that a crash leaves either the old file or the new one, never half of one."""
    atomic_write_bytes(Path(path), text.encode("utf-8"))


def write_session(session: Session, path: Path) -> None:
    """Save `session` to `path` atomically."""
    write_document(session_document(session), path)


def write_document(document: dict[str, Any], path: Path) -> None:
    """Write a session document (from `session_document`) to `path` atomically."""
    # Compact: this runs after every turn, and indented output costs several times as long to encode.
    atomic_write_text(path, json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n")


def read_session(path: Path, session_type: type[Session]) -> Session:
    """Load the session at `path` as a `session_type`, replaying it (`Session.replay`) and checking every recorded
    turn; the file is never written. (`Session.load` calls this: the session class is passed in, so that this
    module never imports the session module.)

    Whatever the file holds, the only exception is `SessionFileError`.
    """
    try:
        return _read_session(Path(path), session_type)
    except SessionFileError:
        raise
    except (ValueError, TypeError, KeyError, IndexError, OverflowError, RecursionError, SessionError) as error:
        # The checks above are meant to catch everything; this keeps a case they missed a clear refusal.
        raise SessionFileError(path, f"the session file is damaged: {first_line(error)}") from None


def _read_session(path: Path, session_type: type[Session]) -> Session:
    document = read_document(path)
    try:
        record = SessionRecord.model_validate(document)
    except ValidationError as error:
        first = error.errors(include_url=False)[0]
        where = ".".join(str(item) for item in first["loc"])
        if first["loc"][:1] == ("notes",) and first["type"] == "string_too_long":
            raise SessionFileError(
                path, f"a trainer's note is longer than {MAX_NOTE_CHARS:,} characters ({where}); shorten it"
            ) from None
        raise SessionFileError(path, f"the session file is damaged: {where}: {first['msg']}") from None
    try:
        scenario = _stored_scenario(record.scenario, f"{path} (stored scenario)")
    except ScenarioError as error:
        raise SessionFileError(path, f"the stored scenario is invalid: {error.problems[0]}") from None
    if record.mode not in FEEDBACK_MODES:
        raise SessionFileError(path, f"unknown feedback mode '{record.mode}'")
    if record.scenario_id != scenario.id:
        raise SessionFileError(path, "the session is inconsistent: the scenario id does not match the stored scenario")
    try:
        rules = rules_for_version(record.rules)
    except ValueError:
        raise SessionFileError(path, f"the session was played under unknown rules (version {record.rules})") from None
    try:
        session = session_type(
            scenario,
            record.language,
            record.seed,
            rules=rules,
            mode=record.mode,
            session_id=record.id,
            parent=record.parent.model_dump() if record.parent is not None else None,
            started_at=record.started_at,
            player=record.player,
            kind=record.kind,
        )
        for position, stored in enumerate(record.turns):
            if stored.index != position:
                raise SessionError(f"turn {stored.index} is out of order")

        def check(played: Turn) -> None:
            stored = record.turns[played.index]
            _check_turn(stored, played)
            if stored.votes is not None:
                if not set(stored.votes) <= set(played.offered):
                    raise SessionError(f"turn {stored.index + 1} has a class vote on options that were not offered")
                session.class_votes[stored.index] = dict(stored.votes)

        session.replay(
            [
                (
                    stored.option,
                    stored.response_ms,
                    TypedAnswer(**stored.typed.model_dump()) if stored.typed is not None else None,
                )
                for stored in record.turns
            ],
            check=check,
        )
    except SessionError as error:
        raise SessionFileError(path, f"the session is inconsistent: {error}") from None
    except (KeyError, StopIteration):
        raise SessionFileError(path, "the session is inconsistent: a turn names an option that is not there") from None
    if record.outcome != session.outcome:
        raise SessionFileError(path, "the session is inconsistent: the recorded outcome does not match its turns")
    keys = record.notes.turns
    if not all(key.isascii() and key.isdigit() and int(key) < len(session.turns) for key in keys):
        raise SessionFileError(path, "the session file is damaged: a note is attached to no turn")
    session.notes.session = record.notes.session
    session.notes.turns = {int(key): text for key, text in keys.items()}
    return session


def _check_turn(stored: TurnRecord, played: Turn) -> None:
    expected = _turn_record(played)
    recorded = stored.model_dump()
    keys = ("offered",) if stored.offered is not None else ()
    for key in (
        *keys,
        "beat",
        "option",
        "move",
        "trust_before",
        "trust_after",
        "tension_before",
        "tension_after",
        "state_before",
        "state_after",
        "uncovered",
    ):
        if recorded[key] != expected[key]:
            raise SessionError(
                f"turn {stored.index + 1} records {key} = {recorded[key]!r}, but replaying it gives {expected[key]!r}"
            )
