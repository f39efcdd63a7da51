"""A class vote's tally in the session file: saved with its turn, loaded back, and checked like the rest."""

from __future__ import annotations

import ipaddress
import json
import socket
from pathlib import Path

import pytest

from simulator.engine import Session
from simulator.engine.session import UnknownOption
from simulator.engine.storage import SessionFileError
from simulator.vote.address import local_address


def test_the_tally_is_saved_with_its_turn_and_loads_back(mini, tmp_path: Path) -> None:
    """A voted turn keeps its tally through save and load; turns without a vote have no field at all."""
    session = Session(mini, "en", seed=3)
    ids = [option.id for option in session.options]
    tally = dict.fromkeys(ids, 0) | {ids[1]: 7, ids[0]: 2}
    session.record_class_vote(tally)
    session.choose(ids[1])
    session.choose(session.options[0].id)
    path = tmp_path / "class.json"
    session.save(path)
    turns = json.loads(path.read_text())["turns"]
    assert turns[0]["votes"] == tally
    assert "votes" not in turns[1]
    loaded = Session.load(path)
    assert loaded.class_votes == {0: tally}
    assert [turn.option for turn in loaded.turns] == [turn.option for turn in session.turns]


def test_taking_a_turn_back_drops_its_tally(mini) -> None:
    """After B the room votes again, so the old tally of that turn is gone."""
    session = Session(mini, "en", seed=3)
    first = session.options[0].id
    session.record_class_vote({first: 4})
    session.choose(first)
    session.undo()
    assert session.class_votes == {}


def test_a_tally_for_options_not_on_offer_is_refused(mini) -> None:
    """Recording a tally that names another beat's option raises and keeps nothing."""
    session = Session(mini, "en", seed=3)
    with pytest.raises(UnknownOption):
        session.record_class_vote({"no-such-option": 3})
    assert session.class_votes == {}


def test_a_file_whose_tally_names_unoffered_options_is_refused(mini, tmp_path: Path) -> None:
    """A hand-edited tally with a foreign option id is reported, naming the file and the turn."""
    session = Session(mini, "en", seed=3)
    session.choose(session.options[0].id)
    path = tmp_path / "edited.json"
    session.save(path)
    document = json.loads(path.read_text())
    document["turns"][0]["votes"] = {"made-up": 3}
    path.write_text(json.dumps(document))
    with pytest.raises(SessionFileError, match="turn 1 has a class vote"):
        Session.load(path)
    document["turns"][0]["votes"] = {session.turns[0].option: -1}
    path.write_text(json.dumps(document))
    with pytest.raises(SessionFileError, match="votes"):
        Session.load(path)


def test_the_local_address_is_found_or_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    """The address is a real IPv4 address; without a network route it is 127.0.0.1."""
    ipaddress.IPv4Address(local_address())

    def no_route(self: socket.socket, address: object) -> None:
        raise OSError("Network is unreachable")

    monkeypatch.setattr(socket.socket, "connect", no_route)
    assert local_address() == "127.0.0.1"
