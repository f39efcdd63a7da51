"""`simulator debrief` writes the report in the session's language (or the one asked for), with that
language's words, decimal sign and counted words."""

from __future__ import annotations

from pathlib import Path

from simulator.engine import Session
from simulator.ui.report import run_debrief


def played(mini, language: str) -> Session:
    """A mini session in `language` with a few turns (whichever options the seed offers first)."""
    session = Session(mini, language, seed=3)
    for _ in range(3):
        if session.finished:
            break
        session.choose(session.options[0].id, response_ms=1500)
    return session


def test_a_dutch_session_gives_a_dutch_report(qapp, mini, tmp_path: Path):
    """The report of a Dutch session uses Dutch headings and a decimal comma; --lang en gives English."""
    source = tmp_path / "sessie.json"
    played(mini, "nl").save(source)
    out = tmp_path / "verslag.md"
    assert run_debrief(source, out) == 0
    text = out.read_text(encoding="utf-8")
    assert "Rustig onder spanning" in text and "1,5 s" in text
    assert run_debrief(source, tmp_path / "report.md", "en") == 0
    english = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "Calm under tension" in english and "1.5 s" in english
