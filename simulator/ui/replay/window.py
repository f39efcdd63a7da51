"""The replay window: step through a saved session turn by turn, see the curves and what went on inside the
customer, try another option from any turn, keep a trainer's notes, and export the debrief report.

Entry points: `open_replay(path, parent)` for the main window's menus and the history list, and
`run_replay(path)` for `python -m simulator replay FILE`. A file that cannot be read is named in a dialog (or on
stderr) and is never written; notes are saved to a session's own file only when the trainer edits them.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSlider,
    QSplitter,
    QStyle,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...engine import SessionError, SessionFileError
from ...engine.archive import SessionArchive
from ...engine.review import BundledScenarios, ReplayDocument, ScenarioStatus
from ...engine.storage import MAX_NOTE_CHARS
from .. import dialogs as ui_dialogs
from ..kit.curves import CurvesWidget
from ..kit.numbers import count
from ..kit.screen_fit import place_on_screen
from ..kit.widgets import Card
from ..kit.words import local_time, move_label, outcome_label, signed
from ..report.export import build_debrief, check_format
from ..session_lock import SessionLock
from . import dialogs, exported
from .claim import claim_document
from .export_job import ExportResult, ReportExport
from .live import LivePanel
from .paths import resolve_data_dir
from .transcript import turn_fragments, wrap_transcript
from .turn_panel import TurnPanel
from .widgets import plain_label, plain_tooltip, section_title

if TYPE_CHECKING:
    from ..view import ExportView, OpenView, ReportFormats

NOTE_SAVE_DELAY_MS = 800
translate = QApplication.translate


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


class ReplayWindow(QMainWindow):
    """A saved session, replayed: timeline, curves, the turn in detail, notes, tries and the report."""

    notesSaved = Signal(Path)
    """The notes were written to this session file."""

    def __init__(
        self,
        document: ReplayDocument,
        *,
        data_dir: Path | None = None,
        bundled: BundledScenarios | None = None,
        parent: QWidget | None = None,
        lock: SessionLock | None = None,
        read_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("replayWindow")
        self._lock: SessionLock | None = None
        self._read_only = False
        self.setAcceptDrops(True)
        self._data_dir = data_dir
        self._bundled = bundled
        self._point = 0
        self._dirty = False
        self._live: LivePanel | None = None
        self._live_tab: QScrollArea | None = None
        self._windows: list[ReplayWindow] = []
        self._export: ReportExport | None = None
        self._note_cut = False
        self.export_progress: QProgressDialog | None = None
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(NOTE_SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_notes)
        self._build()
        self._build_actions()
        place_on_screen(self, QSize(1280, 800))  # never taller than a 1280x800 or 1366x768 screen
        self.set_document(document, lock=lock, read_only=read_only)

    # ---- building -----------------------------------------------------------------------------------------
    def _build(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(24, 16, 24, 10)  # the practice screen's margins, type and surfaces
        outer.setSpacing(10)

        self.title = plain_label(name="screenTitle", selectable=False)
        self.meta = plain_label(name="muted")
        self.notice = plain_label(name="scenarioNotice")
        self.notice.setStyleSheet("background: #fff4ce; border: 1px solid #e0c060; border-radius: 4px; padding: 6px;")
        self.notice.hide()
        outer.addWidget(self.title)
        outer.addWidget(self.meta)
        outer.addWidget(self.notice)

        nav = QHBoxLayout()
        style = self.style()
        icon = QStyle.StandardPixmap
        self.start_button = QPushButton(style.standardIcon(icon.SP_MediaSkipBackward), self.tr("Start"))
        self.back_button = QPushButton(style.standardIcon(icon.SP_MediaSeekBackward), self.tr("Back"))
        self.forward_button = QPushButton(style.standardIcon(icon.SP_MediaSeekForward), self.tr("Forward"))
        self.end_button = QPushButton(style.standardIcon(icon.SP_MediaSkipForward), self.tr("End"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("timelineSlider")
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.position = plain_label(wrap=False, selectable=False, name="replayPosition")
        self.try_button = QPushButton(self.tr("Try another option here…"))
        self.try_button.setObjectName("tryAnother")
        self.export_button = QPushButton(self.tr("Export report…"))
        for button, tip in (
            (self.start_button, self.tr("Go to the start (Home)")),
            (self.back_button, self.tr("One turn back (Left arrow)")),
            (self.forward_button, self.tr("One turn forward (Right arrow)")),
            (self.end_button, self.tr("Go to the last turn (End)")),
        ):
            button.setToolTip(tip)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.start_button.clicked.connect(self.go_start)
        self.back_button.clicked.connect(lambda: self.step(-1))
        self.forward_button.clicked.connect(lambda: self.step(1))
        self.end_button.clicked.connect(self.go_end)
        self.slider.valueChanged.connect(self.go_to)
        self.try_button.clicked.connect(self.try_another_option)
        self.export_button.clicked.connect(self.export_dialog)
        nav.addWidget(self.start_button)
        nav.addWidget(self.back_button)
        nav.addWidget(self.slider, 1)
        nav.addWidget(self.forward_button)
        nav.addWidget(self.end_button)
        nav.addSpacing(8)
        nav.addWidget(self.position)
        nav.addSpacing(8)
        nav.addWidget(self.try_button)
        nav.addWidget(self.export_button)
        outer.addLayout(nav)

        # Left: the turns and the note on the whole session.
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(section_title(self.tr("Turns")))
        self.turn_list = QListWidget()
        self.turn_list.setObjectName("turnList")
        self.turn_list.setWordWrap(True)  # a long move name wraps instead of hiding behind a scroll bar
        self.turn_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.turn_list.currentRowChanged.connect(self._list_moved)
        left_layout.addWidget(self.turn_list, 3)
        left_layout.addWidget(section_title(self.tr("Note on the whole session")))
        self.session_note = QPlainTextEdit()
        self.session_note.setObjectName("sessionNote")
        self.session_note.setTabChangesFocus(True)
        self.session_note.setPlaceholderText(self.tr("What went well, what to practise next…"))
        self.session_note.textChanged.connect(self._session_note_changed)
        left_layout.addWidget(self.session_note, 1)

        # Middle: the curves over the transcript.
        self.curves = CurvesWidget()
        self.curves.turnClicked.connect(self.go_to)
        self.transcript = QTextBrowser()
        self.transcript.setObjectName("replayTranscript")
        self.transcript.setOpenLinks(False)
        # Arrow keys step the timeline; the transcript follows the current turn, so it needs no keyboard focus.
        self.transcript.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        middle = QSplitter(Qt.Orientation.Vertical)
        curves_card = Card(object_name="card", margins=8)
        curves_card.body.addWidget(self.curves)
        middle.addWidget(curves_card)
        transcript_box = QWidget()
        transcript_layout = QVBoxLayout(transcript_box)
        transcript_layout.setContentsMargins(0, 0, 0, 0)
        transcript_layout.addWidget(section_title(self.tr("The conversation so far")))
        transcript_layout.addWidget(self.transcript)
        middle.addWidget(transcript_box)
        middle.setStretchFactor(0, 2)
        middle.setStretchFactor(1, 3)

        # Right: the turn in detail, and a tab for a new try.
        self.panel = TurnPanel()
        self.panel.noteEdited.connect(self._turn_note_changed)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.panel)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("replayTabs")
        self.tabs.addTab(scroll, self.tr("This turn"))
        self.tabs.setTabsClosable(True)
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.tabs.tabCloseRequested.connect(lambda index: self.close_try() if index > 0 else None)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setHandleWidth(14)
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([240, 560, 480])
        outer.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addWidget(self.status, 1)

    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        replay_menu = self.menuBar().addMenu(self.tr("&Replay"))

        def action(
            menu_: QMenu, text: str, keys: QKeySequence | QKeySequence.StandardKey | str, slot: Callable[[], object]
        ) -> QAction:
            item = QAction(text, self)
            item.setShortcut(QKeySequence(keys))
            item.triggered.connect(slot)
            menu_.addAction(item)
            return item

        action(file_menu, self.tr("&Open session…"), QKeySequence.StandardKey.Open, self.open_dialog)
        action(file_menu, self.tr("&Export report…"), "Ctrl+E", self.export_dialog)
        action(file_menu, self.tr("Export &xAPI statements…"), "", self.export_xapi_dialog)
        self.save_action = action(file_menu, self.tr("&Save notes"), QKeySequence.StandardKey.Save, self.save_notes)
        file_menu.addSeparator()
        action(file_menu, self.tr("&Close"), QKeySequence.StandardKey.Close, self.close)
        action(replay_menu, self.tr("Start"), "Home", self.go_start)
        action(replay_menu, self.tr("Back one turn"), "Left", lambda: self.step(-1))
        action(replay_menu, self.tr("Forward one turn"), "Right", lambda: self.step(1))
        action(replay_menu, self.tr("Last turn"), "End", self.go_end)
        replay_menu.addSeparator()
        action(replay_menu, self.tr("Try another option here"), "Ctrl+T", self.try_another_option)

    # ---- the document -------------------------------------------------------------------------------------
    @property
    def document(self) -> ReplayDocument:
        """The session being replayed."""
        return self._document

    def set_document(
        self, document: ReplayDocument, *, lock: SessionLock | None = None, read_only: bool = False
    ) -> None:
        """Replay `document` from its start (a try of the previous document is closed first).

        Its file is locked while shown here (`lock`, if the caller already took it); when another program holds
        the lock, or `read_only` is asked for, the notes cannot be edited, so nothing here writes to the file.
        """
        self.close_try()
        self._release_lock()
        if lock is None and not read_only and document.path is not None:
            lock = SessionLock(document.path)
            if not lock.acquire():
                lock = None
        self._lock = lock
        self._read_only = document.path is not None and lock is None
        self._document = document
        self._fragments: list[tuple[str, str]] | None = None
        self._dirty = False
        session = document.session
        scenario = session.scenario
        persona = scenario.persona
        name = document.path.name if document.path else self.tr("unsaved session")
        self.setWindowTitle(self.tr("Replay: {} – {}").format(document.title, name))
        self.title.setText(self.tr("Replay: {}").format(document.title))
        meta = [
            f"{persona.name}, {document.text(persona.role)}, {persona.company}",
            self.tr("played {}").format(local_time(session.started_at)),
            count("turns", len(session.turns)),
            self.tr("outcome: {}").format(outcome_label(session.outcome)),
            name,
        ]
        if session.parent:
            meta.append(
                self.tr("a try branched from another session at turn {}").format(int(session.parent.get("turn", 0)) + 1)
            )
        self.meta.setText(" · ".join(meta))
        if document.status is ScenarioStatus.CHANGED:
            self.notice.setText(
                self.tr(
                    "The scenario has changed since this session was played. This replay follows the version that "
                    "was played, stored in the session file."
                )
            )
            self.notice.show()
        else:
            self.notice.hide()

        if self._read_only:
            self.notice.setText(
                "\n".join(
                    filter(
                        None,
                        [
                            self.notice.text() if document.status is ScenarioStatus.CHANGED else "",
                            self.tr(
                                "This session is open in another window of the program, so it is shown read-only "
                                "here: notes cannot be changed."
                            ),
                        ],
                    )
                )
            )
            self.notice.show()

        turns = session.turns
        with QSignalBlocker(self.session_note):
            self.session_note.setPlainText(session.notes.session)
        self.session_note.setEnabled(True)
        self.session_note.setReadOnly(self._read_only)
        self.panel.note.setReadOnly(self._read_only)
        with QSignalBlocker(self.slider):
            self.slider.setRange(0, len(turns))
        self.curves.setSeries(document.measures.trust_curve, document.measures.tension_curve)
        self.curves.setMarkers([index + 1 for index in document.turning_points()])
        self.curves.setOverlay(None)
        self._fill_turn_list()
        self._point = -1
        self.go_to(0)
        self._show_status(self.tr("Opened {}").format(name))

    @property
    def read_only(self) -> bool:
        """True when the session's file is not to be written from here (another program has it open)."""
        return self._read_only

    def _release_lock(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _fill_turn_list(self) -> None:
        document = self._document
        turning = set(document.turning_points())
        with QSignalBlocker(self.turn_list):
            self.turn_list.clear()
            self.turn_list.addItem(QListWidgetItem(self.tr("Start")))
            for turn in document.turns:
                self.turn_list.addItem(QListWidgetItem(self._turn_item_text(turn.index, turn.index in turning)))
            if document.session.finished:
                self.turn_list.item(self.turn_list.count() - 1).setToolTip(plain_tooltip(document.ending_text))

    def _turn_item_text(self, index: int, turning: bool) -> str:
        turn = self._document.turns[index]
        text = self.tr("{}. {}  (trust {})").format(index + 1, move_label(turn.move), signed(turn.trust_delta))
        if turning:
            text += "  ◆"
        if self._document.note(index):
            text += "  ✎"
        return text

    # ---- moving along the timeline ---------------------------------------------------------------------------
    @property
    def current_point(self) -> int:
        """The point shown: 0 is the start, k is turn k."""
        return self._point

    def go_to(self, point: int) -> None:
        """Show point `point` (clamped to the session): 0 is the start, k is turn k."""
        document = self._document
        point = max(0, min(len(document.turns), int(point)))
        if point == self._point:
            return
        self._point = point
        for widget, setter in ((self.slider, self.slider.setValue), (self.turn_list, self.turn_list.setCurrentRow)):
            with QSignalBlocker(widget):
                setter(point)
        self.curves.setCurrentTurn(point)
        self.panel.show_point(document, point)
        total = len(document.turns)
        self.position.setText(
            self.tr("Start ({})").format(count("turns", total))
            if point == 0
            else self.tr("Turn {} of {}").format(point, total)
        )
        self._show_transcript(point)
        self.back_button.setEnabled(point > 0)
        self.start_button.setEnabled(point > 0)
        self.forward_button.setEnabled(point < total)
        self.end_button.setEnabled(point < total)
        self.try_button.setText(self.tr("Try another option at turn {}…").format(max(1, point)))
        self.try_button.setEnabled(not (total == 0 and document.session.finished))
        self.tabs.setCurrentIndex(0)  # moving along the timeline shows what was moved to, even during a try

    def step(self, delta: int) -> None:
        """Move `delta` turns forward (negative: back)."""
        self.go_to(self._point + delta)

    def go_start(self) -> None:
        """Show the start of the conversation."""
        self.go_to(0)

    def go_end(self) -> None:
        """Show the last turn."""
        self.go_to(len(self._document.turns))

    def _list_moved(self, row: int) -> None:
        if row >= 0:
            self.go_to(row)

    def _show_transcript(self, point: int) -> None:
        document = self._document
        session = document.session
        if self._fragments is None:
            self._fragments = turn_fragments(
                document.turns, document.text, session.scenario.persona.name, self.tr("You")
            )
        body = "".join(plain for plain, _ in self._fragments[: max(0, point - 1)])
        if point > 0:
            body += self._fragments[point - 1][1]
        closing = ""
        if point == len(document.turns) and session.finished:
            closing = self.tr("The conversation ended – {}. {}").format(
                outcome_label(session.outcome), document.ending_text
            )
        self.transcript.setHtml(wrap_transcript(body, closing=closing, empty=self.tr("The conversation starts here.")))
        bar = self.transcript.verticalScrollBar()
        bar.setValue(bar.maximum())

    # ---- notes ---------------------------------------------------------------------------------------------
    def _within_limit(self, editor: QPlainTextEdit, text: str) -> str:
        """`text` cut to the longest note a session file holds; the editor shows the cut and the status bar why."""
        if len(text) <= MAX_NOTE_CHARS:
            return text
        text = text[:MAX_NOTE_CHARS]
        position = min(editor.textCursor().position(), MAX_NOTE_CHARS)
        with QSignalBlocker(editor):
            editor.setPlainText(text)
            cursor = editor.textCursor()
            cursor.setPosition(position)
            editor.setTextCursor(cursor)
        self._note_cut = True
        return text

    def _turn_note_changed(self, index: int, text: str) -> None:
        text = self._within_limit(self.panel.note, text)
        if self._document.set_note(index, text):
            self._note_dirty()
            item = self.turn_list.item(index + 1)
            if item is not None:
                item.setText(self._turn_item_text(index, index in set(self._document.turning_points())))

    def _session_note_changed(self) -> None:
        if self._document.set_note(None, self._within_limit(self.session_note, self.session_note.toPlainText())):
            self._note_dirty()

    def _note_dirty(self) -> None:
        self._dirty = True
        if self._document.path is None:
            self._show_status(self.tr("Notes are kept with this replay; the session has no file to save them in."))
            return
        if self._note_cut:  # said until the next edit, so that it is not lost behind "Unsaved note…"
            self._note_cut = False
            self._show_status(
                self.tr("A note holds at most {} characters; the text beyond that was not added.").format(
                    f"{MAX_NOTE_CHARS:,}"
                )
            )
        else:
            self._show_status(self.tr("Unsaved note…"))
        self._save_timer.start()

    @property
    def has_unsaved_notes(self) -> bool:
        """True while a note edit has not been written to the session file."""
        return self._dirty

    def save_notes(self) -> bool:
        """Write the notes into the session file now (Ctrl+S); False when it could not be written."""
        self._save_timer.stop()
        path = self._document.path
        if path is None or not self._dirty or self._read_only:
            return not self._dirty or self._read_only
        try:
            self._document.session.save(path)
        except OSError as error:
            self.show_problem(
                self.tr("Cannot save the notes"),
                self.tr("The notes could not be saved in {}:\n{}").format(path, error.strerror or error),
            )
            return False
        self._dirty = False
        self._show_status(self.tr("Notes saved in {}").format(path.name))
        self.notesSaved.emit(path)
        return True

    # ---- trying another option -----------------------------------------------------------------------------
    @property
    def live_panel(self) -> LivePanel | None:
        """The panel of the current try, if one is open."""
        return self._live

    def try_another_option(self) -> LivePanel | None:
        """Continue live from the state before the current turn, as a new session linked to this one."""
        if self._document.session.finished and not self._document.turns:
            return None
        branch_point = max(0, self._point - 1)
        try:
            branch = self._document.session.branch(branch_point)
        except SessionError as error:
            self.show_problem(self.tr("Cannot try another option"), str(error))
            return None
        save_path: Path | None = SessionArchive(resolve_data_dir(self._data_dir)).path_for(branch)
        self.close_try()
        panel = LivePanel(branch, branch_point, save_path, self._document.language)
        panel.changed.connect(self._update_overlay)
        panel.closeRequested.connect(self.close_try)
        panel.replayRequested.connect(self._open_try)
        panel.problem.connect(self.show_problem)
        self._live = panel
        # Scrolled, so that on a small screen the answers keep the height their text needs instead of being cut.
        scroll = QScrollArea()
        scroll.setObjectName("tryScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(panel)
        self._live_tab = scroll
        index = self.tabs.addTab(scroll, self.tr("New try from turn {}").format(branch_point + 1))
        self.tabs.setCurrentIndex(index)
        self._update_overlay()
        return panel

    def close_try(self) -> None:
        """Close the try (its file, if any moves were made, stays in the archive)."""
        if self._live is None:
            return
        panel, self._live = self._live, None
        panel.bridge.detach()  # stop listening to the try before its panel is deleted
        tab, self._live_tab = self._live_tab, None
        if tab is not None:
            self.tabs.removeTab(self.tabs.indexOf(tab))
            tab.deleteLater()
        self.curves.setOverlay(None)

    def _update_overlay(self) -> None:
        if self._live is not None:
            self.curves.setOverlay(self._live.trust_curve(), self.tr("New try (trust)"))

    def _open_try(self, path: Path) -> None:
        window = open_replay(
            path, self, data_dir=self._data_dir, language=self._document.language, bundled=self._bundled
        )
        if window is not None:
            self._windows.append(window)

    # ---- files -------------------------------------------------------------------------------------------------
    def load_path(self, path: Path) -> bool:
        """Replace the session shown by the one at `path`; a bad file is named in a dialog and nothing changes."""
        if self._dirty and not self.save_notes():
            return False
        document = load_document(self, Path(path), language=self._document.language, bundled=self._bundled)
        if document is None:
            return False
        claimed = claim_document(self, document, data_dir=self._data_dir)
        if claimed is None:
            return False
        document, lock, read_only = claimed
        self.set_document(document, lock=lock, read_only=read_only)
        return True

    def open_dialog(self) -> None:
        """Ask for a session file and show it."""
        folder = SessionArchive(resolve_data_dir(self._data_dir)).folder
        path = self.ask_open_path(
            translate("ReplayDialogs", "Open a saved session"),
            folder,
            translate("ReplayDialogs", "Session files (*.json);;All files (*)"),
        )
        if path is not None:
            self.load_path(path)

    # ---- the view's dialogs (view.View) ------------------------------------------------------------------------
    def show_problem(self, title: str, text: str, details: str = "") -> None:
        """Say what went wrong, in a warning box with plain text."""
        ui_dialogs.show_problem(self, title, text, details, name="replayProblem")

    def ask_open_path(self, title: str, folder: Path, filters: str) -> Path | None:
        """Ask for a file to open, starting in `folder`."""
        return ui_dialogs.ask_open_path(self, title, folder, filters)

    def ask_report_path(self, title: str, suggested: Path, formats: ReportFormats) -> Path | None:
        """Ask where to save a file in one of `formats`."""
        return ui_dialogs.ask_save_path(self, title, suggested, formats)

    def start_export(self, path: Path) -> ReportExport | None:
        """Start writing the debrief report to `path` (format by suffix) on a worker thread and show its progress.

        The window stays usable meanwhile; an unknown format is named in a dialog at once (None is returned).
        """
        path = Path(path)
        try:
            check_format(path)
        except ValueError as error:
            self.show_problem(self.tr("Cannot export the report"), str(error))
            return None
        if self._export is not None:
            self._export.cancel()
            self._export.wait()
        job = ReportExport(build_debrief(self._document), path)
        job.progressed.connect(self._export_progressed)
        job.ended.connect(self._export_ended)
        self._export = job
        self._show_status(self.tr("Writing the report to {}…").format(path.name))
        self.export_progress = self._show_export_progress(job)
        job.start()
        return job

    def export(self, path: Path) -> bool:
        """Write the debrief report to `path` and wait for it (the window keeps handling events); True if written."""
        job = self.start_export(path)
        if job is None:
            return False
        loop = QEventLoop()
        job.finished.connect(loop.quit)
        if not job.isFinished():  # connected first, so that an export ending just now is not missed
            loop.exec()
        QCoreApplication.sendPostedEvents(self)  # deliver `ended` (the message or the status) before answering
        return job.result is ExportResult.WRITTEN

    def _show_export_progress(self, job: ReportExport) -> QProgressDialog:
        """The progress of an export, with a Cancel button; shown only if the export takes a moment."""
        box = QProgressDialog(self.tr("Writing the report to {}…").format(job.path.name), self.tr("Cancel"), 0, 0, self)
        box.setObjectName("exportProgress")
        box.setWindowTitle(self.tr("Export report"))
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setMinimumDuration(400)
        box.setAutoClose(False)
        box.setAutoReset(False)
        box.canceled.connect(job.cancel)
        return box

    def _export_progressed(self, done: int, total: int) -> None:
        box = self.export_progress
        if box is not None and total > 1:
            box.setRange(0, total)
            box.setValue(done)
            box.setLabelText(self.tr("Writing the report: page {} of {}…").format(done + 1, total))

    def _export_ended(self, result: ExportResult, message: str) -> None:
        job = self.sender()
        if isinstance(job, ReportExport):
            job.wait()  # `ended` comes from the last lines of the thread: let it finish before letting go of it
            if job is self._export:
                self._export = None
        if self.export_progress is not None:
            self.export_progress.hide()
            self.export_progress.deleteLater()
            self.export_progress = None
        path = job.path if isinstance(job, ReportExport) else Path()
        if result is ExportResult.WRITTEN:
            self._show_status(self.tr("Report saved as {}").format(path))
            exported.tell_exported(self, path)
        elif result is ExportResult.CANCELLED:
            self._show_status(self.tr("Export cancelled; {} was not changed.").format(path.name))
        else:
            self._show_status(self.tr("The report could not be written."))
            self.show_problem(
                self.tr("Cannot export the report"),
                self.tr("The report could not be written; any earlier file of that name is unchanged.\n\n{}").format(
                    message
                ),
            )

    def _suggested(self, ending: str) -> Path:
        """Where an export of this session is first offered: the Documents folder, named after the session."""
        session = self._document.session
        stem = self._document.path.stem if self._document.path else f"{session.scenario.id}-{session.id[:8]}"
        return exported.documents_folder() / f"{stem}-{ending}"

    def export_dialog(self) -> None:
        """Ask where to save the report, then write it."""
        title = translate("ReplayDialogs", "Export debrief report")
        path = self.ask_report_path(title, self._suggested("debrief.pdf"), dialogs.report_formats())
        if path is not None:
            self.start_export(path)  # written on a worker thread; the window stays usable meanwhile

    def export_xapi(self, path: Path) -> bool:
        """Write this session as xAPI statements (docs/xapi.md) to `path`; a problem is shown in a dialog."""
        import json

        from ...engine.storage import atomic_write_text
        from ...engine.xapi import statements_for

        statements = statements_for(self._document.session)
        try:
            atomic_write_text(path, json.dumps(statements, ensure_ascii=False, indent=2) + "\n")
        except OSError as error:
            self.show_problem(self.tr("Cannot export the statements"), str(error))
            return False
        self._show_status(self.tr("%n statement(s) saved in {}", "", len(statements)).format(path))
        return True

    def export_xapi_dialog(self) -> None:
        """Ask where to save the xAPI statements, then write them."""
        title = translate("ReplayDialogs", "Export xAPI statements")
        path = self.ask_report_path(title, self._suggested("xapi.json"), dialogs.statement_formats())
        if path is not None:
            self.export_xapi(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            # Let the drop finish before a dialog may open (a modal dialog inside a drop blocks the source).
            QTimer.singleShot(0, lambda: self.load_path(files[0]))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._dirty and not self.save_notes():
            event.ignore()
            return
        if self._export is not None:  # a report still being written is abandoned whole: no half file
            self._export.cancel()
            self._export.wait()
        self._release_lock()
        self.close_try()
        super().closeEvent(event)

    def _show_status(self, text: str) -> None:
        self.status.setText(text)


def load_document(
    parent: QWidget | None, path: Path, *, language: str | None = None, bundled: BundledScenarios | None = None
) -> ReplayDocument | None:
    """Read a session for replay; a file that cannot be read is named in a dialog and None is returned."""
    try:
        return ReplayDocument.load(path, language=language, bundled=bundled or BundledScenarios())
    except SessionFileError as error:
        reason = error.reason
    except Exception as error:
        reason = translate("ReplayWindow", "unexpected problem: {}").format(_one_line(str(error)))
    dialogs.show_problem(
        parent,
        translate("ReplayWindow", "Cannot open the session"),
        translate("ReplayWindow", "The session file {} cannot be opened:\n{}").format(path, reason),
    )
    return None


def open_replay(
    path: Path | str,
    parent: QWidget | None = None,
    *,
    data_dir: Path | None = None,
    language: str | None = None,
    bundled: BundledScenarios | None = None,
    read_only: bool = False,
) -> ReplayWindow | None:
    """Open the session at `path` in a new replay window and show it; None (after a dialog) for a bad file, or
    when the session is open in another program and the user cancels.

    With a parent the window is deleted when closed; without one the caller keeps the reference.
    """
    bundled = bundled or BundledScenarios(data_dir=data_dir)
    loaded = load_document(parent, Path(path), language=language, bundled=bundled)
    if loaded is None:
        return None
    claimed = claim_document(parent, loaded, data_dir=data_dir, read_only=read_only)
    if claimed is None:
        return None
    document, lock, read_only = claimed
    window = ReplayWindow(document, data_dir=data_dir, bundled=bundled, parent=parent, lock=lock, read_only=read_only)
    if parent is not None:
        window.setWindowFlag(Qt.WindowType.Window, True)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    window.show()
    return window


def run_replay(path: Path | str, data_dir: Path | None = None, language: str | None = None) -> int:
    """`python -m simulator replay FILE`: show the replay and return the exit code; a bad file: stderr, 1."""
    app = QApplication.instance()
    assert app is not None, "the application is created by the composition root (simulator.app)"
    try:
        document = ReplayDocument.load(Path(path), language=language, bundled=BundledScenarios(data_dir=data_dir))
    except SessionFileError as error:
        print(_one_line(str(error)), file=sys.stderr)
        return 1
    except Exception as error:
        print(_one_line(f"{path}: unexpected problem: {error}"), file=sys.stderr)
        return 1
    window = ReplayWindow(document, data_dir=data_dir)
    window.show()
    code = app.exec()
    return int(code)


if TYPE_CHECKING:  # mypy checks that the window is the view its logic asks
    _views: tuple[type[OpenView], type[ExportView]] = (ReplayWindow, ReplayWindow)
