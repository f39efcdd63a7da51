"""Reports under fault: a write that fails part-way, a file-size limit the kernel enforces, and a cancelled export.

Each leaves an earlier report (and the Markdown report's picture) whole, leaves no temporary or partial side file,
and says so: exit 1 with one stderr line naming the file, or a message in the window.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton

from simulator.engine import Session
from simulator.engine.review import BundledScenarios
from simulator.ui.replay.window import ReplayWindow, open_replay
from simulator.ui.report import export as report
from simulator.ui.report.export import (
    FORMATS,
    ExportCancelled,
    ExportProgress,
    export_report,
    image_path_for,
    run_debrief,
)

DATA = Path(__file__).resolve().parents[1] / "data"
ROOT = Path(__file__).resolve().parents[2]
OLD = b"an earlier report that must survive"


def played(mini) -> Session:
    """A four-turn session of mini with a note."""
    session = Session(mini, "en", 1)
    for option in ("open-ask", "middle-name", "close-summarize", "close-propose"):
        session.choose(option, response_ms=1200)
    session.notes.session = "Good pace."
    return session


def fail_writes_after(monkeypatch: pytest.MonkeyPatch, limit: int) -> None:
    """Make every file write stop after `limit` bytes with 'No space left on device', as a full disk does."""
    real_fdopen = os.fdopen

    def fdopen(fd, *args, **kwargs):
        handle = real_fdopen(fd, *args, **kwargs)
        real_write = handle.write

        def write(data):
            real_write(bytes(data)[:limit])
            handle.flush()
            raise OSError(28, "No space left on device")

        handle.write = write
        return handle

    monkeypatch.setattr(os, "fdopen", fdopen)


@pytest.fixture
def earlier(tmp_path: Path):
    """Put an earlier report (and, for Markdown, an earlier picture) at the target; return the target's folder."""

    def make(suffix: str) -> Path:
        out = tmp_path / "reports" / f"r{suffix}"
        out.parent.mkdir()
        out.write_bytes(OLD)
        if suffix == ".md":
            image_path_for(out).write_bytes(OLD)
        return out

    return make


def folder_state(folder: Path) -> dict[str, bytes]:
    """Every file in `folder` with its bytes."""
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


@pytest.mark.parametrize("suffix", FORMATS)
def test_export_failing_part_way_keeps_the_earlier_report(qapp, mini, earlier, monkeypatch, suffix):
    """A write that stops part-way raises OSError naming the report; the earlier files stay byte for byte."""
    out = earlier(suffix)
    before = folder_state(out.parent)
    fail_writes_after(monkeypatch, 4096)
    with pytest.raises(OSError) as caught:
        export_report(played(mini), out)
    assert caught.value.filename in (str(out), str(image_path_for(out)))
    assert folder_state(out.parent) == before


def test_markdown_failure_leaves_no_picture_behind(qapp, mini, tmp_path, monkeypatch):
    """With no earlier report, a failed Markdown export leaves no picture (cut or whole) and no temporary file."""
    out = tmp_path / "reports" / "r.md"
    out.parent.mkdir()
    fail_writes_after(monkeypatch, 100)
    with pytest.raises(OSError):
        export_report(played(mini), out)
    assert list(out.parent.iterdir()) == []


@pytest.mark.parametrize("suffix", FORMATS)
def test_cli_reports_a_failed_write_with_exit_1(qapp, mini, earlier, monkeypatch, capsys, suffix):
    """`simulator debrief --out` on a failing disk exits 1 with one stderr line naming the file."""
    out = earlier(suffix)
    session_path = out.parent.parent / "s.json"
    played(mini).save(session_path)
    before = folder_state(out.parent)
    fail_writes_after(monkeypatch, 2048)
    assert run_debrief(session_path, out) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "cannot write the file: No space left on device" in err
    assert str(out.parent) in err
    assert folder_state(out.parent) == before


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="needs POSIX file-size limits")
@pytest.mark.parametrize("suffix", [".pdf", ".md"])
def test_real_file_size_limit_in_a_fresh_process(mini, earlier, suffix):
    """A real kernel limit (RLIMIT_FSIZE, as a nearly full disk) stops the write: exit 1, earlier files whole."""
    out = earlier(suffix)
    session_path = out.parent.parent / "s.json"
    played(mini).save(session_path)
    before = folder_state(out.parent)
    limit = 3000  # bytes per file: a PDF or a curve picture is far larger; the session file is only read
    # The limit is set inside the child itself (no preexec_fn, which is unsafe with Qt's threads in this process).
    code = (
        "import resource, sys; resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[1]), int(sys.argv[1]))); "
        "from simulator.cli import main; sys.exit(main(sys.argv[2:]))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code, str(limit), "debrief", str(session_path), "--out", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "cannot write the file" in lines[0] and str(out.parent) in lines[0]
    assert "Traceback" not in result.stderr
    assert folder_state(out.parent) == before


def test_cancelled_pdf_writes_nothing(qapp, mini, earlier):
    """Cancelling while pages are drawn stops the export; the earlier PDF is whole, no temporary file is left."""
    out = earlier(".pdf")
    pages: list[int] = []

    def on_page(done: int, total: int) -> None:
        pages.append(done)
        if len(pages) == 2:
            progress.cancel()

    progress = ExportProgress(on_page)
    debrief = report.build_debrief(report.ReplayDocument(played(mini)))
    with pytest.raises(ExportCancelled):
        report.write_report(debrief, out, progress)
    assert folder_state(out.parent) == {"r.pdf": OLD}


# ---- the replay window ---------------------------------------------------------------------------------------
@pytest.fixture
def window(qtbot, mini, tmp_path: Path, data_dir: Path) -> ReplayWindow:
    """A replay window on a saved session of mini."""
    path = tmp_path / "played.json"
    played(mini).save(path)
    opened = open_replay(path, data_dir=data_dir, bundled=BundledScenarios(DATA / "none"))
    assert opened is not None
    qtbot.addWidget(opened)
    return opened


def test_window_names_a_failed_export_and_keeps_the_earlier_file(window, earlier, monkeypatch, dialogs):
    """A failing disk during an export from the window shows a message naming the file; nothing is replaced."""
    out = earlier(".html")
    fail_writes_after(monkeypatch, 1000)
    assert not window.export(out)
    assert len(dialogs) == 1 and str(out) in dialogs[0] and "No space left" in dialogs[0]
    assert "could not be written" in window.status.text()
    assert folder_state(out.parent) == {"r.html": OLD}


def test_window_export_runs_off_the_ui_thread_and_cancel_leaves_the_old_file(qtbot, window, earlier, monkeypatch):
    """While a report is being written the window still moves along the timeline; Cancel writes nothing."""
    out = earlier(".pdf")
    release = threading.Event()
    real_curve_image = report.curve_image
    ui_thread = threading.get_ident()
    seen_threads: list[int] = []

    def slow_curve_image(debrief):
        seen_threads.append(threading.get_ident())
        release.wait(10)  # a long report: held until the test has used the window and pressed Cancel
        return real_curve_image(debrief)

    monkeypatch.setattr(report, "curve_image", slow_curve_image)
    job = window.start_export(out)
    assert job is not None
    qtbot.waitUntil(lambda: bool(seen_threads))
    assert seen_threads[0] != ui_thread
    window.go_to(0)
    window.step(2)
    assert window.current_point == 2  # the window answered while the report was being written
    assert window.export_progress is not None
    window.export_progress.findChild(QPushButton).click()  # the progress dialog's Cancel button
    release.set()
    qtbot.waitUntil(lambda: window.export_progress is None, timeout=20000)
    assert "cancelled" in window.status.text()
    assert folder_state(out.parent) == {"r.pdf": OLD}


def test_closing_the_window_during_an_export_leaves_no_half_file(qtbot, window, earlier, monkeypatch):
    """Closing the window while a report is written abandons it whole."""
    out = earlier(".md")
    release = threading.Event()
    real_curve_image = report.curve_image
    monkeypatch.setattr(report, "curve_image", lambda debrief: (release.wait(10), real_curve_image(debrief))[1])
    window.start_export(out)
    QTimer.singleShot(50, release.set)
    window.close()
    assert folder_state(out.parent) == {"r.md": OLD, "r-curves.png": OLD}


def test_export_menu_returns_at_once_and_the_report_follows(qtbot, window, tmp_path, monkeypatch):
    """File > Export report starts the export and returns; the report appears and the status bar says where."""
    out = tmp_path / "menu.pdf"
    monkeypatch.setattr(window, "ask_report_path", lambda title, suggested, formats: out)
    window.export_dialog()
    assert window.status.text().startswith("Writing the report")
    qtbot.waitUntil(lambda: "Report saved" in window.status.text(), timeout=30000)
    assert out.read_bytes().startswith(b"%PDF")
