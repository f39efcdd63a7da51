"""A cached index of the library's scenario files: what a library card shows, and each scenario's content hash.

Reading a scenario means YAML and a full validation (pydantic), which costs more than showing the whole window.
The index keeps, per file, the card's fields and the content hash, keyed by the file's path, size and
modification time, in one JSON file in the data folder. On a hit nothing is parsed; a changed, new or
unknown file is read once, and the index is written back atomically. A file that does not validate is never
cached: it is read again next time, so its problems are always reported fresh. The index is a cache only:
damaged, foreign, oversized or outdated (written by another version of the program) is the same as empty.

This module imports neither YAML nor pydantic; the loader is imported only when a file must be read.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import __version__

if TYPE_CHECKING:
    from .model import Scenario

INDEX_FILE_NAME = "scenario-index.json"
INDEX_FORMAT = "simulator-scenario-index"
INDEX_VERSION = 2
MAX_INDEX_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True)
class ScenarioInfo:
    """What the library shows of a scenario before (and without) loading it, and its content hash."""

    id: str
    title: Mapping[str, str]
    situation: Mapping[str, str]
    languages: tuple[str, ...]
    difficulty: str
    persona_name: str
    persona_role: Mapping[str, str]
    persona_company: str
    persona_avatar: Mapping[str, str]
    face: str
    """The picture of the guarded face, found as the loader finds it (beside the file, then the bundled assets)."""
    digest: str

    @classmethod
    def of(cls, scenario: Scenario) -> ScenarioInfo:
        """The card fields and hash of a loaded scenario."""
        from .avatars import avatar_file
        from .digest import scenario_hash

        persona = scenario.persona
        return cls(
            id=scenario.id,
            title=dict(scenario.title),
            situation=dict(scenario.situation),
            languages=tuple(str(language) for language in scenario.languages),
            difficulty=str(scenario.difficulty),
            persona_name=persona.name,
            persona_role=dict(persona.role),
            persona_company=persona.company,
            persona_avatar={str(face): path for face, path in persona.avatar.items()},
            face=str(avatar_file(scenario, "guarded")),
            digest=scenario_hash(scenario),
        )

    def to_json(self) -> dict[str, Any]:
        """The JSON form stored in the index."""
        return {
            "id": self.id,
            "title": dict(self.title),
            "situation": dict(self.situation),
            "languages": list(self.languages),
            "difficulty": self.difficulty,
            "persona_name": self.persona_name,
            "persona_role": dict(self.persona_role),
            "persona_company": self.persona_company,
            "persona_avatar": dict(self.persona_avatar),
            "face": self.face,
            "digest": self.digest,
        }

    @classmethod
    def from_json(cls, data: object) -> ScenarioInfo | None:
        """The info stored in the index, or None when it is not exactly what `to_json` writes."""
        if not isinstance(data, dict):
            return None
        texts = ("title", "situation", "persona_role", "persona_avatar")
        words = ("id", "difficulty", "persona_name", "persona_company", "face", "digest")
        if not all(_is_text_map(data.get(key)) for key in texts) or not all(
            isinstance(data.get(key), str) for key in words
        ):
            return None
        languages = data.get("languages")
        if not isinstance(languages, list) or not all(isinstance(language, str) for language in languages):
            return None
        return cls(
            id=data["id"],
            title=data["title"],
            situation=data["situation"],
            languages=tuple(languages),
            difficulty=data["difficulty"],
            persona_name=data["persona_name"],
            persona_role=data["persona_role"],
            persona_company=data["persona_company"],
            persona_avatar=data["persona_avatar"],
            face=data["face"],
            digest=data["digest"],
        )


@dataclass(frozen=True)
class IndexedFile:
    """One scenario file as the index knows it: its info, or the problems that kept it from loading."""

    path: Path
    info: ScenarioInfo | None
    problem: str | None = None
    scenario: Scenario | None = None
    """The scenario itself when it had to be read now (a miss); None on a hit."""


class ScenarioIndex:
    """The index file in a data folder (or in memory only, with `file=None`).

    `write` stores the index (`engine.atomic.atomic_write_bytes` in the program): the scenario layer reads files
    but leaves writing them, safely, to the layers above it. Without `write` the index is kept in memory only.
    """

    def __init__(self, file: Path | None, write: Callable[[Path, bytes], None] | None = None) -> None:
        self.file = file
        self.write = write
        self._entries: dict[str, dict[str, Any]] = self._read_file() if file is not None else {}
        self._dirty = False

    def read(self, path: Path, assets_dir: Path | None = None) -> IndexedFile:
        """The info of the scenario file at `path`: from the index when the file is unchanged, else by loading it."""
        key = str(Path(path).resolve())
        try:
            stat = Path(path).stat()
        except OSError as error:
            return IndexedFile(Path(path), None, f"{path}: {error.strerror or error}")
        stamp = {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "assets": str(assets_dir or "")}
        stored = self._entries.get(key)
        if stored is not None and all(stored.get(name) == value for name, value in stamp.items()):
            info = ScenarioInfo.from_json(stored.get("info"))
            if info is not None:
                return IndexedFile(Path(path), info)
        loaded = load_file(Path(path), assets_dir)
        if loaded.info is not None:
            self._entries[key] = {**stamp, "info": loaded.info.to_json()}
        else:
            self._entries.pop(key, None)
        self._dirty = True
        return loaded

    def find_digest(self, scenario_id: str, paths: list[Path], assets_dir: Path | None = None) -> str | None:
        """The content hash of the first of `paths` whose scenario has this id (None when none has)."""
        for path in paths:
            found = self.read(path, assets_dir)
            if found.info is not None and found.info.id == scenario_id:
                return found.info.digest
        return None

    def save(self) -> None:
        """Write the index if it changed; a failure to write is ignored (it is a cache)."""
        if self.file is None or self.write is None or not self._dirty:
            return
        document = {"format": INDEX_FORMAT, "version": INDEX_VERSION, "program": _program(), "files": self._entries}
        with contextlib.suppress(OSError):
            self.write(self.file, json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
            self._dirty = False

    def _read_file(self) -> dict[str, dict[str, Any]]:
        assert self.file is not None
        try:
            if self.file.stat().st_size > MAX_INDEX_BYTES:
                return {}
            document = json.loads(self.file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if (
            not isinstance(document, dict)
            or document.get("format") != INDEX_FORMAT
            or document.get("version") != INDEX_VERSION
            or document.get("program") != _program()
            or not isinstance(document.get("files"), dict)
        ):
            return {}
        return {key: value for key, value in document["files"].items() if isinstance(value, dict)}


def load_file(path: Path, assets_dir: Path | None) -> IndexedFile:
    """Load and validate one scenario file; never raises (a problem is returned as text naming the file)."""
    from .avatars import avatar_roots
    from .errors import ScenarioError
    from .loader import load_scenario

    try:
        # Avatars are looked up beside the scenario, in `assets_dir` if given, then among the bundled assets.
        roots = avatar_roots(path, () if assets_dir is None else (assets_dir,))
        scenario = load_scenario(path, assets_dir=roots)
    except ScenarioError as error:  # names the file, line, column and field of every problem
        return IndexedFile(path, None, str(error))
    except Exception as error:
        return IndexedFile(path, None, f"{path}: {error}")
    return IndexedFile(path, ScenarioInfo.of(scenario), scenario=scenario)


def _is_text_map(value: object) -> bool:
    return isinstance(value, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items())


def _program() -> str:
    """The program version and the scenario layer's source files: another validator means another index."""
    parts = [__version__]
    # The layer's own source files (code, not data: they sit beside this module in every install).
    for source in sorted(Path(os.path.dirname(__file__)).glob("*.py")):
        with contextlib.suppress(OSError):
            stat = source.stat()
            parts.append(f"{source.name}:{stat.st_size}:{stat.st_mtime_ns}")
    return ";".join(parts)
