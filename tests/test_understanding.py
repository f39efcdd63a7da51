"""The move classifier: held-out accuracy, "yes, but" is pushing, bad input is not understood, loading is lazy."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from simulator.scenario import Family, Move
from simulator.understanding import CONFIDENT, MAX_INPUT_CHARS, ModelError, classify
from simulator.understanding.labelled import corpus, held_out, training_set
from simulator.understanding.model import MoveModel

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_held_out_accuracy_meets_the_targets(language: str) -> None:
    """On utterances typed as trainees type and never trained on: family >= 85%, top-1 >= 65%, top-3 >= 85%."""
    examples = held_out(language)
    answers = [(classify(text, language), move) for text, move in examples]
    n = len(examples)
    assert sum(a.family is m.family for a, m in answers) / n >= 0.85
    assert sum(a.move is m for a, m in answers) / n >= 0.65
    assert sum(m in a.suggestions for a, m in answers) / n >= 0.85


@pytest.mark.parametrize("language", ["nl", "en"])
def test_held_out_set_is_never_trained_on(language: str) -> None:
    """No held-out utterance appears in the training material, even ignoring case and punctuation."""

    def key(text: str) -> str:
        return "".join(ch for ch in text.lower() if ch.isalnum())

    trained = {key(text) for text, _ in training_set(language)}
    assert not [text for text, _ in held_out(language) if key(text) in trained]


def test_corpus_has_forty_per_move_kind_and_ten_held_out() -> None:
    """Every move kind has at least 40 written examples and 10 held-out ones per language."""
    for language in ("nl", "en"):
        for move in Move:
            assert sum(m is move for _, m in corpus(language)) >= 40, (language, move)
            assert sum(m is move for _, m in held_out(language)) >= 10, (language, move)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Yes, I really do understand how you feel, but our platform is simply the safer choice.", "en"),
        ("That's a great point, thank you, but honestly the numbers say you should switch.", "en"),
        ("ja snap ik helemaal, maar ons pakket is gewoon beter voor jullie", "nl"),
        ("Wat fijn dat je dat zegt, maar uiteindelijk bespaar je er echt geld mee.", "nl"),
    ],
)
def test_yes_but_is_pushing_however_friendly_its_start(text: str, language: str) -> None:
    """A friendly opening followed by "but" and an argument is understood as pushing."""
    assert classify(text, language).family is Family.PUSHING


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "empty"),
        ("   \t  \n ", "empty"),
        ("x" * 10_000, "too_long"),
        ("word " * (MAX_INPUT_CHARS // 4), "too_long"),
        ("😀🙏🔥", "no_words"),
        ("\x00\x01\x02\x1f\x7f", "empty"),
        ("\x1b[2J\x1b[H", "unknown_words"),
        ("Je ne sais pas ce que vous voulez dire par là.", "unknown_words"),
        ("Das ist wirklich kein Problem für uns.", "unknown_words"),
        ("qwxz vbnmk ptrsl", "unknown_words"),
    ],
)
@pytest.mark.parametrize("language", ["nl", "en"])
def test_bad_input_is_not_understood_and_never_raises(text: str, problem: str, language: str) -> None:
    """Empty, huge, emoji-only, control characters and other languages give a clear not-understood result."""
    answer = classify(text, language)
    assert not answer.understood
    assert answer.problem == problem
    assert answer.move is None and answer.family is None and answer.confidence == 0.0 and not answer.confident
    assert answer.as_json()["move"] is None


def test_an_answer_ranks_every_move_kind_best_first_and_is_deterministic() -> None:
    """The ranking holds all fourteen kinds, best first; the confidence is the top score; repeats agree."""
    answer = classify("what would you need to feel comfortable with this?", "en")
    scores = [score for _, score in answer.ranked]
    assert {move for move, _ in answer.ranked} == set(Move)
    assert scores == sorted(scores, reverse=True)
    assert answer.move is Move.ASK_NEED and answer.confidence == scores[0] and 0 < answer.confidence <= 1
    assert abs(sum(scores) - 1) < 1e-6
    assert classify("what would you need to feel comfortable with this?", "en") == answer


def test_control_characters_inside_a_sentence_are_ignored() -> None:
    """A sentence with stray control characters is understood as the sentence without them."""
    plain = classify("shall we plan a pilot with your team?", "en")
    noisy = classify("shall we\x00 plan a\x07 pilot with your team?\x1f", "en")
    assert noisy.move is plain.move and noisy.confidence == pytest.approx(plain.confidence)


def test_a_vague_answer_is_below_the_threshold() -> None:
    """A bare "I see" is not sure enough to play: the caller must ask what was meant."""
    answer = classify("i see", "en")
    assert answer.understood and answer.confidence < CONFIDENT and len(answer.suggestions) == 3


def test_unknown_language_code_is_a_usage_error() -> None:
    """Asking for a language the program does not have raises a ValueError naming it."""
    with pytest.raises(ValueError, match="fr"):
        classify("bonjour", "fr")


def test_damaged_weights_raise_a_model_error(tmp_path: Path) -> None:
    """Weights of the wrong shape are refused with a message naming the file."""
    with pytest.raises(ModelError, match=r"weights\.json"):
        MoveModel(
            {
                "format": "move-classifier",
                "version": 1,
                "language": "en",
                "moves": ["listen"],
                "intercept": [0.0],
                "features": {"w:x": [1.0]},
            },
            "weights.json",
        )
    path = tmp_path / "en.json.gz"
    path.write_bytes(gzip.compress(json.dumps({"format": "other"}).encode()))
    with pytest.raises(ModelError):
        MoveModel(json.loads(gzip.decompress(path.read_bytes())), str(path))


def test_importing_the_package_does_not_read_the_weights() -> None:
    """Loading is lazy: importing the package (and the app) reads no weights until the first classification."""
    code = (
        "import simulator.app, simulator.understanding as u\n"
        "from simulator.understanding.model import _load\n"
        "assert _load.cache_info().currsize == 0\n"
        "u.classify('go on', 'en')\n"
        "assert _load.cache_info().currsize == 1\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=60)


def test_plain_python_scoring_matches_scikit_learn() -> None:
    """The shipped inference gives the probabilities scikit-learn gives for the same weights."""
    pytest.importorskip("sklearn")
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import train_classifier
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    vectoriser, classifier, _ = train_classifier.fit("en")
    document = train_classifier.weights_document("en")
    model = MoveModel(document, "in memory")
    texts = [text for text, _ in held_out("en")[:40]]
    expected = classifier.predict_proba(vectoriser.transform(texts))
    for text, row in zip(texts, expected, strict=True):
        ours = dict(model.score(text).probabilities)
        for name, probability in zip(classifier.classes_, row, strict=True):
            assert ours[Move(name)] == pytest.approx(probability, abs=2e-3)
