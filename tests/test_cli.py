"""The command line: validate, list, play, graph, analyze and schema, as an author or trainer uses them.

Commands run in-process through `simulator.cli.main` (output via capsys). The bundled library is replaced by a
temporary folder holding a copy of mini.yaml and its assets, so these tests do not depend on dialogues/.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import simulator.cli as cli
import simulator.scenario.library as library
from simulator import __version__
from simulator.engine import Session
from simulator.scenario import load_scenario

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data"
MINI = DATA / "mini.yaml"
MINI_ASSETS = DATA / "assets"

# Choices (1-based numbers) of the mini scenario's good path: ask, name it, summarise twice, propose.
GOOD_CHOICES = ["open-ask", "middle-name", "close-summarize", "close-summarize", "close-propose"]


def numbers_for(choices: list[str], language: str = "en", seed: int = 0) -> str:
    """The option numbers a player types to play `choices`, in the order the session shows them."""
    session = Session(load_scenario(MINI), language, seed)
    typed = []
    for option_id in choices:
        typed.append(str([o.id for o in session.options].index(option_id) + 1))
        session.choose(option_id, response_ms=0)
    return "\n".join(typed) + "\n"


GOOD_PATH = numbers_for(GOOD_CHOICES)


@pytest.fixture
def dialogues(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A library folder with mini.yaml and its assets, standing in for the bundled dialogues/."""
    folder = tmp_path / "dialogues"
    folder.mkdir()
    shutil.copy(MINI, folder / "mini.yaml")
    shutil.copytree(MINI_ASSETS, folder / "assets")
    monkeypatch.setattr(library, "DIALOGUES_DIR", folder)
    return folder


def run(capsys, *argv: str, stdin: str | None = None, monkeypatch=None) -> tuple[int, str, str]:
    """Run the command line with `argv`; return the exit code, stdout and stderr."""
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def broken_copy(folder: Path, name: str = "broken.yaml") -> Path:
    """A copy of mini with an unknown move kind, next to its assets."""
    path = folder / name
    path.write_text(MINI.read_text(encoding="utf-8").replace("move: listen", "move: shout"), encoding="utf-8")
    return path


# ---- validate ------------------------------------------------------------------------------------------------
def test_validate_valid_file(capsys):
    """A valid file is reported ok with its id, beats and needs; exit code 0."""
    code, out, err = run(capsys, "validate", str(MINI))
    assert code == 0
    assert out.strip() == f"{MINI}: ok (mini: 3 beats, 2 needs)"
    assert err == ""


def test_validate_invalid_file_names_file_and_line(capsys, tmp_path):
    """An invalid file gets its problems as file:line:column lines on stderr; exit code 1."""
    shutil.copytree(MINI_ASSETS, tmp_path / "assets")
    path = broken_copy(tmp_path)
    code, out, err = run(capsys, "validate", str(path))
    assert code == 1
    assert out == ""
    lines = err.strip().splitlines()
    assert lines[0].startswith(f"{path}:")
    assert ": beats[0].options[1].move (beat 'open', option 'open-listen'): " in lines[0]
    assert lines[-1] == "1 of 1 file(s) invalid"


def test_validate_reports_every_file(capsys, tmp_path):
    """With one good and one bad file, both are reported and the exit code is 1."""
    shutil.copytree(MINI_ASSETS, tmp_path / "assets")
    bad = broken_copy(tmp_path)
    code, out, err = run(capsys, "validate", str(MINI), str(bad))
    assert code == 1
    assert f"{MINI}: ok" in out
    assert str(bad) in err
    assert "1 of 2 file(s) invalid" in err


def test_validate_missing_file_names_it(capsys, tmp_path):
    """A path that does not exist is reported, not raised."""
    path = tmp_path / "nope.yaml"
    code, _, err = run(capsys, "validate", str(path))
    assert code == 1
    assert f"{path}:1:1: cannot read the file" in err


def test_validate_without_paths_checks_the_library(capsys, dialogues):
    """`validate` alone checks every scenario in the library."""
    code, out, _ = run(capsys, "validate")
    assert code == 0
    assert out.strip() == f"{dialogues / 'mini.yaml'}: ok (mini: 3 beats, 2 needs)"


def test_validate_empty_library_is_an_error(capsys, dialogues):
    """With no scenarios at all, validate says where it looked and fails."""
    (dialogues / "mini.yaml").unlink()
    code, _, err = run(capsys, "validate")
    assert code == 1
    assert "no scenario files found" in err and str(dialogues) in err


def test_subprocess_validate(tmp_path):
    """`python -m simulator validate tests/data/mini.yaml` works as a real command."""
    result = subprocess.run(
        [sys.executable, "-m", "simulator", "validate", "tests/data/mini.yaml"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "tests/data/mini.yaml: ok (mini: 3 beats, 2 needs)"


# ---- list ----------------------------------------------------------------------------------------------------
def test_list_json_gives_the_library_fields(capsys, dialogues):
    """`list --json` prints each scenario with id, path, title, languages, difficulty, roots, beats and needs."""
    code, out, _ = run(capsys, "list", "--json")
    assert code == 0
    entries = json.loads(out)
    assert len(entries) == 1
    entry = entries[0]
    assert {"id", "path", "title", "languages", "difficulty", "roots", "beats", "needs"} <= set(entry)
    assert entry["id"] == "mini"
    assert entry["path"] == str(dialogues / "mini.yaml")
    assert entry["title"] == {"nl": "Mini-gesprek", "en": "Mini conversation"}
    assert entry["languages"] == ["nl", "en"]
    assert entry["difficulty"] == "intro"
    assert sorted(entry["roots"]) == ["insecurity", "uncertainty"]
    assert (entry["beats"], entry["needs"]) == (3, 2)


def test_list_as_text_shows_one_line_per_scenario(capsys, dialogues):
    """Plain `list` shows id, difficulty, counts and the title in the chosen language."""
    code, out, _ = run(capsys, "--lang", "nl", "list")
    assert code == 0
    (line,) = out.strip().splitlines()
    assert line.split()[:2] == ["mini", "intro"]
    assert "3 beats" in line and "2 needs" in line
    assert line.endswith("Mini-gesprek")


def test_list_reports_an_invalid_scenario_and_still_lists_the_rest(capsys, dialogues):
    """A broken scenario in the library is named on stderr (exit 1) while the good ones are listed."""
    bad = broken_copy(dialogues)
    code, out, err = run(capsys, "list", "--json")
    assert code == 1
    assert [entry["id"] for entry in json.loads(out)] == ["mini"]
    assert str(bad) in err


# ---- play ----------------------------------------------------------------------------------------------------
def test_play_prints_the_conversation_meters_reasons_and_outcome(capsys, monkeypatch, dialogues):
    """Playing the good path with piped input shows each line, the meters, the reasons and the ending."""
    code, out, _ = run(capsys, "play", "mini", "--lang", "en", stdin=GOOD_PATH, monkeypatch=monkeypatch)
    assert code == 0
    assert out.startswith("== Mini conversation ==\nYou call Sam about the quote.\n")
    assert "Sam Jansen: I don't know yet." in out
    assert f"  {GOOD_PATH.split()[0]}. What makes it hard?" in out
    assert "> What makes it hard?" in out
    assert "Sam Jansen: The cost isn't clear to me." in out
    first = Session(load_scenario(MINI), "en").choose("open-ask")
    meters = f"{first.trust_before}->{first.trust_after}  tension {first.tension_before}->{first.tension_after}"
    assert f"[trust {meters}  {first.state_after}]" in out
    for reason in first.reasons:
        assert f"   {reason.trust:+d}/{reason.tension:+d}  {reason.text['en']}" in out
    assert "A need came to the surface: Clarity about cost." in out
    assert "Outcome: committed" in out
    assert "Sam books a follow-up himself." in out
    assert "Needs uncovered: Clarity about cost, Not deciding alone" in out


def test_play_in_dutch(capsys, monkeypatch):
    """`--lang nl` plays the Dutch texts with Dutch labels."""
    typed = numbers_for(GOOD_CHOICES, "nl")
    code, out, _ = run(capsys, "play", str(MINI), "--lang", "nl", stdin=typed, monkeypatch=monkeypatch)
    assert code == 0
    assert "Sam Jansen: Ik weet het nog niet." in out
    first = Session(load_scenario(MINI), "nl").choose("open-ask")
    assert f"[vertrouwen {first.trust_before}->{first.trust_after}  spanning " in out
    assert first.reasons[0].text["nl"] in out
    assert "Uitkomst: eigen ja: de klant kiest zelf de volgende stap" in out
    assert "committed" not in out


def test_play_asks_again_after_invalid_input(capsys, monkeypatch):
    """Numbers out of range, words and blank lines are refused with the valid range, then play goes on."""
    code, out, _ = run(
        capsys, "play", str(MINI), "--lang", "en", stdin="0\n9\nabc\n\n-1\n" + GOOD_PATH, monkeypatch=monkeypatch
    )
    assert code == 0
    assert out.count("Choose a number 1-3.") == 5
    assert out.count("Sam Jansen: I don't know yet.") == 6, "the opening line is shown again each time"
    assert "Outcome: committed" in out


def test_play_stops_cleanly_when_input_ends(capsys, monkeypatch):
    """If the input runs out mid-conversation, play says so and exits normally."""
    code, out, _ = run(capsys, "play", str(MINI), "--lang", "en", stdin="1\n", monkeypatch=monkeypatch)
    assert code == 0
    assert "(input ended before the conversation did)" in out
    assert "Outcome" not in out


def test_play_seed_is_used(capsys, monkeypatch):
    """The same seed and input give the same transcript."""
    argv = ("play", str(MINI), "--lang", "en", "--seed", "7")
    first = run(capsys, *argv, stdin="3\n3\n3\n", monkeypatch=monkeypatch)
    second = run(capsys, *argv, stdin="3\n3\n3\n", monkeypatch=monkeypatch)
    assert first == second


def test_global_language_option_applies_to_play(capsys, monkeypatch):
    """`simulator --lang en play X` plays in English, as `simulator play X --lang en` does."""
    _, out, _ = run(capsys, "--lang", "en", "play", str(MINI), stdin="", monkeypatch=monkeypatch)
    assert "== Mini conversation ==" in out


# ---- graph, analyze, schema ----------------------------------------------------------------------------------
def test_graph_prints_mermaid_for_beats_and_the_state_machine(capsys, dialogues):
    """`graph` prints a Mermaid flowchart of the beats and a state diagram of the customer."""
    code, out, _ = run(capsys, "graph", "mini")
    assert code == 0
    assert "flowchart TD" in out
    assert "start((start)) --> b_open" in out
    assert 'b_open -->|"open-ask (ask_need)"| b_middle' in out
    assert 'b_open -->|"open-argue (argue) if withdrawn"| b_end' in out
    assert 'b_close -->|"close-propose (propose) if committed"| b_end' in out
    assert "stateDiagram-v2" in out
    assert "[*] --> guarded" in out
    assert "guarded --> withdrawn: settle [breaks_off]" in out
    assert "open --> committed: commit" in out
    for ending in ("committed", "complied", "withdrawn", "stalled"):
        assert f"{ending} --> [*]" in out


def test_graph_turns_hyphens_into_valid_node_names(capsys, tmp_path):
    """Beat ids with hyphens become Mermaid-safe node names while the label keeps the id."""
    shutil.copytree(MINI_ASSETS, tmp_path / "assets")
    text = MINI.read_text(encoding="utf-8")
    text = text.replace("- id: middle\n", "- id: the-middle\n").replace(": middle", ": the-middle")
    path = tmp_path / "hyphens.yaml"
    path.write_text(text, encoding="utf-8")
    code, out, _ = run(capsys, "graph", str(path))
    assert code == 0
    assert 'b_the_middle["the-middle"]' in out
    assert 'b_open -->|"open-ask (ask_need)"| b_the_middle' in out
    edges = [line.split() for line in out.splitlines() if "-->|" in line]
    assert edges and all("-" not in edge[0] and "-" not in edge[-1] for edge in edges)


def test_analyze_prints_the_distribution_and_no_warning_for_mini(capsys):
    """`analyze` reports each strategy's endings; mini rewards slowing down and not pushing."""
    code, out, _ = run(capsys, "analyze", str(MINI), "--runs", "100")
    assert code == 0
    assert out.startswith("Scenario mini: 3 beats, 2 needs")
    for strategy in ("random", "pushing", "skilled", "no-needs", "slowing-forever", "first", "longest", "you"):
        line = next(line for line in out.splitlines() if line.strip().startswith(strategy))
        assert "committed" in line and "stalled" in line and "mean final trust" in line
    assert "every beat was visited" in out
    # mini gives each line one phrasing on purpose (the tests read its lines), so only the variety check warns.
    warnings = [line for line in out.splitlines() if line.startswith("WARNING")]
    assert warnings == ["WARNING: two good playthroughs share 100% of the customer's lines (less than 70% wanted)"]


def test_analyze_warns_when_slowing_down_cannot_win(capsys, tmp_path):
    """A scenario too short for a proposal to land is flagged for its author."""
    shutil.copytree(MINI_ASSETS, tmp_path / "assets")
    path = tmp_path / "short.yaml"
    path.write_text(MINI.read_text(encoding="utf-8").replace("max_turns: 12", "max_turns: 3"), encoding="utf-8")
    code, out, _ = run(capsys, "analyze", str(path), "--runs", "40")
    assert code == 0
    assert "WARNING: finding the needs and proposing what answers them commits in only 0% of runs" in out


def test_schema_is_json_with_the_scenario_properties(capsys):
    """`schema` prints a JSON Schema an editor can use, describing every scenario field."""
    code, out, _ = run(capsys, "schema")
    assert code == 0
    schema = json.loads(out)
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert schema["type"] == "object"
    assert {"format", "id", "title", "persona", "roots", "needs", "start", "endings", "beats"} <= set(
        schema["properties"]
    )
    assert set(schema["required"]) >= {"id", "beats", "persona"}


# ---- errors and usage ----------------------------------------------------------------------------------------
def test_unknown_scenario_exits_1_with_a_message(capsys, dialogues):
    """An unknown scenario name is refused with the known ids listed."""
    code, out, err = run(capsys, "graph", "no-such-scenario")
    assert code == 1
    assert out == ""
    assert err.strip() == "no-such-scenario: no such scenario file or scenario id in the library (known: mini)"


def test_bundled_scenario_is_found_by_its_id(capsys, dialogues):
    """A library file whose name differs from its id is still found by the id."""
    (dialogues / "mini.yaml").rename(dialogues / "renamed.yaml")
    code, out, _ = run(capsys, "graph", "mini")
    assert code == 0
    assert "%% Beat graph of mini" in out


def test_invalid_scenario_for_play_exits_1_naming_the_file(capsys, monkeypatch, tmp_path):
    """Playing a broken scenario prints its problems instead of a traceback."""
    shutil.copytree(MINI_ASSETS, tmp_path / "assets")
    path = broken_copy(tmp_path)
    code, _, err = run(capsys, "play", str(path), stdin="1\n", monkeypatch=monkeypatch)
    assert code == 1
    assert err.startswith(f"{path}:")


def test_version_and_usage_errors(capsys):
    """`--version` prints the version; an unknown command is a usage error (exit 2)."""
    with pytest.raises(SystemExit) as caught:
        cli.main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.strip() == f"simulator {__version__}"
    with pytest.raises(SystemExit) as caught:
        cli.main(["frobnicate"])
    assert caught.value.code == 2


def test_plain_list_shows_languages_and_roots(capsys):
    """`simulator list` without --json names each scenario's languages and roots, as the README says."""
    code, out, _ = run(capsys, "list")
    assert code == 0
    first = out.splitlines()[0].split()
    assert "nl,en" in first
    assert any(root in out for root in ("insecurity", "uncertainty", "loss_of_control"))
