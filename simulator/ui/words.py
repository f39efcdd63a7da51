"""The domain's fixed words as the user reads them: states, outcomes, moves, roots, meter levels, modes.

Every text goes through Qt's translation system (context "Words"), so it follows the language switch. The
engine's names (`guarded`, `ask_need`, ...) never reach the screen directly.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def localized(texts: Mapping[str, str], language: str) -> str:
    """A scenario text in `language`, or in the first language it has (scenarios may have only one)."""
    if language in texts:
        return texts[language]
    return next(iter(texts.values()), "")


def state_name(state: str) -> str:
    """The customer's state in one word."""
    names = {
        "guarded": translate("Words", "Guarded"),
        "resisting": translate("Words", "Resisting"),
        "exploring": translate("Words", "Exploring"),
        "open": translate("Words", "Open"),
        "committed": translate("Words", "Committed"),
        "complied": translate("Words", "Complied"),
        "withdrawn": translate("Words", "Withdrawn"),
        "stalled": translate("Words", "Stalled"),
    }
    return names.get(str(state), str(state))


def state_cue(state: str) -> str:
    """What the customer's state looks like from across the table (the visible mood cue)."""
    cues = {
        "guarded": translate("Words", "Cautious, waiting to see where this goes."),
        "resisting": translate("Words", "Pushing back: something chafes."),
        "exploring": translate("Words", "Thinking along with you."),
        "open": translate("Words", "Talking freely about what matters."),
        "committed": translate("Words", "Owns the next step."),
        "complied": translate("Words", "Said yes, but does not look convinced."),
        "withdrawn": translate("Words", "Has ended the conversation."),
        "stalled": translate("Words", "The conversation has run out."),
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
    names = {
        "committed": translate("Words", "Committed"),
        "complied": translate("Words", "Complied"),
        "withdrawn": translate("Words", "Withdrawn"),
        "stalled": translate("Words", "Stalled"),
    }
    return names.get(str(outcome), translate("Words", "Not finished"))


def outcome_summary(outcome: str | None) -> str:
    """What the ending means, in one sentence."""
    summaries = {
        "committed": translate("Words", "The customer chose a next step and owns it."),
        "complied": translate("Words", "A hollow yes: the customer gave in under pressure, with little trust."),
        "withdrawn": translate("Words", "The customer had enough and ended the meeting."),
        "stalled": translate("Words", "The conversation ran out without the customer wanting anything."),
    }
    return summaries.get(str(outcome), translate("Words", "This conversation was left before its end."))


def move_name(move: str) -> str:
    """A move kind as a trainer would name it."""
    names = {
        "listen": translate("Words", "Listen"),
        "reflect": translate("Words", "Reflect"),
        "name_unspoken": translate("Words", "Name the unspoken"),
        "ask_need": translate("Words", "Ask about needs"),
        "acknowledge": translate("Words", "Acknowledge"),
        "give_control": translate("Words", "Give control"),
        "summarize": translate("Words", "Summarise"),
        "inform": translate("Words", "Inform"),
        "propose": translate("Words", "Propose"),
        "argue": translate("Words", "Argue"),
        "counter": translate("Words", "Counter"),
        "reassure": translate("Words", "Reassure"),
        "pressure": translate("Words", "Pressure"),
        "deflect": translate("Words", "Deflect"),
    }
    return names.get(str(move), str(move))


def family_name(family: str) -> str:
    """A move family: slowing down, advancing or pushing."""
    names = {
        "slowing": translate("Words", "slowing down"),
        "advancing": translate("Words", "advancing"),
        "pushing": translate("Words", "pushing"),
    }
    return names.get(str(family), str(family))


def root_name(root: str) -> str:
    """A root of resistance."""
    names = {
        "insecurity": translate("Words", "Insecurity"),
        "uncertainty": translate("Words", "Uncertainty"),
        "loss_of_control": translate("Words", "Loss of control"),
    }
    return names.get(str(root), str(root))


def root_explanation(root: str) -> str:
    """What a root of resistance means and what meets it."""
    texts = {
        "insecurity": translate(
            "Words", "Feeling unsafe. Acknowledgement, listening and naming the feeling help; reassurance does not."
        ),
        "uncertainty": translate(
            "Words", "Not knowing what is coming. Questions about needs, summaries and timely information help."
        ),
        "loss_of_control": translate(
            "Words", "Feeling steered. Offering choice and reflecting help; pressure and rebuttals make it worse."
        ),
    }
    return texts.get(str(root), "")


def difficulty_name(difficulty: str) -> str:
    """A scenario's difficulty."""
    names = {
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
    names = {
        "live": translate("Words", "Live feedback"),
        "meter": translate("Words", "Meters only"),
        "hidden": translate("Words", "Hidden until the debrief"),
    }
    return names.get(mode, mode)


def mode_description(mode: str) -> str:
    """What a feedback mode shows while playing."""
    texts = {
        "live": translate("Words", "Meters, and after every turn why trust and tension moved. Best for practising."),
        "meter": translate("Words", "The meters move, without explanations. Work out why yourself."),
        "hidden": translate(
            "Words", "No meters while you play: everything is revealed in the debrief. For assessment."
        ),
    }
    return texts.get(mode, "")


def language_name(language: str) -> str:
    """A language in its own words (the same in every UI language, so a user can always find their own)."""
    return {"nl": "Nederlands", "en": "English"}.get(language, language)
