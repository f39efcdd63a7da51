"""The archive of saved sessions: where a session goes, the history list, and what to offer to resume.

A damaged file in the folder must not hide the others or crash the list; it is listed with its problem.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from simulator.engine import Session
from simulator.engine.archive import SessionArchive, data_dir_override

GOOD_PATH = ["open-ask", "middle-name", "close-summarize", "close-summarize", "close-propose"]


def saved(archive: SessionArchive, mini, choices: list[str], *, updated_at: str, **kwargs) -> Path:
    """Save a mini session after `choices` where the archive puts it, stamped as last updated at `updated_at`."""
    session = Session(mini, "en", **kwargs)
    for choice in choices:
        session.choose(choice, response_ms=0)
    path = archive.path_for(session)
    session.save(path)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["updated_at"] = updated_at
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


@pytest.fixture
def archive(data_dir: Path) -> SessionArchive:
    """The archive in the test's own data folder."""
    return SessionArchive(data_dir)


def test_path_for_names_date_scenario_and_short_id(mini, data_dir):
    """A session's file is named by its start time, its scenario and the first 8 characters of its id."""
    session = Session(mini, "en", session_id="abcdef1234567890", started_at="2024-05-01T10:20:30+00:00")
    path = SessionArchive(data_dir).path_for(session)
    assert path == data_dir / "sessions" / "20240501T102030-mini-abcdef12.json"


def test_path_for_is_stable_for_one_session(mini, archive):
    """Saving the same session again goes to the same file (autosave overwrites, it does not pile up)."""
    session = Session(mini, "en")
    assert archive.path_for(session) == archive.path_for(session)
    assert archive.path_for(session) != archive.path_for(Session(mini, "en"))


@pytest.mark.parametrize("hostile_id", ["/../../x", "..\\..\\x", "../../../../etc/passwd", "::::"])
def test_path_for_a_loaded_session_stays_in_the_sessions_folder(mini, archive, tmp_path, hostile_id):
    """A session file with a crafted id, once resumed, is still saved inside sessions/ and nowhere else."""
    original = Session(mini, "en")
    original.choose("open-ask", response_ms=0)
    crafted = tmp_path / "crafted.json"
    original.save(crafted)
    document = json.loads(crafted.read_text(encoding="utf-8"))
    document["id"] = hostile_id
    crafted.write_text(json.dumps(document), encoding="utf-8")
    loaded = Session.load(crafted)
    assert loaded.id == hostile_id
    path = archive.path_for(loaded)
    assert path.parent == archive.folder
    assert path.name.endswith(".json") and "/" not in path.name and "\\" not in path.name
    loaded.autosave_to(path)
    assert path.resolve().parent == archive.folder.resolve()


def test_empty_archive_lists_nothing(archive):
    """Before any session is saved the history is empty and there is nothing to resume."""
    assert archive.summaries() == []
    assert archive.latest_unfinished() is None


def test_summaries_list_newest_first_with_their_details(mini, archive):
    """The history lists sessions by last update, newest first, with scenario, title, turns and outcome."""
    old = saved(archive, mini, ["open-ask"], updated_at="2024-01-01T09:00:00+00:00")
    new = saved(archive, mini, GOOD_PATH, updated_at="2024-03-01T09:00:00+00:00", mode="hidden")
    middle = saved(archive, mini, [], updated_at="2024-02-01T09:00:00+00:00")
    summaries = archive.summaries()
    assert [s.path for s in summaries] == [new, middle, old]
    top = summaries[0]
    assert top.scenario_id == "mini"
    assert top.title == {"nl": "Mini-gesprek", "en": "Mini conversation"}
    assert (top.turns, top.outcome, top.mode, top.language) == (5, "committed", "hidden", "en")
    assert top.final_trust == json.loads(new.read_text())["turns"][-1]["trust_after"]
    assert top.problem is None
    assert summaries[1].final_trust is None


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b'{"format": "sales-resist', "damaged or incomplete"),
        (b"\x00\x01\x02\xff", "not a session file"),
        (b'{"hello": "world"}', "not a session file"),
        (b"", "empty"),
        (b'{"format": "sales-resistance-session", "version": 1}', "damaged"),
        (b'{"format": "sales-resistance-session", "version": 99}', "newer version"),
    ],
)
def test_damaged_file_is_listed_with_its_problem(mini, archive, content, words):
    """A broken file shows up with a problem instead of raising, and the good sessions are still listed."""
    good = saved(archive, mini, ["open-ask"], updated_at="2024-01-01T09:00:00+00:00")
    bad = archive.folder / "broken.json"
    bad.write_bytes(content)
    summaries = {s.path: s for s in archive.summaries()}
    assert set(summaries) == {good, bad}
    assert summaries[good].problem is None
    assert words in summaries[bad].problem
    assert not summaries[bad].unfinished
    assert bad.read_bytes() == content


def test_listing_ignores_other_files_and_folders(mini, archive):
    """Only `*.json` files are sessions; notes and sub-folders are not listed."""
    path = saved(archive, mini, ["open-ask"], updated_at="2024-01-01T09:00:00+00:00")
    (archive.folder / "readme.txt").write_text("hello", encoding="utf-8")
    (archive.folder / "folder.json").mkdir()
    assert [s.path for s in archive.summaries()] == [path]


def test_latest_unfinished_is_the_newest_session_left_mid_conversation(mini, archive):
    """Resume offers the most recently updated session with turns and no ending; finished or empty ones are not."""
    saved(archive, mini, ["open-ask"], updated_at="2024-01-01T09:00:00+00:00")
    wanted = saved(archive, mini, ["open-ask", "middle-name"], updated_at="2024-02-01T09:00:00+00:00")
    saved(archive, mini, GOOD_PATH, updated_at="2024-03-01T09:00:00+00:00")
    saved(archive, mini, [], updated_at="2024-04-01T09:00:00+00:00")
    (archive.folder / "zzz-broken.json").write_text("{", encoding="utf-8")
    latest = archive.latest_unfinished()
    assert latest is not None
    assert latest.path == wanted
    assert latest.turns == 2


def test_no_unfinished_session_when_all_have_ended(mini, archive):
    """Only finished sessions: nothing to resume."""
    saved(archive, mini, GOOD_PATH, updated_at="2024-03-01T09:00:00+00:00")
    assert archive.latest_unfinished() is None


def test_listing_does_not_modify_files(mini, archive):
    """Reading the history never writes to a session file."""
    path = saved(archive, mini, ["open-ask"], updated_at="2024-01-01T09:00:00+00:00")
    os.utime(path, (1_000_000_000, 1_000_000_000))
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    archive.summaries()
    archive.latest_unfinished()
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_data_folder_override_comes_from_the_environment(data_dir, monkeypatch):
    """SIMULATOR_DATA_DIR names the data folder; unset or blank means no override."""
    assert data_dir_override() == data_dir
    monkeypatch.setenv("SIMULATOR_DATA_DIR", "   ")
    assert data_dir_override() is None
    monkeypatch.delenv("SIMULATOR_DATA_DIR")
    assert data_dir_override() is None


def test_a_second_listing_comes_from_the_index_without_reading_the_files(mini, archive, monkeypatch):
    """Once listed, unchanged session files are summarised from the index: no file is parsed again."""
    saved(archive, mini, ["open-ask"], updated_at="2024-01-01T09:00:00+00:00")
    saved(archive, mini, GOOD_PATH, updated_at="2024-03-01T09:00:00+00:00")
    first = archive.summaries()
    monkeypatch.setattr(SessionArchive, "summary", staticmethod(lambda path: pytest.fail(f"{path} was parsed")))
    assert SessionArchive(archive.folder.parent).summaries() == first


def test_a_changed_session_file_is_summarised_again(mini, archive):
    """A session that was played on (so its file changed) is listed with its new turn count."""
    path = saved(archive, mini, ["open-ask"], updated_at="2024-01-01T09:00:00+00:00")
    assert archive.summaries()[0].turns == 1
    session = Session.load(path)
    session.choose("middle-name", response_ms=0)
    session.save(path)
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    assert archive.summaries()[0].turns == 2


def test_a_damaged_index_is_ignored(mini, archive):
    """Garbage in the index file only means the session files are read again."""
    saved(archive, mini, ["open-ask"], updated_at="2024-01-01T09:00:00+00:00")
    archive.summaries()
    archive.index_file.write_text('{"program": 1, "files": {"x": 7', encoding="utf-8")
    summaries = archive.summaries()
    assert [s.turns for s in summaries] == [1] and summaries[0].problem is None
