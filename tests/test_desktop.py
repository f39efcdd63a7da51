"""Desktop integration: `simulator install-desktop` puts a valid launcher, AppStream metadata and the icon into
the user's XDG data folder, pointing at this install's GUI entry point."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import simulator.cli as cli
from simulator.bundled import assets_dir
from simulator.desktop import APP_ID

SHIPPED = assets_dir() / "desktop"


def test_install_desktop_writes_into_xdg_data_home(capsys, monkeypatch, tmp_path):
    """With XDG_DATA_HOME set, the launcher, metadata and icon go there and are listed on stdout."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert cli.main(["install-desktop"]) == 0
    written = capsys.readouterr().out.split()
    expected = [
        tmp_path / "share" / "applications" / f"{APP_ID}.desktop",
        tmp_path / "share" / "metainfo" / f"{APP_ID}.metainfo.xml",
        tmp_path / "share" / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
    ]
    assert written == [str(path) for path in expected]
    assert all(path.is_file() for path in expected)
    entry = expected[0].read_text(encoding="utf-8")
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    gui = Path(sys.executable).with_name("simulator-gui")
    assert exec_line == (f"Exec={gui}" if gui.is_file() else "Exec=simulator-gui")
    assert f"Icon={APP_ID}" in entry


def test_relative_xdg_data_home_is_ignored(capsys, monkeypatch, tmp_path):
    """A relative XDG_DATA_HOME is invalid by the specification: the files go to ~/.local/share instead."""
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert cli.main(["install-desktop"]) == 0
    assert (tmp_path / ".local" / "share" / "applications" / f"{APP_ID}.desktop").is_file()


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed")
def test_shipped_desktop_entry_passes_the_validator(monkeypatch, tmp_path):
    """The shipped launcher, and the one install-desktop writes, pass desktop-file-validate."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    cli.main(["install-desktop"])
    for path in (SHIPPED / f"{APP_ID}.desktop", tmp_path / "applications" / f"{APP_ID}.desktop"):
        result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True, check=False)
        assert result.returncode == 0 and "error" not in result.stdout, result.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream is not installed")
def test_shipped_metainfo_passes_appstream_validation():
    """The AppStream metadata passes `appstreamcli validate` (offline)."""
    path = SHIPPED / f"{APP_ID}.metainfo.xml"
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
