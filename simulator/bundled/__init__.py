"""The data that ships with the program: the bundled scenarios and the assets (avatars, icons, style sheet).

In the repository they are the top-level folders `dialogues/` and `assets/`; the build maps them into the package
as `simulator.bundled.dialogues` and `simulator.bundled.assets`, so they are found through `importlib.resources`
from any install: editable, wheel, pipx or a frozen bundle. No `__file__` arithmetic, which only works in a
source tree. Qt-free and light, so the window can ask for its style sheet before anything heavy is imported: the
import system's own answer (the package's folder) is asked first, as `importlib.resources` alone imports a dozen
modules (zip files, temporary files) that start-up has no use for.
"""

from __future__ import annotations

from functools import cache
from importlib.util import find_spec
from pathlib import Path


@cache
def _folder(name: str) -> Path:
    spec = find_spec(f"{__name__}.{name}")
    for location in (spec.submodule_search_locations or []) if spec is not None else []:
        folder = Path(location)
        if folder.is_dir():
            return folder
    from importlib import resources

    try:
        root = resources.files(f"{__name__}.{name}")
    except ModuleNotFoundError:
        # A broken install: name the folder where the data should have been, so messages can point at it.
        root = resources.files(__name__) / name
    # Every install this program supports (wheel, editable, pipx, PyInstaller) keeps files on disk; a zipped
    # install would hand back a zip path, which Qt's image and style-sheet loaders cannot read.
    return root if isinstance(root, Path) else Path(str(root))


def dialogues_dir() -> Path:
    """The folder of the bundled scenarios (it may be missing from a broken install: callers check)."""
    return _folder("dialogues")


def assets_dir() -> Path:
    """The folder of the bundled assets (it may be missing from a broken install: callers check)."""
    return _folder("assets")


def asset(relative: str) -> Path | None:
    """A file among the bundled assets (e.g. `icons/app.svg`), or None when it is not there."""
    path = assets_dir() / relative
    return path if path.is_file() else None
