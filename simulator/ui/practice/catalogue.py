"""The scenarios the library screen offers, listed one file per event-loop turn after the window shows.

The cards are filled from the scenario index in the data folder (`simulator.scenario.index`): an unchanged
file costs a `stat`, no YAML and no validation. A scenario itself is loaded only when it is needed (a session
starts, classroom mode shows it). A file that does not load is kept as an entry with its problem, so the
library can say which file and where.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from ...scenario import Scenario, ScenarioSource
    from ...scenario.index import IndexedFile, ScenarioIndex, ScenarioInfo

# The index module is imported on first use, once the window is on screen (its dataclasses cost milliseconds).


class CatalogueEntry:
    """One scenario file: what its card shows and, loaded on first use, the scenario; or why it cannot load."""

    def __init__(
        self,
        path: Path,
        scenario: Scenario | None = None,
        problem: str | None = None,
        *,
        info: ScenarioInfo | None = None,
        assets_dir: Path | None = None,
        source: ScenarioSource | None = None,
    ) -> None:
        self.path = path
        self._scenario = scenario
        self.problem = problem
        self.assets_dir = assets_dir
        self.source = source
        """The library folder the file comes from (bundled, own or shared)."""
        if info is None and scenario is not None:
            from ...scenario.index import ScenarioInfo

            info = ScenarioInfo.of(scenario)
        self.info = info

    @classmethod
    def of(
        cls, found: IndexedFile, assets_dir: Path | None, source: ScenarioSource | None = None
    ) -> CatalogueEntry:
        """The entry for a file as the index (or a fresh load) found it."""
        return cls(found.path, found.scenario, found.problem, info=found.info, assets_dir=assets_dir, source=source)

    @property
    def ok(self) -> bool:
        """True when the scenario is valid (as far as is known without loading it again)."""
        return self.info is not None and self.problem is None

    @property
    def scenario(self) -> Scenario | None:
        """The scenario, loaded from its file on first use; None (and `problem` set) when it does not load."""
        if self._scenario is None and self.ok:
            from ...scenario.index import load_file

            loaded = load_file(self.path, self.assets_dir)
            self._scenario, self.problem = loaded.scenario, loaded.problem
            if loaded.info is not None:
                self.info = loaded.info
        return self._scenario


def load_entry(path: Path, assets_dir: Path | None, source: ScenarioSource | None = None) -> CatalogueEntry:
    """Load one scenario file now (a file named on the command line), its avatars looked up beside it, in
    `assets_dir` if given, then among the bundled assets; never raises."""
    from ...scenario.index import load_file

    return CatalogueEntry.of(load_file(path, assets_dir), assets_dir, source)


class ScenarioCatalogue(QObject):
    """The scenarios of the library: the bundled ones (or those of `folder` instead), the own folder in the data
    folder, and the shared folders."""

    entryLoaded = Signal(object)
    """One file was read (a `CatalogueEntry`, valid or not)."""
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
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.assets_dir = assets_dir
        self.data_dir = data_dir
        self.shared = list(shared or [])
        self._index: ScenarioIndex | None = None
        self._pending: list[tuple[Path, ScenarioSource]] = []
        self._entries: list[CatalogueEntry] = []
        self.loaded = False

    @property
    def index(self) -> ScenarioIndex:
        """The scenario index in the data folder (in memory only without one)."""
        if self._index is None:
            from ...engine.atomic import atomic_write_bytes
            from ...scenario.index import INDEX_FILE_NAME, ScenarioIndex

            file = self.data_dir / INDEX_FILE_NAME if self.data_dir is not None else None
            self._index = ScenarioIndex(file, atomic_write_bytes)
        return self._index

    def start(self) -> None:
        """Begin listing on the next turns of the event loop (each file in its own turn)."""
        from ...scenario.library import library_files, library_sources

        self._entries = []
        self.loaded = False
        self._pending = library_files(library_sources(self.data_dir, self.shared, bundled=self.folder))
        QTimer.singleShot(0, self, self._next)

    def entries(self) -> list[CatalogueEntry]:
        """The files read so far, in name order."""
        return list(self._entries)

    def scenarios(self) -> list[CatalogueEntry]:
        """The entries of valid scenarios."""
        return [entry for entry in self._entries if entry.ok]

    def find(self, scenario_id: str) -> CatalogueEntry | None:
        """The valid entry with this scenario id, or whose file is named `<id>.yaml`."""
        for entry in self._entries:
            if entry.ok and entry.info is not None and entry.info.id == scenario_id:
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
            self.index.save()
            self.finished.emit()
            return
        path, source = self._pending.pop(0)
        entry = CatalogueEntry.of(self.index.read(path, self.assets_dir), self.assets_dir, source)
        self._entries.append(entry)
        self.entryLoaded.emit(entry)
        QTimer.singleShot(0, self, self._next)
