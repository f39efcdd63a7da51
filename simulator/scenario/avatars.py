"""Where a scenario's pictures come from: one lookup shared by the window, the command line and the validator.

An avatar path in a scenario (`avatars/sam-open.svg`) is looked up, in this order:

1. beside the scenario file (so `avatars/` next to the YAML: a trainer's own folder or an imported pack),
2. in an `assets/` folder beside the scenario file (the older layout of a trainer's folder),
3. among the program's bundled assets.

A scenario that names no avatar gets the neutral default set. Every lookup stays inside its folder: a path that
leads out of it (`..`, a link to elsewhere) is never followed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path, PurePosixPath

from ..bundled import assets_dir as bundled_assets_dir
from .model import Scenario

AVATAR_SUFFIXES = {".svg", ".png", ".jpg", ".jpeg"}
EXPRESSIONS = ("guarded", "tense", "open")
DEFAULT_AVATAR_FOLDER = "default-avatar"


def avatar_roots(scenario_file: Path | None, extra: Sequence[Path] = ()) -> tuple[Path, ...]:
    """The folders an avatar of the scenario at `scenario_file` is looked up in, first match wins; `extra`
    folders come before the bundled assets."""
    beside: tuple[Path, ...] = ()
    if scenario_file is not None:
        folder = Path(scenario_file).resolve().parent
        beside = (folder, folder / "assets")
    return (*beside, *extra, bundled_assets_dir())


def path_problem(relative: str) -> str | None:
    """Why `relative` cannot be an avatar path in any folder, or None when its form is fine."""
    if any(ord(character) < 32 or ord(character) == 127 for character in relative):
        # A NUL byte would crash the file system calls that follow; the path is not quoted, to keep the message clean.
        return "the path contains a control character (such as a NUL byte); write a plain file name"
    posix = PurePosixPath(relative)
    if "\\" in relative or posix.is_absolute() or relative.startswith("~") or ":" in relative:
        return f"'{relative}' must be a relative path inside assets/ (forward slashes, no drive or root)"
    if ".." in posix.parts:
        return f"'{relative}' must not contain '..'"
    if posix.suffix.lower() not in AVATAR_SUFFIXES:
        return f"'{relative}' must be an image ({', '.join(sorted(AVATAR_SUFFIXES))})"
    return None


def confined_file(root: Path, relative: str) -> Path | None:
    """`root / relative` if it is a file that stays inside `root` once links are followed, else None."""
    if path_problem(relative) is not None:
        return None
    try:
        base = root.resolve()
        target = (base / PurePosixPath(relative)).resolve()
    except OSError:
        return None
    return target if target.is_relative_to(base) and target.is_file() else None


def find_avatar(relative: str, roots: Sequence[Path]) -> Path | None:
    """The first file `relative` names among `roots`, or None."""
    for root in roots:
        found = confined_file(root, relative)
        if found is not None:
            return found
    return None


def default_avatar(expression: str) -> Path:
    """The neutral picture for `expression` (for a scenario that brings none of its own)."""
    name = expression if expression in EXPRESSIONS else "guarded"
    return bundled_assets_dir() / DEFAULT_AVATAR_FOLDER / f"{name}.svg"


def pick_avatar(faces: Mapping[str, str], expression: str, roots: Sequence[Path]) -> Path:
    """The picture for `expression` among a persona's `faces` (expression -> path as written), looked up in
    `roots`; the guarded face stands in for a missing expression, the neutral default for a missing file."""
    relative = faces.get(expression) or faces.get("guarded")
    if relative:
        found = find_avatar(relative, roots)
        if found is not None:
            return found
    return default_avatar(expression)


def avatar_file(scenario: Scenario, expression: str, roots: Sequence[Path] | None = None) -> Path:
    """The picture of `scenario`'s customer with `expression` (guarded, tense or open).

    `roots` defaults to where the scenario was loaded from (see `avatar_roots`); a path that is not found there,
    or a scenario without avatars, gets the neutral default.
    """
    faces = {str(key): value for key, value in scenario.persona.avatar.items()}
    return pick_avatar(faces, expression, scenario.avatar_roots if roots is None else roots)


def avatar_files(scenario: Scenario) -> dict[str, Path]:
    """The scenario's own pictures (not the defaults) by the relative path written in the file."""
    found: dict[str, Path] = {}
    for relative in scenario.persona.avatar.values():
        path = find_avatar(relative, scenario.avatar_roots)
        if path is not None:
            found[relative] = path
    return found
