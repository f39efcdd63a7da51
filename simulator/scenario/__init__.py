"""The scenario layer: the file format, its loader and validator, and the domain vocabulary. No Qt here."""

from .errors import Problem, ScenarioError
from .library import ASSETS_DIR, DIALOGUES_DIR, ScenarioSummary, assets_dir_for, bundled_scenario_paths
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
    "ScenarioSummary",
    "assets_dir_for",
    "bundled_scenario_paths",
    "load_scenario",
    "parse_scenario",
    "pick",
    "scenario_from_data",
]
