"""A class of sessions seen together, its reports, and the results as xAPI statements for a learning platform.

The class is built through the engine API (as a trainer's students would play it), saved to files, and read back
the way a trainer would: a folder of files, one of them damaged.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import re
import subprocess
import sys
import threading
import uuid
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from simulator.cli import main
from simulator.engine import Session
from simulator.engine.class_overview import average_curve, load_class
from simulator.engine.class_report import CSV_COLUMNS, render_csv, render_html
from simulator.engine.xapi import XAPI_VERSION, LrsError, iso_duration, post_statements, statements_for

GOOD = ["open-ask", "middle-name", "close-summarize", "close-summarize", "close-propose"]
PUSHY = ["open-argue", "middle-pressure", "close-pressure"]


def play(mini, choices: list[str], player: str | None, seed: int = 0) -> Session:
    """A session of the mini scenario with these choices."""
    session = Session(mini, "en", seed, player=player)
    for option_id in choices:
        if session.finished:
            break
        session.choose(option_id, response_ms=2500)
    return session


@pytest.fixture
def class_dir(mini, tmp_path: Path) -> Path:
    """A folder with four sessions (two good, two pushing), a damaged file and a foreign one."""
    folder = tmp_path / "class"
    folder.mkdir()
    play(mini, GOOD, "Anna").save(folder / "anna.json")
    play(mini, GOOD, "Bram", seed=1).save(folder / "bram.json")
    play(mini, PUSHY, "=cmd|' /C calc'!A0").save(folder / "chris.json")
    play(mini, PUSHY, None, seed=2).save(folder / "dana.json")
    (folder / "broken.json").write_text('{"format": "sales-resistance-session", "version": 2, "turns": [', "utf-8")
    (folder / "notes.json").write_text('{"hello": "world"}', "utf-8")
    return folder


# ---- the name on the session ---------------------------------------------------------------------------------
def test_the_players_name_is_kept_in_the_session_file(mini, tmp_path):
    """A session started with a name keeps it through saving and loading; control characters are dropped."""
    path = tmp_path / "s.json"
    play(mini, ["open-ask"], "  Anna\n de\tVries ").save(path)
    assert Session.load(path).player == "Anna de Vries"
    play(mini, ["open-ask"], None).save(path)
    assert Session.load(path).player is None


def test_play_on_the_command_line_saves_the_name(tmp_path, capsys, monkeypatch):
    """`simulator play --player NAME --save FILE` writes a session file that carries the name."""
    monkeypatch.setattr("sys.stdin", io.StringIO("1\n2\n1\n"))
    out = tmp_path / "mine.json"
    code = main(["play", str(Path(__file__).parent / "data" / "mini.yaml"), "--player", "Kim", "--save", str(out)])
    assert code == 0
    session = Session.load(out)
    assert session.player == "Kim" and len(session.turns) >= 1


# ---- the overview ----------------------------------------------------------------------------------------------
def test_a_class_folder_lists_every_session_and_skips_the_damaged(class_dir):
    """Four sessions become rows; the damaged and the foreign file are skipped with a reason, never fatal."""
    overview = load_class([class_dir])
    assert sorted(row.player for row in overview.rows) == ["", "=cmd|' /C calc'!A0", "Anna", "Bram"]
    assert sorted(Path(item.file).name for item in overview.skipped) == ["broken.json", "notes.json"]
    assert all(item.reason for item in overview.skipped)
    anna = next(row for row in overview.rows if row.player == "Anna")
    assert (anna.outcome, anna.needs_found, anna.needs_total) == ("committed", 2, 2)
    assert anna.slowing_share == 1.0


def test_the_class_summary_shows_outcomes_pushing_moment_and_missed_needs(class_dir):
    """Per scenario: the outcome spread, where the class pushed most, and the needs most often missed."""
    overview = load_class([class_dir])
    (results,) = overview.scenarios
    assert results.sessions == 4
    assert results.outcomes["committed"] == 2
    moment = results.pushing_moment
    assert moment is not None and moment.pushing >= 1
    opening = next(beat for beat in results.beats if beat.beat == "open")
    assert opening.chosen == {"open-ask": 2, "open-argue": 2}
    missed = {need: count for need, _label, count in results.needs_missed}
    assert missed == {"clarity": 2, "safety": 2}
    assert len(results.curves) == 4 and len(results.average_curve) == max(len(c) for c in results.curves)


def test_the_average_curve_keeps_a_finished_session_at_its_final_trust():
    """A shorter conversation keeps counting at its last value, so the average does not jump."""
    assert average_curve([(10, 20), (30, 40, 50)]) == (20.0, 30.0, 35.0)


def test_csv_has_one_row_per_valid_session_with_the_required_columns(class_dir):
    """The CSV columns are file, player, scenario, language, outcome, turns, final_trust, needs_found (and more)."""
    rows = list(csv.DictReader(io.StringIO(render_csv(load_class([class_dir])))))
    assert set(CSV_COLUMNS) >= {
        "file",
        "player",
        "scenario",
        "language",
        "outcome",
        "turns",
        "final_trust",
        "needs_found",
    }
    assert len(rows) == 4
    anna = next(row for row in rows if row["player"] == "Anna")
    assert anna["scenario"] == "mini" and anna["outcome"] == "committed" and anna["needs_found"] == "2"
    assert anna["file"].endswith("anna.json")
    formula = next(row for row in rows if "calc" in row["player"])
    assert formula["player"].startswith("'="), "a name that looks like a formula is neutralised"


def test_html_report_escapes_names_and_lists_skipped_files(class_dir, mini, tmp_path):
    """The HTML page shows every session and skipped file; a name with markup is shown as text."""
    play(mini, GOOD, "<script>alert(1)</script>").save(class_dir / "eve.json")
    page = render_html(load_class([class_dir]), "nl")
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "Klasoverzicht" in page and "broken.json" in page and "<svg" in page


@pytest.mark.parametrize("suffix", [".csv", ".html", ".pdf"])
def test_class_report_command_writes_the_report_and_names_refused_files(class_dir, tmp_path, capsys, suffix):
    """`simulator class-report DIR --out` writes the file, names each refused file on stderr and exits 1."""
    out = tmp_path / f"class{suffix}"
    if suffix == ".pdf":
        # The PDF needs a Qt application object: run the command as a user does, in its own process, so this
        # test process keeps room for the widget tests' QApplication.
        result = subprocess.run(
            [sys.executable, "-m", "simulator", "class-report", str(class_dir), "--out", str(out)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        code, err = result.returncode, result.stderr
    else:
        code = main(["class-report", str(class_dir), "--out", str(out)])
        err = capsys.readouterr().err
    assert code == 1
    assert "broken.json" in err and "notes.json" in err
    assert out.is_file() and out.stat().st_size > 100
    if suffix == ".pdf":
        assert out.read_bytes().startswith(b"%PDF")


def test_class_report_of_good_files_exits_0(class_dir, tmp_path, capsys):
    """Named files that are all valid give exit 0; `file` is the name as given."""
    out = tmp_path / "c.csv"
    given = [str(class_dir / "anna.json"), str(class_dir / "bram.json")]
    assert main(["class-report", *given, "--out", str(out)]) == 0
    files = [row["file"] for row in csv.DictReader(io.StringIO(out.read_text("utf-8")))]
    assert files == given


def test_class_report_refuses_an_unknown_format(class_dir, tmp_path, capsys):
    """A report name without .csv/.html/.pdf is wrong usage of the data: exit 1, nothing written."""
    assert main(["class-report", str(class_dir), "--out", str(tmp_path / "c.docx")]) == 1
    assert not (tmp_path / "c.docx").exists()


# ---- xAPI ------------------------------------------------------------------------------------------------------
ISO_8601 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")
DURATION = re.compile(r"^PT(\d+H)?(\d+M)?(\d+(\.\d+)?S)?$")


def _is_iri(text: str) -> bool:
    return re.match(r"^[a-z][a-z0-9+.-]*:[^\s]+$", text) is not None


def test_statements_follow_the_xapi_rules(mini):
    """UUID ids, one actor identifier, absolute IRIs for verbs, activities and extensions, ISO 8601 times and
    durations, a scaled score within -1..1, and one registration for all of a session's statements."""
    session = play(mini, GOOD, "Anna")
    statements = statements_for(session)
    assert len(statements) == len(session.turns) + 1
    ids = [statement["id"] for statement in statements]
    assert len(set(ids)) == len(ids)
    registrations = {statement["context"]["registration"] for statement in statements}
    assert len(registrations) == 1
    for statement in statements:
        uuid.UUID(statement["id"])
        uuid.UUID(statement["context"]["registration"])
        actor = statement["actor"]
        assert sum(key in actor for key in ("mbox", "mbox_sha1sum", "openid", "account")) == 1
        assert _is_iri(statement["verb"]["id"]) and _is_iri(statement["object"]["id"])
        assert ISO_8601.match(statement["timestamp"])
        assert DURATION.match(statement["result"]["duration"])
        for key in statement["result"].get("extensions", {}):
            assert _is_iri(key)
    final = statements[-1]
    assert final["verb"]["id"] == "http://adlnet.gov/expapi/verbs/completed"
    assert final["result"]["success"] is True and final["result"]["completion"] is True
    assert -1 <= final["result"]["score"]["scaled"] <= 1
    assert final["result"]["score"]["scaled"] == session.trust / 100
    turn = statements[0]
    extensions = turn["result"]["extensions"]
    assert any(key.endswith("/move") and value == "ask_need" for key, value in extensions.items())
    assert any(key.endswith("/need-uncovered") and value == "clarity" for key, value in extensions.items())


def test_exporting_twice_gives_the_same_statement_ids(mini):
    """Statement ids derive from the session, so an LRS receiving the export again keeps one copy."""
    session = play(mini, ["open-ask"], "Anna")
    assert [s["id"] for s in statements_for(session)] == [s["id"] for s in statements_for(session)]


def test_the_actor_has_exactly_one_identifier(mini):
    """With a mailbox the actor is that mailbox; without, an account; a mailbox without mailto: is refused."""
    session = play(mini, ["open-ask"], "Anna")
    by_mail = statements_for(session, mbox="mailto:anna@example.org")[0]["actor"]
    assert by_mail == {"objectType": "Agent", "name": "Anna", "mbox": "mailto:anna@example.org"}
    by_account = statements_for(session)[0]["actor"]
    assert set(by_account) == {"objectType", "name", "account"} and by_account["account"]["name"] == "Anna"
    with pytest.raises(ValueError, match="mailto"):
        statements_for(session, mbox="anna@example.org")


def test_iso_durations():
    """Milliseconds become ISO 8601 durations."""
    assert iso_duration(0) == "PT0S"
    assert iso_duration(2500) == "PT2.5S"
    assert iso_duration(3_725_000) == "PT1H2M5S"


class _Recorder(BaseHTTPRequestHandler):
    """A learning record store that records what it is sent and answers with the status it is told to."""

    received: ClassVar[list[dict[str, object]]] = []
    status = 200

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        body = json.loads(self.rfile.read(length))
        type(self).received.append(
            {"path": self.path, "headers": {k.lower(): v for k, v in self.headers.items()}, "body": body}
        )
        self.send_response(type(self).status)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps([s.get("id") for s in body]).encode())

    def log_message(self, *args: object) -> None:
        return


@pytest.fixture
def lrs():
    """A recording LRS on this machine's loopback address."""
    _Recorder.received = []
    _Recorder.status = 200
    server = HTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/xapi", _Recorder
    server.shutdown()
    server.server_close()


def test_statements_are_posted_in_batches_with_version_header_and_basic_auth(mini, lrs):
    """Each batch goes to URL/statements with X-Experience-API-Version 1.0.3 and Basic auth."""
    url, recorder = lrs
    statements = [s for seed in range(4) for s in statements_for(play(mini, GOOD, f"S{seed}", seed))]
    batches = post_statements(url, statements, auth="trainer:secret", batch_size=7)
    assert batches == len(recorder.received) == -(-len(statements) // 7)
    first = recorder.received[0]
    assert first["path"] == "/xapi/statements"
    assert first["headers"]["x-experience-api-version"] == XAPI_VERSION  # header names are case-insensitive
    assert first["headers"]["content-type"] == "application/json"
    assert first["headers"]["authorization"] == "Basic " + base64.b64encode(b"trainer:secret").decode()
    assert [s["id"] for r in recorder.received for s in r["body"]] == [s["id"] for s in statements]


def test_a_refusing_lrs_is_a_clear_message_saying_what_was_sent(mini, lrs):
    """An error status stops the posting and says how many statements went before."""
    url, recorder = lrs
    recorder.status = 401
    statements = statements_for(play(mini, GOOD, "S"))
    with pytest.raises(LrsError, match=r"HTTP 401.*0 of \d+ statements were sent before"):
        post_statements(url, statements, auth="x:y", batch_size=3)


def test_export_xapi_command_writes_and_posts(class_dir, tmp_path, lrs, capsys):
    """`export-xapi FILES --out --lrs --auth` writes the file and posts it; a refused file makes the exit 1."""
    url, recorder = lrs
    out = tmp_path / "statements.json"
    files = [str(class_dir / "anna.json"), str(class_dir / "broken.json")]
    code = main(["export-xapi", *files, "--out", str(out), "--lrs", url, "--auth", "a:b"])
    captured = capsys.readouterr()
    assert code == 1 and "broken.json" in captured.err
    written = json.loads(out.read_text("utf-8"))
    assert [s["id"] for r in recorder.received for s in r["body"]] == [s["id"] for s in written]


def test_export_xapi_to_an_unreachable_lrs_fails_clearly(class_dir, capsys):
    """A closed port: exit 1 with a message that names the address, no traceback."""
    code = main(["export-xapi", str(class_dir / "anna.json"), "--lrs", "http://127.0.0.1:9/xapi"])
    err = capsys.readouterr().err
    assert code == 1 and "cannot reach the LRS at http://127.0.0.1:9/xapi/statements" in err


def test_the_command_line_summaries_speak_the_chosen_language(class_dir, tmp_path, capsys):
    """class-report and export-xapi say what they wrote in Dutch with --lang nl, with the right plural."""
    main(["class-report", str(class_dir / "anna.json"), "--out", str(tmp_path / "c.csv"), "--lang", "nl"])
    assert "1 sessie, 0 overgeslagen" in capsys.readouterr().out
    main(
        [
            "--lang",
            "en",
            "class-report",
            str(class_dir / "anna.json"),
            str(class_dir / "bram.json"),
            "--out",
            str(tmp_path / "c.csv"),
        ]
    )
    assert "2 sessions, 0 skipped" in capsys.readouterr().out
