"""The tones a reading can have (good, fair, bad, neutral, accent), named once, and which tone a meter change or a
customer's mood takes.

A tone is what a style sheet selects on (`tone="good"`) and what a painted widget asks its palette scheme for;
it is never the only signal: words, numbers or arrows always say the same. The tone of a meter level sits with
the level's words (`words.level_tone`), as both follow the same thresholds. No Qt here.
"""

from __future__ import annotations

from enum import StrEnum


class Tone(StrEnum):
    """How a reading feels; the values are the names style sheets select on."""

    GOOD = "good"
    FAIR = "fair"
    BAD = "bad"
    NEUTRAL = "neutral"
    ACCENT = "accent"


def delta_tone(kind: str, delta: int) -> Tone:
    """Good or bad, for the colour of a meter change (the sign and words carry the meaning)."""
    better = delta > 0 if kind == "trust" else delta < 0
    return Tone.GOOD if better else Tone.BAD


MOOD_TONES = {
    "guarded": Tone.NEUTRAL,
    "resisting": Tone.BAD,
    "exploring": Tone.FAIR,
    "open": Tone.GOOD,
    "committed": Tone.GOOD,
    "complied": Tone.BAD,
    "withdrawn": Tone.BAD,
    "stalled": Tone.NEUTRAL,
}


def mood_tone(state: str) -> Tone:
    """The tone of the customer's mood chip for a state."""
    return MOOD_TONES.get(str(state), Tone.NEUTRAL)
