"""Typed answers as turns: which authored option a typed sentence becomes, or the generic reply when there is none.

The caller has already decided the move kind (the classifier lives in `simulator.understanding`, outside the
engine). Here: among the beat's options of that kind, the one whose text is closest to what was typed is played, so
the customer's reply fits; when the beat has no option of that kind, a generic option is made up for the turn: the
typed words, the move kind's ordinary effect, a generic reply for the customer's state (the scenario's own
`generic_replies`, else those in `rules.yaml`) and the conversation stays at the same beat.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from ..scenario import Move
from ..scenario.model import Beat, Option, Scenario
from ..scenario.vocabulary import LANGUAGES
from .rules import Rules, default_rules

GENERIC_PREFIX = "generic:"
"""Option ids of generic turns. Scenario ids cannot contain ':', so they never clash with an authored option."""

MAX_TYPED_CHARS = 2000


@dataclass(frozen=True)
class TypedAnswer:
    """What the player typed for a turn and how it was understood (the move kind is the turn's move)."""

    text: str
    confidence: float
    generic: bool = False


def generic_id(move: Move) -> str:
    """The option id of a generic turn of kind `move`."""
    return f"{GENERIC_PREFIX}{move}"


def is_generic(option_id: str) -> bool:
    """True for the id of a generic turn."""
    return option_id.startswith(GENERIC_PREFIX)


def _grams(text: str) -> Counter[str]:
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    words = re.findall(r"[^\W_]+", text)
    grams: Counter[str] = Counter(f"w:{word}" for word in words)
    for word in words:
        padded = f" {word} "
        grams.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return grams


def closeness(a: str, b: str) -> float:
    """How alike two sentences are, 0..1: cosine of their words and letter triples."""
    ga, gb = _grams(a), _grams(b)
    dot = sum(count * gb[gram] for gram, count in ga.items())
    norm = math.sqrt(sum(v * v for v in ga.values())) * math.sqrt(sum(v * v for v in gb.values()))
    return dot / norm if norm else 0.0


def closest_option(beat: Beat, move: Move, text: str, language: str) -> Option | None:
    """The beat's option of kind `move` whose text is closest to `text` (the first written, on a tie)."""
    candidates = [option for option in beat.options if option.move is move]
    if not candidates:
        return None
    return max(candidates, key=lambda option: closeness(text, option.text.get(language, "")))


def generic_option(scenario: Scenario, beat: Beat, move: Move, text: str, rules: Rules) -> Option:
    """The made-up option a generic turn plays: the typed words, the move's usual effect, a generic reply."""
    replies = scenario.generic_replies.get(move) or rules.generic_replies.get(move)
    if replies is None:  # rules of an older version: the current rules' generic replies
        replies = default_rules().generic_replies[move]
    words = {language: text for language in LANGUAGES}
    # Built without validation: the id deliberately falls outside the scenario id pattern.
    return Option.model_construct(
        id=generic_id(move),
        move=move,
        verdict="mixed",
        text=words,
        effect=None,
        uncovers=None,
        addresses=(),
        withheld=None,
        reply=replies,
        coach=rules.text(f"move.{move}"),
        next={"default": beat.id},
    )


def clean_typed(text: str) -> str:
    """The typed words as stored: control characters dropped, white space collapsed, bounded."""
    kept = "".join(" " if unicodedata.category(ch).startswith("C") else ch for ch in str(text))
    return " ".join(kept.split())[:MAX_TYPED_CHARS]
