"""Classroom mode's wiring: the trainer's keys and the session's events go to the flow
(`engine.classroom_flow`, which decides what the room is at), what the flow says is drawn into the two windows
(`render`), and the windows are placed on the screens (`screens`).

The session is the host's (the main window, through the `host.ClassroomHost` protocol): it is started there
(`host.start_entry`, in live mode) or taken over when classroom mode begins mid-conversation, which keeps the
autosave in the session archive exactly as in practice mode, so a classroom session can be resumed and replayed
later.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QScreen

from ...engine.classroom_flow import Action, ClassroomFlow, Command, Outcome, Phase
from .audience import AudienceWindow
from .look import ZOOM_STEPS
from .presenter import PresenterWindow
from .render import ClassroomRenderer, pickable
from .screens import (
    ClassroomPreferences,
    ScreenPlan,
    ask_for_projector,
    plan_screens,
    screen_key,
    show_full_screen,
    show_maximized,
)

if TYPE_CHECKING:
    from ...engine import Session, Turn
    from ...engine.response_clock import ResponseClock
    from ..bridge import SessionBridge
    from .host import ClassroomHost
    from .vote_bridge import VoteBridge

__all__ = ["ClassroomController", "Phase"]


class ClassroomController(QObject):
    """Runs classroom mode for a host window: its session, the projector and presenter windows."""

    left = Signal()
    """Classroom mode has ended; the host should show itself again."""

    def __init__(
        self,
        host: ClassroomHost,
        *,
        screens: Callable[[], Sequence[QScreen]] | None = None,
        parent: QObject | None = None,
    ) -> None:
        # A host that is a QObject (the main window) owns the controller, and so its windows' lifetime.
        super().__init__(parent if parent is not None else host if isinstance(host, QObject) else None)
        self.host = host
        self.preferences = ClassroomPreferences(host.settings.store)
        self.screens: Callable[[], Sequence[QScreen]] = screens or QGuiApplication.screens
        self.ask_screen: Callable[[Sequence[QScreen], str], str | None] = ask_for_projector
        """Asks the trainer which screen is the projector (tests replace it)."""
        self.flow = ClassroomFlow(lambda: len(pickable(host.catalogue)))
        self.flow.before_play = self._before_play
        self.audience = AudienceWindow(zoom=self.preferences.zoom)
        self.presenter = PresenterWindow()
        self.renderer = ClassroomRenderer(self.flow, self.audience, self.presenter)
        for window in (self.audience, self.presenter):
            window.actionTriggered.connect(self.trigger)
            window.closeRequested.connect(self.leave)
        self.audience.turn_page.optionClicked.connect(lambda number: self.trigger(Action.CHOOSE, number))
        # The two windows have no parent (a parent would tie them to the host's screen); they go with this
        # controller, which goes with the host.
        self.destroyed.connect(self.audience.deleteLater)
        self.destroyed.connect(self.presenter.deleteLater)
        self.active = False
        self.bridge: SessionBridge | None = None
        self.plan: ScreenPlan | None = None
        self.vote: VoteBridge | None = None
        """The class vote from phones, once started (V)."""
        self.vote_address: tuple[str | None, int] = (None, 0)
        """Where the vote server listens: (host, port); None and 0 mean the local network address, a free port."""
        host.sessionStarted.connect(self._session_started)
        host.catalogue.entryLoaded.connect(self._catalogue_changed)
        host.catalogue.finished.connect(self._catalogue_changed)

    # ---- the flow's state, as the vote and the tests read it ------------------------------------------------
    @property
    def phase(self) -> Phase:
        """Where the room is."""
        return self.flow.phase

    @property
    def session(self) -> Session | None:
        """The session in front of the room."""
        return self.flow.session

    @property
    def clock(self) -> ResponseClock:
        """How long the room takes to answer, without the time spent discussing."""
        return self.flow.clock

    @property
    def frozen(self) -> bool:
        """The projector is frozen for discussion."""
        return self.flow.frozen

    @property
    def selected(self) -> int:
        """The scenario selected in the list."""
        return self.flow.selected

    def language(self) -> str:
        """The language on the screens: the session's, or the interface's at the scenario list."""
        return self.flow.session.language if self.flow.session is not None else self.host.switcher.language

    # ---- entering and leaving -------------------------------------------------------------------------------
    def enter(self) -> bool:
        """Start classroom mode; False when the trainer cancelled the screen choice."""
        if self.active:
            return True
        plan = self._plan()
        if plan is None:
            return False
        if plan.ask:
            chosen = self.ask_screen(self.screens(), plan.projector)
            if chosen is None:
                return False
            self.preferences.screen = chosen
            plan = self._plan()
            if plan is None:
                return False
        self.active = True
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self._screen_added)
            app.screenRemoved.connect(self._screen_removed)
        session, bridge = self.host.session, self.host.bridge
        if session is not None and bridge is not None:
            self._connect(bridge)
            self.audience.reset_fit()
        self.renderer.meters(self.flow.enter(session if bridge is not None else None).meters)
        self.place(plan)
        self.render()
        return True

    def leave(self) -> None:
        """End classroom mode: close both windows and hand back to the host."""
        if not self.active:
            return
        self.active = False
        self.flow.leave()
        self.renderer.overlays()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.disconnect(self._screen_added)
            app.screenRemoved.disconnect(self._screen_removed)
        if self.vote is not None:
            self.vote.stop()
        self._connect(None)
        # The host shows itself first: closing the last visible window would end the program.
        self.left.emit()
        self.audience.close_on_purpose()
        self.presenter.close_on_purpose()

    # ---- screens --------------------------------------------------------------------------------------------
    def _keys(self, leaving: QScreen | None = None) -> list[str]:
        return [screen_key(screen) for screen in self.screens() if screen is not leaving]

    def _primary_key(self) -> str | None:
        primary = QGuiApplication.primaryScreen()
        return screen_key(primary) if primary is not None else None

    def _plan(self, *, plugged_in: str | None = None, leaving: QScreen | None = None) -> ScreenPlan | None:
        return plan_screens(self._keys(leaving), self._primary_key(), self.preferences.screen, plugged_in=plugged_in)

    def place(self, plan: ScreenPlan) -> None:
        """Put the projector view full screen on its screen and the presenter view on the laptop's."""
        by_key = {screen_key(screen): screen for screen in self.screens()}
        projector = by_key.get(plan.projector)
        if projector is None:
            return
        self.plan = plan
        show_full_screen(self.audience, projector)
        laptop = by_key.get(plan.presenter) if plan.presenter else None
        if laptop is not None:
            show_maximized(self.presenter, laptop)
            self.presenter.raise_()
            self.presenter.activateWindow()
            self.presenter.setFocus()
        else:
            self.presenter.hide()
            self.audience.activateWindow()
            self.audience.setFocus()
        self._render_header()

    def _screen_added(self, screen: QScreen) -> None:
        # A projector plugged in mid-class takes the projector view (unless the remembered one is there).
        plan = self._plan(plugged_in=screen_key(screen))
        if self.active and plan is not None:
            self.place(plan)

    def _screen_removed(self, screen: QScreen) -> None:
        # The projector unplugged: the room's view comes to the remaining screen, and the presenter view goes.
        plan = self._plan(leaving=screen)
        if self.active and plan is not None:
            self.place(ScreenPlan(plan.projector, plan.presenter))

    def choose_screen(self) -> None:
        """Ask which screen is the projector (P) and move there."""
        plan = self._plan()
        if plan is None:
            return
        chosen = self.ask_screen(self.screens(), plan.projector)
        if chosen:
            self.preferences.screen = chosen
            new_plan = self._plan()
            if new_plan is not None:
                self.place(new_plan)

    # ---- the session's events -------------------------------------------------------------------------------
    def _connect(self, bridge: SessionBridge | None) -> None:
        """Listen to `bridge`'s turns (and no longer to the previous bridge's)."""
        if self.bridge is not None:
            self.bridge.turnPlayed.disconnect(self._turn_played)
            self.bridge.turnUndone.disconnect(self._turn_undone)
        self.bridge = bridge
        if bridge is not None:
            bridge.turnPlayed.connect(self._turn_played)
            bridge.turnUndone.connect(self._turn_undone)

    def _session_started(self, session: Session) -> None:
        if self.active and self.host.bridge is not None:
            self._connect(self.host.bridge)
            self.audience.reset_fit()
            self._carry_out(self.flow.attach(session))

    def _catalogue_changed(self, *_args: Any) -> None:
        if self.active and self.flow.phase is Phase.PICKING:
            self.render()

    def _turn_played(self, turn: Turn) -> None:
        self._carry_out(self.flow.turn_played(turn))

    def _turn_undone(self, turn: Turn) -> None:
        self._carry_out(self.flow.turn_undone(turn))

    # ---- actions --------------------------------------------------------------------------------------------
    def trigger(self, action: Action, number: int = 0) -> None:
        """Do what a key asks (the windows call this for every key with an action)."""
        if self.active:
            self._carry_out(self.flow.press(action, number))

    def choose(self, number: int) -> None:
        """Play answer `number` (asking), or start scenario `number` (picking), as its number key does."""
        if self.active:
            self._carry_out(self.flow.choose(number))

    def _carry_out(self, outcome: Outcome) -> None:
        """Do the windows' part of what the flow decided."""
        if not self.active:
            return
        self.renderer.overlays()
        self.renderer.meters(outcome.meters)
        command = outcome.command
        if command is Command.REDRAW:
            self.render()
        elif command is Command.START:
            # The host starts it (in live mode, autosaving from the first turn, as in practice); its
            # sessionStarted signal brings the session here.
            self.host.start_entry(pickable(self.host.catalogue)[self.flow.selected])
        elif command is Command.LIBRARY:
            self.host.show_library()
            self._connect(None)
            self.render()
        elif command is Command.LEAVE:
            self.leave()
        elif command is Command.LANGUAGE:
            self.switch_language()
        elif command is Command.SCREEN:
            self.choose_screen()
        elif command in (Command.BIGGER, Command.SMALLER):
            self.zoom(1 if command is Command.BIGGER else -1)
        elif command is Command.VOTE:
            self.toggle_vote()
        elif command is Command.CLOSE_VOTE and self.vote is not None and self.vote.running:
            self.vote.close_and_play()

    def switch_language(self) -> None:
        """Switch the screens, and the scenario's texts, between Dutch and English (L)."""
        language = "en" if self.host.switcher.language == "nl" else "nl"
        self.host.set_language(language)
        self.audience.retranslate()
        self.presenter.retranslate()
        self.render()

    def zoom(self, step: int) -> None:
        """Make the projector's text larger or smaller by one step (+ and −), remembered."""
        current = min(range(len(ZOOM_STEPS)), key=lambda i: abs(ZOOM_STEPS[i] - self.audience.zoom))
        new = max(0, min(len(ZOOM_STEPS) - 1, current + step))
        self.preferences.zoom = ZOOM_STEPS[new]
        self.audience.set_zoom(ZOOM_STEPS[new])

    def toggle_vote(self) -> None:
        """Start the class vote from phones, or stop it (V)."""
        self._vote_bridge().toggle()

    def start_vote(self) -> bool:
        """Start the class vote (View → Class vote, `--vote`); False when the server cannot start."""
        started = self._vote_bridge().start()
        self.render()
        return started

    def _vote_bridge(self) -> VoteBridge:
        if self.vote is None:
            from .vote_bridge import VoteBridge

            self.vote = VoteBridge(self, *self.vote_address)
        return self.vote

    def _before_play(self, session: Session) -> None:
        if self.vote is not None:
            self.vote.before_play(session)  # an open class vote closes; its tally stays with this turn

    def saving_failed(self, message: str) -> None:
        """Tell the trainer (on the presenter view, not the room or the hidden host) that saving failed."""
        self._carry_out(self.flow.saving_failed(message))

    # ---- drawing --------------------------------------------------------------------------------------------
    def render(self) -> None:
        """Redraw both windows for the room's state."""
        if not self.active:
            return
        self.renderer.draw(self.host.catalogue, self.language())
        self._render_header()
        if self.vote is not None:
            self.vote.sync()
        self.audience.fit_content()

    def _render_header(self) -> None:
        if self.plan is None:
            return
        projector = next((s for s in self.screens() if screen_key(s) == self.plan.projector), None)
        if projector is not None:
            size = projector.size()
            self.renderer.header(self.plan.projector, size.width(), size.height())
