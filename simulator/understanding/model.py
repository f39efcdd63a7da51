"""The shipped move classifier: learned weights read from package data, scored in plain Python.

Training (scikit-learn, a development step: `scripts/train_classifier.py`) fits a TF-IDF representation of
`features.features` and a multinomial logistic regression per language, and writes what inference needs to a
gzipped JSON file: per feature its inverse document frequency and one weight per move kind, plus an intercept per
move kind. Scoring here repeats exactly what scikit-learn does at prediction time (sublinear term frequency times
idf, L2-normalised, a dot product, softmax), so the installed program needs neither scikit-learn nor numpy.
"""

from __future__ import annotations

import gzip
import json
import math
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ..scenario.vocabulary import Move
from .features import features

WEIGHTS_DIR = Path(__file__).with_name("weights")
WEIGHTS_FORMAT = "move-classifier"
WEIGHTS_VERSION = 1


class ModelError(Exception):
    """The weights file is missing or damaged (an installation problem, not the user's input)."""


@dataclass(frozen=True)
class Scores:
    """What the model says about one utterance."""

    probabilities: tuple[tuple[Move, float], ...]
    """Every move kind with its probability, best first (ties in the fixed move order)."""
    known_words: int
    """How many of the utterance's words the model saw in training."""
    words: int
    """How many words the utterance has."""


class MoveModel:
    """One language's weights, ready to score."""

    def __init__(self, document: dict[str, Any], source: str) -> None:
        try:
            if document.get("format") != WEIGHTS_FORMAT or document.get("version") != WEIGHTS_VERSION:
                raise ValueError("not a move-classifier weights file of this version")
            self.language: str = document["language"]
            self.moves: tuple[Move, ...] = tuple(Move(name) for name in document["moves"])
            self.intercept: tuple[float, ...] = tuple(float(x) for x in document["intercept"])
            table: dict[str, list[float]] = document["features"]
            width = len(self.moves) + 1
            if len(self.intercept) != len(self.moves) or any(len(row) != width for row in table.values()):
                raise ValueError("rows of the wrong length")
        except (KeyError, TypeError, ValueError) as error:
            raise ModelError(f"{source}: the classifier weights are damaged ({error})") from None
        self.table = table

    def score(self, text: str) -> Scores:
        """Score `text`: the probability of every move kind, best first."""
        counts = features(text)
        weighted: list[tuple[float, list[float]]] = []
        words = known = 0
        for name, count in counts.items():
            row = self.table.get(name)
            if name.startswith("w:"):
                words += count
                known += count if row is not None or self._looks_known(name[2:]) else 0
            if row is not None:
                weighted.append(((1.0 + math.log(count)) * row[0], row))
        norm = math.sqrt(sum(value * value for value, _ in weighted)) or 1.0
        logits = list(self.intercept)
        for value, row in weighted:
            share = value / norm
            for k in range(len(logits)):
                logits[k] += share * row[k + 1]
        top = max(logits)
        exps = [math.exp(logit - top) for logit in logits]
        total = sum(exps)
        ranked = sorted(zip(self.moves, (e / total for e in exps), strict=True), key=lambda pair: -pair[1])
        return Scores(tuple(ranked), known, words)

    def _looks_known(self, word: str) -> bool:
        padded = f" {word} "
        pieces = [padded[i : i + 4] for i in range(len(padded) - 3)]
        if len(word) < 4 or not pieces:
            return False
        return sum(f"c:{piece}" in self.table for piece in pieces) >= KNOWN_SHARE * len(pieces)


KNOWN_SHARE = 0.6
"""A word the model never saw still counts as known when this share of its 4-letter pieces is known (typos,
inflections: "waits" for "wait")."""


def weights_path(language: str) -> Path:
    """Where the weights for `language` are shipped."""
    return WEIGHTS_DIR / f"{language}.json.gz"


_lock = threading.Lock()


@cache
def _load(language: str) -> MoveModel:
    path = weights_path(language)
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            document = json.load(handle)
    except FileNotFoundError:
        raise ModelError(f"{path}: no classifier weights for language {language!r}") from None
    except (OSError, EOFError, ValueError) as error:
        raise ModelError(f"{path}: the classifier weights cannot be read ({error})") from None
    if not isinstance(document, dict):
        raise ModelError(f"{path}: the classifier weights are damaged")
    return MoveModel(document, str(path))


def model_for(language: str) -> MoveModel:
    """The model for `language`, read on first use (a background warm-up and the first typed answer may race)."""
    with _lock:
        return _load(language)
