"""Trainers sharing scenarios: import a file or a pack into the own folder, export a pack, and the library and the
avatars that follow from it, through the command line as a trainer uses it."""

from __future__ import annotations

import io
import json
import sys
import zipfile

import pytest
from sharing_fixtures import TRAINER_ID, face, scenario_text, trainer_pack, tree, write_pack, write_trainer_scenario

import simulator.cli as cli
from simulator.bundled import assets_dir
from simulator.scenario import avatar_file, load_scenario
from simulator.scenario.avatars import default_avatar
from simulator.scenario.packs import MAX_PICTURE_BYTES


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """Run the command line; return the exit code, stdout and stderr."""
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def listed(capsys) -> dict[str, dict]:
    """`list --json` by scenario id."""
    code, out, err = run(capsys, "list", "--json")
    assert code == 0, err
    return {entry["id"]: entry for entry in json.loads(out)}


# ---- import ---------------------------------------------------------------------------------------------------
def test_import_file_copies_the_scenario_and_its_avatars(capsys, tmp_path, data_dir):
    """A scenario file with avatars/ beside it lands in the own folder with its pictures and is listed as own."""
    source = write_trainer_scenario(tmp_path / "usb")
    code, out, err = run(capsys, "import", str(source))
    assert code == 0, err
    copy = data_dir / "scenarios" / TRAINER_ID
    assert (copy / f"{TRAINER_ID}.yaml").read_bytes() == source.read_bytes()
    for expression in ("guarded", "tense", "open"):
        picture = f"avatars/{TRAINER_ID}-{expression}.svg"
        assert (copy / picture).read_bytes() == (source.parent / picture).read_bytes()
    assert "imported" in out
    entry = listed(capsys)[TRAINER_ID]
    assert entry["source"] == "own"
    assert entry["path"] == str(copy / f"{TRAINER_ID}.yaml")


def test_imported_scenario_keeps_working_when_the_original_is_gone(capsys, monkeypatch, tmp_path, data_dir):
    """The library keeps its own copy: the USB stick can be pulled and the scenario still plays with its faces."""
    source = write_trainer_scenario(tmp_path / "usb")
    assert run(capsys, "import", str(source))[0] == 0
    for path in sorted(source.parent.rglob("*"), reverse=True):
        path.unlink() if path.is_file() else path.rmdir()
    monkeypatch.setattr(sys, "stdin", io.StringIO("1\n" * 30))
    code, out, err = run(capsys, "play", TRAINER_ID, "--lang", "en")
    assert code == 0, err
    assert "Outcome:" in out
    copy = load_scenario(data_dir / "scenarios" / TRAINER_ID / f"{TRAINER_ID}.yaml")
    assert avatar_file(copy, "tense") == (copy_dir := data_dir / "scenarios" / TRAINER_ID) / (
        f"avatars/{TRAINER_ID}-tense.svg"
    )
    assert copy_dir.is_dir()


def test_import_pack_then_play(capsys, monkeypatch, tmp_path, data_dir):
    """A zip pack imports like a file: scenario and pictures in the own folder, ready to play."""
    pack = trainer_pack(tmp_path / "pack.zip")
    code, _, err = run(capsys, "import", str(pack))
    assert code == 0, err
    copy = data_dir / "scenarios" / TRAINER_ID
    assert sorted(p.name for p in (copy / "avatars").iterdir()) == sorted(
        f"{TRAINER_ID}-{e}.svg" for e in ("guarded", "tense", "open")
    )
    assert listed(capsys)[TRAINER_ID]["source"] == "own"


def test_reimport_replaces_the_earlier_copy(capsys, tmp_path, data_dir):
    """Importing a newer version of the same scenario replaces the copy and says so."""
    source = write_trainer_scenario(tmp_path / "usb")
    assert run(capsys, "import", str(source))[0] == 0
    source.write_text(scenario_text().replace("Mini conversation", "Garage visit"), encoding="utf-8")
    code, out, _ = run(capsys, "import", str(source))
    assert code == 0 and "replaced" in out
    assert listed(capsys)[TRAINER_ID]["title"]["en"] == "Garage visit"
    assert not [p for p in (data_dir / "scenarios").iterdir() if p.name.startswith(".")]


def test_refused_import_names_every_problem_and_changes_nothing(capsys, tmp_path, data_dir):
    """A broken scenario is refused with file:line:column for each problem, exit 1, and the own folder unchanged."""
    good = write_trainer_scenario(tmp_path / "usb")
    assert run(capsys, "import", str(good))[0] == 0
    before = tree(data_dir / "scenarios")
    broken = write_trainer_scenario(tmp_path / "broken")
    text = broken.read_text(encoding="utf-8").replace("move: listen", "move: shout", 1)
    text = text.replace("difficulty: intro", "difficulty: extreme", 1)
    broken.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "import", str(broken))
    assert code == 1
    assert out == ""
    problems = err.strip().splitlines()
    assert len(problems) == 2
    shout_line = text.splitlines().index(next(x for x in text.splitlines() if "move: shout" in x)) + 1
    assert any(p.startswith(f"{broken}:{shout_line}:") and "move" in p for p in problems)
    assert any(p.startswith(f"{broken}:") and "difficulty" in p for p in problems)
    assert tree(data_dir / "scenarios") == before


def test_import_of_a_bundled_id_is_refused(capsys, tmp_path, data_dir):
    """A scenario cannot take the id of a bundled one (it would hide it)."""
    bundled_id = json.loads(run(capsys, "list", "--json")[1])[0]["id"]
    source = write_trainer_scenario(tmp_path / "usb", bundled_id)
    code, _, err = run(capsys, "import", str(source))
    assert code == 1
    assert f"'{bundled_id}' is the id of a bundled scenario" in err
    assert tree(data_dir / "scenarios") == {}


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("../evil.yaml", "leads out of the pack"),
        ("avatars/../../evil.svg", "leads out of the pack"),
        ("/etc/evil.svg", "absolute"),
        ("C:/evil.svg", "absolute"),
        ("run.sh", "is not accepted"),
        ("avatars/face.jpg", "is not accepted"),
    ],
)
def test_unsafe_pack_members_are_refused(capsys, tmp_path, data_dir, name, words):
    """A pack with a path leading out of it, an absolute path or a foreign file type imports nothing."""
    members: dict[str, str | bytes] = {f"{TRAINER_ID}.yaml": scenario_text(avatars=False), name: "x"}
    pack = write_pack(tmp_path / "evil.zip", members)
    code, _, err = run(capsys, "import", str(pack))
    assert code == 1
    assert str(pack) in err and name in err and words in err
    assert tree(data_dir / "scenarios") == {}
    assert not (tmp_path / "evil.yaml").exists()


def test_pack_with_a_link_or_an_oversized_picture_is_refused(capsys, tmp_path, data_dir):
    """Links and pictures over the size limit are refused, each named, before anything is written."""
    pack = tmp_path / "big.zip"
    with zipfile.ZipFile(pack, "w") as archive:
        archive.writestr(f"{TRAINER_ID}.yaml", scenario_text(avatars=False))
        archive.writestr("avatars/huge.png", b"\0" * (MAX_PICTURE_BYTES + 1))
        link = zipfile.ZipInfo("avatars/link.svg")
        link.external_attr = (0o120777) << 16
        archive.writestr(link, "/etc/passwd")
    code, _, err = run(capsys, "import", str(pack))
    assert code == 1
    assert "'avatars/huge.png' is larger than" in err
    assert "'avatars/link.svg' is a link" in err
    assert tree(data_dir / "scenarios") == {}


def test_pack_with_a_file_where_a_folder_should_be_is_refused(capsys, tmp_path, data_dir):
    """A pack holding both `avatars` as a file and `avatars/x.svg` is refused with a message, not a traceback."""
    members: dict[str, str | bytes] = {f"{TRAINER_ID}.yaml": scenario_text(avatars=False), "avatars.svg": "x"}
    members["avatars.svg/face.svg"] = "y"
    pack = write_pack(tmp_path / "odd.zip", members)
    code, _, err = run(capsys, "import", str(pack))
    assert code == 1
    assert str(pack) in err and "cannot be unpacked" in err
    assert tree(data_dir / "scenarios") == {}


def test_own_folder_that_cannot_be_written_gives_a_message(capsys, tmp_path, data_dir):
    """When the data folder cannot hold the import (here: a file where the folder should be), the command says so."""
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "scenarios").write_text("not a folder", encoding="utf-8")
    code, _, err = run(capsys, "import", str(write_trainer_scenario(tmp_path / "usb")))
    assert code == 1
    assert "cannot import" in err and "Traceback" not in err


def test_broken_scenario_in_a_pack_is_named_inside_the_pack(capsys, tmp_path, data_dir):
    """A problem in a packed scenario names the pack and the file inside it, with line and column."""
    text = scenario_text(avatars=False).replace("move: listen", "move: shout", 1)
    pack = write_pack(tmp_path / "pack.zip", {"garage/garage-visit.yaml": text})
    code, _, err = run(capsys, "import", str(pack))
    assert code == 1
    assert err.startswith(f"{pack}/garage/garage-visit.yaml:")
    assert tree(data_dir / "scenarios") == {}


def test_not_a_scenario_is_refused(capsys, tmp_path):
    """Importing something that is neither .yaml nor .zip says what is accepted."""
    other = tmp_path / "notes.txt"
    other.write_text("hello", encoding="utf-8")
    code, _, err = run(capsys, "import", str(other))
    assert code == 1
    assert f"{other}:1:1: not a scenario file (.yaml) or a scenario pack (.zip)" in err


# ---- export ---------------------------------------------------------------------------------------------------
def test_export_pack_round_trip(capsys, tmp_path, data_dir, monkeypatch):
    """A pack exported by one trainer imports on another machine as the same scenario with the same pictures."""
    assert run(capsys, "import", str(write_trainer_scenario(tmp_path / "usb")))[0] == 0
    pack = tmp_path / "out" / "garage.zip"
    code, out, err = run(capsys, "export-pack", TRAINER_ID, "--out", str(pack))
    assert code == 0, err
    assert "3 picture(s)" in out
    with zipfile.ZipFile(pack) as archive:
        assert sorted(archive.namelist()) == sorted(
            [f"{TRAINER_ID}.yaml", *(f"avatars/{TRAINER_ID}-{e}.svg" for e in ("guarded", "tense", "open"))]
        )
    other = tmp_path / "other-machine"
    monkeypatch.setenv("SIMULATOR_DATA_DIR", str(other))
    assert run(capsys, "import", str(pack))[0] == 0
    assert tree(other / "scenarios" / TRAINER_ID) == tree(data_dir / "scenarios" / TRAINER_ID)
    first = load_scenario(data_dir / "scenarios" / TRAINER_ID / f"{TRAINER_ID}.yaml")
    second = load_scenario(other / "scenarios" / TRAINER_ID / f"{TRAINER_ID}.yaml")
    assert first == second


def test_export_of_a_bundled_scenario_takes_its_pictures_along(capsys, tmp_path):
    """A bundled scenario's pack holds the pictures it uses, so it imports elsewhere under a new id."""
    bundled = json.loads(run(capsys, "list", "--json")[1])[0]
    pack = tmp_path / "bundled.zip"
    assert run(capsys, "export-pack", bundled["id"], "--out", str(pack))[0] == 0
    scenario = load_scenario(bundled["path"])
    with zipfile.ZipFile(pack) as archive:
        assert set(scenario.persona.avatar.values()) <= set(archive.namelist())


# ---- avatars --------------------------------------------------------------------------------------------------
def test_avatars_resolve_beside_the_file_then_assets_then_bundled(tmp_path):
    """A picture beside the scenario wins over one in assets/ beside it, which wins over the bundled one."""
    bundled_relative = next(p.relative_to(assets_dir()) for p in (assets_dir() / "avatars").glob("*.svg"))
    folder = tmp_path / "trainer"
    path = write_trainer_scenario(folder)
    text = path.read_text(encoding="utf-8")
    text = text.replace(f"tense: avatars/{TRAINER_ID}-tense.svg", "tense: avatars/in-assets.svg")
    text = text.replace(f"open: avatars/{TRAINER_ID}-open.svg", f"open: {bundled_relative.as_posix()}")
    path.write_text(text, encoding="utf-8")
    (folder / "assets" / "avatars").mkdir(parents=True)
    (folder / "assets" / "avatars" / "in-assets.svg").write_text(face("#123"), encoding="utf-8")
    # The same name beside the file and in assets/: the one beside the file wins.
    (folder / "assets" / "avatars" / f"{TRAINER_ID}-guarded.svg").write_text(face("#000"), encoding="utf-8")
    scenario = load_scenario(path)
    assert avatar_file(scenario, "guarded") == folder.resolve() / f"avatars/{TRAINER_ID}-guarded.svg"
    assert avatar_file(scenario, "tense") == folder.resolve() / "assets/avatars/in-assets.svg"
    assert avatar_file(scenario, "open") == (assets_dir() / bundled_relative).resolve()


def test_scenario_without_avatars_gets_the_neutral_defaults(capsys, tmp_path):
    """No avatar in the file is fine: each expression shows its neutral default picture, which exists."""
    path = write_trainer_scenario(tmp_path / "plain", avatars=False)
    assert run(capsys, "validate", str(path))[0] == 0
    scenario = load_scenario(path)
    pictures = {expression: avatar_file(scenario, expression) for expression in ("guarded", "tense", "open")}
    assert pictures == {expression: default_avatar(expression) for expression in pictures}
    assert len({p.read_bytes() for p in pictures.values()}) == 3
    assert all(p.is_file() and p.read_text(encoding="utf-8").startswith("<svg") for p in pictures.values())


def test_avatar_path_leaving_the_folder_is_not_followed(tmp_path):
    """A stored scenario copy whose avatar names '../' gets the default, never a file outside its folder."""
    folder = tmp_path / "trainer"
    path = write_trainer_scenario(folder)
    scenario = load_scenario(path)
    (tmp_path / "secret.svg").write_text(face("#f00"), encoding="utf-8")
    forged = scenario.model_copy(
        update={"persona": scenario.persona.model_copy(update={"avatar": {"guarded": "../secret.svg"}})}
    )
    assert avatar_file(forged, "guarded") == default_avatar("guarded")
