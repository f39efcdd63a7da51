"""The labelled utterances the classifier learns from and is measured on (a development aid, not the runtime path).

`corpus/<lang>.tsv` is the training corpus; `corpus/heldout_<lang>.tsv` is typed as trainees type and is never
trained on. Lines are `move<TAB>text`; lines starting with `#` are comments. The bundled scenarios' option texts,
each labelled with its move kind, are training material too.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..scenario import Move, bundled_scenario_paths, load_scenario

CORPUS_DIR = Path(__file__).with_name("corpus")

Example = tuple[str, Move]


class CorpusError(ValueError):
    """A corpus line that is not `move<TAB>text`; the message names the file and line."""


def read_tsv(path: Path) -> list[Example]:
    """The examples in one corpus file."""
    examples: list[Example] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        move, tab, text = line.partition("\t")
        if not tab or not text.strip():
            raise CorpusError(f"{path}:{number}: expected 'move<TAB>text'")
        try:
            examples.append((text.strip(), Move(move.strip())))
        except ValueError:
            raise CorpusError(f"{path}:{number}: unknown move kind {move!r}") from None
    return examples


def corpus(language: str) -> list[Example]:
    """The written training corpus for `language`."""
    return read_tsv(CORPUS_DIR / f"{language}.tsv")


def held_out(language: str) -> list[Example]:
    """The held-out set for `language`: never used in training."""
    return read_tsv(CORPUS_DIR / f"heldout_{language}.tsv")


def scenario_options(language: str, paths: Iterable[Path] | None = None) -> list[Example]:
    """Every option text of the bundled scenarios (or of `paths`) in `language`, with its move kind."""
    examples: list[Example] = []
    for path in paths if paths is not None else bundled_scenario_paths():
        scenario = load_scenario(path)
        for beat in scenario.beats:
            examples.extend((option.text[language], option.move) for option in beat.options if language in option.text)
    return examples


def training_set(language: str) -> list[Example]:
    """What the shipped model is trained on: the corpus and the scenarios' option texts."""
    return corpus(language) + scenario_options(language)
