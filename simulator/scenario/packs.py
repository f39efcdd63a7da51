"""Sharing scenarios between trainers: import a scenario file or a pack (a zip) into the trainer's own folder, and
export a scenario with its avatars as a pack.

An import validates everything first and changes nothing when anything is wrong: every problem comes back at once,
each naming the file and place. A pack is untrusted input, so it is read with limits: no absolute paths, no `..`,
no links, only scenario files and pictures, and bounded sizes. What passes is copied into its own folder,
`<own folder>/<id>/`, the scenario beside its `avatars/`, and the library reads it from there.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import stat
import tempfile
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .avatars import avatar_files, avatar_roots, path_problem
from .errors import Problem, ScenarioError
from .library import SCENARIO_SUFFIXES, bundled_scenario_paths
from .loader import load_scenario, parse_scenario
from .model import Scenario
from .yaml_source import MAX_BYTES

PACK_SUFFIXES = {".yaml", ".yml", ".svg", ".png"}
MAX_PACK_MEMBERS = 200
MAX_PICTURE_BYTES = 2 * 1024 * 1024
MAX_PACK_BYTES = 32 * 1024 * 1024  # unpacked: a zip bomb stops here, whatever the zip claims

log = logging.getLogger(__name__)


class ImportRefused(ScenarioError):
    """The file or pack could not be imported; `problems` says why, and nothing was changed."""


@dataclass(frozen=True)
class Imported:
    """One scenario that an import placed in the own folder."""

    scenario: Scenario
    path: Path
    replaced: bool


@dataclass(frozen=True)
class _Candidate:
    """A validated scenario with the bytes of its file and of its pictures, ready to be written."""

    scenario: Scenario
    name: str
    raw: bytes
    pictures: dict[str, bytes]


def import_scenarios(source: Path, own_dir: Path) -> list[Imported]:
    """Import the scenario file or pack at `source` into `own_dir`; raises ImportRefused and changes nothing
    when anything is wrong."""
    source = Path(source)
    try:
        candidates = _candidates(source)
        _check_ids(source, candidates)
    except ScenarioError as error:
        log.warning("import of %s refused: %d problem(s)", source, len(error.problems))
        raise
    placed = [_place(candidate, own_dir) for candidate in candidates]
    for item in placed:
        log.info("imported %s from %s into %s", item.scenario.id, source, item.path)
    return placed


def _candidates(source: Path) -> list[_Candidate]:
    suffix = source.suffix.lower()
    if suffix in SCENARIO_SUFFIXES:
        return [_candidate_from_file(source)]
    if suffix == ".zip":
        return _candidates_from_pack(source)
    raise _refused(source, "not a scenario file (.yaml) or a scenario pack (.zip)")


def export_pack(scenario: Scenario, scenario_file: Path, out: Path) -> list[str]:
    """Write `scenario` (loaded from `scenario_file`) and its own pictures into the zip `out`, written atomically;
    returns the names in the zip. Pictures keep the paths the scenario names them by, so the pack imports as is."""
    members = {f"{scenario.id}.yaml": Path(scenario_file).read_bytes()}
    for relative, path in sorted(avatar_files(scenario).items()):
        members[relative] = path.read_bytes()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as pack:
                for name, data in members.items():
                    pack.writestr(name, data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, out)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
    return list(members)


# ---- reading --------------------------------------------------------------------------------------------------
def _refused(source: Path, message: str) -> ImportRefused:
    return ImportRefused([Problem(str(source), 1, 1, "", message)])


def _candidate_from_file(path: Path) -> _Candidate:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise _refused(path, f"cannot read the file: {error.strerror or error}") from None
    scenario = load_scenario(path)  # raises ScenarioError with every problem, positions in this file
    pictures = {relative: found.read_bytes() for relative, found in avatar_files(scenario).items()}
    return _Candidate(scenario, path.name, raw, pictures)


def _candidates_from_pack(pack_path: Path) -> list[_Candidate]:
    members = _read_pack(pack_path)
    scenario_names = [name for name in members if PurePosixPath(name).suffix.lower() in SCENARIO_SUFFIXES]
    if not scenario_names:
        raise _refused(pack_path, "the pack holds no scenario file (.yaml)")
    candidates: list[_Candidate] = []
    problems: list[Problem] = []
    with tempfile.TemporaryDirectory(prefix="simulator-pack-") as temp:
        # Pictures are checked on disk, inside a private folder, exactly as they will be looked up once imported.
        root = Path(temp)
        for name, data in members.items():
            target = root / PurePosixPath(name)
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
            except OSError as error:  # e.g. a file and a folder of the same name in the pack
                raise _refused(pack_path, f"{name!r} cannot be unpacked: {error.strerror or error}") from None
        for name in scenario_names:
            folder = (root / PurePosixPath(name)).parent
            try:
                scenario = parse_scenario(members[name], f"{pack_path}/{name}", assets_dir=avatar_roots(folder / name))
            except ScenarioError as error:
                problems += error.problems
                continue
            pictures = {relative: found.read_bytes() for relative, found in avatar_files(scenario).items()}
            candidates.append(_Candidate(scenario, PurePosixPath(name).name, members[name], pictures))
    if problems:
        raise ImportRefused(problems)
    return candidates


def _read_pack(pack_path: Path) -> dict[str, bytes]:
    """The files of the zip at `pack_path` by name, after every safety check; ImportRefused lists what failed."""
    source = str(pack_path)
    try:
        pack = zipfile.ZipFile(pack_path)
    except (OSError, zipfile.BadZipFile) as error:
        raise _refused(pack_path, f"not a readable zip file: {error}") from None
    problems: list[Problem] = []
    members: dict[str, bytes] = {}
    with pack:
        entries = [entry for entry in pack.infolist() if not entry.is_dir()]
        if len(entries) > MAX_PACK_MEMBERS:
            raise _refused(pack_path, f"the pack holds {len(entries)} files; at most {MAX_PACK_MEMBERS} are accepted")
        total = 0
        for entry in entries:
            problem = _member_problem(entry)
            if problem is None:
                limit = (
                    MAX_BYTES
                    if PurePosixPath(entry.filename).suffix.lower() in SCENARIO_SUFFIXES
                    else (MAX_PICTURE_BYTES)
                )
                try:
                    with pack.open(entry) as handle:
                        data = handle.read(limit + 1)  # never trust the sizes the zip declares
                except (OSError, zipfile.BadZipFile, RuntimeError) as error:
                    problem = f"cannot be read: {error}"
                else:
                    total += len(data)
                    if len(data) > limit:
                        problem = f"is larger than {limit // 1024} KiB"
                    elif total > MAX_PACK_BYTES:
                        raise _refused(pack_path, f"the pack unpacks to more than {MAX_PACK_BYTES // 2**20} MiB")
                    else:
                        members[entry.filename] = data
            if problem is not None:
                problems.append(Problem(source, 1, 1, "", f"{entry.filename!r} {problem}"))
    if problems:
        raise ImportRefused(problems)
    return members


def _member_problem(entry: zipfile.ZipInfo) -> str | None:
    name = entry.filename
    posix = PurePosixPath(name)
    if "\\" in name or posix.is_absolute() or ":" in name or name.startswith("~"):
        return "has an absolute or foreign path: only relative paths with forward slashes are accepted"
    if ".." in posix.parts:
        return "leads out of the pack ('..')"
    mode = entry.external_attr >> 16
    if stat.S_ISLNK(mode):
        return "is a link: only plain files are accepted"
    if posix.suffix.lower() not in PACK_SUFFIXES:
        return f"is not accepted: a pack holds only {', '.join(sorted(PACK_SUFFIXES))} files"
    if posix.suffix.lower() in {".svg", ".png"} and path_problem(name) is not None:
        return "is not an acceptable picture path"
    return None


def _check_ids(source: Path, candidates: Sequence[_Candidate]) -> None:
    problems: list[Problem] = []
    taken = _bundled_ids()
    seen: set[str] = set()
    for candidate in candidates:
        scenario_id = candidate.scenario.id
        if scenario_id in taken:
            problems.append(
                Problem(
                    str(source), 1, 1, "id", f"'{scenario_id}' is the id of a bundled scenario: give yours its own id"
                )
            )
        if scenario_id in seen:
            problems.append(Problem(str(source), 1, 1, "id", f"two scenarios in the pack have the id '{scenario_id}'"))
        seen.add(scenario_id)
    if problems:
        raise ImportRefused(problems)


def _bundled_ids() -> set[str]:
    ids = set()
    for path in bundled_scenario_paths():
        try:
            ids.add(load_scenario(path, assets_dir=None).id)
        except ScenarioError:
            ids.add(path.stem)
    return ids


# ---- writing --------------------------------------------------------------------------------------------------
def _place(candidate: _Candidate, own_dir: Path) -> Imported:
    """Write the scenario and its pictures into a fresh folder, then swap it in for any earlier copy."""
    own_dir.mkdir(parents=True, exist_ok=True)
    final = own_dir / candidate.scenario.id
    incoming = Path(tempfile.mkdtemp(prefix=".incoming-", dir=own_dir))
    try:
        files = {f"{candidate.scenario.id}.yaml": candidate.raw, **candidate.pictures}
        for relative, data in files.items():
            target = incoming / PurePosixPath(relative)
            target.parent.mkdir(parents=True, exist_ok=True)
            with target.open("wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        replaced = final.exists()
        if replaced:
            old = Path(tempfile.mkdtemp(prefix=".replaced-", dir=own_dir))
            os.replace(final, old / "previous")
            os.replace(incoming, final)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(incoming, final)
    finally:
        if incoming.exists():
            shutil.rmtree(incoming, ignore_errors=True)
    return Imported(candidate.scenario, final / f"{candidate.scenario.id}.yaml", replaced)


def describe(imported: Iterable[Imported]) -> list[str]:
    """One line per imported scenario, for a command's output."""
    return [f"{item.path}: {'replaced' if item.replaced else 'imported'} ({item.scenario.id})" for item in imported]
