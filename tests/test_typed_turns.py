"""Typed answers as turns: the closest authored option of the understood kind, or a generic reply at the same beat;
recorded with the typed words and replayed exactly from the session file."""

from __future__ import annotations

import json

import pytest

from simulator.engine import Session, SessionError, SessionFileError
from simulator.engine.rules import default_rules
from simulator.scenario import Move, scenario_from_data


@pytest.fixture
def twin(mini):
    """Mini with a second ask_need option at the first beat and the scenario's own generic reply for `inform`."""
    data = mini.model_dump(mode="json")
    first = data["beats"][0]
    extra = dict(first["options"][0])
    extra.update(
        id="open-ask-budget",
        text={"nl": "Hoe ziet het budget voor dit jaar eruit?", "en": "What does the budget look like this year?"},
    )
    extra.pop("uncovers", None)
    extra.pop("withheld", None)
    first["options"].append(extra)
    data["generic_replies"] = {"inform": {"nl": "Dat wist ik al, Sam.", "en": "I knew that already, Sam."}}
    return scenario_from_data(data, "twin fixture")


def test_a_typed_answer_plays_the_beats_option_of_that_kind(mini):
    """Typing a question about the need plays the beat's ask_need option and keeps the typed words."""
    session = Session(mini, "en", seed=2)
    turn = session.say("what makes this so difficult for you?", Move.ASK_NEED, 0.82)
    assert turn.option == "open-ask" and turn.move is Move.ASK_NEED
    assert turn.typed is not None and turn.typed.text == "what makes this so difficult for you?"
    assert turn.typed.confidence == 0.82 and not turn.typed.generic
    assert session.beat == "middle"


def test_the_option_closest_to_the_typed_words_is_played(twin):
    """With two options of the same kind, the one whose text is closest to what was typed is played."""
    about_budget = Session(twin, "en", seed=2).say("whats the budget like for this year", Move.ASK_NEED, 0.9)
    about_hard = Session(twin, "en", seed=2).say("what makes it so hard for u", Move.ASK_NEED, 0.9)
    assert about_budget.option == "open-ask-budget"
    assert about_hard.option == "open-ask"


def test_a_kind_the_beat_lacks_gets_a_generic_reply_and_stays_at_the_beat(mini):
    """Listening at a beat without a listen option: a generic reply, the move's effect, the same beat."""
    session = Session(mini, "en", seed=2)
    session.choose("open-ask")
    turn = session.say("go on, im listening", Move.LISTEN, 0.7)
    assert turn.option == "generic:listen" and turn.typed is not None and turn.typed.generic
    assert session.beat == "middle" and turn.next_beat == "middle"
    replies = [
        phrasing["en"] for variants in default_rules().generic_replies[Move.LISTEN].values() for phrasing in variants
    ]
    assert turn.reply["en"] in replies
    assert turn.trust_after > turn.trust_before  # listening still does what listening does
    assert session.options and {o.id for o in session.options} == {"middle-name", "middle-reflect", "middle-pressure"}


def test_a_scenario_may_give_its_own_generic_replies(twin):
    """A scenario's `generic_replies` win over the rules' for that move kind."""
    session = Session(twin, "en", seed=2)
    turn = session.say("the contract is twelve months", Move.INFORM, 0.9)
    assert turn.option == "generic:inform"
    assert turn.reply == {"nl": "Dat wist ik al, Sam.", "en": "I knew that already, Sam."}


def test_scenarios_without_generic_replies_dump_as_before(mini):
    """The new field is left out of a scenario's data when empty, so stored scenarios and hashes do not change."""
    assert "generic_replies" not in mini.model_dump(mode="json")


def test_bad_typed_answers_change_nothing(mini):
    """Empty words or an impossible confidence raise SessionError and play no turn."""
    session = Session(mini, "en", seed=2)
    with pytest.raises(SessionError):
        session.say("  \x00 ", Move.LISTEN, 0.9)
    with pytest.raises(SessionError):
        session.say("go on", Move.LISTEN, 1.5)
    assert session.turns == () and session.beat == "open"


def typed_session(mini) -> Session:
    """A session mixing chosen, typed and generic turns."""
    session = Session(mini, "en", seed=5)
    session.say("what makes it hard?", Move.ASK_NEED, 0.77, response_ms=900)
    session.say("keep going, im listening", Move.LISTEN, 0.55, response_ms=1200)
    session.choose("middle-name", response_ms=400)
    session.say("so to sum up: clarity on cost, right?", Move.SUMMARIZE, 0.91, response_ms=800)
    return session


def test_a_typed_session_saves_and_loads_exactly(mini, tmp_path):
    """The typed words, confidences and generic turns come back from the file, checked by replaying."""
    session = typed_session(mini)
    path = tmp_path / "typed.json"
    session.save(path)
    loaded = Session.load(path)
    assert loaded.turns == session.turns
    assert [t.typed.text if t.typed else None for t in loaded.turns] == [
        "what makes it hard?",
        "keep going, im listening",
        None,
        "so to sum up: clarity on cost, right?",
    ]
    assert loaded.turns[1].option == "generic:listen" and loaded.turns[1].typed.generic
    assert (loaded.trust, loaded.tension, loaded.beat) == (session.trust, session.tension, session.beat)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert "typed" not in document["turns"][2]  # a chosen turn is stored as before


def test_a_tampered_generic_turn_is_refused(mini, tmp_path):
    """A generic turn whose record lost its typed words does not load: the file names the problem."""
    path = tmp_path / "typed.json"
    typed_session(mini).save(path)
    document = json.loads(path.read_text(encoding="utf-8"))
    del document["turns"][1]["typed"]
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(SessionFileError, match=r"typed\.json"):
        Session.load(path)


def test_undo_and_branch_keep_the_typed_turns(mini):
    """Taking the last turn back, or branching, replays the earlier typed and generic turns as they were."""
    session = typed_session(mini)
    before = session.turns
    session.undo()
    assert session.turns == before[:-1]
    other = session.branch(2)
    assert other.turns == before[:2]


def test_xapi_statements_carry_the_typed_words(mini):
    """A typed turn's xAPI statement has the words, the confidence and whether a general reply stood in."""
    from simulator.engine.xapi import statements_for

    statements = statements_for(typed_session(mini))
    extensions = [s["result"].get("extensions", {}) for s in statements if "result" in s]
    typed = [e for e in extensions if any(key.endswith("ext/typed-text") for key in e)]
    assert len(typed) == 3
    words = [next(v for k, v in e.items() if k.endswith("ext/typed-text")) for e in typed]
    assert words[1] == "keep going, im listening"
    assert any(k.endswith("ext/typed-generic") and v is True for k, v in typed[1].items())
