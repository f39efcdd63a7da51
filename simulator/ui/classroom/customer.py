"""The customer on the projector: face, name and mood, the trust figure and tension, the needs found so far.

The face and the mood words change together, so the mood never depends on seeing the picture.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from ..kit.avatar import Avatar, avatar_file
from ..kit.meter import projector_meters
from ..kit.tones import mood_tone
from ..kit.widgets import PlainLabel
from ..kit.words import expression_for, state_cue, state_name
from . import look
from .look import ScaledLayouts
from .shared import fit_to_window, set_property, wrapped

if TYPE_CHECKING:
    from ...scenario import Scenario


class CustomerColumn(QWidget):
    """The customer's face, name and mood, the meters, and the needs found so far."""

    def __init__(self, layouts: ScaledLayouts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fit_to_window(self)
        box = QVBoxLayout(self)
        layouts.add(box, 0, 10)
        top = QHBoxLayout()
        layouts.add(top, 0, 20)
        self.avatar = Avatar(150, self)
        top.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        who = QVBoxLayout()
        layouts.add(who, 0, 6)
        self.name = wrapped("", self, "crName")
        self.role = wrapped("", self, "crRole")
        self.mood = PlainLabel("", self, object_name="crChip", wrap=False)
        self.mood.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        who.addWidget(self.name)
        who.addWidget(self.role)
        who.addWidget(self.mood, 0, Qt.AlignmentFlag.AlignLeft)
        who.addStretch(1)
        top.addLayout(who, 1)
        box.addLayout(top)
        self.cue = wrapped("", self, "crSoft")
        box.addWidget(self.cue)
        box.addSpacing(10)
        self.trust, self.tension = projector_meters(self)
        box.addWidget(self.trust)
        box.addWidget(self.tension)
        box.addSpacing(14)
        self.needs_title = PlainLabel("", self, object_name="crKicker", wrap=False)
        box.addWidget(self.needs_title)
        self.needs: list[PlainLabel] = []
        self.needs_box = QVBoxLayout()
        layouts.add(self.needs_box, 0, 4)
        box.addLayout(self.needs_box)
        box.addStretch(1)
        self._scenario: Scenario | None = None

    def set_scale(self, scale: float) -> None:
        """Resize the face with the rest of the window."""
        self.avatar.set_size(look.px(150, scale))

    def show_customer(self, scenario: Scenario, state: str, language: str) -> None:
        """The persona in `state`."""
        from ..kit.words import localized

        self._scenario = scenario
        persona = scenario.persona
        self.name.setText(persona.name)
        self.role.setText(f"{localized(persona.role, language)} · {persona.company}")
        self.avatar.show_face(avatar_file(scenario, expression_for(state)), persona.name)
        self.avatar.setAccessibleName(state_name(state))
        self.mood.setText(state_name(state))
        set_property(self.mood, "tone", mood_tone(state))
        self.cue.setText(state_cue(state))

    def show_needs(self, found: Sequence[str], total: int) -> None:
        """The needs uncovered so far (labels) out of `total`."""
        self.needs_title.setText(self.tr("Needs found: {0} of {1}").format(len(found), total))
        self.needs_title.setVisible(total > 0)
        while len(self.needs) < len(found):
            label = wrapped("", self, "crNeed")
            self.needs_box.addWidget(label)
            self.needs.append(label)
        for index, label in enumerate(self.needs):
            if index < len(found):
                label.setText(f"✓ {found[index]}")
            label.setVisible(index < len(found))
