"""What a played session means, worked out once: the measures with their verdicts and tones, each turn's offer,
the needs uncovered by then, the customer's hidden roots, the turning points, and whether the scenario changed
since the session was played.

No Qt here: the debrief screen, the reports, the replay window and the classroom ending all render this model
(they only put its verdicts into words), so no two of them can disagree about what a session meant.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum, StrEnum
from pathlib import Path

from ..scenario import ASSETS_DIR, DIALOGUES_DIR, Family, Move, Root, bundled_scenario_paths
from ..scenario.digest import scenario_hash
from ..scenario.index import INDEX_FILE_NAME, ScenarioIndex
from .archive import data_dir_override
from .atomic import atomic_write_bytes
from .measures import Measures, session_measures
from .session import Session, Turn


def text_in(texts: Mapping[str, str], language: str) -> str:
    """The text in `language`, else in any language the author wrote (a scenario may have only one)."""
    return texts.get(language) or next(iter(texts.values()), "")


class ScenarioStatus(Enum):
    """How the scenario a session was played with compares to the one in the library today."""

    SAME = "same"
    CHANGED = "changed"
    NOT_IN_LIBRARY = "not_in_library"


class BundledScenarios:
    """The content hashes of the library's scenarios by id, to tell whether a session's scenario has changed.

    The hashes come from the scenario index (`simulator.scenario.index`): the main window passes its own, already
    read; otherwise the index in the data folder is used (SIMULATOR_DATA_DIR or `data_dir`), or one in memory.
    A scenario file is loaded only when the index does not know it in its current version; invalid files are
    skipped (the library screen reports them).
    """

    def __init__(
        self,
        folder: Path = DIALOGUES_DIR,
        assets_dir: Path = ASSETS_DIR,
        *,
        index: ScenarioIndex | None = None,
        data_dir: Path | None = None,
    ) -> None:
        self.folder = Path(folder)
        self.assets_dir = Path(assets_dir)
        if index is None:
            data_dir = data_dir or data_dir_override()
            index = ScenarioIndex(data_dir / INDEX_FILE_NAME if data_dir is not None else None, atomic_write_bytes)
        self.index = index

    def hash_of(self, scenario_id: str) -> str | None:
        """The hash of the library scenario with this id, or None when the library has no valid one."""
        digest = self.index.find_digest(scenario_id, bundled_scenario_paths(self.folder), self.assets_dir)
        self.index.save()
        return digest

    def status(self, session: Session) -> ScenarioStatus:
        """Whether `session`'s stored scenario is the library's current version of it."""
        current = self.hash_of(session.scenario.id)
        if current is None:
            return ScenarioStatus.NOT_IN_LIBRARY
        return ScenarioStatus.SAME if current == scenario_hash(session.scenario) else ScenarioStatus.CHANGED


@dataclass(frozen=True)
class OfferedOption:
    """One option that was on offer at a turn, and whether the player chose it."""

    id: str
    move: Move
    text: str
    chosen: bool

    @property
    def family(self) -> Family:
        """The family of the option's move."""
        return self.move.family


@dataclass(frozen=True)
class NeedView:
    """A hidden need of the customer and the turn (0-based) that uncovered it, if any had by then."""

    id: str
    label: str
    explanation: str
    uncovered_at: int | None

    @property
    def uncovered(self) -> bool:
        """True once the need has been uncovered."""
        return self.uncovered_at is not None


@dataclass(frozen=True)
class RootView:
    """A root of the customer's resistance with its share of the mix (0..1)."""

    root: Root
    label: str
    weight: float


class Tone(StrEnum):
    """How a verdict reads: the colour family a view gives it."""

    GOOD = "good"
    FAIR = "fair"
    BAD = "bad"
    NEUTRAL = "neutral"


class Verdict(StrEnum):
    """What a measure says about the conversation, in one word or phrase (the views word it)."""

    NO_SLOWING_OR_PUSHING = "no_slowing_or_pushing"
    MOSTLY_SLOWING = "mostly_slowing"
    MORE_SLOWING = "more_slowing"
    MORE_PUSHING = "more_pushing"
    REFLECTIONS_GOOD = "reflections_good"
    REFLECTIONS_FAIR = "reflections_fair"
    REFLECTIONS_LOW = "reflections_low"
    REFLECTIONS_NONE = "reflections_none"
    NEVER_TENSE = "never_tense"
    CALM = "calm"
    MIXED = "mixed"
    PUSHED_BACK = "pushed_back"
    ALL_NEEDS_FOUND = "all_needs_found"
    SOME_NEEDS_FOUND = "some_needs_found"
    NO_NEEDS_FOUND = "no_needs_found"


@dataclass(frozen=True)
class Judgement:
    """A measure's verdict and its tone."""

    verdict: Verdict
    tone: Tone


@dataclass(frozen=True)
class Judgements:
    """The debrief's four verdicts: slowing down vs pushing, reflections per question, calm under tension, needs."""

    slowing: Judgement
    reflections: Judgement
    calm: Judgement
    needs: Judgement


_REFLECTION_VERDICTS = {
    "good": Judgement(Verdict.REFLECTIONS_GOOD, Tone.GOOD),
    "fair": Judgement(Verdict.REFLECTIONS_FAIR, Tone.FAIR),
    "low": Judgement(Verdict.REFLECTIONS_LOW, Tone.BAD),
    "none": Judgement(Verdict.REFLECTIONS_NONE, Tone.NEUTRAL),
}


def _by_share(share: float | None, verdicts: tuple[Verdict, Verdict, Verdict, Verdict]) -> Judgement:
    """Judge a share of slowing moves: three quarters or more is good, half or more is fair, less is bad; with
    nothing to measure, the first (neutral) verdict. `verdicts`: none, good, fair, bad."""
    none, good, fair, bad = verdicts
    if share is None:
        return Judgement(none, Tone.NEUTRAL)
    if share >= 0.75:
        return Judgement(good, Tone.GOOD)
    if share >= 0.5:
        return Judgement(fair, Tone.FAIR)
    return Judgement(bad, Tone.BAD)


def judge(m: Measures) -> Judgements:
    """The verdicts on a session's measures."""
    slowing = _by_share(
        m.slowing_share,
        (Verdict.NO_SLOWING_OR_PUSHING, Verdict.MOSTLY_SLOWING, Verdict.MORE_SLOWING, Verdict.MORE_PUSHING),
    )
    calm = _by_share(m.calm_under_tension, (Verdict.NEVER_TENSE, Verdict.CALM, Verdict.MIXED, Verdict.PUSHED_BACK))
    found = len(m.needs_uncovered)
    if m.needs_total and found == m.needs_total:
        needs = Judgement(Verdict.ALL_NEEDS_FOUND, Tone.GOOD)
    elif found:
        needs = Judgement(Verdict.SOME_NEEDS_FOUND, Tone.FAIR)
    else:
        needs = Judgement(Verdict.NO_NEEDS_FOUND, Tone.BAD)
    reflections = _REFLECTION_VERDICTS.get(m.reflection_rating, Judgement(Verdict.REFLECTIONS_NONE, Tone.NEUTRAL))
    return Judgements(slowing, reflections, calm, needs)


class ReplayDocument:
    """A loaded session seen from the replay: everything per turn that the screens and the report show."""

    def __init__(
        self,
        session: Session,
        path: Path | None = None,
        *,
        language: str | None = None,
        status: ScenarioStatus = ScenarioStatus.NOT_IN_LIBRARY,
    ) -> None:
        self.session = session
        self.path = Path(path) if path is not None else None
        self.language = language if language in session.scenario.languages else session.language
        self.status = status
        self.measures: Measures = session_measures(session)
        self.judgements: Judgements = judge(self.measures)

    @classmethod
    def load(
        cls, path: Path, *, language: str | None = None, bundled: BundledScenarios | None = None
    ) -> ReplayDocument:
        """Read the session at `path` (raises `SessionFileError`, naming the file; the file is not written)."""
        session = Session.load(Path(path))
        status = bundled.status(session) if bundled is not None else ScenarioStatus.NOT_IN_LIBRARY
        return cls(session, path, language=language, status=status)

    # ---- the session as a whole ------------------------------------------------------------------------
    @property
    def turns(self) -> tuple[Turn, ...]:
        """The recorded turns."""
        return self.session.turns

    def text(self, texts: Mapping[str, str]) -> str:
        """A scenario text in the replay's language."""
        return text_in(texts, self.language)

    @property
    def title(self) -> str:
        """The scenario's title."""
        return self.text(self.session.scenario.title)

    def roots(self) -> list[RootView]:
        """The hidden roots of resistance, largest share first."""
        labels = self.session.rules.roots
        return sorted(
            (
                RootView(root, text_in(labels.get(root, {}), self.language) or str(root), weight)
                for root, weight in self.session.scenario.roots.items()
            ),
            key=lambda view: -view.weight,
        )

    def needs_at(self, turn: int | None) -> list[NeedView]:
        """The hidden needs, each with the turn that uncovered it if that was turn `turn` or before.

        `turn` None means before the first turn; a turn past the end means the whole session.
        """
        found: dict[str, int] = {}
        last = -1 if turn is None else turn
        for played in self.turns[: last + 1]:
            if played.uncovered and played.uncovered not in found:
                found[played.uncovered] = played.index
        return [
            NeedView(need.id, self.text(need.label), self.text(need.explanation), found.get(need.id))
            for need in self.session.scenario.needs
        ]

    def need_label(self, need_id: str) -> str:
        """The label of a need, or its id if the scenario no longer has it."""
        try:
            return self.text(self.session.scenario.need(need_id).label)
        except KeyError:
            return need_id

    def turning_points(self) -> list[int]:
        """The indexes of the largest rise and the largest fall of trust (DESIGN.md's turning points)."""
        points = [turn.index for turn in (self.measures.biggest_rise, self.measures.biggest_fall) if turn is not None]
        return sorted(set(points))

    @property
    def ending_text(self) -> str:
        """The scenario's text for the ending reached, in the replay's language (empty while unfinished)."""
        outcome = self.session.outcome
        if outcome is None:
            return ""
        for ending, texts in self.session.scenario.endings.items():
            if ending == outcome:
                return self.text(texts)
        return ""

    # ---- one turn ---------------------------------------------------------------------------------------
    def offered(self, index: int) -> list[OfferedOption]:
        """The options that were on offer at turn `index`, in the order shown, the chosen one marked."""
        turn = self.turns[index]
        by_id = {option.id: option for option in self.session.scenario.beat(turn.beat).options}
        return [
            OfferedOption(option_id, by_id[option_id].move, self.text(by_id[option_id].text), option_id == turn.option)
            for option_id in turn.offered
            if option_id in by_id
        ]

    def note(self, index: int) -> str:
        """The trainer's note on turn `index`."""
        return self.session.notes.turns.get(index, "")

    def set_note(self, index: int | None, text: str) -> bool:
        """Set the note on turn `index` (None: the whole session); True when it changed."""
        notes = self.session.notes
        if index is None:
            changed = notes.session != text
            notes.session = text
            return changed
        if notes.turns.get(index, "") == text:
            return False
        if text:
            notes.turns[index] = text
        else:
            notes.turns.pop(index, None)  # an emptied note is no note, not an empty entry in the file
        return True
