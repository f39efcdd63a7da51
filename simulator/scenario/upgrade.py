"""Reading format-1 scenarios: fill in what format 2 requires, in memory, so old files and the scenarios stored in
older session files still load.

Format 1 had no verdicts, no `addresses` on proposals and no central needs. The upgrade gives each option the verdict
its family suggests, lets a proposal address every need and makes every need central: under the current rules such a
proposal can be owned only once every need has come up. Files are never rewritten; authors upgrade by hand
(docs/authoring.md).
"""

from __future__ import annotations

import copy
from typing import Any

from .vocabulary import FAMILY_OF, Family, Move

_VERDICT_OF_FAMILY = {Family.SLOWING: "good", Family.ADVANCING: "mixed", Family.PUSHING: "poor"}


def upgrade_format_1(data: dict[str, Any]) -> dict[str, Any]:
    """A copy of the format-1 scenario `data` with the fields format 2 requires filled in."""
    upgraded = copy.deepcopy(data)
    listed = upgraded.get("needs")
    needs: list[Any] = listed if isinstance(listed, list) else []
    need_ids = [need["id"] for need in needs if isinstance(need, dict) and "id" in need]
    for need in needs:
        if isinstance(need, dict):
            need.setdefault("central", True)
    for beat in upgraded.get("beats") or []:
        if not isinstance(beat, dict):
            continue
        for option in beat.get("options") or []:
            if not isinstance(option, dict):
                continue
            move = option.get("move")
            family = FAMILY_OF[Move(move)] if isinstance(move, str) and move in set(Move) else None
            if "verdict" not in option:
                # An unknown move kind is reported on its own; a guessed verdict keeps it from a second message.
                option["verdict"] = _VERDICT_OF_FAMILY[family] if family is not None else "mixed"
            if move == Move.PROPOSE and "addresses" not in option:
                option["addresses"] = list(need_ids)
    return upgraded
