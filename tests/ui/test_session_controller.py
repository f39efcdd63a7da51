"""The session controller's logic with a fake view instead of dialogs: starting, the autosave failing (told once,
retried every turn, the last turns tried once more on leaving), opening and resuming, trying again, a session
that another program has open (the view is asked), and classroom mode."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from ui_practice_support import GOOD_PATH, Disk

from simulator.engine import Session
from simulator.ui.practice.catalogue import CatalogueEntry
from simulator.ui.session_controller import Opened, SessionController
from simulator.ui.session_lock import LockChoice, SessionLock
from simulator.ui.settings import AppSettings


class FakeView:
    """Records the problems it is shown and answers the lock question as told."""

    def __init__(self, answer: LockChoice = LockChoice.CANCEL) -> None:
        self.problems: list[tuple[str, str]] = []
        self.asked: list[tuple[Path, str]] = []
        self.answer = answer

    def show_problem(self, title: str, text: str, details: str = "") -> None:
        self.problems.append((title, text))

    def ask_locked_session(self, path: Path, holder: str) -> LockChoice:
        self.asked.append((path, holder))
        return self.answer


class FakeCatalogue:
    """A library holding the given entries, found by scenario id."""

    def __init__(self, *entries: CatalogueEntry) -> None:
        self.entries = {entry.scenario.id: entry for entry in entries if entry.scenario is not None}

    def find(self, scenario_id: str) -> CatalogueEntry | None:
        return self.entries.get(scenario_id)


@pytest.fixture
def make_controller(qapp, data_dir: Path, mini):
    """A controller on the test's data folder with a fake view, the mini scenario in its library, in English."""
    made: list[SessionController] = []

    def make(view: FakeView | None = None, language: str = "en") -> SessionController:
        settings = AppSettings(QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat))
        settings.feedback_mode = "live"
        controller = SessionController(
            data_dir=data_dir,
            settings=settings,
            catalogue=FakeCatalogue(CatalogueEntry(Path("mini.yaml"), mini)),  # type: ignore[arg-type]
            language=lambda: language,
            view=view or FakeView(),
        )
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.drop()


def play(controller: SessionController, *option_ids: str) -> None:
    """Play these answers in the current session, each save written before the next answer."""
    assert controller.session is not None
    for option_id in option_ids:
        try:
            controller.session.choose(option_id)
        except OSError as error:  # the previous turn's failed background write, reported as the screen does
            controller.save_failed(str(error))
        else:
            controller.turn_saved()
        controller.settle_saves()


def saved_options(path: Path) -> list[str]:
    """The options of the turns in the session file at `path`."""
    return [turn["option"] for turn in json.loads(path.read_text(encoding="utf-8"))["turns"]]


def test_start_plays_a_new_session_that_saves_from_its_first_turn(make_controller, mini):
    """Starting announces a new live session in the UI language; its file appears with the first turn."""
    controller = make_controller(language="nl")
    started: list[Session] = []
    controller.sessionStarted.connect(started.append)
    session = controller.start(CatalogueEntry(Path("mini.yaml"), mini))
    assert started == [session] and controller.session is session and controller.bridge is not None
    assert session.language == "nl" and session.mode == "live" and not session.turns
    path = controller.archive.path_for(session)
    assert not path.exists(), "a session left before its first answer leaves no file behind"
    play(controller, "open-ask")
    assert saved_options(path) == ["open-ask"]


def test_a_failed_autosave_is_told_once_retried_every_turn_and_cleared_when_it_works(
    make_controller, mini, monkeypatch
):
    """Full disk: the view hears it once, the state stays 'not saved' and each turn retries until one succeeds."""
    disk = Disk(monkeypatch)
    view = FakeView()
    controller = make_controller(view)
    states: list[str] = []
    controller.unsavedChanged.connect(states.append)
    session = controller.start(CatalogueEntry(Path("mini.yaml"), mini))
    path = controller.archive.path_for(session)
    play(controller, "open-ask")
    disk.full = True
    play(controller, "middle-name")
    attempts = disk.attempts
    play(controller, "close-summarize")
    assert disk.attempts > attempts, "the next turn tried again"
    assert [title for title, _text in view.problems] == ["Could not save"]
    assert "No space left" in (controller.unsaved or "") and "No space left" in states[0]
    assert saved_options(path) == ["open-ask"]
    disk.full = False
    play(controller, "close-summarize")
    assert controller.unsaved is None and states[-1] == ""
    assert saved_options(path) == ["open-ask", "middle-name", "close-summarize", "close-summarize"]


def test_leaving_tries_once_more_and_says_when_the_last_turns_are_lost(make_controller, mini, monkeypatch):
    """Leaving a session whose save failed tries again; if the disk is still full, the view says they are lost."""
    disk = Disk(monkeypatch)
    view = FakeView()
    controller = make_controller(view)
    controller.start(CatalogueEntry(Path("mini.yaml"), mini))
    play(controller, "open-ask")
    disk.full = True
    play(controller, "middle-name")
    controller.drop()
    assert view.problems[-1][0] == "Could not save" and "not kept" in view.problems[-1][1]
    assert controller.session is None and controller.unsaved is None


def test_resume_plays_an_unfinished_session_on_into_its_own_file(make_controller, mini):
    """An unfinished session resumes with its turns, in the current language, and keeps saving into its file."""
    first = make_controller()
    session = first.start(CatalogueEntry(Path("mini.yaml"), mini))
    play(first, "open-ask", "middle-name")
    path = first.archive.path_for(session)
    first.drop()
    second = make_controller(language="nl")
    assert second.resume(path) is Opened.PLAYING
    resumed = second.session
    assert resumed is not None and resumed.id == session.id and resumed.language == "nl"
    assert [turn.option for turn in resumed.turns] == ["open-ask", "middle-name"]
    play(second, "close-summarize")
    assert saved_options(path) == ["open-ask", "middle-name", "close-summarize"]


def test_resume_of_a_finished_session_makes_it_the_one_reviewed(make_controller, mini, tmp_path: Path):
    """A finished session is not played again: it becomes the current session, for its debrief."""
    played = Session(mini, "en", 3)
    for option in GOOD_PATH:
        played.choose(option)
    assert played.finished
    path = tmp_path / "done.json"
    played.save(path)
    controller = make_controller()
    assert controller.resume(path) is Opened.REVIEWING
    assert controller.session is not None and controller.session.id == played.id and controller.bridge is None


@pytest.mark.parametrize("how", ["open", "resume"])
def test_a_damaged_file_is_refused_and_named_to_the_view(make_controller, tmp_path: Path, how: str):
    """A file that is no session is not opened; the view is told which file and why."""
    path = tmp_path / "broken.json"
    path.write_text("{ not json", encoding="utf-8")
    view = FakeView()
    controller = make_controller(view)
    assert getattr(controller, how)(path) is Opened.REFUSED
    assert controller.session is None
    assert view.problems and view.problems[0][0] == "Cannot open this session" and "broken.json" in view.problems[0][1]


def test_opening_a_file_plays_an_unfinished_session_and_replays_a_finished_one(make_controller, mini, tmp_path: Path):
    """File > Open: an unfinished session is played on; a finished one goes to a replay window, not made current."""
    unfinished = Session(mini, "en", 4)
    unfinished.choose("open-ask")
    finished = Session(mini, "en", 4)
    for option in GOOD_PATH:
        finished.choose(option)
    unfinished.save(tmp_path / "unfinished.json")
    finished.save(tmp_path / "finished.json")
    controller = make_controller()
    assert controller.open(tmp_path / "finished.json") is Opened.REPLAYING
    assert controller.session is None
    assert controller.open(tmp_path / "unfinished.json") is Opened.PLAYING
    assert controller.session is not None and controller.session.id == unfinished.id


def test_try_again_starts_a_fresh_session_of_the_same_scenario(make_controller, mini):
    """Try again: a new session (own id, no turns) of the same scenario replaces the one played."""
    controller = make_controller()
    first = controller.start(CatalogueEntry(Path("mini.yaml"), mini))
    play(controller, "open-ask")
    again = controller.try_again()
    assert again is not None and controller.session is again
    assert again.scenario.id == first.scenario.id and again.id != first.id and not again.turns
    assert first.autosave_path is None, "the first session was let go of"


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (LockChoice.READ_ONLY, Opened.READ_ONLY),
        (LockChoice.CANCEL, Opened.REFUSED),
        (LockChoice.COPY, Opened.PLAYING),
    ],
)
def test_a_session_open_elsewhere_is_not_taken_over_the_view_decides(make_controller, mini, answer, expected):
    """When another program holds the session's lock, the view is asked: read-only, a copy, or nothing."""
    first = make_controller()
    session = first.start(CatalogueEntry(Path("mini.yaml"), mini))
    play(first, "open-ask")
    path = first.archive.path_for(session)
    first.drop()
    elsewhere = SessionLock(path)
    assert elsewhere.acquire()
    try:
        view = FakeView(answer)
        controller = make_controller(view)
        assert controller.resume(path) is expected
        assert [asked for asked, _holder in view.asked] == [path]
        if answer is LockChoice.COPY:
            copy = controller.session
            assert copy is not None and copy.id != session.id and [t.option for t in copy.turns] == ["open-ask"]
            play(controller, "middle-name")
            assert saved_options(path) == ["open-ask"], "the original file is untouched"
        else:
            assert controller.session is None
    finally:
        elsewhere.release()


class FakeClassroom:
    """Classroom mode as the controller sees it: on or off, and told of failed saves."""

    def __init__(self) -> None:
        self.active = True
        self.told: list[str] = []

    def saving_failed(self, message: str) -> None:
        self.told.append(message)


def test_in_classroom_mode_a_session_is_a_live_demo_and_the_trainer_hears_of_failed_saves(
    make_controller, mini, monkeypatch
):
    """With classroom mode on, a new session is live and kept as a demo; a failed save goes to the trainer."""
    disk = Disk(monkeypatch)
    view = FakeView()
    controller = make_controller(view)
    controller.settings.feedback_mode = "hidden"
    assert controller.settings.feedback_mode == "hidden"
    classroom = FakeClassroom()
    controller.classroom = classroom
    session = controller.start(CatalogueEntry(Path("mini.yaml"), mini))
    assert session.mode == "live" and session.kind == "classroom"
    disk.full = True
    play(controller, "open-ask")
    assert classroom.told and "No space left" in classroom.told[0]
    assert view.problems == [], "the room does not see the dialog"
