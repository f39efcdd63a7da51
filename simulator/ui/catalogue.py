"""The scenarios the library screen offers, loaded one file per event-loop turn after the window shows.

Loading validates every file (pydantic), which is the slowest part of start-up; doing it after the window is
visible, a file at a time, keeps the window quick to appear and responsive while the cards fill in. A file
that does not load is kept as an entry with its problem, so the library can say which file and where.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from ..scenario import Scenario, ScenarioSource


@dataclass(frozen=True)
class CatalogueEntry:
    """One scenario file: the scenario, or why it could not be loaded, and the library folder it comes from."""

    path: Path
    scenario: Scenario | None
    problem: str | None = None
    source: ScenarioSource | None = None

    @property
    def ok(self) -> bool:
        """True when the scenario loaded."""
        return self.scenario is not None


def load_entry(path: Path, assets_dir: Path | None, source: ScenarioSource | None = None) -> CatalogueEntry:
    """Load one scenario file, its avatars looked up beside it, in `assets_dir` if given, then among the bundled
    assets; never raises."""
    from ..scenario import ScenarioError, avatar_roots, load_scenario

    try:
        roots = avatar_roots(path, () if assets_dir is None else (assets_dir,))
        return CatalogueEntry(path, load_scenario(path, assets_dir=roots), source=source)
    except ScenarioError as error:
        return CatalogueEntry(path, None, str(error), source)
    except Exception as error:
        return CatalogueEntry(path, None, f"{path}: {error}", source)


class ScenarioCatalogue(QObject):
    """The scenarios of the library: the bundled ones (or those of `folder` instead), the own folder in the data
    folder, and the shared folders."""

    entryLoaded = Signal(object)
    """One file was read (a `CatalogueEntry`, loaded or not)."""
    finished = Signal()
    """Every file has been read."""

    def __init__(
        self,
        folder: Path | None = None,
        assets_dir: Path | None = None,
        parent: QObject | None = None,
        *,
        data_dir: Path | None = None,
        shared: list[Path] | None = None,
    ):
        super().__init__(parent)
        self.folder = folder
        self.assets_dir = assets_dir
        self.data_dir = data_dir
        self.shared = list(shared or [])
        self._pending: list[tuple[Path, ScenarioSource]] = []
        self._entries: list[CatalogueEntry] = []
        self.loaded = False

    def start(self) -> None:
        """Begin loading on the next turns of the event loop (each file in its own turn)."""
        from ..scenario import library_files, library_sources

        self._entries = []
        self.loaded = False
        self._pending = library_files(library_sources(self.data_dir, self.shared, bundled=self.folder))
        QTimer.singleShot(0, self, self._next)

    def load_all(self) -> list[CatalogueEntry]:
        """Finish loading now (for a caller that needs a scenario before the loop has run)."""
        while not self.loaded:
            self._next()
        return self.entries()

    def entries(self) -> list[CatalogueEntry]:
        """The files read so far, in name order."""
        return list(self._entries)

    def scenarios(self) -> list[CatalogueEntry]:
        """The entries that loaded."""
        return [entry for entry in self._entries if entry.ok]

    def find(self, scenario_id: str) -> CatalogueEntry | None:
        """The loaded entry with this scenario id, or whose file is named `<id>.yaml`."""
        for entry in self._entries:
            if entry.scenario is not None and entry.scenario.id == scenario_id:
                return entry
        for entry in self._entries:
            if entry.path.stem == scenario_id:
                return entry
        return None

    def _next(self) -> None:
        if self.loaded:
            return
        if not self._pending:
            self.loaded = True
            self.finished.emit()
            return
        path, source = self._pending.pop(0)
        entry = load_entry(path, self.assets_dir, source)
        self._entries.append(entry)
        self.entryLoaded.emit(entry)
        QTimer.singleShot(0, self, self._next)
