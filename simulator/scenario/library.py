"""The scenario library: which folders hold scenarios, where each scenario comes from, and a summary of each for
listings.

Three kinds of folder, shown in this order: the scenarios that ship with the program (`bundled`), the trainer's
own folder in the data folder (`own`, where imports go), and any shared folders named in the settings (`shared`:
a USB stick, a network drive). A folder holds scenario files directly or one folder per scenario (the file with
its `avatars/` beside it, as an import leaves it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from ..bundled import assets_dir, dialogues_dir

if TYPE_CHECKING:
    from .model import Scenario

DIALOGUES_DIR = dialogues_dir()
ASSETS_DIR = assets_dir()
OWN_FOLDER_NAME = "scenarios"
SCENARIO_SUFFIXES = (".yaml", ".yml")

SourceKind = Literal["bundled", "own", "shared"]


@dataclass(frozen=True)
class ScenarioSource:
    """A folder of scenarios and what kind it is."""

    kind: SourceKind
    folder: Path

    @property
    def name(self) -> str:
        """How a listing names the source: `bundled`, `own`, or the shared folder's own name."""
        if self.kind == "shared":
            return self.folder.name or str(self.folder)
        return self.kind


def own_scenarios_dir(data_dir: Path) -> Path:
    """The trainer's own scenario folder inside the data folder (imports go here)."""
    return Path(data_dir) / OWN_FOLDER_NAME


def library_sources(
    data_dir: Path | None = None, shared: Iterable[Path] = (), *, bundled: Path | None = None
) -> list[ScenarioSource]:
    """The folders of the library in the order they are shown (`bundled` stands in for the bundled scenarios);
    a missing folder simply holds no scenarios."""
    sources = [ScenarioSource("bundled", DIALOGUES_DIR if bundled is None else bundled)]
    if data_dir is not None:
        sources.append(ScenarioSource("own", own_scenarios_dir(data_dir)))
    sources += [ScenarioSource("shared", Path(folder).expanduser()) for folder in shared]
    return sources


def scenario_paths(folder: Path) -> list[Path]:
    """The scenario files in `folder` and in its direct subfolders, sorted; none if the folder is missing."""
    if not folder.is_dir():
        return []
    found = [path for path in folder.iterdir() if path.suffix.lower() in SCENARIO_SUFFIXES and path.is_file()]
    for sub in folder.iterdir():
        if sub.is_dir() and not sub.name.startswith((".", "_")):
            found += [p for p in sub.iterdir() if p.suffix.lower() in SCENARIO_SUFFIXES and p.is_file()]
    return sorted(found)


def library_files(sources: Iterable[ScenarioSource]) -> list[tuple[Path, ScenarioSource]]:
    """Every scenario file of the library with the source it comes from."""
    return [(path, source) for source in sources for path in scenario_paths(source.folder)]


def bundled_scenario_paths(folder: Path | None = None) -> list[Path]:
    """The scenario files in `folder` (the bundled scenarios by default), sorted by name."""
    return scenario_paths(DIALOGUES_DIR if folder is None else folder)


@dataclass(frozen=True)
class ScenarioSummary:
    """What a listing shows of a scenario; the roots are for tools, the library screen hides them."""

    id: str
    path: str
    source: str
    title: dict[str, str]
    situation: dict[str, str]
    languages: list[str]
    difficulty: str
    roots: list[str]
    beats: int
    needs: int

    @classmethod
    def of(cls, scenario: Scenario, path: Path, source: str = "bundled") -> ScenarioSummary:
        """Summarise `scenario`, loaded from `path` in the library source named `source`."""
        return cls(
            id=scenario.id,
            path=str(path),
            source=source,
            title=dict(scenario.title),
            situation=dict(scenario.situation),
            languages=list(scenario.languages),
            difficulty=scenario.difficulty,
            roots=[str(root) for root in scenario.roots],
            beats=len(scenario.beats),
            needs=len(scenario.needs),
        )
