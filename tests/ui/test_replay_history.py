"""History of past sessions: the list with date, scenario, outcome and key measures, the progress chart, opening a
session from the list, the measures cache, and filtering by scenario."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from simulator.engine import Session
from simulator.engine.archive import SessionArchive
from simulator.ui.replay.history import HistoryView

SESSIONS = [
    # (seed, choices, started_at): an early pushy session, then two better ones.
    (1, ["open-argue", "middle-pressure", "close-pressure"], "2026-01-05T09:00:00+00:00"),
    (2, ["open-ask", "middle-name", "close-summarize", "close-propose"], "2026-02-05T09:00:00+00:00"),
    (3, ["open-ask", "middle-reflect"], "2026-03-05T09:00:00+00:00"),
]


def archive_with_sessions(scenario, data_dir: Path) -> list[Path]:
    """Save the three sessions in the archive under `data_dir`, as the practice screen would."""
    archive = SessionArchive(data_dir)
    paths = []
    for seed, choices, started in SESSIONS:
        session = Session(scenario, "en", seed, started_at=started)
        for option in choices:
            session.choose(option, response_ms=2000)
        path = archive.path_for(session)
        session.save(path)
        paths.append(path)
    return paths


@pytest.fixture
def view(qtbot, mini, data_dir: Path) -> HistoryView:
    """The history view over three saved sessions."""
    archive_with_sessions(mini, data_dir)
    shown = HistoryView(data_dir)
    qtbot.addWidget(shown)
    shown.resize(1000, 600)
    return shown


def rows(view: HistoryView) -> list[list[str]]:
    """The texts of the table, row by row."""
    table = view.table
    return [
        [table.topLevelItem(r).text(c) for c in range(table.columnCount())] for r in range(table.topLevelItemCount())
    ]


def test_lists_each_session_with_its_measures(view: HistoryView) -> None:
    """Each session shows its date, scenario, outcome, turns, needs uncovered, slowing share and calm under tension."""
    table = rows(view)
    assert len(table) == 3
    assert all(row[1] == "Mini conversation" for row in table)
    by_turns = {row[3]: row for row in table}
    assert by_turns["4"][4] == "2/2"
    assert by_turns["4"][5] == "100%"
    assert by_turns["3"][2] in ("complied", "withdrawn", "stalled", "committed")
    assert by_turns["3"][5] == "0%"
    assert by_turns["2"][2] == "not finished"


def test_progress_chart_follows_the_finished_sessions_oldest_first(view: HistoryView) -> None:
    """The trend chart has a value per finished session, oldest first, so improvement reads left to right."""
    series = {line.label: list(line.values) for line in view.trend.series()}
    assert set(series) == {"Needs uncovered", "Slowing down", "Calm under tension"}
    finished = sum(1 for entry in view.entries if entry.summary.outcome is not None)
    assert len(series["Slowing down"]) == finished
    assert series["Slowing down"][0] == 0
    assert view.trend.accessibleDescription() == f"{finished} sessions finished"


def test_activating_a_row_asks_to_open_that_session(qtbot, view: HistoryView) -> None:
    """Double-click, Enter or the Open button announce the session file to open."""
    item = view.table.topLevelItem(1)
    view.table.setCurrentItem(item)
    with qtbot.waitSignal(view.sessionActivated) as signal:
        qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    assert signal.args[0] == Path(item.data(0, Qt.ItemDataRole.UserRole))
    assert Session.load(signal.args[0]) is not None
    with qtbot.waitSignal(view.sessionActivated):
        view.table.itemActivated.emit(item, 0)


def test_measures_are_cached_until_a_file_changes(view: HistoryView, mini) -> None:
    """Refreshing reuses the measures of unchanged files and recomputes a changed one."""
    loads = view.cache.loads
    view.refresh()
    assert view.cache.loads == loads
    path = view.entries[0].path
    session = Session.load(path)
    session.notes.session = "checked"
    session.save(path)
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    view.refresh()
    assert view.cache.loads == loads + 1


def test_filter_by_scenario(qtbot, view: HistoryView, tmp_path: Path, data_dir: Path) -> None:
    """Choosing a scenario lists only its sessions; 'All scenarios' lists everything again."""
    from simulator.scenario import load_scenario

    data = Path(__file__).resolve().parents[1] / "data"
    other_source = (
        (data / "mini.yaml")
        .read_text(encoding="utf-8")
        .replace("id: mini", "id: other")
        .replace("en: Mini conversation", "en: Other conversation")
    )
    (tmp_path / "other.yaml").write_text(other_source, encoding="utf-8")
    other = load_scenario(tmp_path / "other.yaml", assets_dir=data / "assets")
    session = Session(other, "en", 5)
    session.choose("open-ask", response_ms=1000)
    session.save(SessionArchive(data_dir).path_for(session))
    view.refresh()
    assert len(rows(view)) == 4
    view.scenario_filter.setCurrentIndex(view.scenario_filter.findData("other"))
    assert [row[1] for row in rows(view)] == ["Other conversation"]
    view.scenario_filter.setCurrentIndex(0)
    assert len(rows(view)) == 4


def test_empty_history_says_so(qtbot, data_dir: Path) -> None:
    """With no saved sessions the view says there are none yet instead of showing an empty table."""
    view = HistoryView(data_dir)
    qtbot.addWidget(view)
    view.show()
    assert view.empty.isVisible()
    assert not view.table.isVisible()
