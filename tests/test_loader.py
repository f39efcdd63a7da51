"""The scenario loader: a valid file loads, and every mistake an author can make is reported at its place.

Errors must read `path:line:column: field.path: message`, point at the line the author has to fix, and come all
at once. Broken files are made by editing the text of tests/data/mini.yaml, so line numbers are found, not guessed.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import ValidationError

from simulator.scenario import (
    CustomerState,
    Move,
    Problem,
    Root,
    Scenario,
    ScenarioError,
    load_scenario,
    parse_scenario,
    scenario_from_data,
)
from simulator.scenario.yaml_source import read_yaml

DATA = Path(__file__).parent / "data"
MINI = DATA / "mini.yaml"
MINI_ASSETS = DATA / "assets"
MINI_TEXT = MINI.read_text(encoding="utf-8")

PROBLEM_LINE = re.compile(
    r"^(?P<file>.+):(?P<line>\d+):(?P<column>\d+): (?P<field>[\w.\[\]-]+)(?: \((?P<where>[^)]*)\))?: (?P<message>.+)$"
)

_ISLAND_OPTION = (
    "      - {{id: {beat}-{n}, move: {move}, verdict: good, text: {{nl: a, en: a}}, reply: {{nl: b, en: b}}, "
    "coach: {{nl: c, en: c}}, next: {next}}}\n"
)
ISLAND_BEAT = (
    "  - id: {beat}\n    customer: {{nl: Hallo., en: Hello.}}\n    options:\n"
    + _ISLAND_OPTION.replace("{n}", "1").replace("{move}", "listen")
    + _ISLAND_OPTION.replace("{n}", "2").replace("{move}", "reflect")
    + _ISLAND_OPTION.replace("{n}", "3").replace("{move}", "acknowledge")
)
"""A beat of three options, all leading to `next`, to append to the mini scenario."""


def edit(text: str, old: str, new: str) -> str:
    """Replace the one occurrence of `old` (failing loudly if the fixture changed)."""
    assert text.count(old) == 1, f"expected exactly one {old!r} in the fixture"
    return text.replace(old, new)


def line_of(text: str, needle: str) -> int:
    """The 1-based line on which `needle` first occurs."""
    index = text.index(needle)
    return text.count("\n", 0, index) + 1


def column_of(text: str, needle: str) -> int:
    """The 1-based column at which `needle` first occurs on its line."""
    index = text.index(needle)
    return index - (text.rfind("\n", 0, index) + 1) + 1


def problems_of(text: str, tmp_path: Path, name: str = "broken.yaml") -> list[Problem]:
    """Write `text` to a file, load it, and return the problems (the load must fail)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path, assets_dir=MINI_ASSETS)
    return list(caught.value.problems)


def only_problem(text: str, tmp_path: Path) -> Problem:
    """The single problem `text` must have."""
    problems = problems_of(text, tmp_path)
    assert len(problems) == 1, "\n".join(map(str, problems))
    return problems[0]


def mini_data() -> dict:
    """The mini scenario as plain data, read by the project's own YAML reader."""
    return read_yaml(MINI.read_bytes(), str(MINI)).data


# ---- a valid file --------------------------------------------------------------------------------------------
def test_valid_scenario_loads_with_its_content():
    """The mini scenario loads, and what the author wrote is what the program sees."""
    scenario = load_scenario(MINI, assets_dir=MINI_ASSETS)
    assert isinstance(scenario, Scenario)
    assert scenario.id == "mini"
    assert scenario.title == {"nl": "Mini-gesprek", "en": "Mini conversation"}
    assert scenario.persona.name == "Sam Jansen"
    assert [beat.id for beat in scenario.beats] == ["open", "middle", "close"]
    assert [need.id for need in scenario.needs] == ["clarity", "safety"]
    assert (scenario.start.beat, scenario.start.trust, scenario.start.tension) == ("open", 35, 40)
    assert scenario.max_turns == 12
    assert scenario.languages == ("nl", "en")
    assert scenario.beat("open").options[0].move is Move.ASK_NEED


def test_assets_are_found_beside_the_scenario_file_by_default():
    """A trainer's own folder (scenario plus assets/ beside it) loads without naming the asset folder."""
    assert load_scenario(MINI).id == "mini"


def test_root_weights_are_normalised():
    """`roots: {uncertainty: 2, insecurity: 1}` means two thirds uncertainty, one third insecurity."""
    scenario = load_scenario(MINI, assets_dir=MINI_ASSETS)
    assert scenario.roots[Root.UNCERTAINTY] == pytest.approx(2 / 3)
    assert scenario.roots[Root.INSECURITY] == pytest.approx(1 / 3)


def test_author_shorthands_are_expanded(tmp_path):
    """A list of roots, a plain `next`, a plain customer text and one avatar for all expressions are accepted."""
    text = edit(MINI_TEXT, "roots: {uncertainty: 2, insecurity: 1}", "roots: [insecurity, loss_of_control]")
    path = tmp_path / "short.yaml"
    path.write_text(text, encoding="utf-8")
    scenario = load_scenario(path, assets_dir=MINI_ASSETS)
    assert scenario.roots == {Root.INSECURITY: 0.5, Root.LOSS_OF_CONTROL: 0.5}
    assert scenario.beat("open").options[0].next == {"default": "middle"}
    assert scenario.beat("middle").customer == {"default": ({"nl": "En nu?", "en": "And now?"},)}
    assert set(scenario.persona.avatar) == {"guarded", "tense", "open"}
    assert set(scenario.persona.avatar.values()) == {"avatars/mini.svg"}


def test_state_dependent_texts_and_next_beats_are_kept():
    """A customer line per state and a `next` per state survive loading."""
    scenario = load_scenario(MINI, assets_dir=MINI_ASSETS)
    assert scenario.beat("open").customer["resisting"][0]["en"] == "I told you, I don't know."
    propose = scenario.beat("close").options[1]
    assert propose.next_beat(CustomerState.COMMITTED) == "end"
    assert propose.next_beat(CustomerState.OPEN) == "close"


def test_loaded_scenario_cannot_be_changed():
    """Scenarios are frozen: code cannot alter what the author wrote."""
    scenario = load_scenario(MINI, assets_dir=MINI_ASSETS)
    with pytest.raises(ValidationError, match="frozen"):
        scenario.id = "other"  # type: ignore[misc]
    assert scenario.id == "mini"


def test_english_only_scenario_needs_no_dutch(tmp_path):
    """With `languages: [en]`, texts without Dutch are complete."""
    data = mini_data()

    def drop_dutch(value):
        if isinstance(value, dict):
            return {k: drop_dutch(v) for k, v in value.items() if k != "nl"}
        if isinstance(value, list):
            return [drop_dutch(v) for v in value]
        return value

    data = drop_dutch(data)
    data["languages"] = ["en"]
    scenario = scenario_from_data(data, "english-only")
    assert scenario.languages == ("en",)
    assert "nl" not in scenario.title


# ---- how problems are reported -------------------------------------------------------------------------------
def test_problem_reads_file_line_column_field_message(tmp_path):
    """A wrong move kind is reported as `path:line:column: field.path: message` at the value."""
    text = edit(MINI_TEXT, "move: listen", "move: shout")
    problem = only_problem(text, tmp_path)
    match = PROBLEM_LINE.match(str(problem))
    assert match, str(problem)
    assert match["file"] == str(tmp_path / "broken.yaml")
    assert int(match["line"]) == line_of(text, "move: shout")
    assert int(match["column"]) == column_of(text, "shout")
    assert match["field"] == "beats[0].options[1].move"
    assert match["where"] == "beat 'open', option 'open-listen'"
    assert "'listen'" in match["message"] and "'deflect'" in match["message"]


def test_a_misspelt_name_gets_a_suggestion(tmp_path):
    """`move: lisen` suggests 'listen' instead of listing all fourteen; `uncover:` suggests `uncovers`."""
    text = edit(MINI_TEXT, "move: listen", "move: lisen")
    problem = only_problem(text, tmp_path)
    assert problem.message == "'lisen' is not allowed here; did you mean 'listen'?"
    text = edit(MINI_TEXT, "uncovers: clarity", "uncover: clarity")
    found = problems_of(text, tmp_path)
    assert any(p.message == "unknown field 'uncover'; did you mean 'uncovers'?" for p in found)


def test_one_misspelt_move_does_not_hide_the_other_problems(tmp_path):
    """A misspelt move kind and a `next` to a missing beat are both reported in one go."""
    text = edit(MINI_TEXT, "move: listen", "move: lisen")
    text = edit(text, "next: {default: middle, withdrawn: end}", "next: {default: nowhere, withdrawn: end}")
    found = problems_of(text, tmp_path)
    assert {p.field for p in found} == {"beats[0].options[1].move", "beats[0].options[2].next.default"}
    nowhere = next(p for p in found if p.field.endswith("next.default"))
    assert nowhere.where == "beat 'open', option 'open-argue'"
    assert "(beat 'open', option 'open-argue')" in str(nowhere)


def test_all_problems_are_reported_at_once_in_file_order(tmp_path):
    """Several broken fields give several lines, one per field, sorted by line."""
    text = edit(MINI_TEXT, "name: Sam Jansen", "name: no")
    text = edit(text, "max_turns: 12", "max_turns: 2")
    text = edit(text, "move: listen", "move: shout")
    text = edit(text, "difficulty: intro", "difficulty: easy")
    problems = problems_of(text, tmp_path)
    assert [(p.line, p.field) for p in problems] == [
        (line_of(text, "difficulty: easy"), "difficulty"),
        (line_of(text, "name: no"), "persona.name"),
        (line_of(text, "max_turns: 2"), "max_turns"),
        (line_of(text, "move: shout"), "beats[0].options[1].move"),
    ]
    message = str(ScenarioError(problems))
    assert len(message.splitlines()) == 4


def test_one_broken_option_is_not_also_reported_as_too_few_options(tmp_path):
    """A beat with three options, one of them broken, gets one problem: not a false 'too few options'."""
    text = edit(MINI_TEXT, "move: listen", "move: shout")
    problems = problems_of(text, tmp_path)
    assert [p.field for p in problems] == ["beats[0].options[1].move"]


def test_whole_file_checks_report_all_their_findings_together(tmp_path):
    """A bad `next`, an undeclared need and a need nobody uncovers come out together."""
    text = edit(MINI_TEXT, "next: middle\n      - id: open-listen", "next: nowhere\n      - id: open-listen")
    text = edit(text, "uncovers: safety", "uncovers: budget")
    problems = problems_of(text, tmp_path)
    assert {p.field for p in problems} == {
        "beats[0].options[0].next.default",
        "beats[1].options[0].uncovers",
        "needs[1].id",
    }
    assert [p.line for p in problems] == sorted(p.line for p in problems)


def test_problem_without_a_field_still_names_file_and_place():
    """A file-level problem reads `path:line:column: message`."""
    assert str(Problem("a.yaml", 3, 7, "", "the file is empty")) == "a.yaml:3:7: the file is empty"
    assert str(Problem("a.yaml", 3, 7, "id", "bad")) == "a.yaml:3:7: id: bad"


def test_missing_file_is_a_scenario_error_naming_the_file(tmp_path):
    """A path that does not exist gives one clear problem, not an OSError."""
    path = tmp_path / "nowhere.yaml"
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path)
    assert str(caught.value).startswith(f"{path}:1:1: cannot read the file")


def test_folder_instead_of_file_is_a_scenario_error(tmp_path):
    """Pointing the loader at a folder is reported, not raised as IsADirectoryError."""
    with pytest.raises(ScenarioError, match="cannot read the file"):
        load_scenario(tmp_path)


# ---- fields ----------------------------------------------------------------------------------------------------
def test_unknown_field_is_reported_at_its_key(tmp_path):
    """A misspelt field name points at the key, with a hint to check the spelling."""
    text = edit(MINI_TEXT, "  company: Jansen BV\n", "  company: Jansen BV\n  nmae: Sam\n")
    problem = only_problem(text, tmp_path)
    assert problem.field == "persona.nmae"
    assert (problem.line, problem.column) == (line_of(text, "nmae"), column_of(text, "nmae"))
    assert "unknown field" in problem.message


def test_missing_required_field_is_reported(tmp_path):
    """Leaving out the briefing says the field is required."""
    text = edit(MINI_TEXT, "briefing: {nl: Je belt Sam over de offerte., en: You call Sam about the quote.}\n", "")
    problem = only_problem(text, tmp_path)
    assert problem.field == "briefing"
    assert problem.message == "this field is required"


def test_unknown_move_kind_is_reported(tmp_path):
    """`move: bribe` is not one of the fourteen move kinds."""
    old = "move: pressure\n        verdict: poor\n        text: {nl: Teken"
    text = edit(MINI_TEXT, old, old.replace("pressure", "bribe"))
    problem = only_problem(text, tmp_path)
    assert problem.field == "beats[2].options[2].move"
    assert problem.line == line_of(text, "move: bribe")


@pytest.mark.parametrize(
    ("old", "new", "field", "words", "at"),
    [
        ("format: 2", "format: 3", "format", "1 or 2", "format: 3"),
        ("difficulty: intro", "difficulty: easy", "difficulty", "'intro', 'standard' or 'hard'", "easy"),
        ("id: mini", "id: Mini Scenario", "id", "pattern", "Mini Scenario"),
        ("trust: 35, tension: 40", "trust: 150, tension: 40", "start.trust", "less than or equal to 100", "150"),
        ("max_turns: 12", "max_turns: 99", "max_turns", "less than or equal to 60", "99"),
        ("roots: {uncertainty: 2, insecurity: 1}", "roots: {fear: 1}", "roots.fear", "'insecurity'", "fear"),
        ("roots: {uncertainty: 2, insecurity: 1}", "roots: {uncertainty: 0}", "roots", "above 0", "uncertainty: 0"),
        # An unknown key in a text mapping is reported at that key.
        ("resisting: {nl:", "angry: {nl:", "beats[0].customer.angry", "unknown state 'angry'", "angry: {nl:"),
        (
            "{nl: Mini-gesprek, en: Mini conversation}",
            "{nl: Mini-gesprek, en: Mini, de: Mini}",
            "title.de",
            "'de'",
            "de:",
        ),
        (
            "next: {default: middle, withdrawn: end}",
            "next: {withdrawn: end}",
            "beats[0].options[2].next",
            "needs a 'default' entry",
            "next: {withdrawn: end}",
        ),
    ],
)
def test_field_value_problems_name_the_field(tmp_path, old, new, field, words, at):
    """Each wrong value is reported once, on its own line, naming its field."""
    text = edit(MINI_TEXT, old, new)
    problem = only_problem(text, tmp_path)
    assert problem.field == field
    assert words in problem.message
    assert problem.line == line_of(text, at)


@pytest.mark.parametrize("spelling", ["no", "yes", "off", "on", "false"])
def test_bare_yes_no_where_text_is_expected_gets_a_quoting_hint(tmp_path, spelling):
    """`company: no` is read by YAML as a boolean; the message says to put text in quotes."""
    text = edit(MINI_TEXT, "company: Jansen BV", f"company: {spelling}")
    problem = only_problem(text, tmp_path)
    assert problem.field == "persona.company"
    assert "got bool" in problem.message
    assert "put text in quotes" in problem.message


def test_bare_number_where_text_is_expected_gets_a_quoting_hint(tmp_path):
    """`company: 1234` is a number to YAML; the message says to quote it."""
    text = edit(MINI_TEXT, "company: Jansen BV", "company: 1234")
    problem = only_problem(text, tmp_path)
    assert "got int" in problem.message and "put text in quotes" in problem.message


def test_quoted_no_is_accepted_as_text(tmp_path):
    """`company: "no"` is text, as the hint promises."""
    path = tmp_path / "quoted.yaml"
    path.write_text(edit(MINI_TEXT, "company: Jansen BV", 'company: "no"'), encoding="utf-8")
    assert load_scenario(path, assets_dir=MINI_ASSETS).persona.company == "no"


@pytest.mark.parametrize("spelling", ["yes", "no", "on", "off", "true", "null", "~", "3"])
def test_key_that_yaml_reads_as_non_text_is_reported(tmp_path, spelling):
    """A `yes:`/`no:` (or number, null) key is not text; the author is told to quote it."""
    text = edit(MINI_TEXT, "  name: Sam Jansen", f"  {spelling}: Sam Jansen")
    problem = only_problem(text, tmp_path)
    assert problem.line == line_of(text, f"  {spelling}: Sam Jansen")
    assert f"the key '{spelling}' is read as" in problem.message
    assert "put it in quotes" in problem.message


@pytest.mark.parametrize("count", [2, 6])
def test_beat_needs_three_to_five_options(tmp_path, count):
    """A beat with 2 or 6 options is refused, pointing at the beat's options."""
    data = mini_data()
    first = data["beats"][0]["options"][0]
    options = [dict(first, id=f"opt-{i}", uncovers=None) for i in range(count)]
    for option in options:
        del option["uncovers"]
    options[0]["uncovers"] = "clarity"
    data["beats"][0]["options"] = options
    with pytest.raises(ScenarioError) as caught:
        scenario_from_data(data, "count.yaml")
    fields = [p.field for p in caught.value.problems]
    assert fields == ["beats[0].options"]
    word = "at least 3" if count < 3 else "at most 5"
    assert word in caught.value.problems[0].message


# ---- the beat graph ------------------------------------------------------------------------------------------
def test_next_that_does_not_exist_is_reported_at_its_line(tmp_path):
    """`next: nowhere` names the missing beat and the line of that `next`."""
    text = edit(MINI_TEXT, "next: middle\n      - id: open-listen", "next: nowhere\n      - id: open-listen")
    problem = only_problem(text, tmp_path)
    assert problem.field == "beats[0].options[0].next.default"
    assert problem.message == "next beat 'nowhere' does not exist"
    assert problem.line == line_of(text, "next: nowhere")


def test_start_beat_that_does_not_exist_is_reported(tmp_path):
    """A start beat that is not among the beats is reported at `start.beat`."""
    text = edit(MINI_TEXT, "beat: open, trust", "beat: hello, trust")
    problem = only_problem(text, tmp_path)
    assert problem.field == "start.beat"
    assert "'hello' does not exist" in problem.message


def test_unreachable_beat_is_reported(tmp_path):
    """A beat no option leads to is reported at its id."""
    text = MINI_TEXT + ISLAND_BEAT.format(beat="island", next="end")
    problem = only_problem(text, tmp_path)
    assert problem.field == "beats[3].id"
    assert problem.message == "beat 'island' can never be reached from the start"
    assert problem.line == line_of(text, "- id: island")


def test_beat_from_which_no_path_ends_is_reported(tmp_path):
    """A reachable loop without a way out is reported: the conversation could never end there."""
    text = edit(MINI_TEXT, "next: close\n      - id: middle-reflect", "next: loop\n      - id: middle-reflect")
    text += ISLAND_BEAT.format(beat="loop", next="loop")
    problem = only_problem(text, tmp_path)
    assert problem.field == "beats[3].id"
    assert "from beat 'loop' no path leads to an end" in problem.message


def test_end_cannot_be_a_beat_id(tmp_path):
    """`end` is reserved for ending the conversation."""
    text = MINI_TEXT + ISLAND_BEAT.format(beat="end", next="end")
    problems = problems_of(text, tmp_path)
    assert any("'end' is reserved" in p.message for p in problems)


def test_conditional_end_counts_as_a_way_out(tmp_path):
    """A beat whose only exit is `next: {committed: end}` still has a path to an end, so the file is valid."""
    text = edit(
        MINI_TEXT,
        "coach: {nl: Druk., en: Pressure.}\n        next: end",
        "coach: {nl: Druk., en: Pressure.}\n        next: close",
    )
    path = tmp_path / "conditional.yaml"
    path.write_text(text, encoding="utf-8")
    close = load_scenario(path, assets_dir=MINI_ASSETS).beat("close")
    assert [option.next_beat(CustomerState.OPEN) for option in close.options] == ["close"] * 3
    assert close.options[1].next_beat(CustomerState.COMMITTED) == "end"


# ---- needs, endings, ids, translations --------------------------------------------------------------------
def test_uncovers_naming_an_undeclared_need_is_reported(tmp_path):
    """`uncovers: budget` names a need that is not declared under `needs`."""
    text = edit(MINI_TEXT, "uncovers: safety", "uncovers: budget")
    problems = problems_of(text, tmp_path)
    by_field = {p.field: p for p in problems}
    assert by_field["beats[1].options[0].uncovers"].message == "need 'budget' is not declared under 'needs'"
    assert by_field["beats[1].options[0].uncovers"].line == line_of(text, "uncovers: budget")


def test_declared_need_that_no_option_uncovers_is_reported(tmp_path):
    """A hidden need the player can never find is reported at the need."""
    text = edit(MINI_TEXT, "        uncovers: safety\n", "")
    problem = only_problem(text, tmp_path)
    assert problem.field == "needs[1].id"
    assert problem.message == "no option uncovers the need 'safety'"
    assert problem.line == line_of(text, "- id: safety")


def test_missing_ending_text_is_reported(tmp_path):
    """Every outcome needs its ending text."""
    text = edit(MINI_TEXT, "  stalled: {nl: Het gesprek loopt dood., en: The conversation peters out.}\n", "")
    problem = only_problem(text, tmp_path)
    assert problem.field == "endings"
    assert "'stalled'" in problem.message


@pytest.mark.parametrize(
    ("new", "language"),
    [
        ("title: {nl: Mini-gesprek}", "English (en)"),
        ("title: {en: Mini conversation}", "Dutch (nl)"),
    ],
)
def test_missing_translation_is_reported(tmp_path, new, language):
    """A text lacking one of the scenario's languages is reported at that text."""
    text = edit(MINI_TEXT, "title: {nl: Mini-gesprek, en: Mini conversation}", new)
    problem = only_problem(text, tmp_path)
    assert problem.field == "title"
    assert problem.message == f"missing the {language} text"
    assert problem.line == line_of(text, new)


def test_missing_translation_deep_in_a_beat_names_its_path(tmp_path):
    """A reply without English is found inside the beats, with its full field path."""
    text = edit(MINI_TEXT, "reply: {nl: Klopt., en: That's right.}", "reply: {nl: Klopt.}")
    problem = only_problem(text, tmp_path)
    assert problem.field == "beats[1].options[0].reply"
    assert problem.line == line_of(text, "reply: {nl: Klopt.}")


def test_duplicate_option_id_is_reported(tmp_path):
    """Two options with one id would make saved sessions ambiguous."""
    text = edit(MINI_TEXT, "- id: middle-reflect", "- id: open-ask")
    problem = only_problem(text, tmp_path)
    assert problem.field == "beats[1].options[1].id"
    assert problem.message == "option id 'open-ask' is used twice"
    assert problem.line == line_of(text, "- id: open-ask\n        move: reflect")


def test_duplicate_beat_id_is_reported(tmp_path):
    """Two beats with one id are reported at the second."""
    text = edit(MINI_TEXT, "  - id: close\n", "  - id: middle\n")
    problems = problems_of(text, tmp_path)
    duplicate = [p for p in problems if "used twice" in p.message]
    assert [p.message for p in duplicate] == ["beat id 'middle' is used twice"]
    assert duplicate[0].field == "beats[2].id"


def test_duplicate_need_id_is_reported(tmp_path):
    """Two needs with one id are reported."""
    text = edit(MINI_TEXT, "  - id: safety\n", "  - id: clarity\n")
    text = edit(text, "uncovers: safety", "uncovers: clarity")
    problems = problems_of(text, tmp_path)
    assert any(p.message == "need id 'clarity' is used twice" and p.field == "needs[1].id" for p in problems)


# ---- stored copies -------------------------------------------------------------------------------------------
def test_stored_copy_round_trips():
    """The copy a session file stores loads back to the same scenario."""
    scenario = load_scenario(MINI, assets_dir=MINI_ASSETS)
    copy = scenario_from_data(scenario.model_dump(mode="json"), "stored")
    assert copy == scenario


def test_stored_copy_with_exotic_data_is_a_scenario_error():
    """Data that is not plain JSON data is refused with a ScenarioError, not a TypeError."""
    data = mini_data()
    data["id"] = {1, 2}
    with pytest.raises(ScenarioError, match="not plain data"):
        scenario_from_data(data, "stored")


def test_parse_scenario_names_the_source_it_is_given():
    """Bytes parsed without a file still name the source given by the caller."""
    with pytest.raises(ScenarioError) as caught:
        parse_scenario(b"id: [", "clipboard")
    assert str(caught.value).startswith("clipboard:")
