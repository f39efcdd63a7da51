"""Who the player is talking to: the face (by mood), name, role and company, and the mood in words.

The face and the words both change with the customer's state, so the mood never depends on seeing the picture.
In hidden-until-debrief mode neither changes: the face keeps its first, guarded look and the mood is not shown,
since a mood is a reading of the meters.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QWidget

from ..kit.avatar import Avatar, avatar_file
from ..kit.tones import mood_tone
from ..kit.widgets import Card, Chip, PlainLabel
from ..kit.words import expression_for, localized, state_cue, state_name

if TYPE_CHECKING:
    from ...scenario import Scenario


class CustomerPanel(Card):
    """The customer card at the left of the practice screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, object_name="card", margins=18)
        self.avatar = Avatar(132, self)
        self.body.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignHCenter)
        self.body.addSpacing(4)
        self.name = PlainLabel("", self, object_name="customerName")
        self.name.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.role = PlainLabel("", self, object_name="muted")
        self.role.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.body.addWidget(self.name)
        self.body.addWidget(self.role)
        self.body.addSpacing(6)
        row = QHBoxLayout()
        row.addStretch(1)
        self.mood = Chip("", self)
        self.mood.setObjectName("moodChip")
        row.addWidget(self.mood)
        row.addStretch(1)
        self.body.addLayout(row)
        self.cue = PlainLabel("", self, object_name="moodCue")
        self.cue.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.body.addWidget(self.cue)
        self._scenario: Scenario | None = None
        self._state = "guarded"
        self._language = "en"
        self._hidden = False

    def set_hidden(self, hidden: bool) -> None:
        """Hide every sign of the customer's state (hidden-until-debrief mode), or show it again."""
        if hidden != self._hidden:
            self._hidden = hidden
            self.show_state(self._state)

    def show_customer(self, scenario: Scenario, state: str, language: str) -> None:
        """Show `scenario`'s persona in `state`, scenario texts in `language`."""
        self._scenario = scenario
        self._language = language
        persona = scenario.persona
        self.name.setText(persona.name)
        self.role.setText(f"{localized(persona.role, language)} · {persona.company}")
        self.show_state(state)

    def show_state(self, state: str) -> None:
        """Change face and mood words to `state`."""
        self._state = str(state)
        if self._scenario is None:
            return
        persona = self._scenario.persona
        expression = "guarded" if self._hidden else expression_for(self._state)
        self.avatar.show_face(avatar_file(self._scenario, expression), persona.name)
        self.mood.setVisible(not self._hidden)
        self.cue.setVisible(not self._hidden)
        if self._hidden:
            self.avatar.setAccessibleName(persona.name)
            return
        self.mood.setText(state_name(self._state))
        self.mood.set_tone(mood_tone(self._state))
        self.cue.setText(state_cue(self._state))
        description = self.tr("{0} looks {1}: {2}").format(
            persona.name, state_name(self._state).lower(), state_cue(self._state)
        )
        self.avatar.setAccessibleName(description)
        self.mood.setAccessibleName(self.tr("Mood: {0}").format(state_name(self._state)))

    def retranslate(self) -> None:
        """Refresh the mood words in the current UI language."""
        if self._scenario is not None:
            self.show_customer(self._scenario, self._state, self._language)
