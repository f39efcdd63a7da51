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

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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
N = QT_TRANSLATE_NOOP

STATE_NAMES = {
    CustomerState.GUARDED: N(W, "Guarded"),
    CustomerState.RESISTING: N(W, "Resisting"),
    CustomerState.EXPLORING: N(W, "Exploring"),
    CustomerState.OPEN: N(W, "Open"),
    CustomerState.COMMITTED: N(W, "Committed"),
    CustomerState.COMPLIED: N(W, "Complied"),
    CustomerState.WITHDRAWN: N(W, "Withdrawn"),
    CustomerState.STALLED: N(W, "Stalled"),
}
STATE_CUES = {
    CustomerState.GUARDED: N(W, "Cautious, waiting to see where this goes."),
    CustomerState.RESISTING: N(W, "Pushing back: something chafes."),
    CustomerState.EXPLORING: N(W, "Thinking along with you."),
    CustomerState.OPEN: N(W, "Talking freely about what matters."),
    CustomerState.COMMITTED: N(W, "Owns the next step."),
    CustomerState.COMPLIED: N(W, "Said yes, but does not look convinced."),
    CustomerState.WITHDRAWN: N(W, "Has ended the conversation."),
    CustomerState.STALLED: N(W, "The conversation has run out."),
}
OUTCOME_NAMES = {
    state: STATE_NAMES[state]
    for state in (CustomerState.COMMITTED, CustomerState.COMPLIED, CustomerState.WITHDRAWN, CustomerState.STALLED)
}
OUTCOME_SUMMARIES = {
    CustomerState.COMMITTED: N(W, "The customer chose a next step and owns it."),
    CustomerState.COMPLIED: N(W, "A hollow yes: the customer gave in under pressure, with little trust."),
    CustomerState.WITHDRAWN: N(W, "The customer had enough and ended the meeting."),
    CustomerState.STALLED: N(W, "The conversation ran out without the customer wanting anything."),
}
MOVE_NAMES = {
    Move.LISTEN: N(W, "Listen"),
    Move.REFLECT: N(W, "Reflect"),
    Move.NAME_UNSPOKEN: N(W, "Name the unspoken"),
    Move.ASK_NEED: N(W, "Ask about needs"),
    Move.ACKNOWLEDGE: N(W, "Acknowledge"),
    Move.GIVE_CONTROL: N(W, "Give control"),
    Move.SUMMARIZE: N(W, "Summarise"),
    Move.INFORM: N(W, "Inform"),
    Move.PROPOSE: N(W, "Propose"),
    Move.ARGUE: N(W, "Argue"),
    Move.COUNTER: N(W, "Counter"),
    Move.REASSURE: N(W, "Reassure"),
    Move.PRESSURE: N(W, "Pressure"),
    Move.DEFLECT: N(W, "Deflect"),
}
FAMILY_NAMES = {
    Family.SLOWING: N(W, "slowing down"),
    Family.ADVANCING: N(W, "advancing"),
    Family.PUSHING: N(W, "pushing"),
}
ROOT_NAMES = {
    Root.INSECURITY: N(W, "Insecurity"),
    Root.UNCERTAINTY: N(W, "Uncertainty"),
    Root.LOSS_OF_CONTROL: N(W, "Loss of control"),
}
ROOT_EXPLANATIONS = {
    Root.INSECURITY: N(
        W, "Feeling unsafe. Acknowledgement, listening and naming the feeling help; reassurance does not."
    ),
    Root.UNCERTAINTY: N(W, "Not knowing what is coming. Questions about needs, summaries and timely information help."),
    Root.LOSS_OF_CONTROL: N(
        W, "Feeling steered. Offering choice and reflecting help; pressure and rebuttals make it worse."
    ),
}
DIFFICULTY_NAMES = {"intro": N(W, "Introduction"), "standard": N(W, "Standard"), "hard": N(W, "Hard")}
MODE_NAMES = {
    FeedbackMode.LIVE: N(W, "Live feedback"),
    FeedbackMode.METER: N(W, "Meters only"),
    FeedbackMode.HIDDEN: N(W, "Hidden until the debrief"),
}
MODE_DESCRIPTIONS = {
    FeedbackMode.LIVE: N(W, "Meters, and after every turn why trust and tension moved. Best for practising."),
    FeedbackMode.METER: N(W, "The meters move, without explanations. Work out why yourself."),
    FeedbackMode.HIDDEN: N(W, "No meters while you play: everything is revealed in the debrief. For assessment."),
}
OUTCOME_LABELS = {
    CustomerState.COMMITTED: N("Debrief", "committed: the customer owns a next step"),
    CustomerState.COMPLIED: N("Debrief", "complied: a hollow yes under pressure"),
    CustomerState.WITHDRAWN: N("Debrief", "withdrawn: the customer ended the meeting"),
    CustomerState.STALLED: N("Debrief", "stalled: the conversation ran out"),
}
RATING_LABELS = {
    "good": N("Debrief", "good"),
    "fair": N("Debrief", "fair"),
    "low": N("Debrief", "low"),
    "none": N("Debrief", "no reflections or questions"),
}


def word(table: Mapping[str, str], key: object, default: str | None = None, *, context: str = W) -> str:
    """The entry for `key` in one of the tables above, translated; `default` (or the key itself) if it has none."""
    source = table.get(str(key))
    if source is None:
        return str(key) if default is None else default
    return translate(context, source)


def state_name(state: str) -> str:
    """The customer's state in one word."""
    return word(STATE_NAMES, state)


def state_cue(state: str) -> str:
    """What the customer's state looks like from across the table (the visible mood cue)."""
    return word(STATE_CUES, state, "")


def expression_for(state: str) -> str:
    """Which of the persona's three faces (guarded, tense, open) fits the state."""
    return {
        "guarded": "guarded",
        "resisting": "tense",
        "exploring": "open",
        "open": "open",
        "committed": "open",
        "complied": "tense",
        "withdrawn": "tense",
        "stalled": "guarded",
    }.get(str(state), "guarded")


def outcome_name(outcome: str | None) -> str:
    """The ending reached, as a headline."""
    return word(OUTCOME_NAMES, outcome, translate(W, "Not finished"))


def outcome_summary(outcome: str | None) -> str:
    """What the ending means, in one sentence."""
    return word(OUTCOME_SUMMARIES, outcome, translate(W, "This conversation was left before its end."))


def move_name(move: str) -> str:
    """A move kind as a trainer would name it."""
    return word(MOVE_NAMES, move)


def family_name(family: str) -> str:
    """A move family: slowing down, advancing or pushing."""
    return word(FAMILY_NAMES, family)


def root_name(root: str) -> str:
    """A root of resistance."""
    return word(ROOT_NAMES, root)


def root_explanation(root: str) -> str:
    """What a root of resistance means and what meets it."""
    return word(ROOT_EXPLANATIONS, root, "")


def difficulty_name(difficulty: str) -> str:
    """A scenario's difficulty."""
    return word(DIFFICULTY_NAMES, difficulty)


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


def mode_name(mode: str) -> str:
    """A feedback mode."""
    return word(MODE_NAMES, mode)


def mode_description(mode: str) -> str:
    """What a feedback mode shows while playing."""
    return word(MODE_DESCRIPTIONS, mode, "")


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
