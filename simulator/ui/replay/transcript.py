"""The conversation so far as generated HTML for a read-only text view; every text it embeds is escaped.

Used by the replay (the transcript up to the turn shown, that turn highlighted) and by the live try-out panel.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from ...engine import Turn
from ..kit import palette
from ..kit.typed_words import said
from ..kit.words import move_label

CUSTOMER_COLOUR = palette.REPLAY_CUSTOMER.name()
PLAYER_COLOUR = palette.REPLAY_PLAYER.name()
CURRENT_BACKGROUND = palette.CURRENT_ROW.name()
ASIDE_COLOUR = palette.ASIDE.name()


@dataclass(frozen=True)
class Line:
    """One line of the transcript."""

    speaker: str
    text: str
    colour: str
    current: bool = False
    aside: str = ""


def turn_lines(
    turns: Sequence[Turn],
    text: Callable[[Mapping[str, str]], str],
    customer: str,
    player: str,
    *,
    current: int | None = None,
) -> list[Line]:
    """The lines of `turns`: the customer's line, the player's answer (with its move kind) and the reply."""
    lines: list[Line] = []
    for turn in turns:
        here = turn.index == current
        lines.append(Line(customer, text(turn.customer_line), CUSTOMER_COLOUR, here))
        lines.append(Line(player, said(turn, "", text), PLAYER_COLOUR, here, move_label(turn.move)))
        lines.append(Line(customer, text(turn.reply), CUSTOMER_COLOUR, here))
    return lines


def line_html(line: Line) -> str:
    """One line as an HTML paragraph, its texts escaped."""
    background = f" background-color:{CURRENT_BACKGROUND};" if line.current else ""
    aside = f' <span style="color:{ASIDE_COLOUR};">[{html.escape(line.aside)}]</span>' if line.aside else ""
    return (
        f'<p style="margin: 0 0 6px 0;{background}">'
        f'<b style="color:{line.colour};">{html.escape(line.speaker)}:</b>{aside} {html.escape(line.text)}</p>'
    )


def turn_fragments(
    turns: Sequence[Turn], text: Callable[[Mapping[str, str]], str], customer: str, player: str
) -> list[tuple[str, str]]:
    """Each turn's HTML, plain and highlighted, so that stepping through a long session only joins strings."""
    fragments = []
    for turn in turns:
        plain = turn_lines([turn], text, customer, player)
        marked = [replace(line, current=True) for line in plain]
        fragments.append(("".join(map(line_html, plain)), "".join(map(line_html, marked))))
    return fragments


def wrap_transcript(body: str, *, closing: str = "", empty: str = "") -> str:
    """The page around the lines' HTML; `closing` is a final line in italics (such as how it ended)."""
    parts = ['<html><body style="line-height: 130%;">']
    if not body and empty:
        parts.append(f'<p style="color:{ASIDE_COLOUR};">{html.escape(empty)}</p>')
    parts.append(body)
    if closing:
        parts.append(f'<p style="margin-top: 10px;"><i>{html.escape(closing)}</i></p>')
    parts.append("</body></html>")
    return "".join(parts)


def transcript_html(lines: Sequence[Line], *, closing: str = "", empty: str = "") -> str:
    """The lines as an HTML page."""
    return wrap_transcript("".join(map(line_html, lines)), closing=closing, empty=empty)
