"""Where the user's data and preferences live: the data folder and the settings (language, feedback mode, how
the trainee answers, the player's name, the window's geometry, the shared scenario folders), and what happens
to a settings file too damaged or too large to read (it is put aside, and the program says so once).

The data folder is Qt's AppDataLocation, or the folder named by SIMULATOR_DATA_DIR (tests, portable use).
With that override the settings are kept in an INI file inside the same folder, so tests and portable copies
never touch the user's real preferences. Settings carry a schema version for future migrations.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from pathlib import Path
from typing import NamedTuple, overload

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QStandardPaths

from ..scenario.vocabulary import FEEDBACK_MODES

# The same variable as `simulator.engine.archive.DATA_DIR_VARIABLE`; not imported from there because importing
# the engine (pydantic) before the window shows would double the start-up time. A test keeps the two equal.
DATA_DIR_VARIABLE = "SIMULATOR_DATA_DIR"
SETTINGS_SCHEMA = 1
# A few preferences take a few hundred bytes; a file a thousand times larger is not ours to read (reading a 33 MB
# file took five seconds of start-up).
MAX_SETTINGS_BYTES = 1024 * 1024


def data_dir_override() -> Path | None:
    """The folder named by SIMULATOR_DATA_DIR, if set."""
    value = os.environ.get(DATA_DIR_VARIABLE, "").strip()
    return Path(value).expanduser() if value else None


def resolve_data_dir() -> Path:
    """The user's data folder (call after the application's organisation and name are set)."""
    override = data_dir_override()
    if override is not None:
        return override
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) if location else Path.home() / ".sales-resistance-simulator"


class SettingsReset(NamedTuple):
    """The settings file could not be used and was put aside; the program starts with default settings.

    (A named tuple rather than a dataclass: `dataclasses` imports `inspect`, milliseconds before the first frame.)
    """

    path: Path
    kept_as: Path | None
    too_large: bool


def settings_file(data_dir: Path) -> Path | None:
    """The settings file, where it is a file we can find before opening it (not the Windows registry)."""
    if data_dir_override() is not None:
        return data_dir / "settings.ini"
    if sys.platform.startswith("linux"):
        config = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
        organisation, application = QCoreApplication.organizationName(), QCoreApplication.applicationName()
        if config and organisation and application:
            return Path(config) / organisation / f"{application}.conf"
    return None


def _open_store(data_dir: Path) -> QSettings:
    if data_dir_override() is not None:
        return QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings()


def _put_aside(path: Path, label: str) -> Path | None:
    """Rename `path` to `path.LABEL` (with a time stamp if that exists), keeping it for the user; None if we cannot."""
    target = path.with_name(f"{path.name}.{label}")
    if target.exists():
        target = path.with_name(f"{path.name}.{label}-{time.strftime('%Y%m%d-%H%M%S')}")
    try:
        os.replace(path, target)
    except OSError:
        return None
    return target


def open_settings(data_dir: Path) -> QSettings:
    """The settings store: an INI file in the data folder when it is overridden, else the platform's own."""
    return open_checked_settings(data_dir)[0]


def open_checked_settings(data_dir: Path) -> tuple[QSettings, SettingsReset | None]:
    """The settings store, after putting aside a settings file that is too large or damaged (never deleted).

    An oversized file is not even read, so start-up stays fast; a damaged one is found by Qt's own reading.
    """
    path = settings_file(data_dir)
    size = 0
    with contextlib.suppress(OSError):
        size = path.stat().st_size if path is not None else 0
    if path is not None and size > MAX_SETTINGS_BYTES:
        kept = _put_aside(path, "too-large")
        if kept is not None:
            return _open_store(data_dir), SettingsReset(path, kept, too_large=True)
        # It cannot be moved: read nothing from it, and keep the preferences of this run in memory only.
        store = QSettings(str(data_dir / "settings.ini.this-run"), QSettings.Format.IniFormat)
        store.clear()
        return store, SettingsReset(path, None, too_large=True)
    store = _open_store(data_dir)
    if store.status() == QSettings.Status.FormatError and path is not None and path.exists():
        del store
        kept = _put_aside(path, "damaged")
        return _open_store(data_dir), SettingsReset(path, kept, too_large=False)
    return store, None


class Choice:
    """A preference that is one of a few words; whatever else the file holds reads as the default."""

    def __init__(self, key: str, choices: tuple[str, ...], default: str) -> None:
        self.key = key
        self.choices = choices
        self.default = default

    @overload
    def __get__(self, settings: None, owner: type[AppSettings]) -> Choice: ...

    @overload
    def __get__(self, settings: AppSettings, owner: type[AppSettings]) -> str: ...

    def __get__(self, settings: AppSettings | None, owner: type[AppSettings]) -> Choice | str:
        if settings is None:
            return self
        value = settings.store.value(self.key, self.default)
        return str(value) if value in self.choices else self.default

    def __set__(self, settings: AppSettings, value: str) -> None:
        settings.store.setValue(self.key, value if value in self.choices else self.default)


class AppSettings:
    """Typed access to the few preferences the program keeps."""

    feedback_mode = Choice("feedback_mode", tuple(FEEDBACK_MODES), "live")
    """The feedback mode for new sessions."""
    answer_by = Choice("answer_by", ("choose", "type"), "choose")
    """How the trainee answers: by choosing an option ("choose") or by typing their own words ("type")."""

    def __init__(self, store: QSettings, reset: SettingsReset | None = None) -> None:
        self.store = store
        self.reset = reset
        """Set when a damaged or oversized settings file was put aside at this start (to be said once)."""
        version = self._int("schema_version", 0)
        if version < SETTINGS_SCHEMA:
            # Version 0 is "nothing stored yet"; later schemas add ordered migrations here.
            self.store.setValue("schema_version", SETTINGS_SCHEMA)

    @property
    def language(self) -> str | None:
        """The chosen UI language, if one was chosen."""
        value = self.store.value("language")
        return str(value) if value in ("nl", "en") else None

    @language.setter
    def language(self, value: str) -> None:
        self.store.setValue("language", value)

    def _int(self, key: str, default: int) -> int:
        try:
            return int(str(self.store.value(key, default)))
        except ValueError:
            return default

    @property
    def player_name(self) -> str:
        """The name the trainee gave, stored in each new session ('' when none)."""
        value = self.store.value("player_name", "")
        return " ".join(str(value).split())[:80] if isinstance(value, str) else ""

    @player_name.setter
    def player_name(self, value: str) -> None:
        self.store.setValue("player_name", " ".join(value.split())[:80])

    @property
    def geometry(self) -> QByteArray | None:
        """The main window's saved geometry."""
        value = self.store.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self.store.setValue("window/geometry", value)

    @property
    def shared_folders(self) -> list[Path]:
        """Shared scenario folders (a USB stick, a network drive) shown in the library beside the own ones."""
        value = self.store.value("library/shared_folders", [])
        names = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [Path(str(name)) for name in names if str(name).strip()]

    @shared_folders.setter
    def shared_folders(self, folders: list[Path]) -> None:
        self.store.setValue("library/shared_folders", [str(folder) for folder in folders])

    def sync(self) -> None:
        """Write pending changes."""
        self.store.sync()
