"""`classify`: a typed answer to a move kind with a confidence, or a clear "not understood"."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from ..scenario.vocabulary import LANGUAGES, Family, Move
from .features import BUT_WORDS, normalise
from .model import MoveModel, model_for

Ranking = tuple[tuple[Move, float], ...]

CONFIDENT = 0.4
"""At or above this probability the top move kind is played; below it the player is asked what they meant."""

MAX_INPUT_CHARS = 500
"""Longer than any one turn of a conversation: a paste, not an answer."""

MIN_KNOWN_SHARE = 0.5
"""At least this share of the words must be words the model knows, or the text is taken as another language."""

SUGGESTIONS = 3

MIN_BUT_CLAUSE = 3
"""The clause after a "but" must have at least this many words to outweigh the start ("yes, but no" does not)."""
BUT_WEIGHT = 0.7
"""How much the pushing clause after a "but" counts against the whole answer."""


@dataclass(frozen=True)
class Understanding:
    """What a typed answer was taken to be."""

    text: str
    language: str
    move: Move | None
    """The move kind understood; None when the text was not understood at all."""
    confidence: float
    """The probability of `move`, 0..1 (0 when not understood)."""
    ranked: tuple[tuple[Move, float], ...] = field(default=())
    """Every move kind with its score, best first (empty when not understood)."""
    problem: str | None = None
    """Why the text was not understood: empty, too_long, no_words or unknown_words."""

    @property
    def understood(self) -> bool:
        """True when a move kind was found (possibly with low confidence)."""
        return self.move is not None

    @property
    def family(self) -> Family | None:
        """The family of the move kind understood."""
        return self.move.family if self.move is not None else None

    @property
    def confident(self) -> bool:
        """True when the move kind may be played without asking."""
        return self.move is not None and self.confidence >= CONFIDENT

    @property
    def suggestions(self) -> tuple[Move, ...]:
        """The move kinds to offer in "did you mean ...?": the best three."""
        return tuple(move for move, _ in self.ranked[:SUGGESTIONS])

    def as_json(self) -> dict[str, object]:
        """The JSON form: text, move, family, confidence and ranked (best first)."""
        return {
            "text": self.text,
            "move": str(self.move) if self.move is not None else None,
            "family": str(self.family) if self.family is not None else None,
            "confidence": round(self.confidence, 4),
            "ranked": [{"move": str(move), "score": round(score, 4)} for move, score in self.ranked],
            **({"problem": self.problem} if self.problem else {}),
        }


def clean_text(text: str) -> str:
    """The text as a player means it: control characters dropped, runs of white space made one space."""
    kept = "".join(" " if unicodedata.category(ch).startswith("C") else ch for ch in str(text))
    return " ".join(kept.split())


def classify(text: str, language: str) -> Understanding:
    """Understand `text`, typed in `language` (nl or en). Never raises for any text."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; choose one of {', '.join(LANGUAGES)}")
    cleaned = clean_text(text)
    if not cleaned:
        return Understanding(cleaned, language, None, 0.0, problem="empty")
    if len(cleaned) > MAX_INPUT_CHARS:
        return Understanding(cleaned, language, None, 0.0, problem="too_long")
    model = model_for(language)
    scores = model.score(cleaned)
    if scores.words == 0:
        return Understanding(cleaned, language, None, 0.0, problem="no_words")
    if scores.known_words == 0 or scores.known_words < MIN_KNOWN_SHARE * scores.words:
        return Understanding(cleaned, language, None, 0.0, problem="unknown_words")
    ranked = _but_cancels(cleaned, scores.probabilities, model)
    move, confidence = ranked[0]
    return Understanding(cleaned, language, move, confidence, ranked)


def _but_cancels(text: str, ranked: Ranking, model: MoveModel) -> Ranking:
    """ "Yes, but ...": in Motivational Interviewing a *but* cancels what came before it. When the clause after the
    last "but" is pushing on its own, the whole answer is judged mostly by that clause, however warm its start."""
    words = text.split()
    cut = max((i for i, word in enumerate(words) if normalise(word).strip(",.;:!?") in BUT_WORDS and i > 0), default=-1)
    if cut < 0 or len(words) - cut - 1 < MIN_BUT_CLAUSE:
        return ranked
    tail = model.score(" ".join(words[cut + 1 :])).probabilities
    if tail[0][0].family is not Family.PUSHING or ranked[0][0].family is Family.PUSHING:
        return ranked
    whole = dict(ranked)
    blended = {move: BUT_WEIGHT * score + (1 - BUT_WEIGHT) * whole[move] for move, score in tail}
    return tuple(sorted(blended.items(), key=lambda pair: -pair[1]))


def warm_up(language: str) -> None:
    """Read the weights for `language` now (call it after the window shows, so the first answer is quick)."""
    model_for(language)
