"""The library screen: the scenarios to choose from, the language and feedback mode, an unfinished session to
resume, and the recent sessions.

The screen only shows and asks; it emits signals for the main window to act on (start, resume, open). The
root of resistance is never shown here: finding it is the point of the exercise.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...scenario.vocabulary import FEEDBACK_MODES
from ..kit.numbers import count, date_time
from ..kit.widgets import Button, Card, PlainLabel, Segmented, scrolling_page
from ..kit.words import language_name, localized, mode_description, mode_name, outcome_name
from .headings import header_row, title_block
from .typed_answer import AnswerBySetting

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent

    from ...engine.archive import SessionSummary
    from .catalogue import CatalogueEntry
    from .library_cards import BrokenCard, ScenarioCard

CARD_WIDTH = 330
MAX_CONTENT_WIDTH = 1480
PATH_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1


class LibraryScreen(QWidget):
    """Choose a scenario, the language and the feedback mode; resume or review earlier sessions."""

    startRequested = Signal(object)
    """Start a new session of this `CatalogueEntry`."""
    problemRequested = Signal(object)
    """Show the problems of this broken `CatalogueEntry`."""
    resumeRequested = Signal(object)
    """Resume the session file at this `Path`."""
    sessionRequested = Signal(object)
    """Open the session file at this `Path` (resume if unfinished, else its debrief)."""
    languageRequested = Signal(str)
    modeRequested = Signal(str)
    playerNameChanged = Signal(str)
    answerByRequested = Signal(str)
    """Answer by choosing or by typing (kept in the settings)."""
    """The trainee typed their name (kept in the settings and in each new session, for the class overview)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryScreen")
        self.language = "en"
        self.cards: list[ScenarioCard | BrokenCard] = []
        self._resume_path: Path | None = None
        self._resume_summary: SessionSummary | None = None
        self._loading = False
        self._summaries: list[SessionSummary] = []
        self._columns = 0

        # On wide screens the content keeps a readable width, centred.
        self.page_scroll, page = scrolling_page(self, MAX_CONTENT_WIDTH)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(40, 28, 40, 32)
        layout.setSpacing(20)

        # Header: name and purpose on the left, language and feedback mode on the right.
        header, _titles, self.heading, self.tagline = header_row(
            page, "pageTitle", "pageSubtitle", spacing=24, title_spacing=4
        )
        settings = QGridLayout()
        settings.setHorizontalSpacing(12)
        settings.setVerticalSpacing(8)
        self.language_label = PlainLabel("", page, object_name="fieldLabel", wrap=False)
        self.language_switch = Segmented(("nl", "en"), page)
        for key, button in self.language_switch.buttons.items():
            button.setText(language_name(key))
        self.language_switch.chosen.connect(self.languageRequested)
        self.mode_label = PlainLabel("", page, object_name="fieldLabel", wrap=False)
        self.mode_switch = Segmented(FEEDBACK_MODES, page)
        self.mode_switch.chosen.connect(self._mode_chosen)
        self.mode_help = PlainLabel("", page, object_name="muted")
        self.mode_help.setMaximumWidth(460)
        settings.addWidget(self.language_label, 0, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        settings.addWidget(self.language_switch, 0, 1, Qt.AlignmentFlag.AlignLeft)
        settings.addWidget(self.mode_label, 1, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        settings.addWidget(self.mode_switch, 1, 1, Qt.AlignmentFlag.AlignLeft)
        settings.addWidget(self.mode_help, 2, 1)
        self.name_label = PlainLabel("", page, object_name="fieldLabel", wrap=False)
        self.name_edit = QLineEdit(page)
        self.name_edit.setObjectName("playerName")
        self.name_edit.setMaxLength(80)
        self.name_edit.setMaximumWidth(320)
        self.name_edit.setMinimumWidth(220)  # room for the hint in either language
        self.name_edit.editingFinished.connect(lambda: self.playerNameChanged.emit(self.name_edit.text().strip()))
        settings.addWidget(self.name_label, 3, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        settings.addWidget(self.name_edit, 3, 1, Qt.AlignmentFlag.AlignLeft)
        self.answer_by = AnswerBySetting(page)
        self.answer_by.chosen.connect(self.answerByRequested)
        settings.addWidget(self.answer_by.label, 4, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        settings.addWidget(self.answer_by.switch, 4, 1, Qt.AlignmentFlag.AlignLeft)
        header.addLayout(settings)
        layout.addLayout(header)

        # The resume offer, shown when a session was left unfinished (for example when the app was killed).
        self.resume_card = Card(page, object_name="resumeCard", margins=16)
        resume_row = QHBoxLayout()
        resume_row.setSpacing(16)
        resume_texts, self.resume_title, self.resume_text = title_block(self.resume_card, "sectionTitle", "", 2)
        resume_row.addLayout(resume_texts, 1)
        self.resume_button = Button(self.resume_card)
        self.resume_button.setObjectName("primary")
        self.resume_button.clicked.connect(self._resume)
        self.dismiss_button = Button(self.resume_card)
        self.dismiss_button.clicked.connect(self.hide_resume)
        resume_row.addWidget(self.resume_button, 0, Qt.AlignmentFlag.AlignVCenter)
        resume_row.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.resume_card.body.addLayout(resume_row)
        self.resume_card.hide()
        layout.addWidget(self.resume_card)

        # Scenarios (left, wide) and recent sessions (right).
        columns = QHBoxLayout()
        columns.setSpacing(24)
        left = QVBoxLayout()
        left.setSpacing(12)
        self.scenarios_title = PlainLabel("", page, object_name="sectionTitle")
        left.addWidget(self.scenarios_title)
        self.status = PlainLabel("", page, object_name="muted")
        left.addWidget(self.status)
        self.grid_host = QWidget(page)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(16)
        left.addWidget(self.grid_host)
        left.addStretch(1)
        columns.addLayout(left, 1)

        self.recent_card = Card(page, object_name="card", margins=16)
        self.recent_card.setFixedWidth(340)
        self.recent_title = PlainLabel("", self.recent_card, object_name="sectionTitle")
        self.recent_card.body.addWidget(self.recent_title)
        self.recent_list = QListWidget(self.recent_card)
        self.recent_list.setObjectName("recentList")
        self.recent_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recent_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.recent_list.setWordWrap(True)
        self.recent_list.setUniformItemSizes(False)
        self.recent_list.itemActivated.connect(self._open_item)
        self.recent_list.setMinimumHeight(330)
        self.recent_card.body.addWidget(self.recent_list, 1)
        self.recent_empty = PlainLabel("", self.recent_card, object_name="muted")
        self.recent_card.body.addWidget(self.recent_empty)
        self.recent_hint = PlainLabel("", self.recent_card, object_name="hint")
        self.recent_card.body.addWidget(self.recent_hint)
        columns.addWidget(self.recent_card, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(columns, 1)

        self.retranslate()

    # ---- filling in ---------------------------------------------------------------------------------------
    def set_loading(self, loading: bool) -> None:
        """Say that scenarios are still being read."""
        self._loading = loading
        self._update_status()

    def add_entry(self, entry: CatalogueEntry) -> None:
        """Add a card for a scenario file as soon as it is read."""
        # The cards (and the avatar painting they use) load with the first card, after the window shows.
        from .library_cards import BrokenCard, ScenarioCard

        card: ScenarioCard | BrokenCard
        if entry.ok:
            card = ScenarioCard(entry, self.grid_host)
            card.startRequested.connect(self.startRequested)
        else:
            card = BrokenCard(entry, self.grid_host)
            card.detailsRequested.connect(self.problemRequested)
        card.show_texts(self.language)
        self.cards.append(card)
        self._relayout(force=True)
        self._update_status()

    def clear_entries(self) -> None:
        """Remove every card (before the library's folders are read again)."""
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        self._relayout(force=True)

    def scenario_cards(self) -> list[ScenarioCard]:
        """The cards of scenarios that loaded."""
        from .library_cards import ScenarioCard

        return [card for card in self.cards if isinstance(card, ScenarioCard)]

    def set_sessions(self, summaries: list[SessionSummary]) -> None:
        """Show the recent sessions (those with at least one turn, and damaged files so they are not hidden)."""
        # Classroom demos and replay tries stay in the history, out of the player's own list.
        self._summaries = [s for s in summaries if s.problem or (s.turns > 0 and s.practice)][:12]
        self._fill_sessions()

    def offer_resume(self, summary: SessionSummary | None) -> None:
        """Offer to resume `summary` (None hides the offer)."""
        if summary is None:
            self.hide_resume()
            return
        self._resume_path = summary.path
        self._resume_summary = summary
        self._fill_resume()
        self.resume_card.show()

    def hide_resume(self) -> None:
        """Hide the resume offer (the session stays in the recent list)."""
        self._resume_path = None
        self.resume_card.hide()

    def set_language(self, language: str) -> None:
        """Show scenario texts in `language` and mark it on the switch."""
        self.language = language
        self.language_switch.set_current(language)
        for card in self.cards:
            card.show_texts(language)
        self._refit_cards()
        self._fill_sessions()
        if self._resume_path is not None:
            self._fill_resume()

    def set_mode(self, mode: str) -> None:
        """Mark the feedback mode."""
        self.mode_switch.set_current(mode)
        self.mode_help.setText(mode_description(mode))

    def mode(self) -> str:
        """The chosen feedback mode."""
        return self.mode_switch.current() or "live"

    # ---- texts --------------------------------------------------------------------------------------------
    def set_player_name(self, name: str) -> None:
        """Show the remembered name."""
        self.name_edit.setText(name)

    def retranslate(self) -> None:
        """Set every UI string in the current language."""
        self.heading.setText(self.tr("Practise handling resistance"))
        self.tagline.setText(
            self.tr(
                "Resistance is a signal, not a setback. Slow down, find the need underneath, and let the "
                "customer choose the next step."
            )
        )
        self.language_label.setText(self.tr("Language"))
        self.mode_label.setText(self.tr("Feedback"))
        self.name_label.setText(self.tr("Your name"))
        self.answer_by.retranslate()
        self.name_edit.setPlaceholderText(self.tr("optional: for your trainer's class overview"))
        # Wide enough for the hint in the current language (it is the only thing that says what the field is for).
        hint = self.name_edit.fontMetrics().horizontalAdvance(self.name_edit.placeholderText()) + 28
        self.name_edit.setMinimumWidth(min(max(220, hint), 420))
        self.name_edit.setMaximumWidth(max(320, min(hint, 420)))
        self.name_edit.setAccessibleName(self.tr("Your name"))
        for key, button in self.mode_switch.buttons.items():
            button.setText(mode_name(key))
            button.setToolTip(mode_description(key))
        self.mode_help.setText(mode_description(self.mode()))
        self.language_switch.setAccessibleName(self.tr("Language"))
        self.mode_switch.setAccessibleName(self.tr("Feedback mode"))
        self.scenarios_title.setText(self.tr("Choose a conversation"))
        self.recent_title.setText(self.tr("Recent sessions"))
        self.recent_list.setAccessibleName(self.tr("Recent sessions"))
        self.recent_empty.setText(self.tr("Your practice sessions will appear here."))
        self.recent_hint.setText(self.tr("Press Enter or double-click to open a session."))
        self.resume_title.setText(self.tr("Continue where you left off?"))
        self.resume_button.setText(self.tr("Resume"))
        self.dismiss_button.setText(self.tr("Not now"))
        for card in self.cards:
            card.show_texts(self.language)
        self._fill_sessions()
        if self._resume_path is not None:
            self._fill_resume()
        self._update_status()

    def _update_status(self) -> None:
        if self._loading and not self.cards:
            self.status.setText(self.tr("Loading scenarios…"))
            self.status.show()
        elif not self.cards:
            self.status.setText(self.tr("No scenarios found. Scenario files go in the dialogues folder."))
            self.status.show()
        else:
            self.status.hide()

    def _fill_resume(self) -> None:
        summary = self._resume_summary
        if summary is None:
            return
        title = localized(summary.title, self.language) or summary.scenario_id
        self.resume_text.setText(
            self.tr("{0}: you stopped after {1} ({2}). Every turn you played is kept.").format(
                title, count("turns", summary.turns), _when(summary.updated_at)
            )
        )
        self.resume_button.setAccessibleName(self.tr("Resume {0}").format(title))

    def _fill_sessions(self) -> None:
        self.recent_list.clear()
        for summary in self._summaries:
            if summary.problem:
                text = self.tr("Damaged file: {0}\n{1}").format(summary.path.name, summary.problem)
                kind = "problem"
            else:
                title = localized(summary.title, self.language) or summary.scenario_id
                if summary.outcome is None:
                    status = self.tr("Unfinished, {0}").format(count("turns", summary.turns))
                else:
                    status = f"{outcome_name(summary.outcome)}, {count('turns', summary.turns)}"
                # A session played with hidden meters shows no trust until its debrief (its end).
                if summary.final_trust is not None and not (summary.mode == "hidden" and summary.outcome is None):
                    status += " · " + self.tr("trust {0}").format(summary.final_trust)
                text = f"{title}\n{status}\n{_when(summary.updated_at)}"
                kind = "unfinished" if summary.outcome is None else "finished"
            item = QListWidgetItem(text)
            item.setData(PATH_ROLE, str(summary.path))
            item.setData(KIND_ROLE, kind)
            item.setSizeHint(QSize(0, 78 if kind != "problem" else 62))
            self.recent_list.addItem(item)
        empty = not self._summaries
        self.recent_list.setVisible(not empty)
        self.recent_empty.setVisible(empty)
        self.recent_hint.setVisible(not empty)

    # ---- layout -------------------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def _refit_cards(self) -> None:
        """After texts changed on screen (a live language switch), let every card and the grid recompute the
        heights their wrapped texts need; otherwise cards keep the old heights and overlap or cut text."""
        for card in self.cards:
            layout = card.layout()
            if layout is not None:
                layout.invalidate()
            card.updateGeometry()
        self.grid.invalidate()
        self._relayout(force=True)

    def _relayout(self, force: bool = False) -> None:
        available = max(1, min(self.width(), MAX_CONTENT_WIDTH) - 80 - self.recent_card.width() - 24)
        columns = max(1, min(4, available // CARD_WIDTH))
        if columns == self._columns and not force:
            return
        self._columns = columns
        while self.grid.count():
            self.grid.takeAt(0)
        for index, card in enumerate(self.cards):
            self.grid.addWidget(card, index // columns, index % columns)
        for column in range(4):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        # Keep Tab order the same as reading order.
        previous: QWidget | None = None
        for card in self.cards:
            target = card.focusProxy() or card
            if previous is not None:
                QWidget.setTabOrder(previous, target)
            previous = target

    # ---- actions ------------------------------------------------------------------------------------------
    def _mode_chosen(self, mode: str) -> None:
        self.mode_help.setText(mode_description(mode))
        self.modeRequested.emit(mode)

    def _resume(self) -> None:
        if self._resume_path is not None:
            self.resumeRequested.emit(self._resume_path)

    def _open_item(self, item: QListWidgetItem) -> None:
        self.sessionRequested.emit(Path(item.data(PATH_ROLE)))


def _when(iso: str) -> str:
    """An ISO time stamp in the UI language's one date format."""
    return date_time(iso)
