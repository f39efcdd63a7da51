"""The class vote in classroom mode: it runs the vote server while the vote is on, keeps the board in step
with the room's phase, and fills the vote panels on both screens.

While the room is *asking*, the board is open on the current line and options; the projector shows how to join
and how many have voted, the presenter view the spread as it comes in. `R` closes the vote (`close_and_play`):
the tally is kept with the turn in the session, the spread shows as bars, and the majority's answer is played
through the controller, exactly as if the trainer had pressed its number (a tie, or no votes, leaves the pick to
the trainer's number keys). A number key while the vote is open closes it too and plays the trainer's pick
(`before_play`), with the tally still kept. The server runs on its own thread; this bridge only reads the board,
a few times a second, so the projector never waits for a phone.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QBoxLayout

from ...engine.classroom_flow import Phase
from ...vote import VoteBoard, VoteServer, majority
from ...vote.address import local_address
from ...vote.board import VoteOption
from .vote_panel import PresenterVotePanel, SpreadRow, VotePanel

if TYPE_CHECKING:
    from ...engine import Session
    from .controller import ClassroomController

REFRESH_MS = 250
"""How often the projector looks at the number of votes."""


class VoteBridge(QObject):
    """The class vote of one classroom controller: its board, its server and its two panels."""

    def __init__(
        self, controller: ClassroomController, host: str | None = None, port: int = 0, out: TextIO | None = None
    ) -> None:
        super().__init__(controller)
        self.controller = controller
        self.board = VoteBoard()
        self.server = VoteServer(self.board, host or local_address(), port)
        self.out = out
        self.problem = ""
        self._key: tuple[object, ...] | None = None
        """What the open vote is on (session, turn, options); None when the next asking phase opens a new vote."""
        self._shown: tuple[object, ...] = ()
        self._played: str | None = None
        """The answer played after the vote closed (the class's or the trainer's), while it is on the stage."""
        audience, presenter = controller.audience, controller.presenter
        self.panel = VotePanel(audience.layouts, lambda: audience.scale, audience)
        audience.body.addWidget(self.panel)
        self.presenter_panel = PresenterVotePanel(presenter.layouts, presenter)
        outer = presenter.layout()
        if isinstance(outer, QBoxLayout):
            outer.insertWidget(max(0, outer.count() - 1), self.presenter_panel)  # above the key line
        self.panel.hide()
        self.presenter_panel.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._refresh)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        server = self.server
        self.destroyed.connect(lambda *_: server.stop())  # the port never outlives the window it belongs to

    # ---- on and off -----------------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        """True while the server runs and the phones can reach it."""
        return self.server.running

    def start(self) -> bool:
        """Start the server and show the panels; False (with the reason on the presenter view) if it cannot."""
        if self.running:
            return True
        try:
            url = self.server.start()
        except OSError as error:
            self.problem = self.tr("The class vote could not start: {0}").format(error.strerror or error)
            self.presenter_panel.show_vote(self.tr("Class vote"), self.problem, [])
            self.presenter_panel.show()
            return False
        self.problem = ""
        print(f"vote: {url}", file=self.out or sys.stdout, flush=True)
        self._key = None
        self.panel.show()
        self.presenter_panel.show()
        self.timer.start()
        self.sync()
        return True

    def stop(self) -> None:
        """Stop the server (its port closes) and take the panels away."""
        self.timer.stop()
        self.server.stop()
        self.panel.hide()
        self.presenter_panel.hide()
        self._key = None

    def toggle(self) -> None:
        """V: start the vote, or stop it."""
        if self.running:
            self.stop()
        else:
            self.start()
        self.controller.render()

    # ---- the board follows the room -------------------------------------------------------------------------
    def sync(self) -> None:
        """Bring the board and the panels in line with the room's phase (the controller calls this on render)."""
        if not self.running:
            return
        controller = self.controller
        session = controller.session
        phase = controller.phase
        if session is None or phase in (Phase.PICKING, Phase.ENDED):
            self._played = None
            if self._key != ("idle",):
                self.board.idle(controller.language())
                self._key = ("idle",)
        elif phase is Phase.ASKING:
            options = [VoteOption(option.id, option.text) for option in session.options]
            key = (session.id, len(session.turns), tuple(option.id for option in options))
            self._played = None
            if key != self._key:
                self.board.open_turn(len(session.turns) + 1, session.customer_line, options, session.language)
                self._key = key
            else:
                self.board.update_texts(session.customer_line, options, session.language)
        else:
            self._key = None  # the next asking phase is a new vote, also after a turn taken back
            self.board.close()
            turn = controller.flow.displayed_turn()
            self._played = turn.option if turn is not None else None
            self.board.set_played(self._played, revealed=phase is Phase.REVEALED)
        self._render()

    def before_play(self, session: Session) -> None:
        """An answer is about to be played: close an open vote and keep its tally with the turn."""
        if self.running and self.board.is_open:
            session.record_class_vote(self.board.close())

    def close_and_play(self) -> None:
        """R while the room votes: close the vote, keep the tally, show the spread and play the majority."""
        session = self.controller.session
        if session is None or session.finished:
            return
        tally = self.board.close()
        if tally:
            session.record_class_vote(tally)
        chosen = majority(tally)
        ids = [option.id for option in session.options]
        if chosen is not None and chosen in ids:
            self.controller.choose(ids.index(chosen) + 1)  # as if the trainer had pressed its number
        else:
            self._render()

    def _refresh(self) -> None:
        state = (self.board.round, self.board.count, self.board.is_open)
        if state != self._shown:
            self._render()

    # ---- the panels -----------------------------------------------------------------------------------------
    def _render(self) -> None:
        board = self.board
        self._shown = (board.round, board.count, board.is_open)
        self.presenter_panel.set_scale(self.controller.presenter.scale)
        short = self.server.short_url
        address = short.removeprefix("http://")
        self.panel.set_link(self.tr("Vote on your phone"), self.server.url, address, self.tr("Room code"), board.code)
        title = self.tr("Class vote · {0} · room code {1}").format(short, board.code)
        ids = board.option_ids
        if not ids:
            self.panel.show_waiting(self.tr("The phones wait for the next question."), self.tr("V: stop the vote"))
            self.presenter_panel.show_vote(title, self.tr("Waiting: nothing to vote on yet."), [])
            return
        if board.is_open:
            count = self._votes(board.count)
            spread = board.spread()
            self.panel.show_open(count, self.tr("R: close the vote and play the class's answer"))
            self.presenter_panel.show_vote(
                title,
                self.tr("Open: {0}. The room sees only the count; you see the spread.").format(count),
                self._rows(ids, spread, None),
            )
            return
        tally = board.tally or {}
        chosen = majority(tally)
        summary = self._summary(ids, tally, chosen)
        hint = "" if chosen is not None else self.tr("Press the number of the answer to play.")
        code_line = self.tr("Room code {0}").format(board.code)
        self.panel.show_closed(self._rows(ids, tally, chosen), summary, hint, code_line)
        self.presenter_panel.show_vote(title, summary, self._rows(ids, tally, chosen))

    def _summary(self, ids: tuple[str, ...], tally: dict[str, int], chosen: str | None) -> str:
        total = sum(tally.values())
        if total == 0:
            return self.tr("No one voted: the trainer picks.")
        if chosen is None:
            return self.tr("A tie ({0}): the trainer picks.").format(self._votes(total))
        text = self.tr("The class chose {0}: {1} of {2}.").format(
            ids.index(chosen) + 1, tally[chosen], self._votes(total)
        )
        if self._played is not None and self._played != chosen and self._played in ids:
            text += " " + self.tr("The trainer played {0}.").format(ids.index(self._played) + 1)
        return text

    @staticmethod
    def _rows(ids: tuple[str, ...], counts: dict[str, int], chosen: str | None) -> list[SpreadRow]:
        return [SpreadRow(str(number), counts.get(option, 0), option == chosen) for number, option in enumerate(ids, 1)]

    def _votes(self, count: int) -> str:
        return self.tr("1 vote") if count == 1 else self.tr("{0} votes").format(count)
