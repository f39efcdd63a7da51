"""The content hash of a scenario: a session file stores it, and the library's index keeps it per file, so
that the program can tell whether the scenario a session was played with is still the library's version."""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .model import Scenario

_cache: dict[int, tuple[Scenario, dict[str, Any], str]] = {}


def scenario_data(scenario: Scenario) -> dict[str, Any]:
    """The scenario as JSON data, as a session file stores it (shared: callers must not change it)."""
    return _entry(scenario)[1]


def scenario_hash(scenario: Scenario) -> str:
    """A SHA-256 of the scenario's canonical JSON form (independent of its file's layout and comments)."""
    return _entry(scenario)[2]


def _entry(scenario: Scenario) -> tuple[Scenario, dict[str, Any], str]:
    # Autosave asks for both after every turn (several milliseconds each time); a scenario is immutable, so
    # they are computed once per object.
    cached = _cache.get(id(scenario))
    if cached is not None and cached[0] is scenario:
        return cached
    data = scenario.model_dump(mode="json")
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False)
    entry = (scenario, data, hashlib.sha256(canonical.encode("utf-8")).hexdigest())
    if len(_cache) > 32:
        _cache.clear()
    _cache[id(scenario)] = entry
    return entry
