"""The cards of the library screen: one per scenario (persona, role, difficulty, situation, Start), and one
per file that did not load (which file, the first problem, and a button for all of them).

The root of resistance is never shown here: finding it is the point of the exercise.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from ..kit.avatar import Avatar
from ..kit.widgets import Button, Card, Chip, PlainLabel
from ..kit.words import difficulty_name, localized

if TYPE_CHECKING:
    from .catalogue import CatalogueEntry


class ScenarioCard(Card):
    """One scenario: persona, role, difficulty and a one-line situation, with a Start button."""

    startRequested = Signal(object)

    def __init__(self, entry: CatalogueEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent, object_name="scenarioCard", margins=18)
        self.entry = entry
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setMinimumWidth(280)
        head = QHBoxLayout()
        head.setSpacing(12)
        self.avatar = Avatar(56, self)
        head.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        names = QVBoxLayout()
        names.setSpacing(2)
        self.persona = PlainLabel("", self, object_name="cardPersona")
        self.role = PlainLabel("", self, object_name="muted")
        names.addWidget(self.persona)
        names.addWidget(self.role)
        names.addStretch(1)
        head.addLayout(names, 1)
        self.body.addLayout(head)
        self.title = PlainLabel("", self, object_name="cardTitle")
        self.body.addWidget(self.title)
        chips = QHBoxLayout()
        chips.setSpacing(6)
        self.difficulty = Chip("", self, tone="accent")
        chips.addWidget(self.difficulty)
        self.source = Chip("", self, tone="neutral")  # where the scenario comes from: bundled, own, a shared folder
        chips.addWidget(self.source)
        chips.addStretch(1)
        self.body.addLayout(chips)
        self.situation = PlainLabel("", self, object_name="cardSituation")
        self.body.addWidget(self.situation, 1)
        self.start = Button(self)
        self.start.setObjectName("primary")
        self.start.setCursor(Qt.CursorShape.PointingHandCursor)
        self.start.clicked.connect(lambda: self.startRequested.emit(self.entry))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.start)
        self.body.addLayout(row)
        self.setFocusProxy(self.start)
        self.language = "en"

    def show_texts(self, language: str) -> None:
        """Fill in the texts in `language` (scenario texts) and the UI language (labels)."""
        self.language = language
        info = self.entry.info
        if info is None:
            return
        self.persona.setText(info.persona_name)
        self.role.setText(f"{localized(info.persona_role, language)} · {info.persona_company}")
        self.title.setText(localized(info.title, language))
        self.difficulty.setText(difficulty_name(info.difficulty))
        self.source.setText(self.source_name())
        self.source.setToolTip(str(self.entry.path))
        self.situation.setText(localized(info.situation, language))
        self.avatar.show_face(Path(info.face) if info.face else None, info.persona_name)
        self.start.setText(self.tr("Start conversation"))
        self.start.setAccessibleName(self.tr("Start: {0}").format(localized(info.title, language)))
        self.setAccessibleName(localized(info.title, language))

    def source_name(self) -> str:
        """Where the scenario comes from, as the card says it."""
        source = self.entry.source
        if source is None or source.kind == "bundled":
            return self.tr("Bundled")
        if source.kind == "own":
            return self.tr("Your own")
        return self.tr("Shared: {0}").format(source.name)


class BrokenCard(Card):
    """A scenario file that did not load: which file, the first problem, and a button for all of them."""

    detailsRequested = Signal(object)

    def __init__(self, entry: CatalogueEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent, object_name="brokenCard", margins=18)
        self.entry = entry
        self.setMinimumWidth(280)
        self.heading = PlainLabel("", self, object_name="cardTitle")
        self.file = PlainLabel(entry.path.name, self, object_name="muted")
        first = (entry.problem or "").splitlines()[0] if entry.problem else ""
        self.problem = PlainLabel(first, self, object_name="problemText")
        self.details = Button(self)
        self.details.clicked.connect(lambda: self.detailsRequested.emit(self.entry))
        for widget in (self.heading, self.file, self.problem):
            self.body.addWidget(widget)
        self.body.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.details)
        self.body.addLayout(row)
        self.setFocusProxy(self.details)

    def show_texts(self, language: str) -> None:
        """Refresh the labels (the file name and problem are shown as they are)."""
        self.heading.setText(self.tr("This scenario could not be loaded"))
        self.details.setText(self.tr("Show the problems"))
        self.details.setAccessibleName(self.tr("Show the problems in {0}").format(self.entry.path.name))
