"""The content hash of a scenario and its stored form: a session file stores both, and the library's index keeps
the hash per file, so that the program can tell whether the scenario a session was played with is still the
library's version.

A scenario is immutable, and autosave asks for both after every turn (dumping a scenario takes milliseconds),
so each is computed once per scenario object."""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .model import Scenario

_cache: dict[int, tuple[Scenario, dict[str, Any], str]] = {}


def _stored(scenario: Scenario) -> tuple[dict[str, Any], str]:
    cached = _cache.get(id(scenario))
    if cached is not None and cached[0] is scenario:  # the id of a dropped scenario may be reused
        return cached[1], cached[2]
    record = scenario.model_dump(mode="json")
    canonical = json.dumps(record, sort_keys=True, ensure_ascii=False)
    digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    if len(_cache) > 32:
        _cache.clear()
    _cache[id(scenario)] = (scenario, record, digest)
    return record, digest


def scenario_hash(scenario: Scenario) -> str:
    """A SHA-256 of the scenario's canonical JSON form (independent of its file's layout and comments)."""
    return _stored(scenario)[1]


def scenario_record(scenario: Scenario) -> dict[str, Any]:
    """The scenario as a session file stores it (its JSON form). Shared between calls: read it, never change it."""
    return _stored(scenario)[0]
