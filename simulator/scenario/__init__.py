"""The scenario layer: the file format, its loader and validator, and the domain vocabulary. No Qt here.

The names below are imported from their modules on first use (PEP 562), so that the light parts of this
layer (the vocabulary, where the library lives, the cached index of scenario metadata) can be used without
paying for pydantic and YAML: the window's first frame and the library screen need only those.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy import lazy_names

if TYPE_CHECKING:
    from .avatars import avatar_file, avatar_files, avatar_roots
    from .errors import Problem, ScenarioError
    from .library import (
        ASSETS_DIR,
        DIALOGUES_DIR,
        ScenarioSource,
        ScenarioSummary,
        bundled_scenario_paths,
        library_files,
        library_sources,
        own_scenarios_dir,
    )
    from .loader import load_scenario, parse_scenario, scenario_from_data
    from .model import Beat, Effect, Need, Option, Persona, Scenario, pick
    from .vocabulary import END, FAMILY_OF, CustomerState, Family, Move, Root

_HOME: dict[str, str] = {
    "avatar_file": "avatars",
    "avatar_files": "avatars",
    "avatar_roots": "avatars",
    "Problem": "errors",
    "ScenarioError": "errors",
    "ASSETS_DIR": "library",
    "DIALOGUES_DIR": "library",
    "ScenarioSource": "library",
    "ScenarioSummary": "library",
    "bundled_scenario_paths": "library",
    "library_files": "library",
    "library_sources": "library",
    "own_scenarios_dir": "library",
    "load_scenario": "loader",
    "parse_scenario": "loader",
    "scenario_from_data": "loader",
    "Beat": "model",
    "Effect": "model",
    "Need": "model",
    "Option": "model",
    "Persona": "model",
    "Scenario": "model",
    "pick": "model",
    "END": "vocabulary",
    "FAMILY_OF": "vocabulary",
    "CustomerState": "vocabulary",
    "Family": "vocabulary",
    "Move": "vocabulary",
    "Root": "vocabulary",
}

__all__ = [
    "ASSETS_DIR",
    "DIALOGUES_DIR",
    "END",
    "FAMILY_OF",
    "Beat",
    "CustomerState",
    "Effect",
    "Family",
    "Move",
    "Need",
    "Option",
    "Persona",
    "Problem",
    "Root",
    "Scenario",
    "ScenarioError",
    "ScenarioSource",
    "ScenarioSummary",
    "avatar_file",
    "avatar_files",
    "avatar_roots",
    "bundled_scenario_paths",
    "library_files",
    "library_sources",
    "load_scenario",
    "own_scenarios_dir",
    "parse_scenario",
    "pick",
    "scenario_from_data",
]


__getattr__, __dir__ = lazy_names(__name__, _HOME)
