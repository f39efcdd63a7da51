"""Session files: a versioned JSON event log, written atomically and read without ever being modified.

A file holds the scenario as played (so it replays even after the scenario is edited), the seed, and every
turn with its meters, states and reasons. Reading replays the choices and checks each recorded turn against
the replay, so a hand-edited or corrupted file is refused instead of shown wrongly.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .. import __version__
from ..scenario import ScenarioError, scenario_from_data
from ..scenario.model import Scenario
from .rules import rules_for_version
from .session import FEEDBACK_MODES, Notes, Session, SessionError, Turn

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
        "scenario": session.scenario.model_dump(mode="json"),
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
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    if hasattr(os, "O_DIRECTORY"):  # make the rename itself durable where the platform allows it
        with contextlib.suppress(OSError):
            dir_fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)


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
    if not raw.strip():
        raise SessionFileError(path, "the file is empty")
    if len(raw) > MAX_SESSION_BYTES:
        raise SessionFileError(path, "the file is too large to be a session file")
    try:
        document = json.loads(raw.decode("utf-8"))
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
