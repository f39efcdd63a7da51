"""What a session was played as (the player's practice, a classroom demo, a try from a replay) survives saving
and loading, files without the field stay practice, and only practice is offered for resuming."""

from __future__ import annotations

import json
from pathlib import Path

from simulator.engine import Session
from simulator.engine.archive import SessionArchive


def first_option(session: Session) -> str:
    """The id of an option on offer (whichever the seed put first)."""
    return session.options[0].id


def test_a_classroom_demo_keeps_its_kind_and_is_not_resumable(mini, data_dir: Path):
    """A demo saved mid-conversation loads as a demo, is listed with its kind, and is not offered to resume."""
    archive = SessionArchive(data_dir)
    demo = Session(mini, "en", seed=1, kind="classroom")
    demo.choose(first_option(demo), response_ms=10)
    demo.save(archive.path_for(demo))
    assert Session.load(archive.path_for(demo)).kind == "classroom"
    (summary,) = archive.summaries()
    assert summary.kind == "classroom" and summary.unfinished and not summary.resumable
    assert archive.latest_unfinished() is None


def test_practice_files_have_no_kind_field_and_stay_resumable(mini, data_dir: Path):
    """The player's own session is written without the optional field, as before, and is offered to resume."""
    archive = SessionArchive(data_dir)
    own = Session(mini, "en", seed=1)
    own.choose(first_option(own), response_ms=10)
    path = archive.path_for(own)
    own.save(path)
    assert "kind" not in json.loads(path.read_text(encoding="utf-8"))
    assert Session.load(path).kind is None
    assert archive.latest_unfinished() is not None and archive.latest_unfinished().path == path


def test_a_try_from_a_replay_is_marked_as_a_try(mini, data_dir: Path):
    """A branch of a session is saved as a try, not as practice to resume."""
    archive = SessionArchive(data_dir)
    own = Session(mini, "en", seed=1)
    own.choose(first_option(own), response_ms=10)
    branch = own.branch(1)
    branch.choose(first_option(branch), response_ms=10)
    branch.save(archive.path_for(branch))
    (summary,) = archive.summaries()
    assert summary.kind == "try" and not summary.resumable
