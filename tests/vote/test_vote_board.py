"""The vote board: one vote per device per turn, the tally, the majority, and what a wrong room code gets."""

from __future__ import annotations

import threading

import pytest

from simulator.vote import VoteBoard, VoteRefused, majority
from simulator.vote.board import ROOM_ALPHABET, ROOM_CODE_LENGTH, VoteOption

OPTIONS = [VoteOption("a", "Ask"), VoteOption("b", "Listen"), VoteOption("c", "Argue")]


def open_board() -> VoteBoard:
    board = VoteBoard()
    board.open_turn(1, "Hm.", OPTIONS, "en")
    return board


def test_a_device_that_votes_again_replaces_its_vote() -> None:
    """Changing your mind moves your one vote; it does not add a second."""
    board = open_board()
    board.cast(board.code, "device-0001", "a")
    board.cast(board.code, "device-0001", "b")
    board.cast(board.code, "device-0002", "b")
    assert board.count == 2
    assert board.close() == {"a": 0, "b": 2, "c": 0}


def test_wrong_code_is_refused_alike_for_voting_and_looking() -> None:
    """A wrong room code gets 403 and learns nothing about the turn, whatever else it sends."""
    board = open_board()
    for call in (
        lambda: board.cast("WRONG", "device-0001", "a"),
        lambda: board.cast("WRONG", "x", "nonsense"),
        lambda: board.state("WRONG"),
        lambda: board.state(None),
    ):
        with pytest.raises(VoteRefused) as refused:
            call()
        assert (refused.value.status, refused.value.reason) == (403, "forbidden")
    assert board.count == 0


def test_unknown_option_malformed_device_and_closed_vote_are_refused() -> None:
    """Votes that cannot count get 400 and change nothing."""
    board = open_board()
    for device, option in (("device-0001", "zzz"), ("bad id!", "a"), ("short", "a"), ("device-0001", None)):
        with pytest.raises(VoteRefused) as refused:
            board.cast(board.code, device, option)
        assert refused.value.status == 400
    board.close()
    with pytest.raises(VoteRefused, match="closed"):
        board.cast(board.code, "device-0001", "a")
    assert board.count == 0


def test_state_shows_the_tally_only_once_closed() -> None:
    """While open the phones see the number of votes, not the spread; closed, they see the tally."""
    board = open_board()
    board.cast(board.code, "device-0001", "c")
    open_state = board.state(board.code, "device-0001")
    assert "tally" not in open_state
    assert (open_state["votes"], open_state["mine"], open_state["open"]) == (1, "c", True)
    assert open_state["options"] == [{"id": o.id, "text": o.text} for o in OPTIONS]
    board.close()
    board.set_played("c")
    closed = board.state(board.code.lower())
    assert closed["tally"] == {"a": 0, "b": 0, "c": 1}
    assert (closed["open"], closed["played"]) == (False, "c")


def test_a_new_turn_starts_with_no_votes() -> None:
    """Opening the next turn forgets the last turn's votes and devices."""
    board = open_board()
    board.cast(board.code, "device-0001", "a")
    board.close()
    board.open_turn(2, "And now?", OPTIONS[:2], "nl")
    state = board.state(board.code, "device-0001")
    assert (state["turn"], state["votes"], state["mine"], state["language"]) == (2, 0, None, "nl")


def test_majority_needs_a_single_leader() -> None:
    """The majority plays; a tie or no votes at all leaves the choice to the trainer."""
    assert majority({"a": 3, "b": 5, "c": 0}) == "b"
    assert majority({"a": 4, "b": 4}) is None
    assert majority({"a": 0, "b": 0}) is None
    assert majority({}) is None


def test_room_codes_are_readable_and_differ() -> None:
    """Room codes use only unmistakable characters, and fresh boards get fresh codes."""
    codes = {VoteBoard().code for _ in range(50)}
    assert len(codes) > 45
    assert all(len(code) == ROOM_CODE_LENGTH and set(code) <= set(ROOM_ALPHABET) for code in codes)


def test_votes_from_many_threads_are_all_counted() -> None:
    """Votes cast at the same time from many threads are each counted once."""
    board = open_board()

    def cast(first: int) -> None:
        for number in range(first, first + 100):
            board.cast(board.code, f"device-{number:06d}", OPTIONS[number % 3].id)

    threads = [threading.Thread(target=cast, args=(start * 100,)) for start in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    tally = board.close()
    assert sum(tally.values()) == 800
    assert tally == {"a": 267, "b": 267, "c": 266}
