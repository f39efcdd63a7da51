"""Session files: a versioned JSON event log, written atomically and read without ever being modified.

A file holds the scenario as played (so it replays even after the scenario is edited), the seed, and every
turn with its meters, states and reasons. Reading replays the choices and checks each recorded turn against
the replay, so a hand-edited or corrupted file is refused instead of shown wrongly.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from .. import __version__
from ..scenario import ScenarioError, scenario_from_data
from ..scenario.model import Scenario
from .atomic import atomic_write_bytes
from .rules import rules_for_version
from .session import FEEDBACK_MODES, Notes, Session, SessionError, Turn
from .typed import TypedAnswer

FORMAT_NAME = "sales-resistance-session"
FORMAT_VERSION = 2
MAX_SESSION_BYTES = 32 * 1024 * 1024


def _from_version_1(document: dict[str, Any]) -> dict[str, Any]:
    # Version 1 files were played under the first rules of the customer model; they replay under those rules.
    return {**document, "version": 2, "rules": 1}


# Ordered migrations: MIGRATIONS[n] turns a version-n document into version n+1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _from_version_1}


class SessionFileError(Exception):
    """A session file that cannot be read; the message names the file and says why. The file is untouched."""

    def __init__(self, path: Path | str, message: str) -> None:
        self.path = str(path)
        self.reason = message
        super().__init__(f"{path}: {message}")


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


_hash_cache: dict[int, tuple[Scenario, str]] = {}


def scenario_hash(scenario: Scenario) -> str:
    """A content hash of a scenario, to tell whether a bundled scenario changed since a session was played."""
    # Autosave asks for it after every turn; a scenario is immutable, so compute it once per object.
    cached = _hash_cache.get(id(scenario))
    if cached is not None and cached[0] is scenario:
        return cached[1]
    canonical = json.dumps(scenario.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
    digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    if len(_hash_cache) > 32:
        _hash_cache.clear()
    _hash_cache[id(scenario)] = (scenario, digest)
    return digest


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
        "scenario": session.scenario.model_dump(mode="json"),
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
    # Compact: this runs after every turn, and indented output costs several times as long to encode.
    atomic_write_text(path, json.dumps(session_document(session), ensure_ascii=False, separators=(",", ":")) + "\n")


def read_document(path: Path) -> dict[str, Any]:
    """Read and check the JSON of a session file, migrated to the current version in memory."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_SESSION_BYTES + 1)
    except OSError as error:
        raise SessionFileError(path, f"cannot read the file: {error.strerror or error}") from None
    except ValueError:  # a NUL byte in the name: no file system has such a file
        raise SessionFileError(path, "cannot read the file: its name contains a NUL byte") from None
    if not raw.strip():
        raise SessionFileError(path, "the file is empty")
    if len(raw) > MAX_SESSION_BYTES:
        raise SessionFileError(path, "the file is too large to be a session file")
    try:
        # A byte-order mark is not ours, but editors add one; "NaN" and "Infinity" are not JSON.
        document = json.loads(raw.decode("utf-8-sig"), parse_constant=_refuse_constant)
    except UnicodeDecodeError:
        raise SessionFileError(path, "this is not a session file (it is not text)") from None
    except json.JSONDecodeError as error:
        if not raw.lstrip().startswith(b"{"):  # a session file is one JSON object; this is something else
            raise SessionFileError(path, "this is not a session file of this program") from None
        raise SessionFileError(
            path,
            f"the file is damaged or incomplete (invalid JSON at line {error.lineno}, column {error.colno})",
        ) from None
    except RecursionError:  # absurdly deep nesting: no session file looks like this
        raise SessionFileError(path, "this is not a session file (its data is nested too deeply)") from None
    except ValueError as error:  # a number Python will not read: NaN, Infinity, or an integer of 4,300+ digits
        raise SessionFileError(path, f"the session file is damaged: {_first_line(error)}") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise SessionFileError(path, "this is not a session file of this program")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SessionFileError(path, "the session file has no valid format version")
    if version > FORMAT_VERSION:
        raise SessionFileError(
            path,
            f"the session was saved by a newer version of the program (format {version}; this one reads up to "
            f"{FORMAT_VERSION}). Update the program to open it.",
        )
    while version < FORMAT_VERSION:  # migrate a copy in memory, never the file
        document = MIGRATIONS[version](dict(document))
        version = document["version"]
    return dict(document)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"'{name}' is not a number a session file can hold")


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0][:200] if text else type(error).__name__


def read_session(path: Path) -> Session:
    """Load the session at `path`, replaying it and checking every recorded turn; the file is never written.

    Whatever the file holds, the only exception is `SessionFileError`.
    """
    try:
        return _read_session(Path(path))
    except SessionFileError:
        raise
    except (ValueError, TypeError, KeyError, IndexError, OverflowError, RecursionError, SessionError) as error:
        # The checks above are meant to catch everything; this keeps a case they missed a clear refusal.
        raise SessionFileError(path, f"the session file is damaged: {_first_line(error)}") from None


def _read_session(path: Path) -> Session:
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
        session = Session(
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
        for stored in record.turns:
            if stored.index != len(session.turns):
                raise SessionError(f"turn {stored.index} is out of order")
            typed = TypedAnswer(**stored.typed.model_dump()) if stored.typed is not None else None
            played = session._play(stored.option, stored.response_ms, typed) if not session.finished else None
            if played is None:
                raise SessionError(f"turn {stored.index + 1} comes after the conversation had ended")
            _check_turn(stored, played)
            if stored.votes is not None:
                if not set(stored.votes) <= set(played.offered):
                    raise SessionError(f"turn {stored.index + 1} has a class vote on options that were not offered")
                session.class_votes[stored.index] = dict(stored.votes)
    except SessionError as error:
        raise SessionFileError(path, f"the session is inconsistent: {error}") from None
    except (KeyError, StopIteration):
        raise SessionFileError(path, "the session is inconsistent: a turn names an option that is not there") from None
    if record.outcome != session.outcome:
        raise SessionFileError(path, "the session is inconsistent: the recorded outcome does not match its turns")
    keys = record.notes.turns
    if not all(key.isascii() and key.isdigit() and int(key) < len(session.turns) for key in keys):
        raise SessionFileError(path, "the session file is damaged: a note is attached to no turn")
    session.notes = Notes(record.notes.session, {int(key): text for key, text in keys.items()})
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
