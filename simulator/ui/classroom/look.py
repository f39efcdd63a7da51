"""The classroom look: a high-contrast dark theme, and the one scale factor that sizes everything.

Both classroom windows are laid out for a reference screen (1920x1080 for the projector, 1366x768 for the
laptop) and scaled as a whole: the factor is the window's size over the reference size, so text takes the same
share of the wall whether the projector runs at 1024x768 or 1920x1080. The factor is applied once, at the root
of each window, as one generated style sheet (fonts, paddings, radii) plus the layouts' margins and spacings
(`ScaledLayouts`); no widget carries a style sheet of its own.

Light text on a near-black ground: projected in a lit room, black becomes dark grey, but white text on it
keeps a contrast well above WCAG's 7:1. Colour always goes with words, numbers or arrows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLayout

from ..kit.palette import PROJECTOR

# The reference sizes the two windows are designed at.
AUDIENCE_REFERENCE = QSize(1920, 1080)
PRESENTER_REFERENCE = QSize(1366, 768)
NARROWEST_WIDTH = 1700
"""The audience view fits a screen 1700 reference pixels wide before the text has to shrink."""
ZOOM_STEPS = (0.8, 0.9, 1.0, 1.1, 1.2)

# The colours come from the kit's palette (its projector scheme), where every painted colour is kept.
BACKGROUND = PROJECTOR.ground
SURFACE = PROJECTOR.surface
RAISED = PROJECTOR.raised
LINE = PROJECTOR.line
TEXT = PROJECTOR.text
SOFT = PROJECTOR.muted
ACCENT = PROJECTOR.accent
GOOD = PROJECTOR.good
FAIR = PROJECTOR.fair
BAD = PROJECTOR.bad
TRACK = PROJECTOR.track

# Type sizes in pixels at scale 1 (the projector at 1920x1080).
AUDIENCE_SIZES = {
    "body": 29,
    "small": 24,
    "quote": 33,
    "title": 29,
    "heading": 44,
    "huge": 84,
    "overlay": 120,
}
PRESENTER_SIZES = {"body": 17, "small": 15, "quote": 19, "title": 22, "heading": 19, "huge": 30, "overlay": 30}


def hex_of(colour: QColor) -> str:
    """`#rrggbb` of a colour."""
    return colour.name()


def audience_scale(size: QSize, zoom: float = 1.0) -> float:
    """The projector view's scale factor for a window of `size`, times the trainer's zoom.

    The height sets the scale on wide screens; a 4:3 projector (1024x768) has height to spare, so there the
    width only limits it at 1700 reference pixels, and the text comes out an eighth larger than a strict fit.
    """
    return _scale(size, QSize(NARROWEST_WIDTH, AUDIENCE_REFERENCE.height()), zoom, 0.3)


def presenter_scale(size: QSize) -> float:
    """The presenter view's scale factor; never below 0.8 so the trainer's notes stay legible."""
    return _scale(size, PRESENTER_REFERENCE, 1.0, 0.8, 1.6)


def _scale(size: QSize, reference: QSize, zoom: float, lowest: float, highest: float = 4.0) -> float:
    if size.width() <= 0 or size.height() <= 0:
        return 1.0
    factor = min(size.width() / reference.width(), size.height() / reference.height())
    return max(lowest, min(highest, factor)) * zoom


def px(value: float, scale: float) -> int:
    """A reference length in pixels at `scale` (never below 1)."""
    return max(1, round(value * scale))


def style_sheet(scale: float, sizes: dict[str, int], root: str) -> str:
    """The style sheet of one classroom window (`root` is its object name) at `scale`."""

    def s(value: float) -> int:
        return px(value, scale)

    font = {name: s(size) for name, size in sizes.items()}
    bg, surface, raised, line = hex_of(BACKGROUND), hex_of(SURFACE), hex_of(RAISED), hex_of(LINE)
    text, soft, accent = hex_of(TEXT), hex_of(SOFT), hex_of(ACCENT)
    good, fair, bad = hex_of(GOOD), hex_of(FAIR), hex_of(BAD)
    return f"""
QWidget#{root} {{ background: {bg}; }}
QWidget {{ color: {text}; font-size: {font["body"]}px; }}
QLabel {{ background: transparent; }}
QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; border: none; }}
QLabel#crTitle {{ font-size: {font["title"]}px; font-weight: 700; }}
QLabel#crMeta, QLabel#crSoft, QLabel#crRole {{ color: {soft}; font-size: {font["small"]}px; }}
QLabel#crHint {{ color: {soft}; font-size: {font["small"]}px; }}
QLabel#crName {{ font-size: {font["title"]}px; font-weight: 700; }}
QLabel#crHeading {{ font-size: {font["heading"]}px; font-weight: 700; }}
QLabel#crKicker {{ color: {soft}; font-size: {font["small"]}px; font-weight: 700; }}
QLabel#crQuote {{ font-size: {font["quote"]}px; }}
QLabel#crQuote[context="true"] {{ color: {soft}; font-size: {font["body"]}px; }}
QLabel#crPrompt {{ color: {accent}; font-size: {font["quote"]}px; font-weight: 700; }}
QLabel#crBody {{ font-size: {font["body"]}px; }}
QLabel#crStrong {{ font-size: {font["body"]}px; font-weight: 700; }}
QLabel#crAccent {{ color: {accent}; font-size: {font["body"]}px; font-weight: 700; }}
QLabel#crOutcome {{ font-size: {font["huge"]}px; font-weight: 800; }}
QLabel#crOutcome[tone="good"] {{ color: {good}; }}
QLabel#crOutcome[tone="fair"] {{ color: {fair}; }}
QLabel#crOutcome[tone="bad"] {{ color: {bad}; }}
QLabel#crNumber {{
    background: {accent}; color: {bg}; font-weight: 800; border-radius: {s(10)}px;
    font-size: {font["body"]}px; padding: {s(2)}px {s(8)}px;
}}
QLabel#crNumber[muted="true"] {{ background: {raised}; color: {soft}; }}
QLabel#crChip {{
    background: {raised}; color: {text}; border: {s(2)}px solid {line}; border-radius: {s(12)}px;
    padding: {s(4)}px {s(14)}px; font-size: {font["small"]}px; font-weight: 700;
}}
QLabel#crChip[tone="good"] {{ border-color: {good}; color: {good}; }}
QLabel#crChip[tone="fair"] {{ border-color: {fair}; color: {fair}; }}
QLabel#crChip[tone="bad"] {{ border-color: {bad}; color: {bad}; }}
QLabel#crChip[tone="accent"] {{ border-color: {accent}; color: {accent}; }}
QLabel#crNeed {{ color: {good}; font-size: {font["small"]}px; font-weight: 700; }}
QLabel#crNeed[hidden_need="true"] {{ color: {soft}; font-weight: 400; }}
QLabel#crKey {{
    background: {raised}; border: {s(2)}px solid {line}; border-radius: {s(8)}px;
    padding: {s(2)}px {s(10)}px; font-weight: 800;
}}
QLabel#crOverlayTitle {{ font-size: {font["overlay"]}px; font-weight: 800; color: {accent}; }}
QFrame#crPanel {{ background: {surface}; border: {s(2)}px solid {line}; border-radius: {s(16)}px; }}
QFrame#crOption {{ background: {surface}; border: {s(3)}px solid {line}; border-radius: {s(14)}px; }}
QFrame#crOption[chosen="true"] {{ border-color: {accent}; background: {raised}; }}
QFrame#crPromptPanel {{ background: {surface}; border: {s(3)}px dashed {accent}; border-radius: {s(16)}px; }}
QFrame#crRow {{ border-bottom: {s(1)}px solid {line}; }}
QFrame#crRow[selected="true"] {{ background: {raised}; border: {s(3)}px solid {accent}; border-radius: {s(12)}px; }}
QWidget#crOverlay {{ background: rgba(0, 0, 0, 205); }}
QFrame#crOverlayPanel {{ background: {surface}; border: {s(3)}px solid {accent}; border-radius: {s(20)}px; }}
QLabel#crWarning {{ color: {bad}; font-weight: 700; }}
QScrollBar:vertical {{ background: {surface}; width: {s(12)}px; margin: 0px; border-radius: {s(6)}px; }}
QScrollBar::handle:vertical {{ background: {line}; border-radius: {s(6)}px; min-height: {s(40)}px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0px; height: 0px; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}
"""


@dataclass
class ScaledLayouts:
    """The layouts of one window with their margins and spacing at scale 1, re-applied at each new scale."""

    entries: list[tuple[QLayout, tuple[int, int, int, int], int]] = field(default_factory=list)

    def add(self, layout: QLayout, margins: int | tuple[int, int, int, int] = 0, spacing: int = 0) -> QLayout:
        """Remember `layout`'s reference margins and spacing; returns the layout."""
        box = (margins, margins, margins, margins) if isinstance(margins, int) else margins
        self.entries.append((layout, box, spacing))
        return layout

    def apply(self, scale: float) -> None:
        """Set every layout's margins and spacing for `scale`."""
        for layout, (left, top, right, bottom), spacing in self.entries:
            layout.setContentsMargins(
                round(left * scale), round(top * scale), round(right * scale), round(bottom * scale)
            )
            layout.setSpacing(round(spacing * scale))
