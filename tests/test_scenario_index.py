"""The cached index of scenario metadata: the library's cards without YAML or validation, kept honest by size and
modification time, and never trusted when damaged."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from conftest import MINI, MINI_ASSETS

from simulator.engine.atomic import atomic_write_bytes
from simulator.scenario.digest import scenario_hash
from simulator.scenario.index import INDEX_FILE_NAME, ScenarioIndex


def copy_mini(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(MINI, folder / "mini.yaml"))


def test_a_second_read_comes_from_the_index_without_loading(tmp_path, mini):
    """After one load, a fresh index on the same data folder returns the card and hash without parsing."""
    path = copy_mini(tmp_path / "lib")
    first = ScenarioIndex(tmp_path / INDEX_FILE_NAME, atomic_write_bytes)
    found = first.read(path, MINI_ASSETS)
    assert found.scenario is not None and found.info is not None
    first.save()
    again = ScenarioIndex(tmp_path / INDEX_FILE_NAME, atomic_write_bytes).read(path, MINI_ASSETS)
    assert again.scenario is None, "an unchanged file must not be loaded again"
    assert again.info == found.info
    assert again.info.title == dict(mini.title)
    assert again.info.persona_name == mini.persona.name
    assert again.info.digest == scenario_hash(mini)


def test_an_edited_file_is_read_again(tmp_path):
    """A changed size or modification time makes the index read the file anew and see the new text."""
    path = copy_mini(tmp_path / "lib")
    index = ScenarioIndex(tmp_path / INDEX_FILE_NAME, atomic_write_bytes)
    old = index.read(path, MINI_ASSETS).info
    index.save()
    text = path.read_text(encoding="utf-8")
    assert old is not None and old.title["en"] in text
    path.write_text(text.replace(old.title["en"], "A renamed scenario"), encoding="utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    fresh = ScenarioIndex(tmp_path / INDEX_FILE_NAME, atomic_write_bytes).read(path, MINI_ASSETS)
    assert fresh.scenario is not None
    assert fresh.info is not None and fresh.info.title["en"] == "A renamed scenario"
    assert fresh.info.digest != old.digest


def test_a_broken_file_is_reported_and_never_cached(tmp_path):
    """A file that does not validate gets its problem (naming the file) every time, and no index entry."""
    path = copy_mini(tmp_path / "lib")
    path.write_text(MINI.read_text(encoding="utf-8").replace("move: listen", "move: shout"), encoding="utf-8")
    index = ScenarioIndex(tmp_path / INDEX_FILE_NAME, atomic_write_bytes)
    found = index.read(path, MINI_ASSETS)
    assert found.info is None and found.problem is not None and "mini.yaml" in found.problem
    index.save()
    stored = json.loads((tmp_path / INDEX_FILE_NAME).read_text(encoding="utf-8"))
    assert stored["files"] == {}


def test_a_damaged_index_counts_as_empty_and_is_rewritten(tmp_path):
    """Garbage in the index file is ignored (the scenario is read from its file) and replaced on save."""
    path = copy_mini(tmp_path / "lib")
    (tmp_path / INDEX_FILE_NAME).write_text('{"format": "simulator-scenario-index", "files": [1, 2', encoding="utf-8")
    index = ScenarioIndex(tmp_path / INDEX_FILE_NAME, atomic_write_bytes)
    found = index.read(path, MINI_ASSETS)
    assert found.scenario is not None and found.info is not None
    index.save()
    stored = json.loads((tmp_path / INDEX_FILE_NAME).read_text(encoding="utf-8"))
    assert list(stored["files"]) == [str(path.resolve())]
    assert not [name for name in os.listdir(tmp_path) if name.endswith(".tmp")]


def test_a_tampered_entry_is_not_trusted(tmp_path):
    """An entry whose fields have the wrong types is a miss, not a card with garbage on it."""
    path = copy_mini(tmp_path / "lib")
    index = ScenarioIndex(tmp_path / INDEX_FILE_NAME, atomic_write_bytes)
    index.read(path, MINI_ASSETS)
    index.save()
    document = json.loads((tmp_path / INDEX_FILE_NAME).read_text(encoding="utf-8"))
    document["files"][str(path.resolve())]["info"]["title"] = ["not", "a", "mapping"]
    (tmp_path / INDEX_FILE_NAME).write_text(json.dumps(document), encoding="utf-8")
    found = ScenarioIndex(tmp_path / INDEX_FILE_NAME, atomic_write_bytes).read(path, MINI_ASSETS)
    assert found.scenario is not None and found.info is not None and isinstance(found.info.title, dict)
