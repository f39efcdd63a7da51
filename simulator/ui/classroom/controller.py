"""Classroom mode's logic: which phase of a turn the room is in, what each key does, and where the two
windows go. The windows are passive; this controller tells them what to show.

Before the first line the room sees the briefing slide (the situation and the briefing). A turn in front of a
class then has three moments. *Asking*: the customer's line and the answers; the class
argues, the trainer presses the number they pick. *Predicting*: the answer is played (and saved), but the
projector keeps the customer's reaction, the meters and the explanation hidden while the class predicts.
*Revealed* (R): the reply, the face, and the trust figure counting to its new value, with the reasons. Enter
(or a remote's Page Down) moves on to the next line, Page Up steps back without undoing anything; Z takes the
last answer back (`Session.undo`) so the class can try another. Space freezes the screen for discussion at any
moment (that time is not the answer's response time); B and W black or white it out until any key.

The session is the main window's: it is started there (`host.start_entry`, in live mode) or taken over when
classroom mode begins mid-conversation, which keeps the autosave in the session archive exactly as in practice
mode, so a classroom session can be resumed and replayed later. What the presenter view says is composed in
`presenter_notes`; this module decides when.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QDialog

from ..kit.numbers import count
from ..kit.typed_words import said
from ..kit.words import (
    delta_text,
    delta_tone,
    difficulty_name,
    first_name,
    localized,
    move_name,
    outcome_name,
    outcome_summary,
    signed,
)
from .audience import AudienceWindow, PickRow
from .clock import ResponseClock
from .keys import Action
from .look import ZOOM_STEPS
from .presenter import PresenterWindow
from .presenter_notes import PresenterNotes
from .screens import (
    ClassroomPreferences,
    ScreenPicker,
    ScreenPlan,
    plan_screens,
    screen_key,
    show_full_screen,
    show_maximized,
)
from .texts import SEPARATOR, need_label

if TYPE_CHECKING:
    from ...engine import Session, Turn
    from ..bridge import SessionBridge
    from ..main_window import MainWindow
    from ..practice.catalogue import CatalogueEntry
    from .vote_bridge import VoteBridge

OUTCOME_TONES = {"committed": "good", "complied": "fair", "withdrawn": "bad", "stalled": ""}


class Phase(StrEnum):
    """Where the room is: choosing a scenario, or in one of a turn's three moments, or at the ending."""

    PICKING = "picking"
    BRIEFING = "briefing"
    ASKING = "asking"
    PREDICTING = "predicting"
    REVEALED = "revealed"
    ENDED = "ended"


class ClassroomController(QObject):
    """Runs classroom mode for a main window (`host`): its session, the projector and presenter windows."""

    left = Signal()
    """Classroom mode has ended; the main window should show itself again."""

    def __init__(
        self,
        host: MainWindow,
        *,
        screens: Callable[[], Sequence[QScreen]] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent if parent is not None else host)
        self.host = host
        self.preferences = ClassroomPreferences(host.settings.store)
        self.screens: Callable[[], Sequence[QScreen]] = screens or QGuiApplication.screens
        self.ask_screen: Callable[[Sequence[QScreen], str], str | None] = self._ask_screen
        """Asks the trainer which screen is the projector (tests replace it)."""
        self.audience = AudienceWindow(zoom=self.preferences.zoom)
        self.presenter = PresenterWindow()
        self.notes = PresenterNotes(self)
        for window in (self.audience, self.presenter):
            window.actionTriggered.connect(self.trigger)
            window.closeRequested.connect(self.leave)
        self.audience.turn_page.optionClicked.connect(lambda number: self.trigger(Action.CHOOSE, number))
        # The two windows have no parent (a parent would tie them to the main window's screen); they go when
        # the main window goes.
        host.destroyed.connect(self.audience.deleteLater)
        host.destroyed.connect(self.presenter.deleteLater)
        self.active = False
        self.phase = Phase.PICKING
        self.frozen = False
        self.keys_shown = False
        self.session: Session | None = None
        self.bridge: SessionBridge | None = None
        self.pending: Turn | None = None
        """The turn played but not yet revealed to the room."""
        self.taken_back: Turn | None = None
        """The answer just taken back, named on the stage until the next one is played."""
        self.blank = ""
        """The projector blacked or whited out ("black", "white"), or "" when it shows the class."""
        self.clock = ResponseClock()
        """How long the room takes to answer, without the time spent discussing."""
        self.selected = 0
        self.plan: ScreenPlan | None = None
        self.save_problem = ""
        self._show_delta = False
        self.vote: VoteBridge | None = None
        """The class vote from phones, once started (V)."""
        self.vote_address: tuple[str | None, int] = (None, 0)
        """Where the vote server listens: (host, port); None and 0 mean the local network address, a free port."""
        host.sessionStarted.connect(self._session_started)
        host.catalogue.entryLoaded.connect(self._catalogue_changed)
        host.catalogue.finished.connect(self._catalogue_changed)

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
        if self.host.session is not None and self.host.bridge is not None:
            self._attach(self.host.session, self.host.bridge)
        else:
            self._set_phase(Phase.PICKING)
        self.place(plan)
        self.render()
        return True

    def leave(self) -> None:
        """End classroom mode: close both windows and hand back to the main window."""
        if not self.active:
            return
        self.active = False
        self.frozen = False
        self.keys_shown = False
        self.audience.set_frozen(False)
        self.audience.set_keys_shown(False)
        self.blank = ""
        self.audience.set_blank("")
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.disconnect(self._screen_added)
            app.screenRemoved.disconnect(self._screen_removed)
        if self.vote is not None:
            self.vote.stop()
        self._detach()
        # The main window shows itself first: closing the last visible window would end the program.
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
        self._render_presenter_header()

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

    def _ask_screen(self, screens: Sequence[QScreen], suggested: str) -> str | None:
        picker = ScreenPicker(screens, suggested)
        primary = QGuiApplication.primaryScreen()
        if primary is not None:
            picker.setScreen(primary)
        return picker.chosen if picker.exec() == QDialog.DialogCode.Accepted else None

    # ---- the session ----------------------------------------------------------------------------------------
    def _attach(self, session: Session, bridge: SessionBridge) -> None:
        self._detach()
        self.session = session
        self.bridge = bridge
        bridge.turnPlayed.connect(self._turn_played)
        bridge.turnUndone.connect(self._turn_undone)
        self.pending = None
        self.taken_back = None
        self._show_delta = False
        self.audience.reset_fit()
        if session.finished:
            self._set_phase(Phase.ENDED)
        else:
            self._set_phase(Phase.ASKING if session.turns else Phase.BRIEFING)
        self._sync_meters(animate=False)

    def _detach(self) -> None:
        if self.bridge is not None:
            self.bridge.turnPlayed.disconnect(self._turn_played)
            self.bridge.turnUndone.disconnect(self._turn_undone)
        self.session = None
        self.bridge = None
        self.pending = None

    def _session_started(self, session: Session) -> None:
        if self.active and self.host.bridge is not None:
            self._attach(session, self.host.bridge)
            self.render()

    def _catalogue_changed(self, *_args: Any) -> None:
        if self.active and self.phase is Phase.PICKING:
            self.render()

    def _turn_played(self, turn: Turn) -> None:
        self.pending = turn
        self.taken_back = None
        self._set_phase(Phase.PREDICTING)
        self._sync_meters(animate=False)
        self.render()

    def _turn_undone(self, turn: Turn) -> None:
        if self.session is None:
            return
        self.pending = None
        self._show_delta = False
        self.taken_back = turn  # named at each render, so it follows a switch of language
        self._set_phase(Phase.ASKING)
        self._sync_meters(animate=True, quick=True)
        self.render()

    def _set_phase(self, phase: Phase) -> None:
        if phase is not self.phase:
            if phase is Phase.ASKING:
                self.clock.restart()  # the answers are shown now
            self.phase = phase

    # ---- actions --------------------------------------------------------------------------------------------
    def trigger(self, action: Action, number: int = 0) -> None:
        """Do what a key asks (the windows call this for every key with an action)."""
        if not self.active:
            return
        if self.blank:
            self.set_blank("")  # any key brings the screen back, and does nothing else
            return
        if action is Action.WAKE:
            return
        if action is Action.LEAVE:
            if self.keys_shown:
                self.toggle_keys()
            elif self.frozen:
                self.toggle_freeze()
            else:
                self.leave()
            return
        if action is Action.KEYS:
            self.toggle_keys()
            return
        if self.keys_shown:
            self.toggle_keys()
        if action is Action.FREEZE:
            self.toggle_freeze()
            return
        if self.frozen:
            return  # nothing moves while the class discusses
        handlers: dict[Action, Callable[[], None]] = {
            Action.CHOOSE: lambda: self.choose(number),
            Action.UP: lambda: self.move_selection(-1),
            Action.DOWN: lambda: self.move_selection(1),
            Action.REVEAL: self.reveal,
            Action.NEXT: self.next,
            Action.PREVIOUS: self.previous,
            Action.BACK: self.back,
            Action.BLACK: lambda: self.set_blank("black"),
            Action.WHITE: lambda: self.set_blank("white"),
            Action.LANGUAGE: self.switch_language,
            Action.SCREEN: self.choose_screen,
            Action.BIGGER: lambda: self.zoom(1),
            Action.SMALLER: lambda: self.zoom(-1),
            Action.VOTE: self.toggle_vote,
        }
        handlers[action]()

    def choose(self, number: int) -> None:
        """Play answer `number` (asking), or start scenario `number` (picking)."""
        if self.phase is Phase.PICKING:
            self.start(number - 1)
            return
        session = self.session
        if self.phase is not Phase.ASKING or session is None or session.finished:
            return
        options = session.options
        if not 1 <= number <= len(options):
            return
        played = len(session.turns)
        if self.vote is not None:
            self.vote.before_play(session)  # an open class vote closes; its tally stays with this turn
        try:
            session.choose(options[number - 1].id, response_ms=self.clock.elapsed_ms())
        except OSError as error:
            # The turn was played (and announced), but saving it failed: tell the trainer, not the room. Autosave
            # stays on, so the next turn tries again. Should the turn not have been announced, show it anyway.
            if len(session.turns) > played and self.pending is not session.turns[-1]:
                self._turn_played(session.turns[-1])
            self.saving_failed(str(error))
        else:
            self.saving_worked()

    def reveal(self) -> None:
        """Show the room what the chosen answer did (R); while the class votes, close the vote and play its answer."""
        if self.phase is Phase.ASKING and self.vote is not None and self.vote.running:
            self.vote.close_and_play()
            return
        if self.phase is not Phase.PREDICTING or self.pending is None:
            return
        self.pending = None
        self._show_delta = True
        self._set_phase(Phase.REVEALED)
        self._sync_meters(animate=True)
        self.render()

    def next(self) -> None:
        """Go on: from the reveal to the next line (or the ending); from the ending to the scenario list."""
        if self.phase is Phase.PICKING:
            self.start(self.selected)
        elif self.phase is Phase.BRIEFING:
            self._set_phase(Phase.ASKING)
            self.render()
        elif self.phase is Phase.REVEALED and self.session is not None:
            self.audience.column.trust.finish()
            self.audience.column.tension.finish()
            self._set_phase(Phase.ENDED if self.session.finished else Phase.ASKING)
            self.render()
        elif self.phase is Phase.ENDED:
            self.host.show_library()
            self._detach()
            self._set_phase(Phase.PICKING)
            self.render()

    def previous(self) -> None:
        """Step back one moment, as a remote's Page Up does in a slide program; nothing is undone: from the
        reveal to the prediction, from the next line (or the ending) to the last reveal, from the first line to
        the briefing."""
        session = self.session
        if session is None:
            return
        if self.phase is Phase.REVEALED and session.turns:
            self.pending = session.turns[-1]
            self._show_delta = False
            self._set_phase(Phase.PREDICTING)
        elif self.phase in (Phase.ASKING, Phase.ENDED) and session.turns:
            self.pending = None
            self.taken_back = None
            self._show_delta = True
            self._set_phase(Phase.REVEALED)
        elif self.phase is Phase.ASKING:
            self._set_phase(Phase.BRIEFING)
        else:
            return
        self._sync_meters(animate=False)
        self.render()

    def set_blank(self, colour: str) -> None:
        """Black or white out the projector ("black", "white"), or show it again (""); the response clock
        stands still meanwhile."""
        self.blank = colour
        self.audience.set_blank(colour)
        self.clock.hold(self.frozen or bool(colour))
        self._render_presenter_status()

    def back(self) -> None:
        """Take the last answer back (Z or Backspace), so the class can try another one."""
        session = self.session
        if session is None or not session.turns or self.phase is Phase.PICKING:
            return
        try:
            session.undo()
        except OSError as error:
            self.saving_failed(str(error))
        else:
            self.saving_worked()

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

    def toggle_freeze(self) -> None:
        """Dim the projector for discussion, or lift it (Space)."""
        self.frozen = not self.frozen
        self.clock.hold(self.frozen or bool(self.blank))
        self.audience.set_frozen(self.frozen, self._discussion_question())
        self._render_presenter_status()

    def toggle_keys(self) -> None:
        """Show or hide the key map on the projector (?)."""
        self.keys_shown = not self.keys_shown
        self.audience.set_keys_shown(self.keys_shown)

    def move_selection(self, step: int) -> None:
        """Move through the scenario list."""
        if self.phase is not Phase.PICKING:
            return
        count = len(self._pickable())
        if count:
            self.selected = (self.selected + step) % count
            self.render()

    def start(self, index: int) -> None:
        """Start the scenario at `index` of the list with the class."""
        entries = self._pickable()
        if not 0 <= index < len(entries):
            return
        self.selected = index
        # The main window starts it (in live mode, autosaving from the first turn, as in practice); its
        # sessionStarted signal brings the session here.
        self.host.start_entry(entries[index])

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

    def saving_failed(self, message: str) -> None:
        """Tell the trainer (on the presenter view, not the room or the hidden main window) that saving failed."""
        self.save_problem = self.tr("This session could not be saved: {0}").format(message)
        self.render()

    def saving_worked(self) -> None:
        if self.save_problem and self.session is not None and self.session.autosave_path is not None:
            self.save_problem = ""
            self.render()

    # ---- what the room sees ---------------------------------------------------------------------------------
    def _pickable(self) -> list[CatalogueEntry]:
        return [entry for entry in self.host.catalogue.entries() if entry.ok][:9]

    def _language(self) -> str:
        return self.session.language if self.session is not None else self.host.switcher.language

    def _displayed_turn(self) -> Turn | None:
        """The turn on the stage: the one being predicted, or the last one played."""
        if self.pending is not None:
            return self.pending
        if self.session is not None and self.session.turns:
            return self.session.turns[-1]
        return None

    def _sync_meters(self, *, animate: bool, quick: bool = False) -> None:
        session = self.session
        if session is None:
            return
        trust, tension = self.audience.column.trust, self.audience.column.tension
        if self.pending is not None:
            trust.set_value(self.pending.trust_before, animate=False)
            tension.set_value(self.pending.tension_before, animate=False)
            trust.set_predicting(True)
            tension.set_predicting(True)
            return
        last = session.turns[-1] if session.turns and self._show_delta else None
        duration = 500 if quick else None
        kwargs = {"duration": duration} if duration else {}
        trust.set_value(session.trust, delta=last.trust_delta if last else None, animate=animate, **kwargs)
        tension.set_value(session.tension, delta=last.tension_delta if last else None, animate=animate, **kwargs)

    def render(self) -> None:
        """Redraw both windows for the current phase."""
        if not self.active:
            return
        if self.phase is Phase.PICKING or self.session is None:
            self._render_picking()
        else:
            self._render_customer()
            if self.phase is Phase.BRIEFING:
                self._render_briefing()
            elif self.phase is Phase.ENDED:
                self._render_ending()
            else:
                self._render_turn()
        self._render_presenter_status()
        self._render_presenter_header()
        if self.frozen:
            self.audience.set_frozen(True, self._discussion_question())
        if self.vote is not None:
            self.vote.sync()
        self.audience.fit_content()

    def _render_picking(self) -> None:
        language = self._language()
        entries = self._pickable()
        rows = []
        for entry in entries:
            info = entry.info
            assert info is not None  # only valid entries are pickable
            role = localized(info.persona_role, language)
            detail = f"{info.persona_name}, {role}{SEPARATOR}{difficulty_name(info.difficulty)}"
            rows.append(PickRow(localized(info.title, language), detail))
        if self.selected >= len(rows):
            self.selected = 0
        if rows:
            note = self.tr("Press its number, or ↑ ↓ and Enter.")
        elif not self.host.catalogue.loaded:
            note = self.tr("Loading the scenarios…")
        else:
            note = self.tr("There are no scenarios to play. Check the dialogues folder.")
        self.audience.set_header(self.tr("Classroom"), "")
        self.audience.show_picking(self.tr("Choose a scenario"), note, rows, self.selected)
        self.audience.set_hint(
            SEPARATOR.join(
                [
                    self.tr("1–{0}: start a scenario").format(len(rows)) if len(rows) > 1 else self.tr("1: start it"),
                    self.tr("Esc: leave"),
                ]
            )
        )
        # The presenter: each scenario's situation, and the files that could not be loaded.
        broken = [entry for entry in self.host.catalogue.entries() if not entry.ok]
        now, hidden = self.notes.picking(entries, broken, language)
        self.presenter.set_now(now)
        self.presenter.set_hidden(hidden)

    def _render_customer(self) -> None:
        session = self.session
        assert session is not None
        scenario = session.scenario
        language = session.language
        turn = self.pending
        state = str(turn.state_before) if turn is not None else str(session.state)
        found = list(session.needs_uncovered)
        if turn is not None and turn.uncovered in found:
            found.remove(turn.uncovered)  # not revealed yet
        labels = [need_label(scenario, need, language) for need in found]
        self.audience.column.show_customer(scenario, state, language)
        self.audience.column.show_needs(labels, len(scenario.needs))

    def _render_turn(self) -> None:
        session = self.session
        assert session is not None
        language = session.language
        scenario = session.scenario
        name = first_name(scenario.persona.name)
        page = self.audience.show_turn()
        title = localized(scenario.title, language)
        if self.phase is Phase.ASKING:
            self.audience.set_header(
                title, self.tr("Turn {0} of at most {1}").format(len(session.turns) + 1, scenario.max_turns)
            )
            page.show_asking(
                self.tr("{0} says").format(name),
                session.customer_line,
                self.tr("What do you say? The class chooses"),
                [option.text for option in session.options],
                self._taken_back_notice(),
            )
            hint = [self.tr("1–{0}: play an answer").format(len(session.options)), self.tr("Space: discuss")]
            if session.turns:
                hint.append(self.tr("Z: take the last answer back"))
            self.audience.set_hint(SEPARATOR.join(hint))
            self._render_presenter_turn(None)
            return
        turn = self._displayed_turn()
        assert turn is not None
        self.audience.set_header(title, self.tr("Turn {0} of at most {1}").format(turn.index + 1, scenario.max_turns))
        number = turn.offered.index(turn.option) + 1 if turn.option in turn.offered else 1
        page.show_chosen(
            self.tr("{0} says").format(name),
            localized(turn.customer_line, language),
            self.tr("The class chose"),
            number,
            said(turn, language),
        )
        if self.phase is Phase.PREDICTING:
            page.show_predicting(
                self.tr("What will this answer do to {0}'s trust? Predict: up or down, and why?").format(name),
                self.tr("R: reveal"),
            )
            self.audience.set_hint(
                SEPARATOR.join([self.tr("R: reveal"), self.tr("Space: discuss"), self.tr("Z: take it back")])
            )
        else:
            chips = []
            if turn.trust_delta:
                chips.append((delta_text("trust", turn.trust_delta), delta_tone("trust", turn.trust_delta)))
            if turn.tension_delta:
                chips.append((delta_text("tension", turn.tension_delta), delta_tone("tension", turn.tension_delta)))
            need = ""
            if turn.uncovered:
                label = need_label(scenario, turn.uncovered, language)
                need = "✓ " + self.tr("Need found: {0}").format(label)
            reasons = [reason.text.get(language) or next(iter(reason.text.values()), "") for reason in turn.reasons]
            page.show_revealed(
                self.tr("{0} answers").format(name), localized(turn.reply, language), chips, need, reasons
            )
            go_on = self.tr("Enter: see how it ended") if session.finished else self.tr("Enter: the next line")
            self.audience.set_hint(
                SEPARATOR.join([go_on, self.tr("Z: take it back and try another answer"), self.tr("Space: discuss")])
            )
        self._render_presenter_turn(turn)

    def _taken_back_notice(self) -> str:
        if self.taken_back is None or self.session is None:
            return ""
        answer = said(self.taken_back, self.session.language)
        return self.tr("Taken back: “{0}”. Which answer now?").format(answer)

    def _render_briefing(self) -> None:
        session = self.session
        assert session is not None
        language = session.language
        scenario = session.scenario
        name = first_name(scenario.persona.name)
        self.audience.set_header(localized(scenario.title, language), self.tr("Before the conversation"))
        self.audience.show_briefing().show_briefing(
            (self.tr("The situation"), self.tr("Your briefing")),
            localized(scenario.situation, language),
            localized(scenario.briefing, language),
            self.tr("Where could {0}'s resistance come from? Then Enter: {0}'s first line.").format(name),
        )
        self.audience.set_hint(SEPARATOR.join([self.tr("Enter: the first line"), self.tr("Space: discuss")]))
        self._render_presenter_turn(None)

    def _render_ending(self) -> None:
        session = self.session
        assert session is not None
        from ...engine.review import ReplayDocument

        language = session.language
        scenario = session.scenario
        measures = ReplayDocument(session).measures  # the same review the debrief and the reports draw
        self.audience.set_header(
            localized(scenario.title, language), self.tr("{0} played").format(count("turns", len(session.turns)))
        )
        facts = [
            self.tr("Needs found: {0} of {1}").format(len(measures.needs_uncovered), measures.needs_total),
            self.tr("Slowing down {0}, advancing {1}, pushing {2}").format(
                count("times", measures.slowing), count("times", measures.advancing), count("times", measures.pushing)
            ),
        ]
        if measures.calm_under_tension is not None:
            facts.append(
                self.tr("Calm under tension: {0}% of the answers given under high tension slowed down").format(
                    round(measures.calm_under_tension * 100)
                )
            )
        marks: dict[int, str] = {}
        for turn, tone, words in (
            (measures.biggest_rise, "good", self.tr("Biggest rise: turn {0}, {1} ({2})")),
            (measures.biggest_fall, "bad", self.tr("Biggest fall: turn {0}, {1} ({2})")),
        ):
            if turn is not None:
                marks[turn.index + 1] = tone
                facts.append(words.format(turn.index + 1, move_name(str(turn.move)), signed(turn.trust_delta)))
        self.audience.show_ending().show_ending(
            self.tr("How it ended"),
            outcome_name(session.outcome),
            OUTCOME_TONES.get(str(session.outcome), ""),
            outcome_summary(session.outcome),
            session.ending_text,
            facts,
            (self.tr("Trust, turn by turn"), measures.trust_curve, marks),
        )
        self.audience.set_hint(
            SEPARATOR.join(
                [self.tr("Z: take the last answer back"), self.tr("Enter: another scenario"), self.tr("Esc: leave")]
            )
        )
        self._render_presenter_turn(session.turns[-1] if session.turns else None)

    def _discussion_question(self) -> str:
        name = first_name(self.session.scenario.persona.name) if self.session is not None else ""
        questions = {
            Phase.PICKING: "",
            Phase.BRIEFING: self.tr("What do you expect from {0}? Where could the resistance come from?").format(name),
            Phase.ASKING: self.tr("Which answer would you choose, and why?"),
            Phase.PREDICTING: self.tr("What will this answer do to {0}'s trust?").format(name),
            Phase.REVEALED: self.tr("Why did trust move like this? What would you try instead?"),
            Phase.ENDED: self.tr("What made the difference in this conversation?"),
        }
        return questions[self.phase]

    # ---- what only the trainer sees -------------------------------------------------------------------------
    def _render_presenter_header(self) -> None:
        if self.plan is None:
            return
        projector = next((s for s in self.screens() if screen_key(s) == self.plan.projector), None)
        if projector is not None:
            size = projector.size()
            self.presenter.set_header(*self.notes.header(self.plan.projector, size.width(), size.height()))

    def _render_presenter_status(self) -> None:
        outcome = self.session.outcome if self.session is not None else None
        status = self.notes.status(
            self.phase.value, outcome, frozen=self.frozen, problem=self.save_problem, blank=self.blank
        )
        self.presenter.set_status(*status)
        if self.save_problem and not self.presenter.isVisible():
            # One screen, so no presenter view: the trainer looks at the room's screen, whose footer says it.
            self.audience.set_hint(self.save_problem)

    def _render_presenter_turn(self, turn: Turn | None) -> None:
        """The presenter's columns during a conversation; `turn` is the answer on the stage (None: asking)."""
        assert self.session is not None
        now, hidden = self.notes.conversation(self.session, turn, self.pending, ended=self.phase is Phase.ENDED)
        self.presenter.set_now(now)
        self.presenter.set_hidden(hidden)
