"""The content hash of a scenario: a session file stores it, and the library's index keeps it per file, so
that the program can tell whether the scenario a session was played with is still the library's version."""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import Scenario

_cache: dict[int, tuple[Scenario, str]] = {}


def scenario_hash(scenario: Scenario) -> str:
    """A SHA-256 of the scenario's canonical JSON form (independent of its file's layout and comments)."""
    # Autosave asks for it after every turn (a few milliseconds each time); a scenario is immutable, so it is
    # computed once per object.
    cached = _cache.get(id(scenario))
    if cached is not None and cached[0] is scenario:
        return cached[1]
    canonical = json.dumps(scenario.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
    digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    if len(_cache) > 32:
        _cache.clear()
    _cache[id(scenario)] = (scenario, digest)
    return digest
