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
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .. import __version__
from ..files import write_text_atomically
from ..scenario import ScenarioError, scenario_from_data
from ..scenario.digest import scenario_data, scenario_hash
from ..scenario.model import Scenario
from ..scenario.vocabulary import FEEDBACK_MODES
from .rules import rules_for_version
from .session import Notes, Session, SessionError, Turn
from .session_file import FORMAT_NAME, FORMAT_VERSION, MAX_SESSION_BYTES, MIGRATIONS, SessionFileError, read_document

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

class _Loose(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class ReasonRecord(_Loose):
    """A reason as stored."""

    code: str
    trust: int
    tension: int
    text: dict[str, str]


class TurnRecord(_Loose):
    """A turn as stored."""

    index: Annotated[int, Field(ge=0)]
    beat: str
    option: str
    move: str
    trust_before: Annotated[int, Field(ge=0, le=100)]
    trust_after: Annotated[int, Field(ge=0, le=100)]
    tension_before: Annotated[int, Field(ge=0, le=100)]
    tension_after: Annotated[int, Field(ge=0, le=100)]
    state_before: str
    state_after: str
    uncovered: str | None
    reasons: list[ReasonRecord]
    response_ms: Annotated[int, Field(ge=0)]
    offered: list[str] | None = None


class NotesRecord(_Loose):
    """Trainer notes as stored (turn keys are turn indexes as text, as JSON requires)."""

    session: str = ""
    turns: dict[str, str] = Field(default_factory=dict)


class SessionRecord(_Loose):
    """A whole session file."""

    format: Literal["sales-resistance-session"]
    version: int
    app_version: str
    id: str
    started_at: str
    updated_at: str
    scenario_id: str
    scenario_hash: str
    scenario: dict[str, Any]
    language: str
    seed: int
    rules: Annotated[int, Field(ge=1)]
    player: Annotated[str, Field(max_length=200)] | None = None
    mode: str
    parent: dict[str, Any] | None = None
    outcome: str | None
    turns: list[TurnRecord]
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
    return {
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


def session_document(session: Session) -> dict[str, Any]:
    """The JSON document for `session`."""
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "app_version": __version__,
        "id": session.id,
        "started_at": session.started_at,
        "updated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "scenario_id": session.scenario.id,
        "scenario_hash": scenario_hash(session.scenario),
        "scenario": scenario_data(session.scenario),
        "language": session.language,
        "seed": session.seed,
        "rules": session.rules.version,
        "player": session.player,
        "mode": session.mode,
        "parent": session.parent,
        "outcome": session.outcome,
        "turns": [_turn_record(turn) for turn in session.turns],
        "notes": {
            "session": session.notes.session,
            "turns": {str(k): v for k, v in session.notes.turns.items()},
        },
    }


def atomic_write_text(path: Path, text: str) -> None:
    """Write `text` to `path` so that a crash leaves either the old file or the new one, never half of one."""
    write_text_atomically(Path(path), text)


def write_session(session: Session, path: Path) -> None:
    """Save `session` to `path` atomically."""
    write_document(session_document(session), path)


def write_document(document: dict[str, Any], path: Path) -> None:
    """Write a session document (from `session_document`) to `path` atomically."""
    # Compact: this runs after every turn, and indented output costs several times as long to encode.
    atomic_write_text(path, json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n")


def read_session(path: Path) -> Session:
    """Load the session at `path`, replaying it and checking every recorded turn; the file is never written."""
    document = read_document(path)
    try:
        record = SessionRecord.model_validate(document)
    except ValidationError as error:
        first = error.errors(include_url=False)[0]
        where = ".".join(str(item) for item in first["loc"])
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
        session = Session(
            scenario,
            record.language,
            record.seed,
            rules=rules,
            mode=record.mode,
            session_id=record.id,
            parent=record.parent,
            started_at=record.started_at,
            player=record.player,
        )
        for stored in record.turns:
            if stored.index != len(session.turns):
                raise SessionError(f"turn {stored.index} is out of order")
            played = session._play(stored.option, stored.response_ms) if not session.finished else None
            if played is None:
                raise SessionError(f"turn {stored.index + 1} comes after the conversation had ended")
            _check_turn(stored, played)
    except SessionError as error:
        raise SessionFileError(path, f"the session is inconsistent: {error}") from None
    except (KeyError, StopIteration):
        raise SessionFileError(path, "the session is inconsistent: a turn names an option that is not there") from None
    if record.outcome != session.outcome:
        raise SessionFileError(path, "the session is inconsistent: the recorded outcome does not match its turns")
    try:
        session.notes = Notes(record.notes.session, {int(k): v for k, v in record.notes.turns.items()})
    except ValueError:
        raise SessionFileError(path, "the session file is damaged: a note is attached to no turn") from None
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
