"""The history of past sessions: a list with date, scenario, outcome and key measures, and a small chart of how
the measures went over time, so a trainee sees progress. Opening a row announces `sessionActivated(path)`.

Measures need each session replayed, so they are cached by file, modification time and size. A damaged file
is listed with its problem instead of its measures; nothing here ever writes a session file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...engine import Session, SessionFileError
from ...engine.archive import SessionArchive, SessionSummary
from ...engine.measures import Measures, session_measures
from ...engine.review import text_in
from ..kit import palette
from ..kit.chart import Frame, Series, Shape, paint_chart
from ..kit.numbers import count, short_date
from ..kit.words import local_time, outcome_short, percent
from .paths import resolve_data_dir
from .widgets import plain_label, plain_tooltip, section_title

NEEDS_COLOUR = palette.GOOD
SLOWING_COLOUR = palette.TRUST
CALM_COLOUR = palette.OVERLAY
PROBLEM_COLOUR = palette.BAD


@dataclass(frozen=True)
class HistoryEntry:
    """One saved session as the history shows it: its summary and measures, or the problem with its file."""

    summary: SessionSummary
    measures: Measures | None
    problem: str | None

    @property
    def path(self) -> Path:
        """The session file."""
        return self.summary.path

    @property
    def needs_share(self) -> float | None:
        """The share of the scenario's needs that were uncovered."""
        m = self.measures
        return len(m.needs_uncovered) / m.needs_total if m and m.needs_total else None


class MeasuresCache:
    """Measures of session files, recomputed only when a file changes (path, modification time and size)."""

    def __init__(self) -> None:
        self._cache: dict[Path, tuple[tuple[int, int], Measures | None, str | None]] = {}
        self.loads = 0

    def measures(self, path: Path) -> tuple[Measures | None, str | None]:
        """The measures of the session at `path`, or None and the reason it cannot be read."""
        try:
            info = path.stat()
        except OSError as error:
            return None, str(error.strerror or error)
        key = (info.st_mtime_ns, info.st_size)
        cached = self._cache.get(path)
        if cached is not None and cached[0] == key:
            return cached[1], cached[2]
        self.loads += 1
        try:
            result: tuple[Measures | None, str | None] = (session_measures(Session.load(path)), None)
        except SessionFileError as error:
            result = (None, error.reason)
        except Exception as error:
            result = (None, " ".join(str(error).split()) or type(error).__name__)
        self._cache[path] = (key, *result)
        return result


def load_history(archive: SessionArchive, cache: MeasuresCache) -> list[HistoryEntry]:
    """Every session in the archive, newest first, with its measures or its problem."""
    entries = []
    for summary in archive.summaries():
        if summary.problem is not None:
            entries.append(HistoryEntry(summary, None, summary.problem))
            continue
        measures, problem = cache.measures(summary.path)
        entries.append(HistoryEntry(summary, measures, problem))
    return entries


class TrendChart(QWidget):
    """How needs uncovered, slowing down and calm under tension went over the finished sessions, oldest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyTrend")
        self.setMinimumHeight(180)
        self._entries: list[HistoryEntry] = []
        self.setAccessibleName(self.tr("Progress over the sessions"))

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        """Chart these sessions (finished ones with measures), oldest first."""
        usable = [e for e in entries if e.measures is not None and e.summary.outcome is not None]
        self._entries = sorted(usable, key=lambda e: e.summary.started_at)
        self.setAccessibleDescription(self.tr("{} finished").format(count("sessions", len(self._entries))))
        self.update()

    def series(self) -> list[Series]:
        """The three lines, as percentages per session."""

        def pct(values: list[float | None]) -> list[float | None]:
            return [None if v is None else v * 100 for v in values]

        entries = self._entries
        return [
            Series(self.tr("Needs uncovered"), pct([e.needs_share for e in entries]), NEEDS_COLOUR, connect_gaps=True),
            Series(
                self.tr("Slowing down"),
                pct([e.measures.slowing_share if e.measures else None for e in entries]),
                SLOWING_COLOUR,
                Qt.PenStyle.DashLine,
                shape=Shape.SQUARE,
                connect_gaps=True,
            ),
            # Sessions where tension never ran high have no calm-under-tension figure: the line bridges them.
            Series(
                self.tr("Calm under tension"),
                pct([e.measures.calm_under_tension if e.measures else None for e in entries]),
                CALM_COLOUR,
                Qt.PenStyle.DotLine,
                width=2.5,
                shape=Shape.TRIANGLE,
                connect_gaps=True,
            ),
        ]

    def sizeHint(self) -> QSize:
        return QSize(600, 220)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), palette.SURFACE)
            area = QRectF(self.rect()).adjusted(6, 4, -6, -4)
            if not self._entries:
                painter.setPen(palette.CHART_TEXT)
                painter.drawText(
                    area,
                    Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                    self.tr("Finish a session to see your progress here."),
                )
                return
            labels = [short_date(e.summary.started_at) for e in self._entries]
            paint_chart(painter, area, self.series(), Frame(x_labels=labels, y_suffix="%"), font=self.font())
        finally:
            painter.end()


class HistoryView(QWidget):
    """Past sessions with their key measures and the trend over time; double-click or Enter opens one."""

    sessionActivated = Signal(Path)
    """The user asked to open this session file."""

    COLUMNS = 7

    def __init__(self, data_dir: Path | None = None, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyView")
        self.archive = SessionArchive(resolve_data_dir(data_dir))
        self.language = language
        self.cache = MeasuresCache()
        self._entries: list[HistoryEntry] = []

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(section_title(self.tr("Your sessions")), 1)
        self.scenario_filter = QComboBox()
        self.scenario_filter.setObjectName("historyFilter")
        self.scenario_filter.currentIndexChanged.connect(self._show)
        top.addWidget(self.scenario_filter)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.refresh_button)
        self.open_button = QPushButton(self.tr("Open replay"))
        self.open_button.setObjectName("historyOpen")
        self.open_button.clicked.connect(self._open_current)
        top.addWidget(self.open_button)
        layout.addLayout(top)

        self.table = QTreeWidget()
        self.table.setObjectName("historyTable")
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setUniformRowHeights(True)
        self.table.setHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Scenario"),
                self.tr("Outcome"),
                self.tr("Turns"),
                self.tr("Needs uncovered"),
                self.tr("Slowing down"),
                self.tr("Calm under tension"),
            ]
        )
        header = self.table.header()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column in (0, 2, 3, 4, 5, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemActivated.connect(lambda item, _column: self._activate(item))
        self.table.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.table, 3)

        self.empty = plain_label(
            self.tr("No saved sessions yet. Sessions you play are saved here."), name="historyEmpty"
        )
        layout.addWidget(self.empty)
        layout.addWidget(section_title(self.tr("Progress (finished sessions, oldest to newest)")))
        self.trend = TrendChart()
        layout.addWidget(self.trend, 2)
        self.refresh()

    # ---- data ------------------------------------------------------------------------------------------
    @property
    def entries(self) -> list[HistoryEntry]:
        """The sessions listed, newest first (before filtering)."""
        return list(self._entries)

    def refresh(self) -> None:
        """Read the archive again (unchanged files come from the cache)."""
        self._entries = load_history(self.archive, self.cache)
        chosen = self.scenario_filter.currentData()
        scenarios: dict[str, str] = {}
        for entry in self._entries:
            if entry.problem is None and entry.summary.scenario_id not in scenarios:
                scenarios[entry.summary.scenario_id] = self._title(entry)
        self.scenario_filter.blockSignals(True)
        self.scenario_filter.clear()
        self.scenario_filter.addItem(self.tr("All scenarios"), "")
        for scenario_id, title in sorted(scenarios.items(), key=lambda item: item[1].lower()):
            self.scenario_filter.addItem(title, scenario_id)
        found = self.scenario_filter.findData(chosen) if chosen else 0
        self.scenario_filter.setCurrentIndex(max(0, found))
        self.scenario_filter.blockSignals(False)
        self._show()

    def _title(self, entry: HistoryEntry) -> str:
        return text_in(entry.summary.title, self.language) or entry.summary.scenario_id

    def _visible(self) -> list[HistoryEntry]:
        chosen = self.scenario_filter.currentData() or ""
        if not chosen:
            return self._entries
        return [e for e in self._entries if e.problem is None and e.summary.scenario_id == chosen]

    # ---- showing -----------------------------------------------------------------------------------------
    def _show(self) -> None:
        visible = self._visible()
        self.table.clear()
        for entry in visible:
            self.table.addTopLevelItem(self._item(entry))
        self.empty.setVisible(not self._entries)
        self.table.setVisible(bool(self._entries))
        self.trend.set_entries(visible)
        first = self.table.topLevelItem(0)
        if first is not None:
            self.table.setCurrentItem(first)
        self._update_buttons()

    def _item(self, entry: HistoryEntry) -> QTreeWidgetItem:
        summary = entry.summary
        if entry.problem is not None:
            texts = [summary.path.name, self.tr("damaged file"), entry.problem, "", "", "", ""]
            item = QTreeWidgetItem(texts)
            for column in range(self.COLUMNS):
                item.setForeground(column, QBrush(PROBLEM_COLOUR))
                item.setToolTip(column, plain_tooltip(self.tr("{}: {}").format(summary.path, entry.problem)))
        else:
            m = entry.measures
            title = self._title(entry)
            if summary.kind == "classroom":
                title = self.tr("{} (classroom demo)").format(title)
            elif summary.parent or summary.kind == "try":
                title = self.tr("{} (a try)").format(title)
            needs = f"{len(m.needs_uncovered)}/{m.needs_total}" if m else ""
            texts = [
                local_time(summary.started_at),
                title,
                outcome_short(summary.outcome),
                str(summary.turns),
                needs,
                percent(m.slowing_share) if m else "",
                percent(m.calm_under_tension) if m else "",
            ]
            item = QTreeWidgetItem(texts)
            for column in range(self.COLUMNS):
                item.setToolTip(column, plain_tooltip(str(summary.path)))
            for column in (3, 4, 5, 6):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setData(0, Qt.ItemDataRole.UserRole, str(summary.path))
        item.setData(1, Qt.ItemDataRole.UserRole, entry.problem is None)
        return item

    def _update_buttons(self) -> None:
        item = self.table.currentItem()
        self.open_button.setEnabled(bool(item is not None and item.data(1, Qt.ItemDataRole.UserRole)))

    def _activate(self, item: QTreeWidgetItem) -> None:
        # A damaged file shows its problem in its row; there is nothing to open.
        if item.data(1, Qt.ItemDataRole.UserRole):
            self.sessionActivated.emit(Path(item.data(0, Qt.ItemDataRole.UserRole)))

    def _open_current(self) -> None:
        item = self.table.currentItem()
        if item is not None:
            self._activate(item)
