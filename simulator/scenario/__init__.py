"""The scenario layer: the file format, its loader and validator, and the domain vocabulary. No Qt here."""

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
