"""Three things the projector view shows besides a turn: the briefing slide before the first line, the
"Discuss" band of a freeze (placed beside the content, so the reasons the class discusses stay readable), and the
black or white screen a presenter remote asks for.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from ..kit.widgets import PlainLabel
from .look import ScaledLayouts
from .shared import BALANCE, page_box, set_property, wrapped


class BriefingPage(QWidget):
    """The situation and the briefing, shown to the room before the customer says anything."""

    def __init__(self, layouts: ScaledLayouts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = page_box(self, layouts, 12)
        self.situation_title = PlainLabel("", self, object_name="crKicker", wrap=False)
        self.situation = wrapped("", self, "crQuote")
        box.addWidget(self.situation_title)
        box.addWidget(self.situation)
        box.addSpacing(16)
        self.panel = QFrame(self)
        self.panel.setObjectName("crPanel")
        panel_box = QVBoxLayout(self.panel)
        layouts.add(panel_box, (28, 20, 28, 22), 8)
        self.briefing_title = PlainLabel("", self.panel, object_name="crKicker", wrap=False)
        self.briefing = wrapped("", self.panel, "crBody")
        panel_box.addWidget(self.briefing_title)
        panel_box.addWidget(self.briefing)
        box.addWidget(self.panel)
        box.addSpacing(16)
        self.prompt = wrapped("", self, "crPrompt")
        box.addWidget(self.prompt)
        box.addStretch(BALANCE[1])

    def topic(self) -> str:
        """What the page is about, for choosing its type size: the situation."""
        return self.situation.text()

    def show_briefing(self, titles: tuple[str, str], situation: str, briefing: str, prompt: str) -> None:
        """Fill in the slide: the two headings, the scenario's situation and briefing, and what comes next."""
        self.situation_title.setText(titles[0])
        self.situation.setText(situation)
        self.briefing_title.setText(titles[1])
        self.briefing.setText(briefing)
        self.panel.setVisible(bool(briefing))
        self.prompt.setText(prompt)


class DiscussBand(QFrame):
    """The freeze: a band across the foot of the window with "Discuss" and the question, laid out beside the
    content (the window's layout makes room for it) instead of dimming and covering it."""

    def __init__(self, layouts: ScaledLayouts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crOverlayPanel")
        row = QHBoxLayout(self)
        layouts.add(row, (28, 14, 28, 14), 28)
        self.title = PlainLabel("", self, object_name="crOverlayTitle", wrap=False)
        self.question = wrapped("", self, "crPrompt")
        self.hint = PlainLabel("", self, object_name="crHint", wrap=False)
        row.addWidget(self.title, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.question, 1, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.hint, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def set_question(self, question: str) -> None:
        """Fill in the texts; `question` is what the class is discussing."""
        self.title.setText(self.tr("Discuss"))
        self.question.setText(question)
        self.question.setVisible(bool(question))
        self.hint.setText(self.tr("Space: go on"))


class BlankScreen(QWidget):
    """A black or white screen over everything (B / W on a presenter remote); any key takes it away."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("crBlank")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.colour = ""
        self.hide()

    def blank(self, colour: str) -> None:
        """Cover the window in `colour` ("black" or "white"), or uncover it ("")."""
        self.colour = colour
        if not colour:
            self.hide()
            return
        # Set on the widget itself: the window's style sheet is rebuilt at every scale change.
        self.setStyleSheet(f"QWidget#crBlank {{ background: {'#000000' if colour == 'black' else '#ffffff'}; }}")
        set_property(self, "colour", colour)
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()
