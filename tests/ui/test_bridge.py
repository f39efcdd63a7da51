"""The Qt bridge re-emits every engine hook as a signal: wired from the engine's hook list, none left out."""

from __future__ import annotations

import pytest

from simulator.engine import HOOKS, Session
from simulator.engine.session import Turn
from simulator.ui.bridge import SessionBridge, signal_name


@pytest.mark.parametrize("hook", HOOKS)
def test_every_engine_hook_has_a_signal_that_it_fires(mini, qtbot, hook):
    """Firing any hook of the session emits the bridge's signal of the same name, with plain-string states."""
    session = Session(mini, "en", seed=1)
    bridge = SessionBridge(session)
    arguments = {"turn_played": 1, "turn_undone": 1, "state_changed": 2, "need_uncovered": 1, "session_ended": 1}
    sent = tuple(f"value-{n}" for n in range(arguments.get(hook, 1)))
    with qtbot.waitSignal(bridge.signal_for(hook), timeout=1000) as caught:
        session.hooks.fire(hook, *sent)
    assert tuple(caught.args) == sent
    assert signal_name(hook) in dir(SessionBridge)


def test_a_played_turn_reaches_the_views_and_detach_silences_the_bridge(mini, qtbot):
    """A real turn arrives as the `Turn`; after `detach` the session's turns emit nothing."""
    session = Session(mini, "en", seed=1)
    bridge = SessionBridge(session)
    with qtbot.waitSignal(bridge.turnPlayed, timeout=1000) as caught:
        session.choose("open-ask")
    assert isinstance(caught.args[0], Turn) and caught.args[0].option == "open-ask"
    bridge.detach()
    with qtbot.assertNotEmitted(bridge.turnPlayed):
        session.choose("middle-name")
