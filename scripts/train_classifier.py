"""Rebuild the move classifier's weights from the corpus and the bundled scenarios (a development step).

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python scripts/train_classifier.py            # writes simulator/understanding/weights/{nl,en}.json.gz

It fits, per language, a TF-IDF representation of `simulator.understanding.features.features` (sublinear term
frequency, L2 norm) and a multinomial logistic regression, then writes only what plain-Python inference needs. The
held-out sets are never read here. Training is deterministic (the solver has no randomness), so the same corpus
gives the same file.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from simulator.scenario import Move
from simulator.understanding.features import feature_list
from simulator.understanding.labelled import training_set
from simulator.understanding.model import WEIGHTS_DIR, WEIGHTS_FORMAT, WEIGHTS_VERSION

REGULARISATION = 10.0  # logistic regression C, chosen on the comparison in docs/understanding.md
MIN_DF = 2
DECIMALS = 4


def fit(language: str) -> tuple[TfidfVectorizer, LogisticRegression, int]:
    """The fitted vectoriser and classifier for `language`, and the number of training examples."""
    examples = training_set(language)
    texts = [text for text, _ in examples]
    labels = [str(move) for _, move in examples]
    vectoriser = TfidfVectorizer(analyzer=feature_list, sublinear_tf=True, min_df=MIN_DF)
    matrix = vectoriser.fit_transform(texts)
    classifier = LogisticRegression(C=REGULARISATION, max_iter=5000)
    classifier.fit(matrix, labels)
    return vectoriser, classifier, len(examples)


def weights_document(language: str) -> dict[str, object]:
    """The weights file's content for `language`."""
    vectoriser, classifier, count = fit(language)
    moves = [str(move) for move in classifier.classes_]
    if sorted(moves) != sorted(str(move) for move in Move):
        raise SystemExit(f"{language}: the training set does not cover every move kind")
    coef = classifier.coef_
    table = {}
    for name, column in vectoriser.vocabulary_.items():
        row = [round(float(vectoriser.idf_[column]), DECIMALS)]
        row.extend(round(float(coef[k, column]), DECIMALS) for k in range(len(moves)))
        table[name] = row
    return {
        "format": WEIGHTS_FORMAT,
        "version": WEIGHTS_VERSION,
        "language": language,
        "trained_on": count,
        "regularisation": REGULARISATION,
        "moves": moves,
        "intercept": [round(float(x), DECIMALS) for x in classifier.intercept_],
        "features": dict(sorted(table.items())),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=WEIGHTS_DIR, help="folder for the weights files")
    parser.add_argument("--lang", choices=("nl", "en"), action="append", help="only this language (repeatable)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for language in args.lang or ["nl", "en"]:
        document = weights_document(language)
        path = args.out / f"{language}.json.gz"
        payload = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        # mtime=0: the same weights give the same bytes, so a rebuild without changes shows no difference.
        with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as handle:
            handle.write(payload)
        print(
            f"{path}: {document['trained_on']} examples, {len(document['features'])} features, "  # type: ignore[arg-type]
            f"{path.stat().st_size // 1024} KiB"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
