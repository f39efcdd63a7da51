"""Text to features: the one function that both training and the shipped classifier use, so they always agree.

A trainee types fast: no capitals, no apostrophes, a dropped letter, "ur" for "your". The text is normalised
(lower case, accents and apostrophes dropped, stage directions in `(...)` or `*...*` marked), then described by
word unigrams and bigrams (with a start marker, since "so ..." and "what ..." say a lot), character n-grams inside
words (they survive typos), and a few cue features: a question mark, a stage direction, and the words after a
"but" (in Motivational Interviewing a *but* cancels what came before it, so "yes, but ..." is judged by its end).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter

MAX_CHARS = 600
"""Only the first characters count: no seller says more in one turn, and it bounds the work on a pasted essay."""

CHAR_NGRAMS = (3, 4, 5)
BUT_WORDS = frozenset({"but", "maar", "alleen", "however", "echter"})

_APOSTROPHES = re.compile(r"['\u2018\u2019`´]")
_STAGE = re.compile(r"^\s*[(*\[].*[)*\]]\s*$", re.DOTALL)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def normalise(text: str) -> str:
    """Lower case, no accents, no apostrophes, one space between words."""
    text = unicodedata.normalize("NFKD", text[:MAX_CHARS])
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _APOSTROPHES.sub("", text.lower())
    return " ".join(text.split())


def words(text: str) -> list[str]:
    """The words of already normalised text."""
    return _WORD.findall(text)


def features(text: str) -> Counter[str]:
    """The feature counts of one utterance (raw text in, as typed)."""
    clean = normalise(text)
    tokens = words(clean)
    counts: Counter[str] = Counter()
    if _STAGE.match(clean):
        counts["#stage"] += 1
    if "?" in clean:
        counts["#question"] += 1
    if not tokens:
        return counts
    counts[f"^{tokens[0]}"] += 1
    counts.update(f"w:{token}" for token in tokens)
    counts.update(f"b:{a} {b}" for a, b in itertools.pairwise(tokens))
    for token in tokens:
        padded = f" {token} "
        for n in CHAR_NGRAMS:
            counts.update(f"c:{padded[i : i + n]}" for i in range(max(1, len(padded) - n + 1)))
    # The clause after the last "but": what the seller really says.
    cut = max((i for i, token in enumerate(tokens) if token in BUT_WORDS and i > 0), default=None)
    if cut is not None and cut < len(tokens) - 1:
        counts["#but"] += 1
        counts.update(f"a:{token}" for token in tokens[cut + 1 :])
    return counts


def feature_list(text: str) -> list[str]:
    """The features of one utterance, each repeated as often as it occurs (the form scikit-learn counts)."""
    return list(features(text).elements())
