"""Where the bundled scenarios and assets live, and a summary of each scenario for listings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import Scenario

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DIALOGUES_DIR = PROJECT_ROOT / "dialogues"
ASSETS_DIR = PROJECT_ROOT / "assets"


def assets_dir_for(scenario_path: Path) -> Path:
    """The asset folder a scenario file's pictures are looked up in: an `assets/` folder beside the file
    (a trainer's own folder of scenarios), otherwise the program's own `assets/`."""
    beside = Path(scenario_path).resolve().parent / "assets"
    return beside if beside.is_dir() else ASSETS_DIR


def bundled_scenario_paths(folder: Path = DIALOGUES_DIR) -> list[Path]:
    """The scenario files in `folder`, sorted by name."""
    return sorted(path for path in folder.glob("*.yaml") if path.is_file())


@dataclass(frozen=True)
class ScenarioSummary:
    """What a listing shows of a scenario; the roots are for tools, the library screen hides them."""

    id: str
    path: str
    title: dict[str, str]
    situation: dict[str, str]
    languages: list[str]
    difficulty: str
    roots: list[str]
    beats: int
    needs: int

    @classmethod
    def of(cls, scenario: Scenario, path: Path) -> ScenarioSummary:
        """Summarise `scenario`, loaded from `path`."""
        return cls(
            id=scenario.id,
            path=str(path),
            title=dict(scenario.title),
            situation=dict(scenario.situation),
            languages=list(scenario.languages),
            difficulty=scenario.difficulty,
            roots=[str(root) for root in scenario.roots],
            beats=len(scenario.beats),
            needs=len(scenario.needs),
        )
