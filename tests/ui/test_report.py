"""Debrief report: PDF, self-contained HTML and Markdown hold the measures, the curves and the annotated
transcript; everything taken from a scenario or a note is escaped; the command line writes them headless."""

from __future__ import annotations

import base64
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from simulator.engine import Session
from simulator.scenario import load_scenario
from simulator.ui.report.export import FORMATS, export_report, md_escape, run_debrief

DATA = Path(__file__).resolve().parents[1] / "data"
MINI = DATA / "mini.yaml"
MINI_ASSETS = DATA / "assets"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
CHOICES = ["open-ask", "middle-name", "close-summarize", "close-propose"]


@pytest.fixture
def tagged(tmp_path: Path):
    """The mini scenario with markup in a customer line, as a careless or hostile author might write it."""
    source = MINI.read_text(encoding="utf-8").replace(
        'en: "I don\'t know yet."', 'en: "I <b>really</b> don\'t know [yet](http://x) *now*."'
    )
    path = tmp_path / "tagged.yaml"
    path.write_text(source, encoding="utf-8")
    return load_scenario(path, assets_dir=MINI_ASSETS)


@pytest.fixture
def session(qapp, tagged) -> Session:
    """A four-turn session with trainer notes, one of them with markup."""
    played = Session(tagged, "en", 1)
    for option in CHOICES:
        played.choose(option, response_ms=2500)
    played.notes.session = "Work on <script>alert(1)</script> timing"
    played.notes.turns[1] = "Good naming\nof the fear"
    return played


def test_html_is_self_contained_and_escaped(session: Session, tmp_path: Path) -> None:
    """The HTML report embeds the curve image and shows scenario markup and notes as text."""
    out = tmp_path / "debrief.html"
    export_report(session, out)
    page = out.read_text(encoding="utf-8")
    assert "I &lt;b&gt;really&lt;/b&gt; don&#x27;t know" in page
    assert "<b>really</b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>" not in page
    match = re.search(r'src="data:image/png;base64,([A-Za-z0-9+/=]+)"', page)
    assert match, "the curve image is embedded"
    assert base64.b64decode(match.group(1)).startswith(PNG_SIGNATURE)
    assert "http" not in page.replace("http://x", "")  # nothing loaded from elsewhere
    for expected in (
        "Needs uncovered",
        "2 of 2",
        "Calm under tension",
        "MITI analogue",
        "not validated for sales",
        "Naming it.",
        "Good naming<br>of the fear",
        "name the unspoken",
        "Turn 4",
    ):
        assert expected in page


def test_markdown_has_the_annotated_transcript_and_a_sibling_image(session: Session, tmp_path: Path) -> None:
    """The Markdown report lists every turn with its move, change, reasons, coach and note; the image is beside it."""
    out = tmp_path / "debrief.md"
    export_report(session, out)
    text = out.read_text(encoding="utf-8")
    image = tmp_path / "debrief-curves.png"
    assert image.read_bytes().startswith(PNG_SIGNATURE)
    assert "![Trust and tension over the turns](<debrief-curves.png>)" in text
    lines = text.splitlines()
    assert "### Turn 1" in lines
    assert "**You (ask about needs, slowing down):** What makes it hard?  " in lines
    assert "**Coach:** Mirroring." not in lines and "**Coach:** Naming it." in lines
    assert any(line.startswith("Trust 35 → ") for line in lines)
    assert "> Good naming  " in lines and "> of the fear  " in lines
    assert "**Customer:** I \\<b\\>really\\</b\\> don't know \\[yet\\](http://x) \\*now\\*.  " in lines
    assert "<b>" not in text


def test_pdf_has_pages(session: Session, tmp_path: Path) -> None:
    """The PDF report is a real PDF with at least one page."""
    out = tmp_path / "debrief.pdf"
    export_report(session, out)
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    pages = re.findall(rb"/Type\s*/Page\b", data)
    assert len(pages) >= 1
    assert b"%%EOF" in data[-64:]


def test_report_language_follows_the_request(session: Session, tmp_path: Path) -> None:
    """A report asked for in Dutch quotes the scenario in Dutch."""
    out = tmp_path / "debrief.md"
    export_report(session, out, language="nl")
    text = out.read_text(encoding="utf-8")
    assert "Wat maakt het lastig?" in text
    assert "Benoemen." in text


def test_unknown_suffix_is_refused_clearly(session: Session, tmp_path: Path) -> None:
    """Any suffix other than .pdf, .html or .md is refused with a message naming the formats, writing nothing."""
    out = tmp_path / "out"
    out.mkdir()
    for name in ("debrief.docx", "debrief"):
        with pytest.raises(ValueError, match=r"\.pdf, \.html or \.md"):
            export_report(session, out / name)
    assert not list(out.iterdir())


def test_suffix_case_does_not_matter(session: Session, tmp_path: Path) -> None:
    """A file name in capitals still picks the format."""
    out = tmp_path / "DEBRIEF.PDF"
    export_report(session, out)
    assert out.read_bytes().startswith(b"%PDF")


def test_session_with_no_turns_still_reports(qapp, tagged, tmp_path: Path) -> None:
    """A session saved before its first turn gives a short report instead of an error."""
    out = tmp_path / "empty.html"
    export_report(Session(tagged, "en", 1), out)
    assert "No turns were played." in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("suffix", FORMATS)
def test_run_debrief_writes_each_format_and_leaves_the_session_alone(
    qtbot, session: Session, tmp_path: Path, suffix: str
) -> None:
    """`simulator debrief FILE --out report.X` exits 0, writes the report and does not touch the session file."""
    source = tmp_path / "session.json"
    session.save(source)
    before = (source.read_bytes(), source.stat().st_mtime_ns)
    out = tmp_path / f"report{suffix}"
    assert run_debrief(source, out) == 0
    assert out.stat().st_size > 0
    assert (source.read_bytes(), source.stat().st_mtime_ns) == before


def test_run_debrief_refuses_an_unknown_format(
    qtbot, session: Session, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An unknown output format is one line on stderr and exit 1."""
    source = tmp_path / "session.json"
    session.save(source)
    assert run_debrief(source, tmp_path / "report.txt") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "report.txt" in err


def test_run_debrief_never_overwrites_the_session(
    qtbot, session: Session, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Naming the session file itself as the report is refused."""
    source = tmp_path / "session.md"
    session.save(source)
    before = source.read_bytes()
    assert run_debrief(source, source) == 1
    assert source.read_bytes() == before


def test_markdown_escaping_keeps_text_literal() -> None:
    """Markdown syntax in a text is escaped, so it shows literally."""
    assert md_escape("<img src=x> *a* _b_ [c](d) `e` | f") == "\\<img src=x\\> \\*a\\* \\_b\\_ \\[c\\](d) \\`e\\` \\| f"
    assert md_escape("1. not a list") == "1\\. not a list"
    assert md_escape("- not a list") == "\\- not a list"
    assert md_escape("two\nlines") == "two lines"


def test_debrief_runs_headless_in_a_fresh_process(session: Session, tmp_path: Path) -> None:
    """With no display and no Qt platform chosen, the debrief command still writes a PDF."""
    source = tmp_path / "session.json"
    session.save(source)
    out = tmp_path / "report.pdf"
    env = {
        key: value for key, value in os.environ.items() if key not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    code = (
        "import sys; from simulator.ui.report.export import run_debrief; "
        "sys.exit(run_debrief(sys.argv[1], sys.argv[2]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(source), str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
