"""Scenario and note texts never become markup: the replay's tooltips show them literally, and the Markdown report
escapes every text so that a CommonMark renderer shows exactly what was written (no headings, lists or entities).
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from PySide6.QtGui import QTextDocument

from simulator.engine import Session
from simulator.scenario import load_scenario
from simulator.ui.replay.document import BundledScenarios
from simulator.ui.replay.window import open_replay
from simulator.ui.report import export_report, md_escape

DATA = Path(__file__).resolve().parents[1] / "data"
COMMONMARK = MarkdownIt("commonmark")


def rendered_text(markdown: str) -> str:
    """What a CommonMark renderer shows for `markdown`: its HTML with the tags removed and entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", COMMONMARK.render(markdown))).strip()


CASES = {
    "thematic break": "---",
    "setext underline": "===",
    "list with parenthesis": "1) first",
    "list with full stop": "12. twelfth",
    "bullet": "- item",
    "plus bullet": "+ item",
    "heading": "# Heading",
    "emphasis": "*really* _truly_",
    "strong": "**bold**",
    "entity": "&lt;b&gt; and &amp; and &#60;",
    "backticks": "``code`` and `x`",
    "html": "<img src=x onerror=alert(1)>",
    "autolink": "<http://example.com>",
    "link": "[click](http://example.com)",
    "image": "![alt](pic.png)",
    "quote": "> quoted",
    "table": "| a | b |",
    "fence": "~~~",
    "backslash": "C:\\temp\\new",
}


@pytest.mark.parametrize("text", CASES.values(), ids=CASES.keys())
def test_markdown_escape_shows_the_text_literally(text):
    """Escaped text renders in CommonMark to exactly the text, as a paragraph of its own."""
    escaped = md_escape(text)
    assert rendered_text(escaped) == text
    assert COMMONMARK.render(escaped).startswith("<p>")


@pytest.mark.parametrize("text", CASES.values(), ids=CASES.keys())
def test_markdown_escape_is_literal_inside_a_quoted_note_line(text):
    """A note's line is quoted in the report; after a first line, it still cannot become a heading or a list."""
    markdown = f"> {md_escape('A first line')}  \n> {md_escape(text)}  "
    rendered = COMMONMARK.render(markdown)
    assert rendered.count("<p>") == 1 and not re.search(r"<(h\d|hr|ol|ul|li|code|em|strong|a|img)\b", rendered)
    assert rendered_text(markdown).splitlines()[-1] == text


def test_notes_with_markdown_in_a_report_make_no_structure(qapp, mini, tmp_path):
    """A report whose notes hold '---', '1)' and '&lt;' renders the notes as text, with no extra structure."""
    session = Session(mini, "en", 1)
    for option in ("open-ask", "middle-name"):
        session.choose(option, response_ms=500)
    session.notes.session = "Overall fine\n---\n1) then this\n&lt;b&gt;"
    session.notes.turns[0] = "# not a heading\n=== \n* not a list"
    out = tmp_path / "r.md"
    export_report(session, out)
    rendered = COMMONMARK.render(out.read_text(encoding="utf-8"))
    assert "<hr" not in rendered and "<ol" not in rendered
    assert rendered.count("<h1>") == 1
    assert "&amp;lt;b&amp;gt;" in rendered  # shown as the characters &lt;b&gt;, not as <b>
    text = html.unescape(re.sub(r"<[^>]+>", "", rendered))
    for line in ("---", "1) then this", "&lt;b&gt;", "# not a heading", "* not a list"):
        assert line in text


def test_last_turn_tooltip_shows_the_ending_as_plain_text(qtbot, tmp_path, data_dir):
    """An ending written as HTML (an <img> that would load a local file) shows literally in the turn list's tooltip."""
    markup = f"<img src='{tmp_path}/x.png'> <b>done</b>"
    lines = (DATA / "mini.yaml").read_text(encoding="utf-8").split("\n")
    for outcome in ("committed", "complied", "withdrawn", "stalled"):  # whichever ending is reached
        at = next(i for i, line in enumerate(lines) if line.startswith(f"  {outcome}: {{"))
        lines[at] = f'  {outcome}: {{nl: "{markup}", en: "{markup}"}}'
    source = "\n".join(lines)
    path = tmp_path / "tagged.yaml"
    path.write_text(source, encoding="utf-8")
    scenario = load_scenario(path, assets_dir=DATA / "assets")
    session = Session(scenario, "en", 1)
    while not session.finished:
        session.choose(session.options[0].id, response_ms=500)
    saved = tmp_path / "s.json"
    session.save(saved)
    window = open_replay(saved, data_dir=data_dir, bundled=BundledScenarios(DATA / "none"))
    assert window is not None
    qtbot.addWidget(window)
    tooltip = window.turn_list.item(window.turn_list.count() - 1).toolTip()
    shown = QTextDocument()
    shown.setHtml(tooltip)  # a tooltip in <qt> is shown as rich text: what it displays is the plain text
    assert shown.toPlainText() == markup
    assert "<img" not in tooltip
