"""The user's saved sessions in the data folder: where a new one goes, and listing them for resume and history.

Listing reads each file's header fields without replaying it, so a long history lists quickly; a file that
cannot be read is listed as damaged (with its reason) instead of hiding the rest.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from .atomic import remove_leftover_temp_files
from .session import Session
from .storage import SessionFileError, read_document

DATA_DIR_VARIABLE = "SIMULATOR_DATA_DIR"


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
        found = [self.summary(path) for path in self.folder.glob("*.json") if path.is_file()]
        return sorted(found, key=lambda s: (s.updated_at, s.path.name), reverse=True)

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


def _kind(document: dict[str, object]) -> str | None:
    """What a session file was played as (see `SessionSummary.kind`); tries saved before the field existed are
    known by their parent."""
    kind = document.get("kind")
    if isinstance(kind, str) and kind:
        return kind
    return "try" if document.get("parent") else None
