"""Understanding a typed answer: which of the fourteen move kinds a seller's sentence is, on this machine.

`classify(text, language)` returns an `Understanding`: the move kind, its family, a confidence 0..1 and every
move kind ranked. Below `CONFIDENT` the caller asks "did you mean ...?" instead of guessing; input that is not a
seller's sentence (empty, too long, no words, words the model has never seen) comes back not understood, with the
reason. No Qt; the weights are read on first use, never at start-up.
"""

from .classify import CONFIDENT, MAX_INPUT_CHARS, Understanding, classify, warm_up
from .model import ModelError

__all__ = ["CONFIDENT", "MAX_INPUT_CHARS", "ModelError", "Understanding", "classify", "warm_up"]
