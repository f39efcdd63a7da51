"""Desktop integration on Linux and other XDG desktops: the launcher entry, the AppStream metadata and the icon.

The three files ship inside the package (`assets/desktop/`, `assets/icons/app.svg`) and are validated in CI with
`desktop-file-validate` and `appstreamcli validate`. `install_desktop` copies them into the user's XDG data
folder (`$XDG_DATA_HOME`, by default `~/.local/share`), with the launcher pointing at this install's
`simulator-gui`, so a pip or pipx install appears in the application menu like any other program.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from .bundled import assets_dir

APP_ID = "org.salesresistance.Simulator"
GUI_SCRIPT = "simulator-gui"


def xdg_data_home() -> Path:
    """`$XDG_DATA_HOME`, or `~/.local/share` when it is unset or not absolute (as the specification says)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if value and Path(value).is_absolute() else Path.home() / ".local" / "share"


def gui_command() -> str:
    """The launcher's command: this install's `simulator-gui` when it can be found, else the bare name."""
    beside = Path(sys.executable).with_name(GUI_SCRIPT)
    if beside.is_file():
        return str(beside)
    found = shutil.which(GUI_SCRIPT)
    return found or GUI_SCRIPT


def desktop_entry(command: str) -> str:
    """The shipped desktop entry with its Exec line pointing at `command`."""
    text = (assets_dir() / "desktop" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    quoted = f'"{command}"' if " " in command else command
    return "".join(f"Exec={quoted}\n" if line.startswith("Exec=") else line for line in text.splitlines(keepends=True))


def install_desktop(data_home: Path | None = None) -> list[Path]:
    """Write the launcher, the metadata and the icon into the XDG data folder; returns the files written."""
    home = data_home or xdg_data_home()
    files = {
        home / "applications" / f"{APP_ID}.desktop": desktop_entry(gui_command()).encode("utf-8"),
        home / "metainfo" / f"{APP_ID}.metainfo.xml": (
            assets_dir() / "desktop" / f"{APP_ID}.metainfo.xml"
        ).read_bytes(),
        home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg": (
            assets_dir() / "icons" / "app.svg"
        ).read_bytes(),
    }
    for path, data in files.items():
        _write_atomically(path, data)
    return list(files)


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(temp, 0o644)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
