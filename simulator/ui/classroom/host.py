"""What classroom mode needs from the window that hosts it (the main window today), and nothing more.

The controller is typed against these protocols instead of the main window's class, so the classroom package
does not depend on the shell: any object with these members can host it (a test's stand-in too). The host owns
the session's life (starting a scenario, the Qt bridge of its events, autosave), the language and the library.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings, SignalInstance

    from ...engine import Session
    from ..bridge import SessionBridge
    from ..practice.catalogue import CatalogueEntry


class ScenarioList(Protocol):
    """The scenarios the room can choose from, read one file at a time."""

    @property
    def entryLoaded(self) -> SignalInstance:
        """One more file was read."""

    @property
    def finished(self) -> SignalInstance:
        """Every file has been read."""

    @property
    def loaded(self) -> bool:
        """True once every file has been read."""

    def entries(self) -> list[CatalogueEntry]:
        """The files read so far (valid or not), in name order."""


class SettingsStore(Protocol):
    """The program's settings; classroom mode keeps its screen and zoom in their store."""

    @property
    def store(self) -> QSettings:
        """Where the settings live."""


class UiLanguage(Protocol):
    """The interface language in force."""

    @property
    def language(self) -> str:
        """The language code, "nl" or "en"."""


class ClassroomHost(Protocol):
    """The window classroom mode runs for."""

    @property
    def settings(self) -> SettingsStore:
        """The program's settings."""

    @property
    def catalogue(self) -> ScenarioList:
        """The scenario library."""

    @property
    def switcher(self) -> UiLanguage:
        """The interface language."""

    @property
    def session(self) -> Session | None:
        """The session being played, if any."""

    @property
    def bridge(self) -> SessionBridge | None:
        """The Qt signals of that session's events."""

    @property
    def sessionStarted(self) -> SignalInstance:
        """A new session is being played (the `Session`)."""

    def start_entry(self, entry: CatalogueEntry) -> bool:
        """Start a new session of a scenario; it arrives through `sessionStarted`."""

    def show_library(self) -> None:
        """Go back to the library (the session in hand is saved and let go)."""

    def set_language(self, language: str) -> None:
        """Switch the interface and the scenario texts to `language`."""
