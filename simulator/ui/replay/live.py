"""Trying another option from a turn of a replay: a small live panel that plays a branch of the session.

The branch (`Session.branch`) starts from the exact state before the chosen turn and is a new session linked to
the original. It is saved in the archive from its first new move on (until then it holds nothing that the
original does not). The panel reacts to the engine through the app's `SessionBridge` (hooks as signals).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...engine import Session, SessionError, Turn
from ...engine.review import text_in
from ..bridge import SessionBridge
from ..kit.meter import compact_meters
from ..kit.option_button import OptionButton
from ..kit.words import family_label, move_label, outcome_label, signed
from .transcript import transcript_html as render_transcript
from .transcript import turn_lines
from .widgets import clear_layout, plain_label, section_title, tinted


class LivePanel(QWidget):
    """Play on from a branch point; the window overlays this try's trust curve on the original's."""

    changed = Signal()
    """A turn was played or taken back (the trust curve changed)."""
    closeRequested = Signal()
    replayRequested = Signal(Path)
    problem = Signal(str, str)
    """Something could not be done: a title and a message for the window to show."""

    def __init__(
        self, session: Session, branch_point: int, save_path: Path | None, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.branch_point = branch_point
        self.save_path = save_path
        if language in session.scenario.languages:
            session.language = language  # the try speaks the language the replay is shown in
        self.language = session.language
        self._saving = False
        self._save_failed = False
        self.bridge = SessionBridge(session, self)
        self.bridge.turnPlayed.connect(self._refresh)
        self.bridge.turnUndone.connect(self._refresh)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        top = QHBoxLayout()
        self.heading = section_title(self.tr("New try from turn {}").format(branch_point + 1), name="liveHeading")
        self.undo = QPushButton(self.tr("Take back"))
        self.undo.setObjectName("liveUndo")
        self.undo.setToolTip(self.tr("Take back the last move of this try"))
        self.undo.clicked.connect(self._undo)
        self.close_button = QPushButton(self.tr("Close this try"))
        self.close_button.setObjectName("liveClose")
        self.close_button.clicked.connect(self.closeRequested.emit)
        # The heading on a line of its own, the buttons under it: beside them it wrapped word by word in a
        # narrow side panel.
        layout.addWidget(self.heading)
        top.addWidget(self.undo)
        top.addWidget(self.close_button)
        top.addStretch(1)
        layout.addLayout(top)
        if branch_point == 0:
            intro = self.tr("You start the conversation afresh.")
        elif branch_point == 1:
            intro = self.tr("The first turn is replayed as it was played; from here the conversation is yours.")
        else:
            intro = self.tr(
                "The first {} turns are replayed as they were played; from here the conversation is yours."
            ).format(branch_point)
        self.intro = tinted(
            plain_label(intro + " " + self.tr("This try is saved as a new session linked to the original.")), "muted"
        )
        layout.addWidget(self.intro)
        self.unsaved = tinted(
            plain_label(self.tr("Not saved — retrying after your next move"), name="liveUnsaved"), "bad"
        )
        self.unsaved.hide()
        layout.addWidget(self.unsaved)

        self.trust, self.tension = compact_meters(self)
        layout.addWidget(self.trust)
        layout.addWidget(self.tension)

        self.transcript = QTextBrowser()
        self.transcript.setObjectName("liveTranscript")
        self.transcript.setOpenLinks(False)
        self.transcript.setMinimumHeight(self.fontMetrics().height() * 5)
        layout.addWidget(self.transcript, 1)

        self.effect = tinted(plain_label(name="liveEffect"), "muted")
        layout.addWidget(self.effect)

        self.customer = plain_label(name="liveCustomerLine")
        font = self.customer.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.customer.setFont(font)
        layout.addWidget(self.customer)

        self.options_box = QVBoxLayout()
        self.options_box.setSpacing(4)
        layout.addLayout(self.options_box)

        self.ending = tinted(plain_label(name="liveEnding"), "strong")
        self.replay_button = QPushButton(self.tr("Replay this try"))
        self.replay_button.setObjectName("liveReplay")
        self.replay_button.clicked.connect(self._replay)
        layout.addWidget(self.ending)
        layout.addWidget(self.replay_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._refresh()

    # ---- commands ---------------------------------------------------------------------------------------
    def choose(self, option_id: str) -> Turn | None:
        """Play `option_id` in this try (what the option buttons do); None when it could not be played."""
        if self.session.autosave_path is None and self.save_path is not None:
            try:
                self.session.autosave_to(self.save_path)  # the path stays set when this first save fails
            except OSError as error:
                self._save_problem(error)
        try:
            turn = self.session.choose(option_id)
        except SessionError as error:
            self.problem.emit(self.tr("Cannot play this option"), str(error))
        except OSError as error:
            # The turn was played but could not be saved: play on in memory; the next turn tries again.
            self._save_problem(error)
            self._refresh()
        else:
            self._saved()
            return turn
        return None

    def _save_problem(self, error: OSError) -> None:
        """Saving failed: say so in the panel until a save works; explain it the first time only."""
        self._saving = False
        self.unsaved.setToolTip(str(error.strerror or error))
        self.unsaved.show()
        if self._save_failed:
            return
        self._save_failed = True
        self.problem.emit(
            self.tr("Cannot save the try"),
            self.tr("{}: cannot save: {}. You can go on playing; every next move tries again to save this try.").format(
                self.save_path, error.strerror or error
            ),
        )

    def _saved(self) -> None:
        if self.session.autosave_path is not None:
            self._saving = True
            self.unsaved.hide()
            self._refresh()

    def _undo(self) -> None:
        try:
            self.session.undo()
        except SessionError as error:
            self.problem.emit(self.tr("Cannot take back"), str(error))
        except OSError as error:
            self._save_problem(error)
            self._refresh()
        else:
            self._saved()

    def _replay(self) -> None:
        if self._saving and self.save_path is not None:
            self.replayRequested.emit(self.save_path)

    # ---- showing ----------------------------------------------------------------------------------------
    def trust_curve(self) -> list[int]:
        """This try's trust over its turns, start value first (the same shape as the original's curve)."""
        return [self.session.scenario.start.trust, *(turn.trust_after for turn in self.session.turns)]

    def _text(self, texts: Mapping[str, str]) -> str:
        return text_in(texts, self.language)

    def _refresh(self, *_: object) -> None:
        session = self.session
        turns = session.turns
        new_turns = turns[self.branch_point :]
        last = turns[-1] if len(turns) > self.branch_point else None
        if last is not None:
            self.trust.show_change(last.trust_after, last.trust_before)
            self.tension.show_change(last.tension_after, last.tension_before)
            reasons = " ".join(self._text(reason.text) for reason in last.reasons)
            self.effect.setText(
                self.tr("Last move: trust {}, tension {}. {}").format(
                    signed(last.trust_delta), signed(last.tension_delta), reasons
                )
            )
        else:
            self.trust.show_change(session.trust)
            self.tension.show_change(session.tension)
            self.effect.setText("")
        persona = session.scenario.persona.name
        lines = turn_lines(new_turns, self._text, persona, self.tr("You"))
        self.transcript.setHtml(render_transcript(lines, empty=self.tr("Choose what you say next.")))
        self.transcript.verticalScrollBar().setValue(self.transcript.verticalScrollBar().maximum())

        if QApplication.focusWidget() in self.findChildren(OptionButton):
            self.setFocus(Qt.FocusReason.OtherFocusReason)  # not Qt's next in the Tab chain as the buttons go
        clear_layout(self.options_box)
        if session.finished:
            self.customer.hide()
            self.ending.setText(
                self.tr("The conversation ended – {}. {}").format(outcome_label(session.outcome), session.ending_text)
            )
            self.ending.show()
            self.replay_button.setVisible(self._saving)
        else:
            self.customer.setText(self.tr("{}: {}").format(persona, session.customer_line))
            self.customer.show()
            self.ending.hide()
            self.replay_button.hide()
            for number, option in enumerate(session.options, start=1):
                button = OptionButton(number, self, name="liveOption", shortcut=True)
                button.set_option(option.id, option.text, f"{move_label(option.move)} · {family_label(option.family)}")
                button.clicked.connect(lambda _=False, oid=option.id: self.choose(oid))
                self.options_box.addWidget(button)
        self.undo.setEnabled(len(turns) > self.branch_point)
        self.changed.emit()
