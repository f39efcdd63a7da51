"""The class vote in classroom mode, driven over real HTTP on 127.0.0.1: V starts it, the projector counts
without showing the spread, R closes it and plays the majority, a tie waits for the trainer's number, number keys
overrule, taking the answer back (Z) reopens it, and the tally lands in the session file and the replay."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from test_classroom_support import enter_classroom, key_for
from ui_practice_support import start_mini
from vote_support import request, vote

from simulator.engine import Session
from simulator.ui.classroom import Phase
from simulator.ui.classroom.vote_bridge import VoteBridge


@pytest.fixture
def voting(make_window, qtbot) -> Iterator[tuple[object, VoteBridge, io.StringIO]]:
    """Classroom mode on the mini scenario with the class vote started by V on 127.0.0.1."""
    window = make_window()
    start_mini(window, qtbot)
    controller = enter_classroom(window, qtbot)
    controller.vote_address = ("127.0.0.1", 0)
    out = io.StringIO()
    controller.vote = VoteBridge(controller, "127.0.0.1", 0, out=out)
    QTest.keyClick(controller.audience, Qt.Key.Key_V)
    assert controller.vote.running
    yield controller, controller.vote, out
    controller.vote.stop()


def ids_now(controller) -> list[str]:
    return [option.id for option in controller.session.options]


def test_v_starts_the_server_and_prints_one_line(voting) -> None:
    """V starts the server; one line `vote: URL` with the room code is printed; the phones see the options."""
    controller, bridge, out = voting
    assert out.getvalue() == f"vote: {bridge.server.url}\n"
    assert f"?code={bridge.board.code}" in out.getvalue()
    status, state = request(bridge.server, f"/api/state?code={bridge.board.code}")
    assert status == 200 and state["open"] and state["turn"] == 1
    assert [option["id"] for option in state["options"]] == ids_now(controller)
    assert state["line"] == controller.session.customer_line
    assert bridge.panel.isVisible() and not bridge.panel.qr.pixmap().isNull()
    assert bridge.board.code in bridge.panel.code.text()


def test_projector_counts_votes_but_hides_the_spread_until_r(voting, qtbot) -> None:
    """While open the projector shows only the count; R shows the bars, plays the majority and keeps the tally."""
    controller, bridge, _out = voting
    ids = ids_now(controller)
    for number in range(5):
        assert vote(bridge.server, f"phone-{number:04d}", ids[1])[0] == 200
    assert vote(bridge.server, "phone-0099", ids[0])[0] == 200
    qtbot.waitUntil(lambda: "6" in bridge.panel.count.text(), timeout=3000)
    assert not bridge.panel.bars.isVisible(), "the room must not see the spread while voting"
    assert bridge.presenter_panel.bars.rows[1].votes == 5, "the trainer sees the spread"
    QTest.keyClick(controller.audience, Qt.Key.Key_R)
    assert controller.phase is Phase.PREDICTING
    assert controller.session.turns[-1].option == ids[1]
    assert controller.session.class_votes[0] == {ids[0]: 1, ids[1]: 5, **{i: 0 for i in ids[2:]}}
    assert bridge.panel.bars.isVisible()
    assert [row.votes for row in bridge.panel.bars.rows][:2] == [1, 5]
    assert "The class chose 2" in bridge.panel.summary.text()
    state = request(bridge.server, f"/api/state?code={bridge.board.code}")[1]
    assert (state["open"], state["played"], state["tally"][ids[1]]) == (False, ids[1], 5)
    QTest.keyClick(controller.audience, Qt.Key.Key_R)
    assert controller.phase is Phase.REVEALED, "R then reveals as before"
    assert request(bridge.server, f"/api/state?code={bridge.board.code}")[1]["revealed"] is True
    QTest.keyClick(controller.audience, Qt.Key.Key_Return)
    state = request(bridge.server, f"/api/state?code={bridge.board.code}")[1]
    assert (state["turn"], state["open"], state["votes"]) == (2, True, 0), "the next line opens a new vote"


def test_a_tie_waits_for_the_trainer(voting) -> None:
    """On a tie R closes the vote but plays nothing; the trainer's number key plays, and the tally is kept."""
    controller, bridge, _out = voting
    ids = ids_now(controller)
    vote(bridge.server, "phone-0001", ids[0])
    vote(bridge.server, "phone-0002", ids[2])
    QTest.keyClick(controller.audience, Qt.Key.Key_R)
    assert controller.phase is Phase.ASKING and not controller.session.turns
    assert "tie" in bridge.panel.summary.text()
    QTest.keyClick(controller.audience, key_for(controller, ids[2]))
    assert controller.session.turns[-1].option == ids[2]
    assert controller.session.class_votes[0][ids[0]] == 1


def test_number_keys_overrule_the_class_and_taking_back_reopens(voting) -> None:
    """A number key during the vote closes it and plays the trainer's pick; Z takes it back and votes anew."""
    controller, bridge, _out = voting
    ids = ids_now(controller)
    for number in range(3):
        vote(bridge.server, f"phone-{number:04d}", ids[0])
    QTest.keyClick(controller.audience, key_for(controller, ids[1]))
    assert controller.session.turns[-1].option == ids[1]
    assert controller.session.class_votes[0][ids[0]] == 3
    assert "The trainer played 2" in bridge.panel.summary.text()
    assert vote(bridge.server, "phone-0009", ids[0])[0] == 400, "the vote is closed"
    QTest.keyClick(controller.audience, Qt.Key.Key_Z)
    assert controller.phase is Phase.ASKING and controller.session.class_votes == {}
    state = request(bridge.server, f"/api/state?code={bridge.board.code}")[1]
    assert (state["turn"], state["open"], state["votes"]) == (1, True, 0)


def test_the_tally_is_saved_and_shown_in_the_replay(voting, data_dir: Path) -> None:
    """The autosaved session carries the tally; loaded again, the replay says what the class chose."""
    controller, bridge, _out = voting
    ids = ids_now(controller)
    for number in range(4):
        vote(bridge.server, f"phone-{number:04d}", ids[0])
    QTest.keyClick(controller.audience, Qt.Key.Key_R)
    saved = sorted(data_dir.rglob("*.json"), key=lambda path: path.stat().st_mtime)[-1]
    loaded = Session.load(saved)
    assert loaded.class_votes == {0: controller.session.class_votes[0]}
    from simulator.ui.vote_words import class_vote_line

    assert "4 of 4 votes" in class_vote_line(loaded, loaded.turns[0])


def test_v_again_and_leaving_stop_the_server(voting) -> None:
    """V again stops the vote and closes the port; leaving classroom mode stops it too."""
    controller, bridge, _out = voting
    port = bridge.server.port
    QTest.keyClick(controller.audience, Qt.Key.Key_V)
    assert not bridge.running and not bridge.panel.isVisible()
    import socket

    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=2):
        pass
    QTest.keyClick(controller.audience, Qt.Key.Key_V)
    assert bridge.running
    QTest.keyClick(controller.audience, Qt.Key.Key_Escape)
    assert not controller.active and not bridge.running


def test_view_menu_enters_classroom_mode_with_the_vote_on(make_window, qtbot, capsys) -> None:
    """View → Class vote enters classroom mode and starts the vote, printing its URL once."""
    window = make_window()
    start_mini(window, qtbot)
    controller = window.classroom
    qtbot.addWidget(controller.audience)
    qtbot.addWidget(controller.presenter)
    controller.vote_address = ("127.0.0.1", 0)
    assert window.vote_action in window.view_menu.actions()
    window.vote_action.trigger()
    try:
        assert controller.active and controller.vote is not None and controller.vote.running
        printed = capsys.readouterr().out.splitlines()
        assert printed == [f"vote: {controller.vote.server.url}"]
        assert printed[0].startswith("vote: http://127.0.0.1:")
    finally:
        controller.leave()
    assert not controller.vote.running


def test_vote_without_projector_is_a_usage_error(capsys) -> None:
    """`--vote` alone is refused with exit code 2 and a message that says what is missing."""
    from simulator.cli import main

    assert main(["--vote"]) == 2
    assert "--projector" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main(["--vote-port", "70000"])
    assert exit_.value.code == 2


def test_vote_translations_are_complete(tmp_path: Path) -> None:
    """vote_nl.ts and vote_en.ts hold every string the class vote translates, each finished, and no others."""
    import shutil
    import subprocess
    import sys
    from xml.etree import ElementTree

    from simulator.ui import i18n

    def messages(path: Path) -> dict[tuple[str, str], str]:
        found = {}
        for context in ElementTree.parse(path).getroot().iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                assert translation is not None and translation.get("type") is None
                assert translation.text, message.findtext("source")
                found[(context.findtext("name") or "", message.findtext("source") or "")] = translation.text
        return found

    nl, en = (messages(i18n.I18N_DIR / f"vote_{language}.ts") for language in ("nl", "en"))
    assert set(nl) == set(en) and all(en[key] == key[1] for key in en)
    assert all(nl[key] != key[1] for key in nl), "every Dutch text is translated"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.is_file() and shutil.which("pyside6-lupdate") is None:
        pytest.skip("pyside6-lupdate is not installed here")
    ui = Path(i18n.__file__).parent
    sources = [ui / "classroom" / "vote_bridge.py", ui / "classroom" / "vote_panel.py", ui / "vote_words.py"]
    sources += [ui / "classroom" / "keys.py", ui / "main_window.py"]
    target = tmp_path / "vote_check.ts"
    subprocess.run([str(lupdate), *map(str, sources), "-locations", "none", "-ts", str(target)], check=True)
    wanted = {key for key in messages_in(target) if key[0] in ("VoteBridge", "ClassVote")}
    keys = {key for key in messages_in(target) if key[0] == "ClassroomKeys" and "vote" in key[1]}
    assert wanted | keys == set(nl)


def messages_in(path: Path) -> set[tuple[str, str]]:
    """The (context, source) pairs of a .ts file written by lupdate."""
    from xml.etree import ElementTree

    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in ElementTree.parse(path).getroot().iter("context")
        for message in context.iter("message")
    }


def test_replay_and_debrief_say_what_the_class_chose(qtbot, mini, tmp_path: Path, data_dir: Path) -> None:
    """A saved session with a class vote shows "the class chose" on that turn in the replay and the debrief,
    also when the trainer overruled the class; turns without a vote say nothing about one."""
    from PySide6.QtWidgets import QLabel

    from simulator.ui.debrief import DebriefScreen
    from simulator.ui.replay.document import BundledScenarios
    from simulator.ui.replay.window import open_replay

    session = Session(mini, "en", seed=2)
    first = [option.id for option in session.options]
    session.record_class_vote({first[0]: 2, first[1]: 11})
    session.choose(first[0])  # the trainer overruled the class
    second = [option.id for option in session.options]
    session.record_class_vote({second[0]: 8})
    session.choose(second[0])
    session.choose(session.options[0].id)  # no vote on this turn
    path = tmp_path / "voted.json"
    session.save(path)

    replay = open_replay(path, data_dir=data_dir, bundled=BundledScenarios(tmp_path / "none"))
    assert replay is not None
    qtbot.addWidget(replay)

    def panel_texts() -> str:
        return " ".join(label.text() for label in replay.panel.findChildren(QLabel) if label.parent() is not None)

    replay.go_to(1)
    overruled = mini.beat(session.turns[0].beat).options
    class_text = next(option.text["en"] for option in overruled if option.id == first[1])
    assert f"The class chose “{class_text}” (11 of 13 votes, 85%); the trainer played another answer." in panel_texts()
    replay.go_to(2)
    assert "The class chose this answer: 8 of 8 votes (100%)." in panel_texts()
    replay.go_to(3)
    assert "The class chose" not in panel_texts()

    debrief = DebriefScreen()
    qtbot.addWidget(debrief)
    debrief.show_session(Session.load(path))
    said = [row.said.text() for row in debrief.turn_rows]
    assert "The class chose" in said[0] and "8 of 8 votes" in said[1] and "class" not in said[2]


def test_the_command_line_starts_the_vote_and_prints_its_url(data_dir: Path) -> None:
    """`simulator --projector --vote --vote-host 127.0.0.1` prints exactly one line, `vote: URL`, and serves it."""
    import os
    import selectors
    import subprocess
    import sys
    import time
    import urllib.request

    env = {**os.environ, "SIMULATOR_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "simulator", "--projector", "--vote", "--vote-host", "127.0.0.1", "--lang", "en"]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        selector = selectors.DefaultSelector()
        selector.register(process.stdout, selectors.EVENT_READ)
        deadline = time.monotonic() + 60
        line = ""
        while not line and time.monotonic() < deadline and process.poll() is None:
            if selector.select(timeout=0.5):
                line = process.stdout.readline()
        assert line.startswith("vote: http://127.0.0.1:"), line
        url = line.removeprefix("vote: ").strip()
        code = url.split("?code=")[1]
        with urllib.request.urlopen(url.replace("/?code=", "/api/state?code="), timeout=10) as response:
            state = json.loads(response.read())
        assert response.status == 200 and state["open"] is False and state["options"] == []
        assert len(code) == 5
    finally:
        process.terminate()
        out, _err = process.communicate(timeout=30)
    assert out == "", "nothing but the one line is printed"
