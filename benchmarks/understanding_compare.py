"""Benchmark: the candidate classifiers compared before choosing one (needs the `train` extra: scikit-learn).

Run: .venv/bin/pip install -e '.[train]' && .venv/bin/python benchmarks/understanding_compare.py
For each candidate and language: accuracy on the held-out set (family, top-1, top-3), a cross-check that trains on
the written corpus alone and tests on the bundled scenarios' option texts (a different author and style), the
time to classify one utterance through scikit-learn, and the size of the fitted model. The figures in
docs/understanding.md come from this script.
"""

from __future__ import annotations

import pickle
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.naive_bayes import ComplementNB
from sklearn.pipeline import make_pipeline
from sklearn.svm import LinearSVC

from simulator.scenario import Move
from simulator.understanding.features import feature_list
from simulator.understanding.labelled import Example, corpus, held_out, scenario_options, training_set

CANDIDATES: dict[str, Callable[[], Any]] = {
    "cues+words+chars, logistic regression (shipped)": lambda: make_pipeline(
        TfidfVectorizer(analyzer=feature_list, sublinear_tf=True, min_df=2), LogisticRegression(C=10, max_iter=5000)
    ),
    "word 1-2-grams, logistic regression": lambda: make_pipeline(
        TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True), LogisticRegression(C=10, max_iter=5000)
    ),
    "char 2-5-grams in words, logistic regression": lambda: make_pipeline(
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True),
        LogisticRegression(C=10, max_iter=5000),
    ),
    "cues+words+chars, linear SVM": lambda: make_pipeline(
        TfidfVectorizer(analyzer=feature_list, sublinear_tf=True, min_df=2), LinearSVC(C=0.5)
    ),
    "cues+words+chars, complement naive Bayes": lambda: make_pipeline(
        TfidfVectorizer(analyzer=feature_list, sublinear_tf=True, min_df=2), ComplementNB(alpha=0.3)
    ),
}


def _scores(model: Any, texts: list[str]) -> Any:
    return model.predict_proba(texts) if hasattr(model, "predict_proba") else model.decision_function(texts)


def measure(model: Any, tests: list[Example]) -> tuple[float, float, float]:
    """Family, top-1 and top-3 accuracy on `tests`."""
    classes = [Move(name) for name in model.classes_]
    scores = _scores(model, [text for text, _ in tests])
    family = top1 = top3 = 0
    for row, (_, move) in zip(scores, tests, strict=True):
        ranked = [classes[i] for i in sorted(range(len(classes)), key=lambda i: -row[i])]
        family += ranked[0].family is move.family
        top1 += ranked[0] is move
        top3 += move in ranked[:3]
    n = len(tests)
    return family / n, top1 / n, top3 / n


def fitted(factory: Callable[[], Any], examples: list[Example]) -> Any:
    model = factory()
    model.fit([text for text, _ in examples], [str(move) for _, move in examples])
    return model


def main() -> None:
    print("candidate | lang | held-out family / top-1 / top-3 | corpus-only -> scenario texts top-1 | ms | size")
    for name, factory in CANDIDATES.items():
        for language in ("nl", "en"):
            model = fitted(factory, training_set(language))
            family, top1, top3 = measure(model, held_out(language))
            cross = measure(fitted(factory, corpus(language)), scenario_options(language))[1]
            tests = [text for text, _ in held_out(language)]
            timings = []
            for text in tests:
                started = time.perf_counter()
                _scores(model, [text])
                timings.append((time.perf_counter() - started) * 1000)
            size = len(pickle.dumps(model)) / 1024
            print(
                f"{name} | {language} | {family:.1%} / {top1:.1%} / {top3:.1%} | {cross:.1%} | "
                f"{statistics.median(timings):.2f} | {size:.0f} KiB"
            )


if __name__ == "__main__":
    main()
