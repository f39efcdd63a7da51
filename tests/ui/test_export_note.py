"""A report exported from the replay window goes to the Documents folder by default, and a note then says where
it went and offers to open the report or its folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtWidgets import QMessageBox

from simulator.engine import Session
from simulator.engine.review import BundledScenarios
from simulator.ui.replay import exported
from simulator.ui.replay.window import open_replay

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def window(qtbot, mini, tmp_path: Path, data_dir: Path):
    """A replay window on a two-turn mini session."""
    session = Session(mini, "en", 1)
    for option in ("open-ask", "middle-name"):
        session.choose(option, response_ms=1000)
    path = tmp_path / "played.json"
    session.save(path)
    opened = open_replay(path, data_dir=data_dir, bundled=BundledScenarios(DATA / "none"))
    assert opened is not None
    qtbot.addWidget(opened)
    return opened


def test_the_report_is_suggested_in_the_documents_folder(window, monkeypatch):
    """The save dialog opens in the Documents folder, never the current folder."""
    asked: list[Path] = []
    monkeypatch.setattr(window, "ask_report_path", lambda title, suggested, formats: asked.append(suggested))
    window.export_dialog()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    assert asked and asked[0].parent == Path(documents) and asked[0].name == "played-debrief.pdf"


def test_after_export_a_note_says_where_and_opens_the_report(window, tmp_path: Path, monkeypatch):
    """The note names the folder and the file; its buttons open the report and the folder."""
    opened: list[str] = []
    monkeypatch.setattr(exported, "open_location", lambda url: opened.append(QUrl(url).toLocalFile()))
    out = tmp_path / "reports" / "debrief.html"
    out.parent.mkdir()
    assert window.export(out)
    note = window.findChild(QMessageBox, "exportedNote")
    assert note is not None and note.isVisible()
    assert str(out.parent) in note.text() and "debrief.html" in note.text()
    buttons = {button.text(): button for button in note.buttons()}
    buttons["Open the report"].click()
    assert opened == [str(out)]
    note.open()
    buttons["Show the folder"].click()
    assert opened[-1] == str(out.parent)
