"""The class overview window: a table of a class's sessions that sorts and filters, what the class did per
scenario, skipped files, exports; opened by dropping several files on the main window; and the name on the library
screen that ends up in each new session."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from ui_practice_support import option_button_for, start_mini, visible_texts

from simulator.engine import Session
from simulator.engine.class_overview import load_class
from simulator.ui.class_window import ClassWindow
from simulator.ui.kit import palette

GOOD = ["open-ask", "middle-name", "close-summarize", "close-summarize", "close-propose"]
PUSHY = ["open-argue", "middle-pressure", "close-pressure"]


@pytest.fixture
def class_dir(mini, tmp_path: Path) -> Path:
    """Three sessions (Anna and Bram good, Chris pushing) and a damaged file."""
    folder = tmp_path / "class"
    folder.mkdir()
    for name, choices, seed in (("Anna", GOOD, 0), ("Bram", GOOD, 1), ("Chris", PUSHY, 2)):
        session = Session(mini, "en", seed, player=name)
        for option_id in choices:
            if not session.finished:
                session.choose(option_id, response_ms=1000)
        session.save(folder / f"{name.lower()}.json")
    (folder / "broken.json").write_text("{", "utf-8")
    return folder


@pytest.fixture
def english():
    """The program's English translations installed (they hold the English plural forms)."""
    from PySide6.QtWidgets import QApplication

    from simulator.ui.i18n import LanguageSwitcher

    switcher = LanguageSwitcher(QApplication.instance())
    switcher.set_language("en")
    yield
    switcher.uninstall()


@pytest.fixture
def window(qtbot, class_dir, english) -> ClassWindow:
    """The class window on the folder."""
    shown = ClassWindow(load_class([class_dir]), "en")
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def table_column(window: ClassWindow, column: int) -> list[str]:
    """The texts of one column as shown (after sorting and filtering)."""
    model = window.table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_one_row_per_session_and_the_damaged_file_listed(window):
    """Three rows; the damaged file is listed as skipped with its reason; the title counts both."""
    assert sorted(table_column(window, 0)) == ["Anna", "Bram", "Chris"]
    assert window.skipped.count() == 1 and window.skipped.item(0).text().startswith("broken.json: ")
    assert window.heading.text() == "Class overview: 3 sessions, 1 file skipped"


def test_the_table_sorts_by_final_trust_as_numbers(window):
    """Clicking the final-trust header sorts by the number, not the text."""
    window.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    values = [int(text) for text in table_column(window, 5)]
    assert values == sorted(values, reverse=True)
    assert table_column(window, 0)[-1] == "Chris"


def test_the_filter_finds_names_and_outcomes(window, qtbot):
    """Typing in the filter keeps the matching rows only."""
    qtbot.keyClicks(window.filter, "commit")
    assert sorted(table_column(window, 0)) == ["Anna", "Bram"]
    window.filter.clear()
    qtbot.keyClicks(window.filter, "chr")
    assert table_column(window, 0) == ["Chris"]


def test_the_scenario_part_shows_outcomes_pushing_and_missed_needs(window):
    """Below the table: the outcome spread, the curves, where the class pushed and the needs missed."""
    texts = visible_texts(window)
    assert "Committed: 2   Complied: 0   Withdrawn: 1   Stalled: 0" in texts
    assert "Where the class pushed most" in texts
    assert any(text.startswith("Clarity about cost: missed by 1 of 3") for text in texts)
    assert len(window.chart.series) == 1 + 3  # the class average, then one curve per session
    image = window.chart.grab().toImage()
    trust = palette.LIGHT.trust.rgb()
    drawn = {image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}
    assert trust in drawn  # the average's line is on screen, in the trust colour


def test_exports_write_the_report_and_the_statements(window, tmp_path):
    """Export report… writes the chosen format; Export xAPI… writes one statement per turn and session."""
    said = []
    window.show_saved = lambda text: said.append((True, text))
    window.show_problem = lambda title, text, details="": said.append((False, text))
    window.ask_report_path = lambda *args: tmp_path / "class.csv"
    window.export_report()
    rows = list(csv.DictReader(io.StringIO((tmp_path / "class.csv").read_text("utf-8"))))
    assert sorted(row["player"] for row in rows) == ["Anna", "Bram", "Chris"]
    window.ask_report_path = lambda *args: tmp_path / "statements.json"
    window.export_xapi()
    assert (tmp_path / "statements.json").is_file()
    assert [ok for ok, _ in said] == [True, True] and "statements saved in" in said[1][1]


def test_a_failed_export_says_so(window, tmp_path):
    """Writing into a folder that does not exist is reported, not swallowed."""
    said = []
    window.show_saved = lambda text: said.append((True, text))
    window.show_problem = lambda title, text, details="": said.append((False, text))
    window.ask_report_path = lambda *args: tmp_path / "missing" / "deeper" / "class.pdf"
    (tmp_path / "missing").write_text("a file where a folder should be", "utf-8")
    window.export_report()
    assert said and said[0][0] is False and "could not be written" in said[0][1]


def test_in_dutch(qtbot, class_dir):
    """The window speaks Dutch with Dutch plural forms."""
    from PySide6.QtWidgets import QApplication

    from simulator.ui.i18n import LanguageSwitcher

    switcher = LanguageSwitcher(QApplication.instance())
    switcher.set_language("nl")
    try:
        shown = ClassWindow(load_class([class_dir]), "nl")
        qtbot.addWidget(shown)
        assert shown.heading.text() == "Klasoverzicht: 3 sessies, 1 bestand overgeslagen"
        assert "Eigen ja: 2   Meegegeven: 0   Afgehaakt: 1   Vastgelopen: 0" in visible_texts(shown)
    finally:
        switcher.uninstall()


def test_dropping_several_session_files_opens_the_class_overview(make_window, class_dir, qtbot):
    """Several .json files dropped on the main window open the class overview, not a replay."""
    main = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in sorted(class_dir.glob("*.json"))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    main.dropEvent(event)
    (opened,) = main.class_windows
    qtbot.addWidget(opened)
    assert opened.isVisible() and opened.model.rowCount() == 3


def test_the_name_on_the_library_goes_into_new_sessions_and_is_remembered(make_window, qtbot):
    """A name typed on the library screen is kept in the settings and stored in the session played next."""
    window = make_window()
    edit = window.library.name_edit
    qtbot.keyClicks(edit, "Sanne")
    edit.editingFinished.emit()
    assert window.settings.player_name == "Sanne"
    start_mini(window, qtbot)
    assert window.session.player == "Sanne"
    qtbot.mouseClick(option_button_for(window, "open-ask"), Qt.MouseButton.LeftButton)
    again = make_window()
    assert again.library.name_edit.text() == "Sanne"


def test_the_replay_window_exports_one_session_as_statements(qtbot, class_dir, tmp_path, data_dir):
    """File → Export xAPI statements in the replay window writes one statement per turn and one for the session."""
    import json

    from simulator.ui.replay import open_replay

    replay = open_replay(class_dir / "anna.json", data_dir=data_dir)
    assert replay is not None
    qtbot.addWidget(replay)
    out = tmp_path / "anna-xapi.json"
    assert replay.export_xapi(out)
    statements = json.loads(out.read_text("utf-8"))
    assert len(statements) == len(replay.document.session.turns) + 1
    assert statements[-1]["actor"]["name"] == "Anna"
