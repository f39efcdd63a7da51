"""The scenario schema: frozen pydantic models for a role-play as trainers write it in YAML.

Validation is strict (no type coercion, no unknown fields), so YAML 1.1 surprises such as `no` read as False
are reported instead of silently accepted. Checks that span the whole file (the beat graph, translations,
asset paths) live in `checks.py`; reading YAML with line numbers lives in `yaml_source.py`.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    SerializerFunctionWrapHandler,
    StringConstraints,
    model_serializer,
)

from .vocabulary import END, Move, Root

FORMAT_VERSION = 2
"""Format 2 added verdicts, the needs a proposal addresses, central needs, withheld replies, reply phrasings,
`asks` and the customer's temperament. Format-1 files are upgraded in memory by `upgrade.py`."""

Language = Literal["nl", "en"]
Difficulty = Literal["intro", "standard", "hard"]
Expression = Literal["guarded", "tense", "open"]
Outcome = Literal["committed", "complied", "withdrawn", "stalled"]
Verdict = Literal["good", "mixed", "poor"]
Asks = Literal["information"]

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$")]
Line = Annotated[str, StringConstraints(min_length=1, max_length=2000)]
ShortText = Annotated[str, StringConstraints(min_length=1, max_length=200)]
Meter = Annotated[int, Field(ge=0, le=100)]
Delta = Annotated[int, Field(ge=-50, le=50)]


LANGUAGE_KEYS = ("nl", "en")
VARIANT_KEYS = ("default", "guarded", "resisting", "exploring", "open", "committed", "complied", "withdrawn", "stalled")


def _languages_only(value: dict[str, Any]) -> dict[str, Any]:
    if not value:
        raise ValueError("needs at least one language (nl, en)")
    unknown = [key for key in value if key not in LANGUAGE_KEYS]
    if unknown:
        raise ValueError(f"unknown language {unknown[0]!r}; the languages are nl and en")
    return value


def _states_only(value: dict[str, Any]) -> dict[str, Any]:
    unknown = [key for key in value if key not in VARIANT_KEYS]
    if unknown:
        raise ValueError(f"unknown state {unknown[0]!r}; use default or one of {', '.join(VARIANT_KEYS[1:])}")
    if "default" not in value:
        raise ValueError("needs a 'default' entry (used for any state not listed)")
    return value


# Keys are typed as plain str for the code that reads them; the validators and the JSON Schema pin them down.
LocalizedText = Annotated[
    dict[str, Line],
    AfterValidator(_languages_only),
    Field(json_schema_extra={"propertyNames": {"enum": list(LANGUAGE_KEYS)}}),
]
"""A text in each language: `{nl: "...", en: "..."}`."""


def _wrap_plain_text(value: Any) -> Any:
    """Let authors write a plain `{nl, en}` text (or a list of phrasings) where a state-dependent text is allowed."""
    if isinstance(value, dict) and value and set(value) <= {"nl", "en"}:
        return {"default": value}
    if isinstance(value, list):
        return {"default": value}
    return value


def _single_phrasing(value: Any) -> Any:
    """One `{nl, en}` text is a list of one phrasing."""
    if isinstance(value, dict):
        return (value,)
    if isinstance(value, list):  # strict mode takes a tuple once a validator has touched the value
        return tuple(value)
    return value


def _wrap_plain_id(value: Any) -> Any:
    """Let authors write `next: some-beat` where a state-dependent target is allowed."""
    if isinstance(value, str):
        return {"default": value}
    return value


def _wrap_single_avatar(value: Any) -> Any:
    """One picture may serve every expression."""
    if isinstance(value, str):
        return {"guarded": value, "tense": value, "open": value}
    return value


def _roots_from_list(value: Any) -> Any:
    """`roots: [insecurity]` is shorthand for equal weights."""
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return {item: 1.0 for item in value}
    return value


MAX_ROOT_WEIGHT = 1000


def _positive_weights(value: dict[Root, float]) -> dict[Root, float]:
    if not value:
        raise ValueError("needs at least one root of resistance")
    # NaN passes every comparison as False, so finiteness is checked first: a NaN weight would silence the game.
    if any(not math.isfinite(weight) or not 0 < weight <= MAX_ROOT_WEIGHT for weight in value.values()):
        raise ValueError(f"every weight must be a number above 0 and at most {MAX_ROOT_WEIGHT}")
    total = sum(value.values())
    return {root: weight / total for root, weight in value.items()}


Phrasings = Annotated[
    tuple[LocalizedText, ...],
    BeforeValidator(_single_phrasing),
    Field(min_length=1, max_length=3),
]
"""One to three ways of saying the same thing; a session picks one from its seed, so replays differ."""

Variants = Annotated[
    dict[str, Phrasings],
    BeforeValidator(_wrap_plain_text),
    AfterValidator(_states_only),
    Field(json_schema_extra={"propertyNames": {"enum": list(VARIANT_KEYS)}}),
]
"""A text that may differ by the customer's state (`default` covers the states not listed), each state with one
to three phrasings."""

NextBeat = Annotated[
    dict[str, Id],
    BeforeValidator(_wrap_plain_id),
    AfterValidator(_states_only),
    Field(json_schema_extra={"propertyNames": {"enum": list(VARIANT_KEYS)}}),
]
"""Where the conversation goes after an option; may depend on the resulting state. `end` ends it."""


class Strict(BaseModel):
    """Base for every scenario model: strict types, no unknown fields, immutable."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class Effect(Strict):
    """A change to the two meters, used to override a move's default effect."""

    trust: Delta = 0
    tension: Delta = 0


class Need(Strict):
    """A hidden need under the resistance; the player sees `label` in the notebook once it is uncovered.

    A `central` need is what the resistance is really about: a proposal can be owned only if it answers it."""

    id: Id
    central: bool = False
    label: LocalizedText
    explanation: LocalizedText


class Persona(Strict):
    """The customer the player talks to."""

    name: ShortText
    role: LocalizedText
    company: ShortText
    # Optional: a scenario without pictures gets the neutral default set (see avatars.py).
    avatar: Annotated[dict[Expression, ShortText], BeforeValidator(_wrap_single_avatar)] = Field(default_factory=dict)


class Start(Strict):
    """Where the conversation starts."""

    beat: Id
    trust: Meter
    tension: Meter


class Option(Strict):
    """One thing the player can say at a beat.

    `verdict` is the author's judgement of the option (the coach's and the meter's must agree with it);
    `addresses` names the needs a `propose` answers; `withheld` is the reply when the customer is not ready to
    share the need the option `uncovers`."""

    id: Id
    move: Move
    verdict: Verdict
    text: LocalizedText
    effect: Effect | None = None
    uncovers: Id | None = None
    addresses: tuple[Id, ...] = ()
    withheld: Phrasings | None = None
    reply: Variants
    coach: LocalizedText
    next: NextBeat

    def next_beat(self, state: str) -> str:
        """The beat that follows when the customer ends up in `state` (`END` ends the conversation)."""
        return self.next.get(state, self.next["default"])


class Beat(Strict):
    """A moment in the conversation: what the customer says and what the player can answer."""

    id: Id
    asks: Asks | None = None
    customer: Variants
    options: Annotated[tuple[Option, ...], Field(min_length=3, max_length=5)]


def _ordered_pair(value: tuple[Any, Any]) -> tuple[Any, Any]:
    if value[0] > value[1]:
        raise ValueError("the lower bound comes first: [low, high]")
    return value


class Temperament(Strict):
    """How this customer's temper varies between sessions; each session draws its own within these bounds."""

    patience: Annotated[
        tuple[Annotated[int, Field(ge=1, le=6)], Annotated[int, Field(ge=1, le=6)]], AfterValidator(_ordered_pair)
    ] = (1, 3)
    """Slowing moves in a row an open customer takes before growing impatient."""
    sensitivity: Annotated[
        tuple[
            Annotated[float, Field(ge=0.5, le=2.0, allow_inf_nan=False)],
            Annotated[float, Field(ge=0.5, le=2.0, allow_inf_nan=False)],
        ],
        AfterValidator(_ordered_pair),
    ] = (0.9, 1.2)
    """A multiplier on the harm that pushing does."""


class Scenario(Strict):
    """A complete role-play."""

    format: Literal[1, 2]
    id: Id
    title: LocalizedText
    situation: LocalizedText
    briefing: LocalizedText
    difficulty: Difficulty
    languages: Annotated[tuple[Language, ...], Field(min_length=1)] = ("nl", "en")
    persona: Persona
    roots: Annotated[dict[Root, float], BeforeValidator(_roots_from_list), AfterValidator(_positive_weights)]
    needs: Annotated[tuple[Need, ...], Field(min_length=1)]
    start: Start
    max_turns: Annotated[int, Field(ge=3, le=60)] = 20
    temperament: Temperament = Field(default_factory=Temperament)
    effects: dict[Move, Effect] = Field(default_factory=dict)
    generic_replies: dict[Move, Variants] = Field(default_factory=dict)
    """Optional: the customer's answers to a typed move kind a beat has no option for (else those in the rules)."""
    endings: dict[Outcome, LocalizedText]
    beats: Annotated[tuple[Beat, ...], Field(min_length=1)]

    _beats_by_id: dict[str, Beat] = PrivateAttr(default_factory=dict)
    _needs_by_id: dict[str, Need] = PrivateAttr(default_factory=dict)
    # Where the loader found the file: the folders its avatar paths are looked up in (see avatars.py). Not part
    # of the data, so a copy stored in a session file does not carry a path of the machine it was played on.
    _avatar_roots: tuple[Path, ...] = PrivateAttr(default=())

    def model_post_init(self, context: Any, /) -> None:
        # Lookups by id happen on every turn; index them once.
        self._beats_by_id = {beat.id: beat for beat in self.beats}
        self._needs_by_id = {need.id: need for need in self.needs}

    @model_serializer(mode="wrap")
    def _without_empty_generic_replies(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # Scenarios without generic replies dump (and hash) exactly as before the field existed.
        data: dict[str, Any] = handler(self)
        if not self.generic_replies:
            data.pop("generic_replies", None)
        return data

    def beat(self, beat_id: str) -> Beat:
        """The beat with this id (KeyError if there is none)."""
        return self._beats_by_id[beat_id]

    def need(self, need_id: str) -> Need:
        """The need with this id (KeyError if there is none)."""
        return self._needs_by_id[need_id]

    def __eq__(self, other: object) -> bool:
        # The same scenario is equal wherever it was loaded from: compare the data, not where its pictures are.
        if not isinstance(other, Scenario):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def __hash__(self) -> int:
        return hash(self.id)  # equal scenarios share their id; a cheap hash that agrees with __eq__

    @property
    def avatar_roots(self) -> tuple[Path, ...]:
        """The folders this scenario's avatar paths are looked up in, first match wins."""
        return self._avatar_roots

    def locate_avatars(self, roots: tuple[Path, ...]) -> None:
        """Record where this scenario's avatar paths are looked up (the loader calls this once)."""
        self._avatar_roots = tuple(roots)


def phrasings(variants: dict[str, tuple[dict[str, str], ...]], state: str) -> tuple[dict[str, str], ...]:
    """Every phrasing for `state`, falling back to the default."""
    return variants.get(state, variants["default"])


def pick(variants: dict[str, tuple[dict[str, str], ...]], state: str, choice: int = 0) -> dict[str, str]:
    """One phrasing for `state` (falling back to the default): `choice` picks among them, wrapping around."""
    found = phrasings(variants, state)
    return found[choice % len(found)]


__all__ = [
    "END",
    "FORMAT_VERSION",
    "Beat",
    "Effect",
    "LocalizedText",
    "Need",
    "Option",
    "Persona",
    "Scenario",
    "Start",
    "Temperament",
    "Verdict",
    "phrasings",
    "pick",
]
