"""The domain's fixed words as the user reads them: states, outcomes, moves, roots, meter levels, modes, and the
small number formats that go with them. The one table of these words for every screen and report.

The tables are keyed by the vocabulary's enums (`simulator.scenario.vocabulary`, which imports no pydantic); a
plain name finds the same entry, as the enums are strings. Every text goes through Qt's translation system
(context "Words"; the reports' phrases, context "Debrief"), so it follows the language switch; the tables are
built per call because a translator may be installed after this module is imported. The engine's names
(`guarded`, `ask_need`, ...) never reach the screen directly. A word inside a sentence or a list (the replay,
the reports) is the same word with a lower-case first letter (`move_label`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...scenario.vocabulary import CustomerState, Family, FeedbackMode, Move, Root
from .tones import Tone
from .tones import delta_tone as delta_tone  # the tone of a change, where the callers find the change's words

translate = QCoreApplication.translate


def localized(texts: Mapping[str, str], language: str) -> str:
    """A scenario text in `language`, or in the first language it has (scenarios may have only one)."""
    if language in texts:
        return texts[language]
    return next(iter(texts.values()), "")


# ---- the tables: source texts (translated when asked for, as a translator may be installed later) ----------
W = "Words"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark `source` for translation in `context` (the name is what lupdate looks for); returns the text as is."""
    return source


STATE_NAMES = {
    CustomerState.GUARDED: QT_TRANSLATE_NOOP("Words", "Guarded"),
    CustomerState.RESISTING: QT_TRANSLATE_NOOP("Words", "Resisting"),
    CustomerState.EXPLORING: QT_TRANSLATE_NOOP("Words", "Exploring"),
    CustomerState.OPEN: QT_TRANSLATE_NOOP("Words", "Open"),
    CustomerState.COMMITTED: QT_TRANSLATE_NOOP("Words", "Committed"),
    CustomerState.COMPLIED: QT_TRANSLATE_NOOP("Words", "Complied"),
    CustomerState.WITHDRAWN: QT_TRANSLATE_NOOP("Words", "Withdrawn"),
    CustomerState.STALLED: QT_TRANSLATE_NOOP("Words", "Stalled"),
}
STATE_CUES = {
    CustomerState.GUARDED: QT_TRANSLATE_NOOP("Words", "Cautious, waiting to see where this goes."),
    CustomerState.RESISTING: QT_TRANSLATE_NOOP("Words", "Pushing back: something chafes."),
    CustomerState.EXPLORING: QT_TRANSLATE_NOOP("Words", "Thinking along with you."),
    CustomerState.OPEN: QT_TRANSLATE_NOOP("Words", "Talking freely about what matters."),
    CustomerState.COMMITTED: QT_TRANSLATE_NOOP("Words", "Owns the next step."),
    CustomerState.COMPLIED: QT_TRANSLATE_NOOP("Words", "Said yes, but does not look convinced."),
    CustomerState.WITHDRAWN: QT_TRANSLATE_NOOP("Words", "Has ended the conversation."),
    CustomerState.STALLED: QT_TRANSLATE_NOOP("Words", "The conversation has run out."),
}
OUTCOME_NAMES = {
    state: STATE_NAMES[state]
    for state in (CustomerState.COMMITTED, CustomerState.COMPLIED, CustomerState.WITHDRAWN, CustomerState.STALLED)
}
OUTCOME_SUMMARIES = {
    CustomerState.COMMITTED: QT_TRANSLATE_NOOP("Words", "The customer chose a next step and owns it."),
    CustomerState.COMPLIED: QT_TRANSLATE_NOOP(
        "Words", "A hollow yes: the customer gave in under pressure, with little trust."
    ),
    CustomerState.WITHDRAWN: QT_TRANSLATE_NOOP("Words", "The customer had enough and ended the meeting."),
    CustomerState.STALLED: QT_TRANSLATE_NOOP(
        "Words", "The conversation ran out without the customer wanting anything."
    ),
}
MOVE_NAMES = {
    Move.LISTEN: QT_TRANSLATE_NOOP("Words", "Listen"),
    Move.REFLECT: QT_TRANSLATE_NOOP("Words", "Reflect"),
    Move.NAME_UNSPOKEN: QT_TRANSLATE_NOOP("Words", "Name the unspoken"),
    Move.ASK_NEED: QT_TRANSLATE_NOOP("Words", "Ask about needs"),
    Move.ACKNOWLEDGE: QT_TRANSLATE_NOOP("Words", "Acknowledge"),
    Move.GIVE_CONTROL: QT_TRANSLATE_NOOP("Words", "Give control"),
    Move.SUMMARIZE: QT_TRANSLATE_NOOP("Words", "Summarise"),
    Move.INFORM: QT_TRANSLATE_NOOP("Words", "Inform"),
    Move.PROPOSE: QT_TRANSLATE_NOOP("Words", "Propose"),
    Move.ARGUE: QT_TRANSLATE_NOOP("Words", "Argue"),
    Move.COUNTER: QT_TRANSLATE_NOOP("Words", "Counter"),
    Move.REASSURE: QT_TRANSLATE_NOOP("Words", "Reassure"),
    Move.PRESSURE: QT_TRANSLATE_NOOP("Words", "Pressure"),
    Move.DEFLECT: QT_TRANSLATE_NOOP("Words", "Deflect"),
}
FAMILY_NAMES = {
    Family.SLOWING: QT_TRANSLATE_NOOP("Words", "slowing down"),
    Family.ADVANCING: QT_TRANSLATE_NOOP("Words", "advancing"),
    Family.PUSHING: QT_TRANSLATE_NOOP("Words", "pushing"),
}
ROOT_EXPLANATIONS = {
    Root.INSECURITY: QT_TRANSLATE_NOOP(
        "Words", "Feeling unsafe. Acknowledgement, listening and naming the feeling help; reassurance does not."
    ),
    Root.UNCERTAINTY: QT_TRANSLATE_NOOP(
        "Words", "Not knowing what is coming. Questions about needs, summaries and timely information help."
    ),
    Root.LOSS_OF_CONTROL: QT_TRANSLATE_NOOP(
        "Words", "Feeling steered. Offering choice and reflecting help; pressure and rebuttals make it worse."
    ),
}
ROOT_NAMES = {
    Root.INSECURITY: QT_TRANSLATE_NOOP("Words", "Insecurity"),
    Root.UNCERTAINTY: QT_TRANSLATE_NOOP("Words", "Uncertainty"),
    Root.LOSS_OF_CONTROL: QT_TRANSLATE_NOOP("Words", "Loss of control"),
}
DIFFICULTY_NAMES = {
    "intro": QT_TRANSLATE_NOOP("Words", "Introduction"),
    "standard": QT_TRANSLATE_NOOP("Words", "Standard"),
    "hard": QT_TRANSLATE_NOOP("Words", "Hard"),
}
MODE_NAMES = {
    FeedbackMode.LIVE: QT_TRANSLATE_NOOP("Words", "Live feedback"),
    FeedbackMode.METER: QT_TRANSLATE_NOOP("Words", "Meters only"),
    FeedbackMode.HIDDEN: QT_TRANSLATE_NOOP("Words", "Hidden until the debrief"),
}
MODE_DESCRIPTIONS = {
    FeedbackMode.METER: QT_TRANSLATE_NOOP("Words", "The meters move, without explanations. Work out why yourself."),
    FeedbackMode.LIVE: QT_TRANSLATE_NOOP(
        "Words", "Meters, and after every turn why trust and tension moved. Best for practising."
    ),
    FeedbackMode.HIDDEN: QT_TRANSLATE_NOOP(
        "Words", "No meters while you play: everything is revealed in the debrief. For assessment."
    ),
}
OUTCOME_LABELS = {
    CustomerState.COMMITTED: QT_TRANSLATE_NOOP("Debrief", "committed: the customer owns a next step"),
    CustomerState.COMPLIED: QT_TRANSLATE_NOOP("Debrief", "complied: a hollow yes under pressure"),
    CustomerState.WITHDRAWN: QT_TRANSLATE_NOOP("Debrief", "withdrawn: the customer ended the meeting"),
    CustomerState.STALLED: QT_TRANSLATE_NOOP("Debrief", "stalled: the conversation ran out"),
}
RATING_LABELS = {
    "good": QT_TRANSLATE_NOOP("Debrief", "good"),
    "fair": QT_TRANSLATE_NOOP("Debrief", "fair"),
    "low": QT_TRANSLATE_NOOP("Debrief", "low"),
    "none": QT_TRANSLATE_NOOP("Debrief", "no reflections or questions"),
}


def word(table: Mapping[Any, str], key: object, default: str | None = None, *, context: str = W) -> str:
    """The entry for `key` in one of the tables above, translated; `default` (or the key itself) if it has none."""
    source = table.get(str(key))
    if source is None:
        return str(key) if default is None else default
    return translate(context, source)


def _reader(table: Mapping[Any, str], doc: str, *, default: str | None = None) -> Callable[[str], str]:
    """A function that looks its argument up in `table` (see `word`)."""

    def read(key: str) -> str:
        return word(table, key, default)

    read.__doc__ = doc
    return read


# The plain look-ups: the word for a key, or the key itself ("" where said) when the table has none.
state_name = _reader(STATE_NAMES, "The customer's state in one word.")
state_cue = _reader(STATE_CUES, "What the state looks like from across the table (the visible mood cue).", default="")
move_name = _reader(MOVE_NAMES, "A move kind as a trainer would name it.")
family_name = _reader(FAMILY_NAMES, "A move family: slowing down, advancing or pushing.")
root_name = _reader(ROOT_NAMES, "A root of resistance.")
root_explanation = _reader(ROOT_EXPLANATIONS, "What a root of resistance means and what meets it.", default="")
difficulty_name = _reader(DIFFICULTY_NAMES, "A scenario's difficulty.")
mode_name = _reader(MODE_NAMES, "A feedback mode.")
mode_description = _reader(MODE_DESCRIPTIONS, "What a feedback mode shows while playing.", default="")

EXPRESSIONS = {
    "guarded": "guarded",
    "resisting": "tense",
    "exploring": "open",
    "open": "open",
    "committed": "open",
    "complied": "tense",
    "withdrawn": "tense",
    "stalled": "guarded",
}


def expression_for(state: str) -> str:
    """Which of the persona's three faces (guarded, tense, open) fits the state."""
    return EXPRESSIONS.get(str(state), "guarded")


def outcome_name(outcome: str | None) -> str:
    """The ending reached, as a headline."""
    return word(OUTCOME_NAMES, outcome, translate("Words", "Not finished"))


def outcome_summary(outcome: str | None) -> str:
    """What the ending means, in one sentence."""
    return word(OUTCOME_SUMMARIES, outcome, translate("Words", "This conversation was left before its end."))


GOOD_TRUST = 65
"""Where 'good trust' starts: the customer's open state and the line at which a proposal can be owned (the rules'
`commit_trust`; a test keeps the two equal), so the meter never says 'good' while a proposal is still too early."""


def trust_words(value: int) -> str:
    """Trust in words, so that the meter's colour is never the only signal."""
    if value < 20:
        return translate("Words", "Very low trust")
    if value < 40:
        return translate("Words", "Low trust")
    if value < GOOD_TRUST:
        return translate("Words", "Some trust")
    if value < 80:
        return translate("Words", "Good trust")
    return translate("Words", "High trust")


def tension_words(value: int) -> str:
    """Tension in words."""
    if value < 20:
        return translate("Words", "Relaxed")
    if value < 40:
        return translate("Words", "Mild strain")
    if value < 55:
        return translate("Words", "Noticeable strain")
    if value < 75:
        return translate("Words", "High tension")
    return translate("Words", "Very high tension")


def level_tone(kind: str, value: float) -> Tone:
    """The tone of a meter at `value` (`kind` "trust": higher is better; "tension": lower is calmer), on the
    thresholds of the words above."""
    if kind == "trust":
        return Tone.BAD if value < 35 else Tone.FAIR if value < GOOD_TRUST else Tone.GOOD
    return Tone.BAD if value >= 55 else Tone.FAIR if value >= 35 else Tone.GOOD


def language_name(language: str) -> str:
    """A language in its own words (the same in every UI language, so a user can always find their own)."""
    return {"nl": "Nederlands", "en": "English"}.get(language, language)


# ---- the same words inside a sentence, and the reports' phrases ---------------------------------------------
def inline(word: str) -> str:
    """A word as it reads inside a sentence: its first letter in lower case."""
    return word[:1].lower() + word[1:]


def move_label(move: str) -> str:
    """A move kind inside a sentence or list ("ask about needs")."""
    return inline(move_name(move))


def family_label(family: str) -> str:
    """A move family inside a sentence or list."""
    return family_name(family)


def state_label(state: str) -> str:
    """The customer's state inside a sentence or list ("guarded")."""
    return inline(state_name(state))


def outcome_label(outcome: str | None) -> str:
    """How the conversation ended, in a few words (an unfinished session says so)."""
    if outcome is None:
        return translate("Debrief", "not finished")
    return word(OUTCOME_LABELS, outcome, context="Debrief")


def outcome_short(outcome: str | None) -> str:
    """The outcome in one word, for lists."""
    if outcome is None:
        return translate("Debrief", "not finished")
    return state_label(outcome)


def rating_label(rating: str) -> str:
    """The reflections-per-question rating (MITI analogue) in words."""
    return word(RATING_LABELS, rating, context="Debrief")


def percent(share: float | None) -> str:
    """A share as a whole percentage, or a dash when there is nothing to measure."""
    return "–" if share is None else f"{round(share * 100)}%"


def signed(value: int) -> str:
    """A meter change with its sign (+3, −2, 0)."""
    if value > 0:
        return f"+{value}"
    if value < 0:
        return f"−{-value}"
    return "0"


def local_time(iso: str) -> str:
    """An ISO timestamp from a session file as local date and time in the UI language's one format (the text
    itself if it is not one)."""
    from .numbers import date_time

    return date_time(iso)


HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "mevrouw", "meneer", "mevr", "dhr", "sir", "lady"})


def first_name(name: str) -> str:
    """The customer as a transcript names them: the first name, unless the name starts with a title (then the
    whole name)."""
    parts = name.split()
    if len(parts) > 1 and not parts[0].endswith(".") and parts[0].lower() not in HONORIFICS:
        return parts[0]
    return name


def delta_text(kind: str, delta: int) -> str:
    """`Trust +4` / `Tension −3`, with a real minus sign."""
    from PySide6.QtCore import QCoreApplication

    name = (
        QCoreApplication.translate("Feedback", "Trust")
        if kind == "trust"
        else QCoreApplication.translate("Feedback", "Tension")
    )
    sign = "+" if delta > 0 else "−"
    return f"{name} {sign}{abs(delta)}"
