"""How classroom mode names things on both screens: a need by its label, and the separator between facts (the
customer's first name and signed changes come from the shared words, `ui/words.py`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..kit.words import localized

if TYPE_CHECKING:
    from ...scenario import Scenario

SEPARATOR = "   ·   "


def need_label(scenario: Scenario, need_id: str, language: str) -> str:
    """A need's label in `language` (its id if the scenario does not know it)."""
    try:
        return localized(scenario.need(need_id).label, language)
    except KeyError:
        return need_id
