"""Where the user's data and preferences live: the data folder and the settings (language, feedback mode,
window geometry).

The data folder is Qt's AppDataLocation, or the folder named by SIMULATOR_DATA_DIR (tests, portable use).
With that override the settings are kept in an INI file inside the same folder, so tests and portable copies
never touch the user's real preferences. Settings carry a schema version for future migrations.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

# The same variable as `simulator.engine.archive.DATA_DIR_VARIABLE`; not imported from there because importing
# the engine (pydantic) before the window shows would double the start-up time. A test keeps the two equal.
DATA_DIR_VARIABLE = "SIMULATOR_DATA_DIR"
SETTINGS_SCHEMA = 1
FEEDBACK_MODES = ("live", "meter", "hidden")


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


def open_settings(data_dir: Path) -> QSettings:
    """The settings store: an INI file in the data folder when it is overridden, else the platform's own."""
    if data_dir_override() is not None:
        return QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings()


class AppSettings:
    """Typed access to the few preferences the program keeps."""

    def __init__(self, store: QSettings) -> None:
        self.store = store
        version = self._int("schema_version", 0)
        if version < SETTINGS_SCHEMA:
            # Version 0 is "nothing stored yet"; later schemas add ordered migrations here.
            self.store.setValue("schema_version", SETTINGS_SCHEMA)

    def _int(self, key: str, default: int) -> int:
        try:
            return int(str(self.store.value(key, default)))
        except ValueError:
            return default

    @property
    def language(self) -> str | None:
        """The chosen UI language, if one was chosen."""
        value = self.store.value("language")
        return str(value) if value in ("nl", "en") else None

    @language.setter
    def language(self, value: str) -> None:
        self.store.setValue("language", value)

    @property
    def feedback_mode(self) -> str:
        """The feedback mode for new sessions."""
        value = self.store.value("feedback_mode", "live")
        return str(value) if value in FEEDBACK_MODES else "live"

    @feedback_mode.setter
    def feedback_mode(self, value: str) -> None:
        self.store.setValue("feedback_mode", value)

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
