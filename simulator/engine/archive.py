"""The user's saved sessions in the data folder: where a new one goes, and listing them for resume and history.

Listing reads each file's header fields without replaying it, so a long history lists quickly; a file that
cannot be read is listed as damaged (with its reason) instead of hiding the rest. The summaries are kept in a
small index in the data folder, keyed by file name, size and modification time, so that showing the library
does not parse every session file (each holds a whole scenario) at every start.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__
from .atomic import atomic_write_bytes, remove_leftover_temp_files
from .session_file import FORMAT_VERSION, SessionFileError, read_document

if TYPE_CHECKING:
    from .session import Session

DATA_DIR_VARIABLE = "SIMULATOR_DATA_DIR"
INDEX_FILE_NAME = "session-index.json"
MAX_INDEX_BYTES = 4 * 1024 * 1024


def data_dir_override() -> Path | None:
    """The data folder named by SIMULATOR_DATA_DIR, if set (tests and portable use)."""
    value = os.environ.get(DATA_DIR_VARIABLE, "").strip()
    return Path(value).expanduser() if value else None


@dataclass(frozen=True)
class SessionSummary:
    """One saved session as a list shows it."""

    path: Path
    id: str
    scenario_id: str
    title: dict[str, str]
    started_at: str
    updated_at: str
    language: str
    mode: str
    outcome: str | None
    turns: int
    final_trust: int | None
    parent: dict[str, object] | None
    problem: str | None = None
    kind: str | None = None
    """None for the player's own practice; "classroom" for a demo played with a class, "try" for a try from a
    replay. Only practice belongs in the player's resume offer and recent list; the history shows them all."""

    @property
    def unfinished(self) -> bool:
        """Played at least one turn and not ended."""
        return self.problem is None and self.outcome is None and self.turns > 0

    @property
    def practice(self) -> bool:
        """The player's own practice, not a classroom demo or a try from a replay."""
        return self.kind is None

    @property
    def resumable(self) -> bool:
        """Unfinished practice: worth offering to resume."""
        return self.unfinished and self.practice


class SessionArchive:
    """The `sessions/` folder under the user's data folder."""

    def __init__(self, data_dir: Path) -> None:
        self.folder = Path(data_dir) / "sessions"
        self.index_file = Path(data_dir) / INDEX_FILE_NAME

    def path_for(self, session: Session) -> Path:
        """Where `session` is (or will be) saved: date, scenario and a short id make the name."""
        stamp = re.sub(r"[^0-9T]", "", session.started_at)[:15]
        # The id of a loaded session comes from its file: keep only safe characters so the name stays in the folder.
        short = re.sub(r"[^0-9A-Za-z_-]", "", session.id)[:8] or "session"
        return self.folder / f"{stamp}-{session.scenario.id}-{short}.json"

    def remove_leftovers(self) -> list[Path]:
        """Delete temporary files of saves interrupted by a crash (`.NAME.json.XXXXXXXX.tmp`, older than a minute);
        nothing else in the folder is touched. Returns what was removed."""
        return remove_leftover_temp_files(self.folder, suffix=".json")

    def summaries(self) -> list[SessionSummary]:
        """Every session file, newest first."""
        if not self.folder.is_dir():
            return []
        known = self._read_index()
        kept: dict[str, dict[str, object]] = {}
        found = []
        for path in self.folder.glob("*.json"):
            try:
                stat = path.stat()
            except OSError:
                continue
            if not path.is_file():
                continue
            stamp = {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
            summary = _from_index(path, known.get(path.name), stamp)
            if summary is None:
                summary = self.summary(path)
            if summary.problem is None:  # a damaged file is read again next time, so its reason stays current
                kept[path.name] = {**stamp, "summary": {k: v for k, v in asdict(summary).items() if k != "path"}}
            found.append(summary)
        if kept != known:
            self._write_index(kept)
        return sorted(found, key=lambda s: (s.updated_at, s.path.name), reverse=True)

    def _read_index(self) -> dict[str, dict[str, object]]:
        try:
            if self.index_file.stat().st_size > MAX_INDEX_BYTES:
                return {}
            document = json.loads(self.index_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(document, dict) or document.get("program") != _program():
            return {}
        files = document.get("files")
        return {k: v for k, v in files.items() if isinstance(v, dict)} if isinstance(files, dict) else {}

    def _write_index(self, files: dict[str, dict[str, object]]) -> None:
        document = json.dumps({"program": _program(), "files": files}, ensure_ascii=False, separators=(",", ":"))
        with contextlib.suppress(OSError):  # only a cache: the files themselves are the truth
            atomic_write_bytes(self.index_file, document.encode("utf-8"))

    def latest_unfinished(self) -> SessionSummary | None:
        """The most recently updated session that was left before its end."""
        return next((s for s in self.summaries() if s.resumable), None)

    @staticmethod
    def summary(path: Path) -> SessionSummary:
        """Summarise one file without replaying it."""
        try:
            document = read_document(path)
            turns = document.get("turns") or []
            scenario = document.get("scenario") or {}
            return SessionSummary(
                path=path,
                id=str(document["id"]),
                scenario_id=str(document["scenario_id"]),
                title=dict(scenario.get("title") or {}),
                started_at=str(document["started_at"]),
                updated_at=str(document["updated_at"]),
                language=str(document["language"]),
                mode=str(document.get("mode", "live")),
                outcome=document.get("outcome"),
                turns=len(turns),
                final_trust=int(turns[-1]["trust_after"]) if turns else None,
                parent=document.get("parent"),
                kind=_kind(document),
            )
        except SessionFileError as error:
            problem = error.reason
        except (KeyError, TypeError, ValueError, AttributeError, IndexError, OverflowError):
            problem = "the session file is damaged"
        mtime = path.stat().st_mtime if path.exists() else 0
        return SessionSummary(
            path=path,
            id="",
            scenario_id="",
            title={},
            started_at="",
            updated_at=str(mtime),
            language="",
            mode="",
            outcome=None,
            turns=0,
            final_trust=None,
            parent=None,
            problem=problem,
        )


_SUMMARY_FIELDS = {field.name for field in fields(SessionSummary)} - {"path"}


def _program() -> str:
    """What the index depends on: another program version or file format means reading every file again."""
    return f"{__version__}/{FORMAT_VERSION}"


def _from_index(path: Path, entry: dict[str, object] | None, stamp: dict[str, int]) -> SessionSummary | None:
    """The summary kept for `path`, if the file is unchanged and the entry is whole."""
    if entry is None or any(entry.get(name) != value for name, value in stamp.items()):
        return None
    stored = entry.get("summary")
    if not isinstance(stored, dict) or set(stored) != _SUMMARY_FIELDS:
        return None
    try:
        summary = SessionSummary(path=path, **stored)
    except TypeError:
        return None
    texts = (summary.id, summary.scenario_id, summary.started_at, summary.updated_at, summary.language, summary.mode)
    if not all(isinstance(text, str) for text in texts) or not isinstance(summary.turns, int):
        return None
    if not isinstance(summary.title, dict) or summary.problem is not None:
        return None
    return summary


def _kind(document: dict[str, object]) -> str | None:
    """What a session file was played as (see `SessionSummary.kind`); tries saved before the field existed are
    known by their parent."""
    kind = document.get("kind")
    if isinstance(kind, str) and kind:
        return kind
    return "try" if document.get("parent") else None
