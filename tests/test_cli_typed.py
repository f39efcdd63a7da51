"""The terminal side of typed answers: `simulator classify` and `simulator play --type`."""

from __future__ import annotations

import io
import json
import sys

from simulator import cli
from simulator.engine import Session
from tests.conftest import MINI

TYPED_GOOD_PATH = {
    "en": [
        "what makes it hard for you to decide?",
        "i get the feeling this is more about not wanting to decide alone",
        "so to sum up: you want clarity on the costs, right?",
        "let me recap: clear costs and not deciding alone, correct?",
        "shall we plan a short call with your partner to go through the quote together?",
    ],
    "nl": [
        "wat maakt het lastig voor je om te beslissen?",
        "ik heb het gevoel dat het eigenlijk gaat om niet alleen willen beslissen",
        "dus samengevat: je wilt duidelijkheid over de kosten, klopt dat?",
        "dus even samengevat: heldere kosten en niet alleen beslissen, klopt dat?",
        "zullen we een kort gesprek plannen met je partner om de offerte samen door te nemen?",
    ],
}


def run(capsys, monkeypatch, *argv: str, stdin: str = "") -> tuple[int, str, str]:
    """Run the command line with `argv` and standard input `stdin`."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_classify_one_text_names_the_move_kind(capsys, monkeypatch):
    """With TEXT, one line: the move kind, its family and the confidence."""
    code, out, _ = run(capsys, monkeypatch, "classify", "--lang", "en", "shall we plan a pilot in march?")
    assert code == 0
    assert out.startswith("propose (advancing) 0.")
    assert len(out.splitlines()) == 1


def test_classify_reads_one_utterance_per_line_and_answers_per_line_in_json(capsys, monkeypatch):
    """Without TEXT, every stdin line gets one JSON answer, ranked best first, bad lines not understood."""
    lines = ["ja maar ons pakket is gewoon beter", "", "😀😀", "wat heb je nodig om dit te laten werken?"]
    code, out, _ = run(capsys, monkeypatch, "classify", "--lang", "nl", "--json", stdin="\n".join(lines) + "\n")
    assert code == 0
    answers = [json.loads(line) for line in out.splitlines()]
    assert [a["text"] for a in answers] == ["ja maar ons pakket is gewoon beter", "", "😀😀", lines[3]]
    assert answers[0]["family"] == "pushing"
    assert answers[1]["move"] is None and answers[2]["move"] is None
    assert answers[3]["move"] == "ask_need"
    ranked = answers[3]["ranked"]
    assert len(ranked) >= 3 and ranked[0]["move"] == "ask_need"
    assert [r["score"] for r in ranked] == sorted((r["score"] for r in ranked), reverse=True)
    assert set(answers[3]) >= {"text", "move", "family", "confidence", "ranked"}


def test_a_whole_scenario_can_be_played_by_typing(capsys, monkeypatch, tmp_path):
    """`play --type` in both languages: typed sentences become turns, the customer answers, the session is kept."""
    for language, sentences in TYPED_GOOD_PATH.items():
        path = tmp_path / f"typed-{language}.json"
        code, out, _ = run(
            capsys,
            monkeypatch,
            "play",
            str(MINI),
            "--lang",
            language,
            "--type",
            "--save",
            str(path),
            stdin="\n".join(sentences) + "\n",
        )
        assert code == 0, out
        assert ("Uitkomst: eigen ja" if language == "nl" else "Outcome: committed") in out
        assert f"> {sentences[0]}" in out
        session = Session.load(path)
        assert [turn.typed.text for turn in session.turns if turn.typed] == sentences
        assert [turn.option for turn in session.turns] == [
            "open-ask",
            "middle-name",
            "close-summarize",
            "close-summarize",
            "close-propose",
        ]


def test_play_type_says_it_did_not_catch_garbage_and_records_nothing(capsys, monkeypatch, tmp_path):
    """Empty lines, emoji and another language are not understood: said so, no turn recorded."""
    path = tmp_path / "typed.json"
    code, out, _ = run(
        capsys,
        monkeypatch,
        "play",
        str(MINI),
        "--lang",
        "en",
        "--type",
        "--save",
        str(path),
        stdin="\n😀😀\nJe ne sais pas du tout\n",
    )
    assert code == 0
    assert out.count("I did not catch that.") == 3
    assert "(input ended before the conversation did)" in out
    assert Session.load(path).turns == ()


def test_play_type_asks_did_you_mean_below_the_threshold(capsys, monkeypatch, tmp_path):
    """A vague answer is not played silently: the top interpretations are offered by number."""
    path = tmp_path / "typed.json"
    code, out, _ = run(
        capsys, monkeypatch, "play", str(MINI), "--lang", "en", "--type", "--save", str(path), stdin="i see\n2\n"
    )
    assert code == 0
    assert "Did you mean…" in out and "  1. " in out and "  3. " in out
    turns = Session.load(path).turns
    assert len(turns) == 1 and turns[0].typed is not None and turns[0].typed.text == "i see"
    assert "understood as:" in out


def test_play_type_goes_back_to_typing_when_no_number_is_chosen(capsys, monkeypatch, tmp_path):
    """Answering "did you mean" with something other than a listed number plays nothing."""
    path = tmp_path / "typed.json"
    code, out, _ = run(
        capsys, monkeypatch, "play", str(MINI), "--lang", "en", "--type", "--save", str(path), stdin="i see\nno\n"
    )
    assert code == 0 and "Type it again, then." in out
    assert Session.load(path).turns == ()
