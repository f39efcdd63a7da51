"""The trainer's class overview: every session of a group in one sortable, filterable table, and per scenario what
the class did (the outcomes, the trust curves and their average, where the class pushed, what it chose at each
beat, the needs most often missed). Files that could not be read are listed with the reason.

Opened from File → Open class folder… or by dropping several session files on the main window. The reports (CSV,
HTML, PDF) and the xAPI statements are written from here too.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, QSize, QSortFilterProxyModel, Qt
from PySide6.QtGui import QIcon, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..engine.class_overview import OUTCOMES, ClassOverview, ScenarioResults, load_class
from ..engine.class_report import words
from . import dialogs
from .kit import palette
from .kit.chart import Frame, Series, Shape, paint_chart
from .kit.screen_fit import place_on_screen
from .kit.widgets import Button, Card, PlainLabel
from .report.class_pdf import write_class_report

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtGui import QPaintEvent

    from .view import ExportView, ReportFormats

COLUMNS = ("player", "scenario", "language", "outcome", "turns", "final_trust", "needs", "slowing")


class ClassCurves(QWidget):
    """Every trust curve of one scenario, thin, and the class average, thick, drawn at the widget's own size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("classChart")
        self.setMinimumSize(280, 180)
        self.series: list[Series] = []
        self.frame = Frame(legend=False)

    def set_curves(self, curves: Sequence[Sequence[float]], average: Sequence[float]) -> None:
        """Show `curves` (one per session) and their `average`."""
        self.series = [Series("", average, palette.LIGHT.trust, width=3.0, shape=Shape.NONE)]
        self.series += [Series("", curve, palette.LIGHT.axis, width=1.0, shape=Shape.NONE) for curve in curves]
        count = max((len(curve) for curve in (average, *curves)), default=0)
        # The practice chart's words for the points ("Start", then the turns), from its own translation.
        start = QCoreApplication.translate("CurvesWidget", "Start")
        self.frame = Frame(legend=False, x_labels=[start, *(str(point) for point in range(1, count))])
        self.update()

    def clear(self) -> None:
        """Show no curves."""
        self.series = []
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            paint_chart(painter, QRectF(self.rect()), self.series, self.frame)
        finally:
            painter.end()


class ClassWindow(QMainWindow):
    """The overview of one class of sessions."""

    def __init__(self, overview: ClassOverview, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("classWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.overview = overview
        self.language = language
        place_on_screen(self, QSize(1180, 760))

        central = QWidget(self)
        central.setObjectName("page")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        self.heading = PlainLabel("", central, object_name="pageTitle", wrap=False)
        layout.addWidget(self.heading)

        bar = QHBoxLayout()
        self.filter = QLineEdit(central)
        self.filter.setObjectName("classFilter")
        self.filter.setClearButtonEnabled(True)
        bar.addWidget(self.filter, 1)
        self.report_button = Button(central)
        self.report_button.clicked.connect(self.export_report)
        self.xapi_button = Button(central)
        self.xapi_button.clicked.connect(self.export_xapi)
        bar.addWidget(self.report_button)
        bar.addWidget(self.xapi_button)
        layout.addLayout(bar)

        splitter = QSplitter(Qt.Orientation.Vertical, central)
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(splitter)
        self.table.setObjectName("classTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        lower = QWidget(splitter)
        lower_layout = QHBoxLayout(lower)
        lower_layout.setContentsMargins(0, 8, 0, 0)
        lower_layout.setSpacing(16)
        # Left: the scenario's outcomes and curves on one card; right: what the class did, on another.
        left_card = Card(lower, margins=18)
        left = left_card.body
        self.scenario_picker = QComboBox(left_card)
        self.scenario_picker.currentIndexChanged.connect(self._show_scenario)
        left.addWidget(self.scenario_picker)
        self.outcomes = PlainLabel("", left_card)
        left.addWidget(self.outcomes)
        self.chart = ClassCurves(left_card)
        left.addWidget(self.chart, 1)
        self.chart_caption = PlainLabel("", left_card, object_name="muted")
        left.addWidget(self.chart_caption)
        self.skipped_title = PlainLabel("", left_card, object_name="sectionTitle")
        self.skipped = QListWidget(left_card)
        self.skipped.setObjectName("classSkipped")
        self.skipped.setMaximumHeight(96)
        left.addWidget(self.skipped_title)
        left.addWidget(self.skipped)
        lower_layout.addWidget(left_card, 1)

        right_card = Card(lower, margins=6)
        self.details = QWidget()
        self.details.setObjectName("classDetails")
        self.details_layout = QVBoxLayout(self.details)
        self.details_layout.setContentsMargins(12, 8, 12, 8)
        self.details_layout.setSpacing(6)
        scroll = QScrollArea(right_card)
        scroll.setObjectName("classDetailsScroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.details)
        right_card.body.addWidget(scroll)
        lower_layout.addWidget(right_card, 1)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.retranslate()

    # ---- content ----------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set every text in the window's language."""
        w = words(self.language)
        self.setWindowTitle(self.tr("Class overview"))
        self.heading.setText(
            self.tr("Class overview: %n session(s)", "", len(self.overview.rows))
            + (self.tr(", %n file(s) skipped", "", len(self.overview.skipped)) if self.overview.skipped else "")
        )
        self.filter.setPlaceholderText(self.tr("Filter: type a name, a scenario or an outcome"))
        self.report_button.setText(self.tr("Export report…"))
        self.xapi_button.setText(self.tr("Export xAPI…"))
        self.model.setHorizontalHeaderLabels(
            [
                w["player"],
                w["scenario"],
                w["language"],
                w["outcome"],
                w["turns"],
                w["final_trust"],
                w["needs"],
                w["slowing"],
            ]
        )
        self._fill_table()
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.skipped_title.setText(self.tr("Skipped files"))
        self.skipped_title.setVisible(bool(self.overview.skipped))
        self.skipped.setVisible(bool(self.overview.skipped))
        self.skipped.clear()
        for item in self.overview.skipped:
            self.skipped.addItem(f"{Path(item.file).name}: {item.reason}")
        self.scenario_picker.blockSignals(True)
        current = max(0, self.scenario_picker.currentIndex())
        self.scenario_picker.clear()
        for results in self.overview.scenarios:
            title = results.title.get(self.language) or results.scenario_id
            self.scenario_picker.addItem(f"{title} ({results.sessions})")
        self.scenario_picker.setCurrentIndex(min(current, len(self.overview.scenarios) - 1))
        self.scenario_picker.blockSignals(False)
        self._show_scenario(self.scenario_picker.currentIndex())

    def _fill_table(self) -> None:
        w = words(self.language)
        self.model.setRowCount(0)
        for row in self.overview.rows:
            share = None if row.slowing_share is None else round(100 * row.slowing_share)
            cells: list[tuple[str, object]] = [
                (row.player or w["no_name"], row.player.lower()),
                (row.scenario_title.get(self.language) or row.scenario_id, row.scenario_id),
                (w.get(row.language, row.language), row.language),
                (w.get(row.outcome, row.outcome), row.outcome),
                (str(row.turns), row.turns),
                (str(row.final_trust), row.final_trust),
                (f"{row.needs_found} / {row.needs_total}", row.needs_found),
                ("–" if share is None else f"{share}%", -1 if share is None else share),
            ]
            items = []
            for text, key in cells:
                item = QStandardItem(text)
                item.setData(key, Qt.ItemDataRole.UserRole)
                item.setToolTip(row.file)
                items.append(item)
            self.model.appendRow(items)

    def _show_scenario(self, index: int) -> None:
        while self.details_layout.count():
            child = self.details_layout.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None:
                widget.deleteLater()
        if not 0 <= index < len(self.overview.scenarios):
            self.outcomes.setText(self.tr("No session could be read."))
            self.chart.clear()
            self.chart_caption.setText("")
            return
        results = self.overview.scenarios[index]
        w = words(self.language)
        spread = [f"{w[name]}: {results.outcomes.get(name, 0)}" for name in OUTCOMES]
        if results.outcomes.get("unfinished"):
            spread.append(f"{w['unfinished']}: {results.outcomes['unfinished']}")
        self.outcomes.setText("   ".join(spread))
        self.chart.set_curves(results.curves, results.average_curve)
        self.chart.setAccessibleName(w["curve"])
        self.chart_caption.setText(w["curve"])
        self._add_details(results)

    def _text(self, texts: dict[str, str]) -> str:
        return texts.get(self.language) or next(iter(texts.values()), "")

    def _add_details(self, results: ScenarioResults) -> None:
        w = words(self.language)
        add = self.details_layout.addWidget

        def section(title: str) -> None:
            if self.details_layout.count():
                self.details_layout.addSpacing(12)
            add(PlainLabel(title, self.details, object_name="sectionTitle"))

        section(w["pushing_moment"])
        moment = results.pushing_moment
        if moment is None:
            add(PlainLabel(w["nobody_pushed"], self.details))
        else:
            quote = f"“{self._text(moment.customer_line)}”"
            add(PlainLabel(quote + "\n" + w["pushed"].format(n=moment.pushing, total=moment.total), self.details))
        section(w["missed"])
        for _need, label, count in results.needs_missed:
            text = f"{self._text(label)}: {w['missed_by'].format(n=count, total=results.sessions)}"
            add(PlainLabel(text, self.details))
        section(w["choices"])
        for beat in results.beats:
            add(PlainLabel(f"“{self._text(beat.customer_line)}”", self.details, object_name="muted"))
            for option, count in beat.chosen.most_common():
                add(PlainLabel(f"  {count} ×  {self._text(beat.option_texts[option])}", self.details))
        self.details_layout.addStretch(1)

    # ---- exports ----------------------------------------------------------------------------------------------
    def show_problem(self, title: str, text: str, details: str = "") -> None:
        """Say what went wrong, in a warning box with plain text."""
        dialogs.show_problem(self, title, text, details)

    def ask_report_path(self, title: str, suggested: Path, formats: ReportFormats) -> Path | None:
        """Ask where to save a file in one of `formats`."""
        return dialogs.ask_save_path(self, title, suggested, formats)

    def show_saved(self, text: str) -> None:
        """Say where an export went."""
        dialogs.show_message(self, "information", self.windowTitle(), text)

    def _suggested(self, name: str) -> Path:
        documents = Path.home() / "Documents"
        return documents / name if documents.is_dir() else Path(name)

    def export_report(self) -> None:
        """Write the class report as CSV, HTML or PDF."""
        formats = [
            (self.tr("PDF (*.pdf)"), ".pdf"),
            (self.tr("Web page (*.html)"), ".html"),
            (self.tr("CSV (*.csv)"), ".csv"),
        ]
        path = self.ask_report_path(self.tr("Export the class report"), self._suggested("class.pdf"), formats)
        if path is None:
            return
        try:
            write_class_report(self.overview, path, self.language)
        except (OSError, ValueError) as error:
            self.show_problem(self.windowTitle(), self.tr("The report could not be written: {}").format(error))
            return
        self.show_saved(self.tr("The report was saved as {}").format(path))

    def export_xapi(self) -> None:
        """Write every session of the class as xAPI statements to a JSON file."""
        from ..engine.storage import atomic_write_text
        from ..engine.xapi import statements_for

        formats = [(self.tr("JSON (*.json)"), ".json")]
        path = self.ask_report_path(self.tr("Export xAPI statements"), self._suggested("statements.json"), formats)
        if path is None:
            return
        statements = [statement for row in self.overview.rows for statement in statements_for(row.session)]
        try:
            atomic_write_text(path, json.dumps(statements, ensure_ascii=False, indent=2) + "\n")
        except OSError as error:
            self.show_problem(self.windowTitle(), self.tr("The statements could not be written: {}").format(error))
            return
        self.show_saved(self.tr("%n statement(s) saved in {}", "", len(statements)).format(path))


def open_class(
    paths: list[Path], language: str, parent: QWidget | None = None, icon: QIcon | None = None
) -> ClassWindow:
    """Load the sessions named by `paths` (files or folders) and show them in a new class window."""
    window = ClassWindow(load_class(paths), language, parent)
    window.setWindowFlag(Qt.WindowType.Window, True)
    if icon is not None:
        window.setWindowIcon(icon)
    window.show()
    return window


if TYPE_CHECKING:  # mypy checks that the window is the view its logic asks
    _view: type[ExportView] = ClassWindow
