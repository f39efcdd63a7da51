"""Session files: saved atomically, loaded exactly, and a damaged or foreign file refused without being touched.

User data is precious: whatever is wrong with a file, loading raises `SessionFileError` naming the file, and the
file's bytes and modification time are the same afterwards.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from simulator.engine import Session, SessionFileError, session_file
from simulator.engine.storage import FORMAT_NAME, FORMAT_VERSION, read_document, scenario_hash

GOOD_PATH = ["open-ask", "middle-name", "close-summarize", "close-summarize", "close-propose"]


def played(mini, choices: list[str], **kwargs) -> Session:
    """A session of mini after `choices`, with varied response times."""
    session = Session(mini, kwargs.pop("language", "en"), kwargs.pop("seed", 3), **kwargs)
    for number, choice in enumerate(choices):
        session.choose(choice, response_ms=400 * number + 150)
    return session


def same_session(loaded: Session, original: Session) -> None:
    """Assert that `loaded` is `original` in every respect a user can see."""
    assert loaded.id == original.id
    assert loaded.scenario == original.scenario
    assert (loaded.language, loaded.seed, loaded.mode) == (original.language, original.seed, original.mode)
    assert loaded.started_at == original.started_at
    assert loaded.parent == original.parent
    assert loaded.turns == original.turns
    assert (loaded.trust, loaded.tension, loaded.state) == (original.trust, original.tension, original.state)
    assert loaded.beat == original.beat
    assert loaded.needs_uncovered == original.needs_uncovered
    assert loaded.outcome == original.outcome
    assert loaded.notes == original.notes
    assert loaded.options == original.options


# ---- round trip ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "choices",
    [[], ["open-ask"], ["open-ask", "middle-pressure"], GOOD_PATH],
    ids=["empty", "one-turn", "unfinished", "committed"],
)
def test_save_then_load_reproduces_the_session(mini, tmp_path, choices):
    """Saving and loading gives back the same turns, meters, state, needs and outcome."""
    session = played(mini, choices)
    path = tmp_path / "session.json"
    session.save(path)
    same_session(Session.load(path), session)


def test_notes_mode_language_and_parent_survive_saving(mini, tmp_path):
    """Trainer notes, the feedback mode, the language and the branch parent are kept."""
    parent = played(mini, GOOD_PATH, language="nl", mode="hidden")
    session = parent.branch(3)
    session.notes.session = "Goed tempo, let op de druk aan het eind."
    session.notes.turns = {0: "Mooie open vraag.", 2: "Hier had je kunnen samenvatten."}
    path = tmp_path / "branch.json"
    session.save(path)
    loaded = Session.load(path)
    same_session(loaded, session)
    assert loaded.notes.turns == {0: "Mooie open vraag.", 2: "Hier had je kunnen samenvatten."}
    assert loaded.parent == {"session": parent.id, "turn": 3}
    assert (loaded.mode, loaded.language) == ("hidden", "nl")


def test_loaded_session_plays_on_exactly_like_the_original(mini, tmp_path):
    """A resumed session continues as the original would have."""
    session = played(mini, ["open-ask", "middle-name"])
    path = tmp_path / "session.json"
    session.save(path)
    loaded = Session.load(path)
    for choice in GOOD_PATH[2:]:
        assert loaded.choose(choice, response_ms=0) == session.choose(choice, response_ms=0)
    assert loaded.outcome == "committed"


def test_session_file_holds_the_scenario_as_played(mini, tmp_path):
    """The file is versioned JSON with a copy of the scenario, its hash, the seed and every turn."""
    session = played(mini, ["open-ask", "middle-name"])
    path = tmp_path / "session.json"
    session.save(path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == FORMAT_NAME
    assert document["version"] == FORMAT_VERSION
    assert document["scenario_id"] == "mini"
    assert document["scenario"]["beats"][0]["id"] == "open"
    assert document["scenario_hash"] == scenario_hash(mini)
    assert document["seed"] == 3
    assert [turn["option"] for turn in document["turns"]] == ["open-ask", "middle-name"]
    assert document["turns"][0]["reasons"][0]["text"]["nl"]
    assert document["outcome"] is None


def test_stored_copy_is_used_even_after_the_scenario_file_changes(mini, tmp_path):
    """A session replays from its own copy, not from whatever the scenario file says today."""
    session = played(mini, ["open-ask"])
    path = tmp_path / "session.json"
    session.save(path)
    changed = mini.model_copy(update={"max_turns": 3})
    assert scenario_hash(changed) != scenario_hash(mini)
    assert Session.load(path).scenario.max_turns == mini.max_turns


# ---- atomic writes -------------------------------------------------------------------------------------------
def test_save_leaves_no_temporary_files(mini, tmp_path):
    """After saving, the folder holds the session file and nothing else."""
    folder = tmp_path / "sessions"
    played(mini, GOOD_PATH).save(folder / "s.json")
    assert sorted(p.name for p in folder.iterdir()) == ["s.json"]


def test_save_replaces_an_existing_file_whole(mini, tmp_path):
    """Saving over a longer file leaves exactly the new content, no tail of the old one."""
    path = tmp_path / "s.json"
    path.write_text("x" * 500_000, encoding="utf-8")
    session = played(mini, ["open-ask"])
    session.save(path)
    assert json.loads(path.read_text(encoding="utf-8"))["id"] == session.id
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.json"]


def test_failed_save_keeps_the_old_file_and_leaves_no_temporary_file(mini, tmp_path, monkeypatch):
    """If the final rename fails, the previous save is intact and the temporary file is removed."""
    path = tmp_path / "s.json"
    first = played(mini, ["open-ask"])
    first.save(path)
    before = path.read_bytes()

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="No space left"):
        played(mini, GOOD_PATH).save(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.json"]


def test_save_creates_missing_folders(mini, tmp_path):
    """Saving into a folder that does not exist yet creates it."""
    path = tmp_path / "a" / "b" / "s.json"
    played(mini, []).save(path)
    assert Session.load(path).turns == ()


# ---- autosave ------------------------------------------------------------------------------------------------
def test_autosave_writes_after_every_turn_and_after_undo(mini, tmp_path):
    """With autosave on, the file always holds the session as it is now."""
    path = tmp_path / "auto.json"
    session = Session(mini, "en", seed=1)
    session.autosave_to(path)
    assert Session.load(path).turns == ()
    for count, choice in enumerate(GOOD_PATH[:3], start=1):
        session.choose(choice, response_ms=0)
        assert len(json.loads(path.read_text(encoding="utf-8"))["turns"]) == count
    session.undo()
    loaded = Session.load(path)
    assert loaded.turns == session.turns
    assert len(loaded.turns) == 2


def test_autosave_records_the_ending(mini, tmp_path):
    """The turn that ends the conversation is saved with its outcome."""
    path = tmp_path / "auto.json"
    session = Session(mini, "en")
    session.autosave_to(path)
    for choice in GOOD_PATH:
        session.choose(choice, response_ms=0)
    assert json.loads(path.read_text(encoding="utf-8"))["outcome"] == "committed"


def test_autosave_can_be_stopped(mini, tmp_path):
    """After `autosave_to(None)` further turns are not written."""
    path = tmp_path / "auto.json"
    session = Session(mini, "en")
    session.autosave_to(path)
    session.choose("open-ask", response_ms=0)
    session.autosave_to(None)
    session.choose("middle-name", response_ms=0)
    assert len(json.loads(path.read_text(encoding="utf-8"))["turns"]) == 1


# ---- damaged and foreign files -------------------------------------------------------------------------------
def _doc(text: str) -> dict:
    return json.loads(text)


def _dump(document: dict) -> bytes:
    return json.dumps(document, indent=1).encode("utf-8")


def _tamper_trust(text: str) -> bytes:
    document = _doc(text)
    turn = document["turns"][1]
    turn["trust_after"] = turn["trust_after"] + 1
    return _dump(document)


def _unknown_option(text: str) -> bytes:
    document = _doc(text)
    document["turns"][1]["option"] = "middle-bribe"
    return _dump(document)


def _changed_outcome(text: str) -> bytes:
    document = _doc(text)
    document["outcome"] = "committed"
    return _dump(document)


def _bad_scenario(text: str) -> bytes:
    document = _doc(text)
    document["scenario"]["start"]["trust"] = 500
    return _dump(document)


def _scenario_without_beats(text: str) -> bytes:
    document = _doc(text)
    del document["scenario"]["beats"]
    return _dump(document)


def _newer(text: str) -> bytes:
    document = _doc(text)
    document["version"] = FORMAT_VERSION + 1
    return _dump(document)


def _with(key: str, value):
    def change(text: str) -> bytes:
        document = _doc(text)
        document[key] = value
        return _dump(document)

    return change


def _extra_turn(text: str) -> bytes:
    document = _doc(text)
    document["turns"].append(dict(document["turns"][-1], index=len(document["turns"])))
    return _dump(document)


def _out_of_order(text: str) -> bytes:
    document = _doc(text)
    document["turns"][0]["index"] = 5
    return _dump(document)


def _other_scenario_id(text: str) -> bytes:
    document = _doc(text)
    document["scenario_id"] = "someone-else"
    return _dump(document)


def _bad_note(text: str) -> bytes:
    document = _doc(text)
    document["notes"] = {"session": "", "turns": {"first": "nice"}}
    return _dump(document)


HOSTILE = {
    "truncated": (lambda text: text.encode("utf-8")[: len(text) // 2], "damaged or incomplete"),
    "empty": (lambda text: b"", "empty"),
    "whitespace": (lambda text: b"  \n\n", "empty"),
    "binary": (lambda text: bytes(range(256)) * 4, "not a session file"),
    "foreign json": (lambda text: b'{"name": "my shopping list", "items": ["milk"]}', "not a session file"),
    "json list": (lambda text: b'[{"format": "sales-resistance-session"}]', "not a session file"),
    "json string": (lambda text: b'"sales-resistance-session"', "not a session file"),
    "newer version": (_newer, "newer version of the program"),
    "version zero": (_with("version", 0), "no valid format version"),
    "version as text": (_with("version", "1"), "no valid format version"),
    "tampered trust": (_tamper_trust, "turn 2 records trust_after"),
    "unknown option": (_unknown_option, "an option that is not there"),
    "changed outcome": (_changed_outcome, "recorded outcome does not match"),
    "bad stored scenario": (_bad_scenario, "stored scenario is invalid"),
    "scenario without beats": (_scenario_without_beats, "stored scenario is invalid"),
    "turn after the end": (_extra_turn, "after the conversation had ended"),
    "turn out of order": (_out_of_order, "out of order"),
    "other scenario id": (_other_scenario_id, "scenario id does not match"),
    "unknown mode": (_with("mode", "karaoke"), "unknown feedback mode"),
    "unknown language": (_with("language", "de"), "inconsistent"),
    "seed as text": (_with("seed", "3"), "damaged"),
    "turns not a list": (_with("turns", {"0": 1}), "damaged"),
    "note on no turn": (_bad_note, "note is attached to no turn"),
    "very deep": (lambda text: b"[" * 100_000, "not a session file"),
}


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_damaged_or_foreign_file_is_refused_and_left_untouched(mini, tmp_path, kind):
    """Each kind of bad file raises SessionFileError naming the file; its bytes and mtime do not change."""
    corrupt, words = HOSTILE[kind]
    good = tmp_path / "good.json"
    session = played(mini, ["open-ask", "middle-name", "close-summarize", "close-pressure"])
    assert session.outcome is not None
    session.save(good)
    path = tmp_path / "bad.json"
    path.write_bytes(corrupt(good.read_text(encoding="utf-8")))
    os.utime(path, (1_000_000_000, 1_000_000_000))
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    with pytest.raises(SessionFileError) as caught:
        Session.load(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert caught.value.path == str(path)
    assert words in caught.value.reason
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json", "good.json"]


def test_missing_file_is_a_session_file_error(tmp_path):
    """Opening a session that is not there names the file."""
    path = tmp_path / "gone.json"
    with pytest.raises(SessionFileError, match="cannot read the file") as caught:
        Session.load(path)
    assert caught.value.path == str(path)


def test_tampered_turn_message_says_what_differs(mini, tmp_path):
    """A hand-edited trust value is named with the recorded and the replayed value."""
    path = tmp_path / "s.json"
    session = played(mini, ["open-ask", "middle-name"])
    session.save(path)
    real = session.turns[1].trust_after
    path.write_bytes(_tamper_trust(path.read_text(encoding="utf-8")))
    with pytest.raises(SessionFileError) as caught:
        Session.load(path)
    assert f"turn 2 records trust_after = {real + 1}, but replaying it gives {real}" in str(caught.value)


# ---- versions ------------------------------------------------------------------------------------------------
def test_older_format_is_migrated_in_memory_only(mini, tmp_path, monkeypatch):
    """A file of an older format is migrated on reading, while the file itself is never rewritten."""
    path = tmp_path / "old.json"
    played(mini, ["open-ask"]).save(path)
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    migrated: list[int] = []

    def to_version_3(document):
        migrated.append(document["version"])
        return {**document, "version": 3}

    monkeypatch.setattr(session_file, "FORMAT_VERSION", 3)
    monkeypatch.setitem(session_file.MIGRATIONS, 2, to_version_3)
    assert read_document(path)["version"] == 3
    assert migrated == [2]
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_a_session_saved_by_the_first_version_replays_under_its_own_rules(tmp_path):
    """A version-1 file (format-1 scenario, first rules, no option order) still opens, turn for turn, untouched."""
    source = Path(__file__).parent / "data" / "session-v1.json"
    path = tmp_path / "old.json"
    path.write_bytes(source.read_bytes())
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    session = Session.load(path)
    assert session.rules.version == 1
    assert [t.option for t in session.turns] == ["opening-reflect", "track-give-control", "demo-reflect"]
    assert session.trust == 46
    assert session.notes.session == "Oude sessie"
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_the_autosave_document_holds_the_scenario_as_a_fresh_one_and_a_changed_copy_does_not_leak(mini):
    """The autosave's shared stored scenario equals a fresh dump; a document a caller changes (as export and tests
    do) is its own copy, so the next autosave still writes the scenario as played."""
    from simulator.engine.storage import session_document

    session = played(mini, GOOD_PATH[:2])
    fresh = session_document(session)
    shared = session_document(session, share_scenario=True)
    assert shared["scenario"] == fresh["scenario"] == mini.model_dump(mode="json")
    fresh["scenario"]["title"]["en"] = "changed by a caller"
    assert session_document(session, share_scenario=True)["scenario"] == mini.model_dump(mode="json")
