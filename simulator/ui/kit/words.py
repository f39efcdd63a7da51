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

from PySide6.QtCore import QCoreApplication

from ...scenario.vocabulary import CustomerState, Family, FeedbackMode, Move, Root

translate = QCoreApplication.translate


def localized(texts: Mapping[str, str], language: str) -> str:
    """A scenario text in `language`, or in the first language it has (scenarios may have only one)."""
    if language in texts:
        return texts[language]
    return next(iter(texts.values()), "")


def state_name(state: str) -> str:
    """The customer's state in one word."""
    names: dict[str, str] = {
        CustomerState.GUARDED: translate("Words", "Guarded"),
        CustomerState.RESISTING: translate("Words", "Resisting"),
        CustomerState.EXPLORING: translate("Words", "Exploring"),
        CustomerState.OPEN: translate("Words", "Open"),
        CustomerState.COMMITTED: translate("Words", "Committed"),
        CustomerState.COMPLIED: translate("Words", "Complied"),
        CustomerState.WITHDRAWN: translate("Words", "Withdrawn"),
        CustomerState.STALLED: translate("Words", "Stalled"),
    }
    return names.get(str(state), str(state))


def state_cue(state: str) -> str:
    """What the customer's state looks like from across the table (the visible mood cue)."""
    cues: dict[str, str] = {
        CustomerState.GUARDED: translate("Words", "Cautious, waiting to see where this goes."),
        CustomerState.RESISTING: translate("Words", "Pushing back: something chafes."),
        CustomerState.EXPLORING: translate("Words", "Thinking along with you."),
        CustomerState.OPEN: translate("Words", "Talking freely about what matters."),
        CustomerState.COMMITTED: translate("Words", "Owns the next step."),
        CustomerState.COMPLIED: translate("Words", "Said yes, but does not look convinced."),
        CustomerState.WITHDRAWN: translate("Words", "Has ended the conversation."),
        CustomerState.STALLED: translate("Words", "The conversation has run out."),
    }
    return cues.get(str(state), "")


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
    names: dict[str, str] = {
        CustomerState.COMMITTED: translate("Words", "Committed"),
        CustomerState.COMPLIED: translate("Words", "Complied"),
        CustomerState.WITHDRAWN: translate("Words", "Withdrawn"),
        CustomerState.STALLED: translate("Words", "Stalled"),
    }
    return names.get(str(outcome), translate("Words", "Not finished"))


def outcome_summary(outcome: str | None) -> str:
    """What the ending means, in one sentence."""
    summaries: dict[str, str] = {
        CustomerState.COMMITTED: translate("Words", "The customer chose a next step and owns it."),
        CustomerState.COMPLIED: translate(
            "Words", "A hollow yes: the customer gave in under pressure, with little trust."
        ),
        CustomerState.WITHDRAWN: translate("Words", "The customer had enough and ended the meeting."),
        CustomerState.STALLED: translate("Words", "The conversation ran out without the customer wanting anything."),
    }
    return summaries.get(str(outcome), translate("Words", "This conversation was left before its end."))


def move_name(move: str) -> str:
    """A move kind as a trainer would name it."""
    names: dict[str, str] = {
        Move.LISTEN: translate("Words", "Listen"),
        Move.REFLECT: translate("Words", "Reflect"),
        Move.NAME_UNSPOKEN: translate("Words", "Name the unspoken"),
        Move.ASK_NEED: translate("Words", "Ask about needs"),
        Move.ACKNOWLEDGE: translate("Words", "Acknowledge"),
        Move.GIVE_CONTROL: translate("Words", "Give control"),
        Move.SUMMARIZE: translate("Words", "Summarise"),
        Move.INFORM: translate("Words", "Inform"),
        Move.PROPOSE: translate("Words", "Propose"),
        Move.ARGUE: translate("Words", "Argue"),
        Move.COUNTER: translate("Words", "Counter"),
        Move.REASSURE: translate("Words", "Reassure"),
        Move.PRESSURE: translate("Words", "Pressure"),
        Move.DEFLECT: translate("Words", "Deflect"),
    }
    return names.get(str(move), str(move))


def family_name(family: str) -> str:
    """A move family: slowing down, advancing or pushing."""
    names: dict[str, str] = {
        Family.SLOWING: translate("Words", "slowing down"),
        Family.ADVANCING: translate("Words", "advancing"),
        Family.PUSHING: translate("Words", "pushing"),
    }
    return names.get(str(family), str(family))


def root_name(root: str) -> str:
    """A root of resistance."""
    names: dict[str, str] = {
        Root.INSECURITY: translate("Words", "Insecurity"),
        Root.UNCERTAINTY: translate("Words", "Uncertainty"),
        Root.LOSS_OF_CONTROL: translate("Words", "Loss of control"),
    }
    return names.get(str(root), str(root))


def root_explanation(root: str) -> str:
    """What a root of resistance means and what meets it."""
    texts: dict[str, str] = {
        Root.INSECURITY: translate(
            "Words", "Feeling unsafe. Acknowledgement, listening and naming the feeling help; reassurance does not."
        ),
        Root.UNCERTAINTY: translate(
            "Words", "Not knowing what is coming. Questions about needs, summaries and timely information help."
        ),
        Root.LOSS_OF_CONTROL: translate(
            "Words", "Feeling steered. Offering choice and reflecting help; pressure and rebuttals make it worse."
        ),
    }
    return texts.get(str(root), "")


def difficulty_name(difficulty: str) -> str:
    """A scenario's difficulty."""
    names: dict[str, str] = {
        "intro": translate("Words", "Introduction"),
        "standard": translate("Words", "Standard"),
        "hard": translate("Words", "Hard"),
    }
    return names.get(str(difficulty), str(difficulty))


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


def mode_name(mode: str) -> str:
    """A feedback mode."""
    names: dict[str, str] = {
        FeedbackMode.LIVE: translate("Words", "Live feedback"),
        FeedbackMode.METER: translate("Words", "Meters only"),
        FeedbackMode.HIDDEN: translate("Words", "Hidden until the debrief"),
    }
    return names.get(mode, mode)


def mode_description(mode: str) -> str:
    """What a feedback mode shows while playing."""
    texts: dict[str, str] = {
        FeedbackMode.LIVE: translate(
            "Words", "Meters, and after every turn why trust and tension moved. Best for practising."
        ),
        FeedbackMode.METER: translate("Words", "The meters move, without explanations. Work out why yourself."),
        FeedbackMode.HIDDEN: translate(
            "Words", "No meters while you play: everything is revealed in the debrief. For assessment."
        ),
    }
    return texts.get(mode, "")


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
    names: dict[str, str] = {
        CustomerState.COMMITTED: translate("Debrief", "committed: the customer owns a next step"),
        CustomerState.COMPLIED: translate("Debrief", "complied: a hollow yes under pressure"),
        CustomerState.WITHDRAWN: translate("Debrief", "withdrawn: the customer ended the meeting"),
        CustomerState.STALLED: translate("Debrief", "stalled: the conversation ran out"),
    }
    if outcome is None:
        return translate("Debrief", "not finished")
    return names.get(outcome, outcome)


def outcome_short(outcome: str | None) -> str:
    """The outcome in one word, for lists."""
    if outcome is None:
        return translate("Debrief", "not finished")
    return state_label(outcome)


def rating_label(rating: str) -> str:
    """The reflections-per-question rating (MITI analogue) in words."""
    names: dict[str, str] = {
        "good": translate("Debrief", "good"),
        "fair": translate("Debrief", "fair"),
        "low": translate("Debrief", "low"),
        "none": translate("Debrief", "no reflections or questions"),
    }
    return names.get(rating, rating)


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


def delta_tone(kind: str, delta: int) -> str:
    """Good or bad, for the colour of a delta (the sign and words carry the meaning)."""
    better = delta > 0 if kind == "trust" else delta < 0
    return "good" if better else "bad"
