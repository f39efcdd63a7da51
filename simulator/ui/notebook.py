"""The needs notebook: the customer's hidden needs appear here, one by one, as the player uncovers them.

While playing only the need's label is shown; its explanation waits for the debrief.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from . import theme
from .numbers import count
from .widgets import Card, Chip, PlainLabel
from .words import localized

if TYPE_CHECKING:
    from ..scenario import Scenario

FLASH_MS = 1600


class NeedEntry(QFrame):
    """One uncovered need: a check mark, its label, and the turn it came up."""

    def __init__(self, label: str, turn: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("needEntry")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(10)
        self.mark = PlainLabel("✓", self, object_name="needMark", wrap=False)
        self.label = PlainLabel(label, self, object_name="needLabel")
        self.turn = PlainLabel("", self, object_name="muted", wrap=False)
        self.turn_number = turn
        layout.addWidget(self.mark)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.turn)

    def flash(self) -> None:
        """Briefly highlight a newly found need."""
        self.setProperty("fresh", True)
        theme.polish(self)
        QTimer.singleShot(FLASH_MS, self, self._settle)

    def _settle(self) -> None:
        self.setProperty("fresh", False)
        theme.polish(self)


class NeedsNotebook(Card):
    """The notebook card."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, object_name="card", margins=16)
        head = QHBoxLayout()
        self.title = PlainLabel("", self, object_name="sectionTitle")
        self.count = Chip("", self, tone="neutral")
        head.addWidget(self.title, 1)
        head.addWidget(self.count)
        self.body.addLayout(head)
        # The entries scroll when more needs are found than the column has room for.
        self.entries_scroll = QScrollArea(self)
        self.entries_scroll.setObjectName("notebookScroll")
        self.entries_scroll.setWidgetResizable(True)
        self.entries_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.entries_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        host = QWidget(self.entries_scroll)
        host.setObjectName("notebookHost")
        self.entries_box = QVBoxLayout(host)
        self.entries_box.setContentsMargins(0, 0, 0, 0)
        self.entries_box.setSpacing(6)
        self.entries_box.addStretch(1)
        self.entries_scroll.setWidget(host)
        self.body.addWidget(self.entries_scroll, 1)
        # The line under the entries (what is left to find) stays below the scrolled list, never scrolled away
        # or cut off; with no entries yet, the empty list makes way so the line sits under the title.
        self.placeholder = PlainLabel("", self, object_name="muted")
        self.body.addWidget(self.placeholder)
        self.body.addStretch(0)
        self.entries_scroll.hide()
        self.entries: list[NeedEntry] = []
        self._scenario: Scenario | None = None
        self._found: list[tuple[str, int]] = []
        self._language = "en"
        self.retranslate()

    def show_needs(self, scenario: Scenario, found: list[tuple[str, int]], language: str) -> None:
        """Show the needs found so far: (need id, turn number) pairs."""
        self._scenario = scenario
        self._found = list(found)
        self._language = language
        for entry in self.entries:
            entry.setParent(None)
            entry.deleteLater()
        self.entries = []
        self.entries_scroll.setVisible(bool(self._found))
        for need_id, turn in self._found:
            self._add(need_id, turn)
        self._update_count()

    def add_need(self, need_id: str, turn: int) -> None:
        """A need was just uncovered."""
        if self._scenario is None or any(need_id == found for found, _ in self._found):
            return
        self._found.append((need_id, turn))
        self._add(need_id, turn).flash()
        self._update_count()

    def labels(self) -> list[str]:
        """The labels shown."""
        return [entry.label.text() for entry in self.entries]

    def retranslate(self) -> None:
        """Set the UI strings."""
        self.title.setText(self.tr("Needs notebook"))
        for entry in self.entries:
            entry.turn.setText(self.tr("turn {0}").format(entry.turn_number))
        self._update_count()

    def _add(self, need_id: str, turn: int) -> NeedEntry:
        assert self._scenario is not None
        try:
            label = localized(self._scenario.need(need_id).label, self._language)
        except KeyError:
            label = need_id
        entry = NeedEntry(label, turn, self)
        entry.turn.setText(self.tr("turn {0}").format(turn))
        entry.setAccessibleName(self.tr("Need uncovered in turn {0}: {1}").format(turn, label))
        self.entries_box.insertWidget(len(self.entries), entry)
        self.entries.append(entry)
        self.entries_scroll.show()
        self.entries_scroll.ensureWidgetVisible(entry)
        return entry

    def _update_count(self) -> None:
        total = len(self._scenario.needs) if self._scenario is not None else 0
        found = len(self._found)
        self.count.setText(self.tr("{0} of {1}").format(found, total))
        self.count.set_tone("good" if total and found == total else "neutral")
        self.count.setAccessibleName(self.tr("{0} of {1} uncovered").format(found, count("needs", total)))
        if not found:
            self.placeholder.setText(
                self.tr("What does the customer really need? Needs appear here as they come to the surface.")
            )
        elif found < total:
            self.placeholder.setText(self.tr("{0} more to discover.").format(total - found))
        else:
            self.placeholder.setText(self.tr("Every need is on the table."))
