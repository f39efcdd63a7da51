"""Replay window: opening a saved session, stepping and jumping along the timeline, what each turn shows,
trying another option from a turn, trainer notes, the changed-scenario notice, drag and drop, and run_replay."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QFrame, QLabel

from simulator.engine import Session
from simulator.engine.review import BundledScenarios
from simulator.scenario import load_scenario
from simulator.ui.kit.option_button import OptionButton
from simulator.ui.replay.window import ReplayWindow, open_replay, run_replay

DATA = Path(__file__).resolve().parents[1] / "data"
MINI = DATA / "mini.yaml"
MINI_ASSETS = DATA / "assets"
# Turn 1 uncovers "clarity", turn 2 "safety"; turn 4 proposes too early (the biggest fall).
CHOICES = ["open-ask", "middle-name", "close-summarize", "close-propose"]


def play(scenario, choices=CHOICES, *, seed: int = 1, language: str = "en") -> Session:
    """A session of `scenario` with these choices played."""
    session = Session(scenario, language, seed)
    for option in choices:
        session.choose(option, response_ms=3000)
    return session


def saved(session: Session, path: Path) -> Path:
    """Save `session` at `path` and return the path."""
    session.save(path)
    return path


def fingerprint(path: Path) -> tuple[bytes, int]:
    """The bytes and modification time of a file, to prove it was not touched."""
    return path.read_bytes(), path.stat().st_mtime_ns


@pytest.fixture(autouse=True)
def fresh_event_loop(qapp) -> None:
    """Clear a quit request that an earlier test running the application's event loop may have left behind
    (it would end the event loops these tests wait in at once)."""
    QTimer.singleShot(0, qapp.quit)
    qapp.exec()


@pytest.fixture
def session_file(mini, tmp_path: Path) -> Path:
    """A saved four-turn session of the mini scenario."""
    return saved(play(mini), tmp_path / "played.json")


@pytest.fixture
def window(qtbot, session_file: Path, data_dir: Path) -> ReplayWindow:
    """The replay window on the four-turn session."""
    opened = open_replay(session_file, data_dir=data_dir, bundled=BundledScenarios(DATA / "none"))
    assert opened is not None
    qtbot.addWidget(opened)
    qtbot.waitExposed(opened)
    return opened


def chosen_caption(window: ReplayWindow) -> str:
    """The text of the highlighted (chosen) option on the turn panel."""
    frames = window.panel.findChildren(QFrame, "chosenOption")
    visible = [frame for frame in frames if frame.parent() is not None]  # replaced frames are detached at once
    assert len(visible) == 1
    return " ".join(label.text() for label in visible[0].findChildren(QLabel))


def test_open_shows_the_start_of_the_session(window: ReplayWindow, session_file: Path) -> None:
    """Opening a session shows its scenario, its length and the start of the conversation."""
    assert "Mini conversation" in window.title.text()
    assert "4 turns" in window.meta.text()
    assert window.current_point == 0
    assert window.panel.heading.text() == "Start of the conversation"
    assert window.turn_list.count() == 5
    assert not window.notice.isVisibleTo(window)


def test_arrow_keys_home_and_end_step_through_turns(qtbot, window: ReplayWindow) -> None:
    """Right and Left step one turn, End and Home jump to the ends."""
    window.turn_list.setFocus()
    qtbot.keyClick(window.turn_list, Qt.Key.Key_Right)
    assert window.current_point == 1
    assert window.panel.heading.text() == "Turn 1 of 4"
    assert "What makes it hard?" in chosen_caption(window)
    qtbot.keyClick(window.turn_list, Qt.Key.Key_End)
    assert window.current_point == 4
    assert window.position.text() == "Turn 4 of 4"
    qtbot.keyClick(window.turn_list, Qt.Key.Key_Left)
    assert window.current_point == 3
    qtbot.keyClick(window.turn_list, Qt.Key.Key_Home)
    assert window.current_point == 0
    qtbot.keyClick(window.turn_list, Qt.Key.Key_Left)
    assert window.current_point == 0


def test_arrow_keys_in_a_note_move_the_cursor_not_the_timeline(qtbot, window: ReplayWindow) -> None:
    """While typing a note, the arrow keys edit the text instead of stepping."""
    window.go_to(2)
    window.panel.note.setFocus()
    qtbot.keyClicks(window.panel.note, "ab")
    qtbot.keyClick(window.panel.note, Qt.Key.Key_Left)
    qtbot.keyClicks(window.panel.note, "X")
    qtbot.keyClick(window.panel.note, Qt.Key.Key_Home)
    qtbot.keyClicks(window.panel.note, "<")
    qtbot.keyClick(window.panel.note, Qt.Key.Key_End)
    qtbot.keyClicks(window.panel.note, ">")
    assert window.current_point == 2
    assert window.panel.note.toPlainText() == "<aXb>"


def test_jump_with_the_list_the_slider_and_the_curves(qtbot, window: ReplayWindow) -> None:
    """A turn can be reached from the turn list, the slider, or a click on the curves."""
    window.turn_list.setCurrentRow(3)
    assert window.current_point == 3
    window.slider.setValue(1)
    assert window.current_point == 1
    assert window.turn_list.currentRow() == 1
    curves = window.curves
    qtbot.mouseClick(curves, Qt.MouseButton.LeftButton, pos=QPoint(curves.width() - 16, curves.height() // 2))
    assert window.current_point == 4


def test_each_turn_shows_options_meters_reasons_and_coach(window: ReplayWindow, session_file: Path) -> None:
    """A turn shows the options on offer with move kinds, the chosen one marked, the change and the coach."""
    window.go_to(2)
    captions = [label.text() for label in window.panel.findChildren(QLabel) if "·" in label.text()]
    assert any("name the unspoken" in text and "slowing down" in text for text in captions)
    assert any("pressure · pushing" in text for text in captions)
    assert "✓ chosen" in chosen_caption(window)
    assert "board" in chosen_caption(window)
    session = Session.load(session_file)
    turn = session.turns[1]
    assert window.panel.trust.valueText().startswith(f"{turn.trust_before} → {turn.trust_after}")
    reasons = " ".join(label.text() for label in window.panel.findChildren(QLabel) if label.text().startswith("•"))
    assert turn.reasons[0].text["en"] in reasons
    assert window.panel.coach.text() == "Naming it."


def test_inside_the_customer_reveals_roots_and_needs_uncovered_by_then(window: ReplayWindow) -> None:
    """The hidden roots show, and each need shows as uncovered only from the turn that uncovered it."""
    assert "uncertainty" in window.panel.roots.text()

    def needs() -> list[str]:
        return [label.text() for label in window.panel.findChildren(QLabel, "need") if label.parent() is not None]

    window.go_to(0)
    assert all("not uncovered yet" in text for text in needs())
    window.go_to(1)
    assert any(text.startswith("✓ Clarity about cost") and "turn 1" in text for text in needs())
    assert any(text.startswith("○ Not deciding alone") for text in needs())
    window.go_to(2)
    assert all(text.startswith("✓") for text in needs())


def test_transcript_shows_the_conversation_so_far(window: ReplayWindow) -> None:
    """The transcript holds the turns up to the one shown, not the ones after."""
    window.go_to(1)
    text = window.transcript.toPlainText()
    assert "What makes it hard?" in text
    assert "The cost isn't clear to me." in text
    assert "You seem worried" not in text
    window.go_end()
    assert "Shall we look at it with your director?" in window.transcript.toPlainText()


def test_turning_points_are_marked(qtbot, mini, tmp_path: Path, data_dir: Path) -> None:
    """The largest rise and fall of trust are marked in the turn list and on the curves."""
    session = play(mini, ["open-ask", "middle-pressure", "close-summarize", "close-propose"])
    window = open_replay(saved(session, tmp_path / "ups-and-downs.json"), data_dir=data_dir)
    assert window is not None
    qtbot.addWidget(window)
    marked = [
        window.turn_list.item(row).text()
        for row in range(window.turn_list.count())
        if "◆" in window.turn_list.item(row).text()
    ]
    assert len(marked) == 2
    assert "Turning points at turns" in window.curves.accessibleDescription()


def test_scenario_text_is_shown_as_plain_text(qtbot, tmp_path: Path, data_dir: Path) -> None:
    """A scenario line containing <b> shows the tag literally, in labels and in the transcript."""
    source = MINI.read_text(encoding="utf-8").replace('en: "I don\'t know yet."', 'en: "I <b>really</b> don\'t know."')
    scenario_path = tmp_path / "tagged.yaml"
    scenario_path.write_text(source, encoding="utf-8")
    session = play(load_scenario(scenario_path, assets_dir=MINI_ASSETS))
    opened = open_replay(saved(session, tmp_path / "tagged.json"), data_dir=data_dir)
    assert opened is not None
    qtbot.addWidget(opened)
    opened.go_to(1)
    assert opened.panel.said.text() == "I <b>really</b> don't know."
    assert opened.panel.said.textFormat() == Qt.TextFormat.PlainText
    assert "I <b>really</b> don't know." in opened.transcript.toPlainText()


def test_language_can_differ_from_the_one_played(qtbot, session_file: Path, data_dir: Path) -> None:
    """A session played in English can be replayed in Dutch."""
    opened = open_replay(session_file, data_dir=data_dir, language="nl")
    assert opened is not None
    qtbot.addWidget(opened)
    opened.go_to(1)
    assert opened.panel.said.text() == "Ik weet het nog niet."


def test_try_another_option_continues_as_a_linked_session(
    qtbot, window: ReplayWindow, session_file: Path, data_dir: Path
) -> None:
    """From turn 2, another option is played live; the try is saved as a new linked session and compared."""
    before = fingerprint(session_file)
    window.go_to(2)
    panel = window.try_another_option()
    assert panel is not None
    assert window.tabs.currentWidget().isAncestorOf(panel)
    assert panel.session.parent == {"session": Session.load(session_file).id, "turn": 1}
    assert len(panel.session.turns) == 1
    assert not list((data_dir / "sessions").glob("*.json")), "nothing new is saved before the first new move"

    buttons = panel.findChildren(OptionButton)
    pressure = next(button for button in buttons if "pressure" in button.caption.text())
    qtbot.mouseClick(pressure, Qt.MouseButton.LeftButton)
    assert [turn.option for turn in panel.session.turns] == ["open-ask", "middle-pressure"]
    files = list((data_dir / "sessions").glob("*.json"))
    assert len(files) == 1
    reloaded = Session.load(files[0])
    assert reloaded.parent == panel.session.parent
    assert [turn.option for turn in reloaded.turns] == ["open-ask", "middle-pressure"]
    assert "New try (trust)" in window.curves.accessibleDescription()
    assert fingerprint(session_file) == before

    window.close_try()
    assert window.live_panel is None
    assert "New try" not in window.curves.accessibleDescription()


def test_try_can_be_played_to_its_end_and_taken_back(qtbot, window: ReplayWindow) -> None:
    """A try can be played to an ending, and its last move taken back."""
    window.go_to(3)
    panel = window.try_another_option()
    assert panel is not None
    panel.choose("close-pressure")
    assert panel.session.finished
    assert panel.ending.isVisibleTo(panel)
    assert "ended" in panel.ending.text()
    qtbot.mouseClick(panel.undo, Qt.MouseButton.LeftButton)
    assert not panel.session.finished
    assert len(panel.findChildren(OptionButton)) == 3


def test_a_finished_try_opens_in_its_own_replay(qtbot, window: ReplayWindow, data_dir: Path) -> None:
    """A try played to its end can itself be replayed, from its file in the archive."""
    window.go_to(4)
    panel = window.try_another_option()
    assert panel is not None
    panel.choose("close-pressure")
    assert panel.replay_button.isVisibleTo(panel)
    qtbot.mouseClick(panel.replay_button, Qt.MouseButton.LeftButton)
    opened = [w for w in window.findChildren(ReplayWindow) if w.isVisible()]
    assert len(opened) == 1
    assert opened[0].isWindow()
    assert opened[0].document.path == panel.save_path
    assert opened[0].document.path.parent == data_dir / "sessions"
    assert "branched from another session at turn 4" in opened[0].meta.text()


def test_a_try_that_cannot_be_saved_says_so_once_and_plays_on(
    qtbot, session_file: Path, tmp_path: Path, dialogs: list[str]
) -> None:
    """When the archive cannot be written, the try warns once, names the file, and can still be played."""
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the data folder should be", encoding="utf-8")
    opened = open_replay(session_file, data_dir=blocked)
    assert opened is not None
    qtbot.addWidget(opened)
    opened.go_to(1)
    panel = opened.try_another_option()
    assert panel is not None
    panel.choose("open-listen")
    panel.choose("middle-reflect")
    assert len(dialogs) == 1
    assert "cannot save" in dialogs[0] and str(blocked) in dialogs[0]
    assert [turn.option for turn in panel.session.turns] == ["open-listen", "middle-reflect"]
    assert panel.findChildren(OptionButton)


def test_turn_note_is_saved_after_a_pause_and_reloads(
    qtbot, window: ReplayWindow, session_file: Path, data_dir: Path
) -> None:
    """A note typed on a turn is written into the session file shortly after typing stops, and shows on reload."""
    window.go_to(2)
    with qtbot.waitSignal(window.notesSaved, timeout=3000):
        qtbot.keyClicks(window.panel.note, "Brave <move> here")
    assert Session.load(session_file).notes.turns == {1: "Brave <move> here"}
    assert "✎" in window.turn_list.item(2).text()
    window.close()

    reopened = open_replay(session_file, data_dir=data_dir)
    assert reopened is not None
    qtbot.addWidget(reopened)
    reopened.go_to(2)
    assert reopened.panel.note.toPlainText() == "Brave <move> here"
    reopened.go_to(1)
    assert reopened.panel.note.toPlainText() == ""


def test_closing_the_window_saves_a_note_still_pending(qtbot, window: ReplayWindow, session_file: Path) -> None:
    """A note typed just before closing is not lost."""
    window.go_to(3)
    qtbot.keyClicks(window.panel.note, "Last words")
    assert window.has_unsaved_notes
    window.close()
    assert Session.load(session_file).notes.turns == {2: "Last words"}


def test_session_note_is_saved_with_ctrl_s(qtbot, window: ReplayWindow, session_file: Path) -> None:
    """Ctrl+S writes the note on the whole session at once, and the recorded turns still load."""
    window.session_note.setFocus()
    qtbot.keyClicks(window.session_note, "Practise slowing down")
    assert window.has_unsaved_notes
    qtbot.keyClick(window.session_note, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.has_unsaved_notes
    reloaded = Session.load(session_file)
    assert reloaded.notes.session == "Practise slowing down"
    assert [turn.option for turn in reloaded.turns] == CHOICES


def test_an_emptied_note_is_removed(qtbot, window: ReplayWindow, session_file: Path) -> None:
    """Clearing a note removes it from the file instead of leaving an empty entry."""
    window.go_to(1)
    qtbot.keyClicks(window.panel.note, "x")
    assert window.save_notes()
    window.panel.note.clear()
    assert window.save_notes()
    document = json.loads(session_file.read_text(encoding="utf-8"))
    assert document["notes"]["turns"] == {}


def test_viewing_without_editing_never_writes_the_file(qtbot, window: ReplayWindow, session_file: Path) -> None:
    """Opening, stepping, trying and closing leave the session file exactly as it was."""
    before = fingerprint(session_file)
    for point in range(5):
        window.go_to(point)
    window.try_another_option()
    window.close()
    assert fingerprint(session_file) == before


def test_changed_scenario_is_announced(qtbot, mini, tmp_path: Path, session_file: Path, data_dir: Path) -> None:
    """A session played on an older version of a library scenario says the scenario has changed."""
    library = tmp_path / "library"
    library.mkdir()
    same = open_replay(session_file, data_dir=data_dir, bundled=BundledScenarios(DATA, MINI_ASSETS))
    assert same is not None
    qtbot.addWidget(same)
    assert not same.notice.isVisibleTo(same)

    edited = MINI.read_text(encoding="utf-8").replace("en: Mini conversation", "en: Mini conversation (revised)")
    (library / "mini.yaml").write_text(edited, encoding="utf-8")
    (library / "broken.yaml").write_text("id: [", encoding="utf-8")
    changed = open_replay(session_file, data_dir=data_dir, bundled=BundledScenarios(library, MINI_ASSETS))
    assert changed is not None
    qtbot.addWidget(changed)
    assert changed.notice.isVisibleTo(changed)
    assert "the scenario has changed since this session was played" in changed.notice.text().lower()
    assert "Mini conversation" in changed.title.text() and "revised" not in changed.title.text()


def test_dropping_a_session_file_opens_it(qtbot, mini, window: ReplayWindow, tmp_path: Path) -> None:
    """Dropping a session file on the window replays that session."""
    other = saved(play(mini, ["open-listen", "middle-reflect"]), tmp_path / "other.json")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    event = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.document.path == other)
    assert "2 turns" in window.meta.text()


def test_export_from_the_window_writes_a_report(window: ReplayWindow, tmp_path: Path) -> None:
    """The window exports the debrief report in the format of the file name."""
    out = tmp_path / "debrief.html"
    assert window.export(out)
    assert "Debrief: Mini conversation" in out.read_text(encoding="utf-8")


def test_export_with_an_unknown_suffix_says_so(window: ReplayWindow, tmp_path: Path, dialogs: list[str]) -> None:
    """Exporting to an unknown format shows a message naming the formats instead of failing."""
    assert not window.export(tmp_path / "debrief.docx")
    assert dialogs and ".pdf" in dialogs[0] and "debrief.docx" in dialogs[0]


def test_run_replay_shows_the_window_and_returns_its_exit_code(qtbot, session_file: Path) -> None:
    """`simulator replay FILE` shows the replay and returns 0 when the window is closed."""
    seen: list[str] = []

    def close_all() -> None:
        seen.extend(w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible())
        # Closing the last window ends the event loop, as a user closing it would; calling quit() as well
        # would leave a second quit request behind that ends every later test's event loop at once.
        QApplication.closeAllWindows()

    QTimer.singleShot(300, close_all)
    assert run_replay(session_file) == 0
    assert any("played.json" in title for title in seen)
