"""`Session.replay`, the public way to play a session's choices again (undo, branch and reading a file use it)."""

from __future__ import annotations

import pytest

from simulator.engine import Session, SessionError

GOOD_PATH = ["open-ask", "middle-name", "close-summarize", "close-summarize", "close-propose"]


def test_replaying_the_choices_gives_the_same_turns_and_each_is_checked(mini):
    """Replayed on a fresh session with the same seed, the choices give the same turns; `check` sees each one."""
    played = Session(mini, "en", 7)
    for option in GOOD_PATH[:3]:
        played.choose(option, response_ms=1200)
    again = Session(mini, "en", 7)
    seen: list[int] = []
    again.replay(played.choices(), check=lambda turn: seen.append(turn.index))
    assert again.turns == played.turns
    assert seen == [0, 1, 2]
    assert (again.trust, again.tension, again.state) == (played.trust, played.tension, played.state)


def test_replay_starts_over_and_fires_no_hooks(mini):
    """Replaying forgets the turns played before and announces nothing (a load is not a turn played)."""
    session = Session(mini, "en", 7)
    session.choose(GOOD_PATH[0])
    heard: list[object] = []
    session.subscribe("turn_played", heard.append)
    session.replay([])
    assert not session.turns and heard == []


def test_a_choice_after_the_ending_is_refused(mini):
    """A choice after the conversation has ended is a `SessionError`, not a turn."""
    session = Session(mini, "en", 7)
    for option in GOOD_PATH:
        session.choose(option)
    assert session.finished
    with pytest.raises(SessionError, match="after the conversation had ended"):
        Session(mini, "en", 7).replay([*session.choices(), (GOOD_PATH[-1], 0, None)])
