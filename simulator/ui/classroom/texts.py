"""How classroom mode names things on both screens: the customer by first name, a need by its label, and a
change in trust with a real minus sign.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..practice import HONORIFICS
from ..words import localized

if TYPE_CHECKING:
    from ...scenario import Scenario

SEPARATOR = "   ·   "


def first_name(name: str) -> str:
    """The customer's first name, unless the name starts with a title (then the whole name)."""
    parts = name.split()
    if len(parts) > 1 and not parts[0].endswith(".") and parts[0].lower() not in HONORIFICS:
        return parts[0]
    return name


def need_label(scenario: Scenario, need_id: str, language: str) -> str:
    """A need's label in `language` (its id if the scenario does not know it)."""
    try:
        return localized(scenario.need(need_id).label, language)
    except KeyError:
        return need_id


def signed(delta: int) -> str:
    """`+4`, `−3` (a real minus sign, as on the meters), `0`."""
    return f"{delta:+d}".replace("-", "−") if delta else "0"
