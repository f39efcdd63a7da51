"""The class vote: students answer from their phones over the room's network, the projector shows the spread.

No Qt in here. `board` keeps the vote (which turn, open or closed, the options, one vote per device, the
tally), safe to use from any thread; `server` serves the phone page and the HTTP API on its own thread and
event loop; `address` finds the machine's address on the local network. The page itself (`page/`) is plain
HTML, JavaScript and CSS shipped with the package. See docs/vote.md for the API and the threat model.
"""

from __future__ import annotations

from .board import VoteBoard, VoteRefused, majority
from .server import RateLimit, VoteServer

__all__ = ["RateLimit", "VoteBoard", "VoteRefused", "VoteServer", "majority"]
