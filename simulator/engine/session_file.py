"""The session file's outer shape: its format name and version, the ordered migrations, and reading a file's
JSON with every check that needs no validation library.

Split from `storage` so that listing saved sessions (the library screen's recent list, the history) reads file
headers without importing pydantic or the play engine; `storage` validates and replays the rest.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

FORMAT_NAME = "sales-resistance-session"
FORMAT_VERSION = 2
MAX_SESSION_BYTES = 32 * 1024 * 1024


def _from_version_1(document: dict[str, Any]) -> dict[str, Any]:
    # Version 1 files were played under the first rules of the customer model; they replay under those rules.
    return {**document, "version": 2, "rules": 1}


# Ordered migrations: MIGRATIONS[n] turns a version-n document into version n+1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _from_version_1}


class SessionFileError(Exception):
    """A session file that cannot be read; the message names the file and says why. The file is untouched."""

    def __init__(self, path: Path | str, message: str) -> None:
        self.path = str(path)
        self.reason = message
        super().__init__(f"{path}: {message}")


def read_document(path: Path) -> dict[str, Any]:
    """Read and check the JSON of a session file, migrated to the current version in memory."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_SESSION_BYTES + 1)
    except OSError as error:
        raise SessionFileError(path, f"cannot read the file: {error.strerror or error}") from None
    except ValueError:  # a NUL byte in the name: no file system has such a file
        raise SessionFileError(path, "cannot read the file: its name contains a NUL byte") from None
    if not raw.strip():
        raise SessionFileError(path, "the file is empty")
    if len(raw) > MAX_SESSION_BYTES:
        raise SessionFileError(path, "the file is too large to be a session file")
    try:
        # A byte-order mark is not ours, but editors add one; "NaN" and "Infinity" are not JSON.
        document = json.loads(raw.decode("utf-8-sig"), parse_constant=_refuse_constant)
    except UnicodeDecodeError:
        raise SessionFileError(path, "this is not a session file (it is not text)") from None
    except json.JSONDecodeError as error:
        if not raw.lstrip().startswith(b"{"):  # a session file is one JSON object; this is something else
            raise SessionFileError(path, "this is not a session file of this program") from None
        raise SessionFileError(
            path,
            f"the file is damaged or incomplete (invalid JSON at line {error.lineno}, column {error.colno})",
        ) from None
    except RecursionError:  # absurdly deep nesting: no session file looks like this
        raise SessionFileError(path, "this is not a session file (its data is nested too deeply)") from None
    except ValueError as error:  # a number Python will not read: NaN, Infinity, or an integer of 4,300+ digits
        raise SessionFileError(path, f"the session file is damaged: {first_line(error)}") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise SessionFileError(path, "this is not a session file of this program")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SessionFileError(path, "the session file has no valid format version")
    if version > FORMAT_VERSION:
        raise SessionFileError(
            path,
            f"the session was saved by a newer version of the program (format {version}; this one reads up to "
            f"{FORMAT_VERSION}). Update the program to open it.",
        )
    while version < FORMAT_VERSION:  # migrate a copy in memory, never the file
        document = MIGRATIONS[version](dict(document))
        version = document["version"]
    return dict(document)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"'{name}' is not a number a session file can hold")


def first_line(error: BaseException) -> str:
    """The first line of an error's message (at most 200 characters), or its type's name."""
    text = str(error).strip()
    return text.splitlines()[0][:200] if text else type(error).__name__
