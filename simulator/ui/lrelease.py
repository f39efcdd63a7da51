"""Where Qt's translation compiler, lrelease, is found, and the name of the build's record of what it compiled.

Shared by the program (which compiles a `.ts` at first start when no fresh `.qm` shipped) and by `setup.py`
(which compiles them all while the wheel is built, and loads this file by its path, before the package can be
imported). So it imports nothing from Qt or the package at its top.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

COMPILED_INDEX = "compiled.json"
"""Written by the build beside the `.qm` files: the SHA-256 of each `.ts` it compiled to the `.qm` next to it."""


def lrelease_command() -> list[str] | None:
    """How to run lrelease here: PySide6's bundled binary, else one on the PATH, else the venv's script."""
    package: Path | None = None
    try:
        import PySide6

        package = Path(PySide6.__file__).parent
    except ImportError:  # a build environment without PySide6 still finds one on the PATH
        pass
    if package is not None:
        for name in ("lrelease", "lrelease.exe"):
            candidate = package / name
            if candidate.is_file() and os.access(candidate, os.X_OK):
                return [str(candidate)]
    for name in ("pyside6-lrelease", "lrelease", "lrelease-qt6"):
        found = shutil.which(name)
        if found:
            return [found]
    venv_script = Path(sys.executable).with_name("pyside6-lrelease")
    return [str(venv_script)] if venv_script.is_file() else None
