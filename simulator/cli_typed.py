"""The terminal side of typed answers: `simulator classify`, and the typed turns of `simulator play --type`."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import TextIO

from .engine import Session, Turn
from .scenario import Move
from .understanding import Understanding, classify

MOVE_NAMES: dict[Move, tuple[str, str]] = {
    Move.LISTEN: ("Luisteren", "Listen"),
    Move.REFLECT: ("Spiegelen", "Reflect"),
    Move.NAME_UNSPOKEN: ("Het onuitgesprokene benoemen", "Name the unspoken"),
    Move.ASK_NEED: ("Naar behoeften vragen", "Ask about needs"),
    Move.ACKNOWLEDGE: ("Erkennen", "Acknowledge"),
    Move.GIVE_CONTROL: ("Regie teruggeven", "Give control"),
    Move.SUMMARIZE: ("Samenvatten", "Summarise"),
    Move.INFORM: ("Informeren", "Inform"),
    Move.PROPOSE: ("Voorstellen", "Propose"),
    Move.ARGUE: ("Argumenteren", "Argue"),
    Move.COUNTER: ("Weerleggen", "Counter"),
    Move.REASSURE: ("Geruststellen", "Reassure"),
    Move.PRESSURE: ("Druk zetten", "Pressure"),
    Move.DEFLECT: ("Afleiden", "Deflect"),
}

PROBLEMS: dict[str, tuple[str, str]] = {
    "empty": ("Er stond niets.", "There was nothing there."),
    "too_long": (
        "Dat is meer dan één beurt; zeg het in een paar zinnen.",
        "That is more than one turn; say it in a sentence or two.",
    ),
    "no_words": ("Daar staan geen woorden in.", "There are no words in that."),
    "unknown_words": ("Die woorden ken ik niet (een andere taal?).", "I don't know those words (another language?)."),
}


def move_label(move: Move, language: str) -> str:
    """A move kind as the terminal names it in `language`."""
    return MOVE_NAMES[move][0 if language == "nl" else 1]


def plain_answer(answer: Understanding) -> str:
    """One line for a person: the move kind, family and confidence, and the runners-up."""
    if not answer.understood:
        return f"not understood ({answer.problem})"
    runners = ", ".join(f"{move} {score:.2f}" for move, score in answer.ranked[:3])
    return f"{answer.move} ({answer.family}) {answer.confidence:.2f}  [{runners}]"


def cmd_classify(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Classify TEXT, or every line of standard input, into a move kind."""

    def show(text: str) -> None:
        answer = classify(text, args.lang)
        print(json.dumps(answer.as_json(), ensure_ascii=False) if args.json else plain_answer(answer), file=out)

    if args.text:
        show(" ".join(args.text))
        return 0
    for line in sys.stdin:
        show(line.rstrip("\n"))
        out.flush()
    return 0


def typed_turn(session: Session, read: Callable[[], str], out: TextIO) -> Turn | None:
    """Read one typed answer and play it; None when nothing was played (not caught, or input ended).

    Below the confidence threshold the player is asked which of the top interpretations they meant, by number;
    anything else goes back to typing, and nothing is recorded."""
    nl = session.language == "nl"
    print("Jouw antwoord:" if nl else "Your answer:", file=out)
    line = read()
    if not line:
        raise EOFError
    answer = classify(line, session.language)
    if not answer.understood:
        problem = PROBLEMS.get(str(answer.problem), ("", ""))[0 if nl else 1]
        print(f"{'Dat ving ik niet op.' if nl else 'I did not catch that.'} {problem}", file=out)
        return None
    move, confidence = answer.move, answer.confidence
    if not answer.confident:
        print("Bedoelde je…" if nl else "Did you mean…", file=out)
        for number, option in enumerate(answer.suggestions, start=1):
            print(f"  {number}. {move_label(option, session.language)}", file=out)
        print("  (of typ iets anders)" if nl else "  (or type something else)", file=out)
        choice = read()
        if not choice:
            raise EOFError
        choice = choice.strip()
        if not (choice.isdigit() and 1 <= int(choice) <= len(answer.suggestions)):
            print("Typ dan opnieuw." if nl else "Type it again, then.", file=out)
            return None
        move = answer.suggestions[int(choice) - 1]
        confidence = dict(answer.ranked)[move]
    assert move is not None
    turn = session.say(answer.text, move, confidence)
    understood = "begrepen als" if nl else "understood as"
    generic = (
        (" — geen optie van deze soort hier" if nl else " — no option of this kind here")
        if turn.typed and turn.typed.generic
        else ""
    )
    print(f"> {answer.text}   ({understood}: {move_label(move, session.language)}{generic})", file=out)
    return turn
