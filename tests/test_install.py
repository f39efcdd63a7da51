"""The program finds its own data through the installed package, whatever the install, and says so when it
cannot (a broken install lists nothing and exits 1 instead of showing an empty library)."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import simulator.cli as cli
import simulator.scenario.library as library
from simulator.bundled import asset, assets_dir, dialogues_dir

PACKAGE = Path(cli.__file__).parent


def test_bundled_scenarios_and_assets_come_from_the_package():
    """The library and the assets are the package resources `simulator.bundled.*`, holding what the window needs."""
    assert dialogues_dir() == Path(str(resources.files("simulator.bundled.dialogues")))
    assert assets_dir() == Path(str(resources.files("simulator.bundled.assets")))
    assert len(list(dialogues_dir().glob("*.yaml"))) >= 1
    for needed in (
        "icons/app.svg",
        "styles/app.qss",
        *(f"default-avatar/{e}.svg" for e in ("guarded", "tense", "open")),
    ):
        assert asset(needed) is not None, needed
    assert asset("no/such/file.svg") is None


def test_window_theme_uses_the_packaged_assets():
    """The style sheet and icon the window loads are the packaged ones."""
    from simulator.ui.kit import theme

    assert assets_dir() / "styles" / "app.qss" == theme.STYLE_SHEET
    assert theme.STYLE_SHEET.is_file() and theme.APP_ICON.is_file()


def test_no_data_is_looked_up_relative_to_the_source_tree():
    """No module finds data by climbing out of the package (`Path(__file__).parents[...]`), which breaks in a wheel."""
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if re.search(r"Path\(__file__\)(\.resolve\(\))?\.parents?\b", path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_list_without_a_library_exits_1_and_says_where_it_looked(capsys, monkeypatch, tmp_path):
    """With no scenarios anywhere (a broken install), `list` prints a clear message and exits 1, not an empty 0."""
    empty = tmp_path / "missing-dialogues"
    monkeypatch.setattr(library, "DIALOGUES_DIR", empty)
    code = cli.main(["list"])
    captured = capsys.readouterr()
    assert code == 1
    assert captured.out == ""
    assert "no scenario files found" in captured.err and str(empty) in captured.err
