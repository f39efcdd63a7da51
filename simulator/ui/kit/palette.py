"""The colours of everything the program paints itself (meters, charts, the report's images), in one place.

Two schemes: `LIGHT`, the desktop windows (the style sheet `assets/styles/app.qss` uses the same values for the
widgets it styles), and `PROJECTOR`, the classroom's high-contrast dark theme (its generated style sheet takes
its colours from here too). A painted widget asks its scheme for a colour by role or by `Tone`, so a change of
look happens here and nowhere else.

QtGui only, so that the headless report export can use it without widgets.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

from .tones import Tone


@dataclass(frozen=True)
class Scheme:
    """The colours one look paints with."""

    ground: QColor
    """The background the painting stands on."""
    surface: QColor
    raised: QColor
    line: QColor
    text: QColor
    muted: QColor
    track: QColor
    accent: QColor
    good: QColor
    fair: QColor
    bad: QColor
    trust: QColor
    tension: QColor
    overlay: QColor
    marker: QColor
    grid: QColor
    axis: QColor
    chart_text: QColor

    def tone(self, tone: str) -> QColor:
        """The colour of a tone (good, fair, bad, accent; anything else is muted)."""
        colours: dict[str, QColor] = {
            Tone.GOOD: self.good,
            Tone.FAIR: self.fair,
            Tone.BAD: self.bad,
            Tone.ACCENT: self.accent,
        }
        return colours.get(tone, self.muted)  # a StrEnum: the plain name finds the same entry

    def faded(self, colour: QColor, alpha: int) -> QColor:
        """`colour` with the given opacity (0..255), for bands and boxes over a chart."""
        faded = QColor(colour)
        faded.setAlpha(alpha)
        return faded


# Every role in both looks, side by side, so that a change of colour happens here once.
# The projector's: light text on a near-black ground (projected in a lit room, black becomes dark grey, but white
# text on it keeps a contrast well above WCAG's 7:1); its muted text is still about 13:1 on the ground, and its
# accent marks the trainer's prompts and the prediction question. The light look's curves: trust solid blue,
# tension dashed orange, a compared try purple (colour is never the only cue).
#           role           light      projector
_ROLES = {
    "ground": ("#ffffff", "#0b0e14"),
    "surface": ("#ffffff", "#1a202c"),
    "raised": ("#f4f5f7", "#252d3b"),
    "line": ("#e2e5ea", "#4a5568"),
    "text": ("#1d2433", "#ffffff"),
    "muted": ("#5b6472", "#d6dde8"),
    "track": ("#edf0f4", "#2f3848"),
    "accent": ("#2456c9", "#ffd43b"),
    "good": ("#1e8456", "#5ee08f"),
    "fair": ("#b7791f", "#ffb347"),
    "bad": ("#c2410c", "#ff7b6b"),
    "trust": ("#1d5fd1", "#ffd43b"),
    "tension": ("#c2410c", "#ff7b6b"),
    "overlay": ("#7e57c2", "#d6dde8"),
    "marker": ("#a16207", "#ffd43b"),
    "grid": ("#e4e7ec", "#4a5568"),
    "axis": ("#98a2b3", "#d6dde8"),
    "chart_text": ("#475467", "#d6dde8"),
}
LIGHT = Scheme(**{role: QColor(light) for role, (light, _dark) in _ROLES.items()})
PROJECTOR = Scheme(**{role: QColor(dark) for role, (_light, dark) in _ROLES.items()})

# The light scheme's colours by name, for the modules that paint only on light ground.
TEXT = LIGHT.text
MUTED = LIGHT.muted
BORDER = LIGHT.line
TRACK = LIGHT.track
ACCENT = LIGHT.accent
GOOD = LIGHT.good
FAIR = LIGHT.fair
BAD = LIGHT.bad
SURFACE = LIGHT.surface
TRUST = LIGHT.trust
TENSION = LIGHT.tension
OVERLAY = LIGHT.overlay
MARKER = LIGHT.marker
GRID = LIGHT.grid
AXIS = LIGHT.axis
CHART_TEXT = LIGHT.chart_text

# The transcripts: the practice one tints rows by speaker, the replay's colours the speakers' names.
TRANSCRIPT_ROWS = {"customer": SURFACE, "player": QColor("#edf2fd"), "narration": QColor("#f6f7f9")}
TRANSCRIPT_SPEAKERS = {"customer": MUTED, "player": QColor("#1d48aa")}
NARRATION = QColor("#4b5563")
REPLAY_CUSTOMER = QColor("#b45309")
REPLAY_PLAYER = TRUST
CURRENT_ROW = QColor("#eef4ff")
ASIDE = QColor("#667085")
AVATAR_GROUND = QColor("#e9eef7")
"""Behind a face, or the initials when there is no picture."""
