"""The presenter view on the laptop screen: what only the trainer sees while the room watches the projector.

It says what is happening and which key comes next, and shows what the class must not see yet: the move kind
of every answer with its coach note and the need it can uncover, the customer's hidden root and needs, the
real trust and tension (also before a reveal), and why the last answer landed as it did. A passive window:
the controller fills its sections with plain text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from ..kit.widgets import PlainLabel
from . import look
from .keys import dispatch_key, key_map
from .look import ScaledLayouts
from .window_base import ClassroomWindow

ROOT_NAME = "classroomPresenter"


@dataclass(frozen=True)
class Item:
    """One line of a section: its text and its style (`body`, `soft`, `name`, `prompt`, `need`, `warning`)."""

    text: str
    style: str = "body"


STYLES = {
    "body": "crBody",
    "soft": "crSoft",
    "name": "crStrong",
    "prompt": "crAccent",
    "need": "crNeed",
    "warning": "crWarning",
    "kicker": "crKicker",
}


class Section(QFrame):
    """A titled panel of plain-text lines; its labels are reused from one update to the next."""

    def __init__(self, layouts: ScaledLayouts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crPanel")
        self.box = QVBoxLayout(self)
        layouts.add(self.box, (16, 12, 16, 14), 6)
        self.title = PlainLabel("", self, object_name="crKicker")
        self.box.addWidget(self.title)
        self.labels: list[PlainLabel] = []

    def set_content(self, title: str, items: Sequence[Item]) -> None:
        """Show `title` and `items`; a section without items hides."""
        self.title.setText(title)
        while len(self.labels) < len(items):
            label = PlainLabel("", self, object_name="crBody")
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.box.addWidget(label)
            self.labels.append(label)
        for index, label in enumerate(self.labels):
            if index < len(items):
                item = items[index]
                name = STYLES.get(item.style, "crBody")
                if label.objectName() != name:
                    label.setObjectName(name)
                    label.style().unpolish(label)
                    label.style().polish(label)
                label.setText(item.text)
            label.setVisible(index < len(items))
        self.setVisible(bool(items))

    def texts(self) -> list[str]:
        """The lines shown (for tests and tools)."""
        return [label.text() for label in self.labels if not label.isHidden()]


class ColumnHost(QWidget):
    """The content of a scrolling column. Its height comes from its width (wrapped text), never from the
    guessed minimum of wrapped labels, which would leave an empty stretch to scroll through."""

    def minimumSizeHint(self) -> QSize:
        return QSize(0, 0)


class PresenterWindow(ClassroomWindow):
    """The trainer's window: status, the answers with their move kinds, and what is hidden from the class."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(ROOT_NAME, parent)

        outer = QVBoxLayout(self)
        outer.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)  # it fits the laptop's screen
        self.layouts.add(outer, (20, 14, 20, 12), 10)
        header = QHBoxLayout()
        self.layouts.add(header, 0, 16)
        self.title = PlainLabel("", self, object_name="crTitle")
        self.meta = PlainLabel("", self, object_name="crMeta")
        self.meta.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.title, 3)
        header.addWidget(self.meta, 2)
        outer.addLayout(header)

        self.status = QFrame(self)
        self.status.setObjectName("crPromptPanel")
        status_box = QVBoxLayout(self.status)
        self.layouts.add(status_box, (16, 10, 16, 10), 4)
        self.status_title = PlainLabel("", self.status, object_name="crPrompt")
        self.status_text = PlainLabel("", self.status, object_name="crBody")
        status_box.addWidget(self.status_title)
        status_box.addWidget(self.status_text)
        outer.addWidget(self.status)

        columns = QHBoxLayout()
        self.layouts.add(columns, 0, 14)
        self.now_sections = self._column(columns, 3, 3)
        self.hidden_sections = self._column(columns, 2, 3)
        outer.addLayout(columns, 1)

        self.keys = PlainLabel("", self, object_name="crSoft")
        outer.addWidget(self.keys)
        for widget in self.findChildren(QWidget):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.apply_scale()
        self.retranslate()

    def _column(self, columns: QHBoxLayout, stretch: int, count: int) -> list[Section]:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        host = ColumnHost(scroll)
        box = QVBoxLayout(host)
        self.layouts.add(box, (0, 0, 6, 0), 12)
        sections = [Section(self.layouts, host) for _ in range(count)]
        for section in sections:
            box.addWidget(section)
            section.hide()
        box.addStretch(1)
        scroll.setWidget(host)
        columns.addWidget(scroll, stretch)
        return sections

    # ---- scale ----------------------------------------------------------------------------------------------
    def apply_scale(self, *, force: bool = False) -> None:
        """Size everything for the window's size (one factor, applied at the root)."""
        scale = look.presenter_scale(self.size())
        if not force and abs(scale - self.scale) < 0.005:
            return
        self.scale = scale
        self.setStyleSheet(look.style_sheet(scale, look.PRESENTER_SIZES, ROOT_NAME))
        self.layouts.apply(scale)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.apply_scale()

    # ---- what to show ---------------------------------------------------------------------------------------
    def set_header(self, title: str, meta: str) -> None:
        """The window's headline and where the projector view is."""
        self.title.setText(title)
        self.meta.setText(meta)

    def set_status(self, title: str, text: str) -> None:
        """What is happening and which key comes next."""
        self.status_title.setText(title)
        self.status_text.setText(text)
        self.status_text.setVisible(bool(text))

    def set_now(self, sections: Sequence[tuple[str, Sequence[Item]]]) -> None:
        """The left column: what is on the projector now, with the trainer's extra knowledge."""
        self._fill(self.now_sections, sections)

    def set_hidden(self, sections: Sequence[tuple[str, Sequence[Item]]]) -> None:
        """The right column: what the class does not see."""
        self._fill(self.hidden_sections, sections)

    @staticmethod
    def _fill(targets: list[Section], sections: Sequence[tuple[str, Sequence[Item]]]) -> None:
        for index, section in enumerate(targets):
            if index < len(sections):
                section.set_content(*sections[index])
            else:
                section.hide()

    def retranslate(self) -> None:
        """The fixed texts in the current language."""
        self.setWindowTitle(self.tr("Presenter view — Sales Resistance Simulator"))
        # No-break spaces inside each item: a line breaks between items, never between a key and what it does.
        items = (f"{keys} {text}".replace(" ", "\u00a0") for keys, text in key_map(short=True))
        self.keys.setText("   ·   ".join(items))

    # ---- keys -----------------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not dispatch_key(event, self.actionTriggered.emit):
            super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
