"""Writing user files so that a failure never leaves half a file behind.

Every file is written to a temporary file in the same folder, flushed and fsynced, and only then renamed over
the target. A write that fails part-way (a full disk, a file-size limit, a cancelled export) removes its temporary
files and leaves every earlier target whole; the `OSError` raised names the target, not the temporary file.

Temporary files are named `.NAME.XXXXXXXX.tmp`; a crash between writing and renaming can leave one behind, and
`remove_leftover_temp_files` clears those old enough not to belong to a save still under way.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

LEFTOVER_MIN_AGE_S = 60.0
# mkstemp's random part is eight characters of [a-z0-9_]; nothing else in a folder of ours looks like this.
_TEMP_NAME = re.compile(r"^\.(?P<name>[^/\\]+)\.[a-z0-9_]{8}\.tmp$")


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that a crash or a failed write leaves either the old file or the new one."""
    atomic_write_files([(Path(path), data)])


def atomic_write_files(
    files: Sequence[tuple[Path, bytes]], *, before_replace: Callable[[], None] | None = None
) -> None:
    """Write several files together: all are written and synced first, then renamed into place.

    If any write fails, or `before_replace` raises (an export that was cancelled), no target is touched and no
    temporary file is left. The exception is re-raised; an `OSError` names the target whose write failed.
    """
    written: list[tuple[str, Path]] = []
    try:
        for path, data in files:
            written.append((_write_temp(Path(path), data), Path(path)))
        if before_replace is not None:
            before_replace()
        for temp_name, path in written:
            try:
                os.replace(temp_name, path)
            except OSError as error:
                raise _naming(error, path) from None
    except BaseException:
        for temp_name, _path in written:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
        raise
    for folder in {path.parent for _temp, path in written}:
        _sync_folder(folder)


def _write_temp(path: Path, data: bytes) -> str:
    """Write `data` to a synced temporary file next to `path`; return its name (removed again on failure)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise _naming(error, path) from None
    try:
        # A buffered file writes everything or raises (ENOSPC, EFBIG, EIO); flush and fsync surface the errors
        # a full disk reports only when the data actually reaches it.
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        if isinstance(error, OSError):
            raise _naming(error, path) from None
        raise
    return temp_name


def _naming(error: OSError, path: Path) -> OSError:
    """The same error, naming the file the user asked for instead of our temporary file."""
    return OSError(error.errno, error.strerror or str(error), str(path))


def _sync_folder(folder: Path) -> None:
    # Make the renames themselves durable where the platform allows it.
    if hasattr(os, "O_DIRECTORY"):
        with contextlib.suppress(OSError):
            dir_fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)


def is_leftover_temp_name(name: str, suffix: str = "") -> bool:
    """True for a name this module gives its temporary files (for targets ending in `suffix`)."""
    match = _TEMP_NAME.match(name)
    return match is not None and match.group("name").endswith(suffix)


def remove_leftover_temp_files(
    folder: Path, *, suffix: str = "", min_age_s: float = LEFTOVER_MIN_AGE_S, now: float | None = None
) -> list[Path]:
    """Delete our own temporary files in `folder` older than `min_age_s` (younger ones may be a save under way).

    Only names of our pattern are touched, only regular files, never anything in subfolders. Returns the removed
    paths; a file that cannot be removed is left alone.
    """
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not is_leftover_temp_name(entry.name, suffix):
            continue
        try:
            if not entry.is_file(follow_symlinks=False) or now - entry.stat(follow_symlinks=False).st_mtime < min_age_s:
                continue
            os.unlink(entry.path)
        except OSError:
            continue
        removed.append(Path(entry.path))
    return removed
