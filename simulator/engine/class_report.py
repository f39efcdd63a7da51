"""The class overview as files a trainer keeps or hands on: CSV for a spreadsheet, HTML for a browser.

Both are built from `ClassOverview` without Qt; the PDF (in the UI layer) prints the same HTML. Every string from a
session or a scenario is escaped before it goes into HTML, and the CSV is written by the `csv` module (with
spreadsheet formulas neutralised, since names come from trainees).
"""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Sequence

from .class_overview import OUTCOMES, ClassOverview, ScenarioResults

CSV_COLUMNS = (
    "file",
    "player",
    "scenario",
    "language",
    "outcome",
    "turns",
    "final_trust",
    "needs_found",
    "needs_total",
    "slowing_share",
)

WORDS = {
    "en": {
        "title": "Class overview",
        "sessions": "sessions",
        "skipped": "Skipped files",
        "player": "Player",
        "scenario": "Scenario",
        "language": "Language",
        "outcome": "Outcome",
        "turns": "Turns",
        "final_trust": "Final trust",
        "needs": "Needs found",
        "slowing": "Slowing share",
        "no_name": "(no name)",
        "outcomes": "Outcomes",
        "curve": "Trust, turn by turn: each session (thin) and the class average (thick)",
        "pushing_moment": "Where the class pushed most",
        "choices": "What the class chose",
        "missed": "Needs most often missed",
        "missed_by": "missed by {n} of {total}",
        "pushed": "{n} of {total} answers here were pushing",
        "nobody_pushed": "Nobody pushed in this scenario.",
        "committed": "Committed",
        "complied": "Complied",
        "withdrawn": "Withdrawn",
        "stalled": "Stalled",
        "unfinished": "Unfinished",
        "nl": "Dutch",
        "en": "English",
    },
    "nl": {
        "title": "Klasoverzicht",
        "sessions": "sessies",
        "skipped": "Overgeslagen bestanden",
        "player": "Deelnemer",
        "scenario": "Scenario",
        "language": "Taal",
        "outcome": "Uitkomst",
        "turns": "Beurten",
        "final_trust": "Eindvertrouwen",
        "needs": "Behoeften",
        "slowing": "Vertraagd",
        "no_name": "(geen naam)",
        "outcomes": "Uitkomsten",
        "curve": "Vertrouwen per beurt: elke sessie (dun) en het klasgemiddelde (dik)",
        "pushing_moment": "Waar de klas het meest duwde",
        "choices": "Wat de klas koos",
        "missed": "Behoeften die het vaakst gemist werden",
        "missed_by": "gemist door {n} van {total}",
        "pushed": "{n} van de {total} antwoorden hier waren duwend",
        "nobody_pushed": "Niemand duwde in dit scenario.",
        "committed": "Eigen ja",
        "complied": "Meegegeven",
        "withdrawn": "Afgehaakt",
        "stalled": "Vastgelopen",
        "unfinished": "Niet afgemaakt",
        "nl": "Nederlands",
        "en": "Engels",
    },
}


def words(language: str) -> dict[str, str]:
    """The report's words in `language` (English for any other)."""
    return WORDS.get(language, WORDS["en"])


def _safe_cell(value: object) -> str:
    # A cell starting with = + - @ would run as a formula in a spreadsheet: names come from trainees.
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def render_csv(overview: ClassOverview) -> str:
    """One row per valid session, in the order the files were given."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in overview.rows:
        share = "" if row.slowing_share is None else f"{row.slowing_share:.2f}"
        writer.writerow(
            [
                _safe_cell(row.file),
                _safe_cell(row.player),
                row.scenario_id,
                row.language,
                row.outcome,
                row.turns,
                row.final_trust,
                row.needs_found,
                row.needs_total,
                share,
            ]
        )
    return buffer.getvalue()


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{round(100 * value)}%"


def curve_svg(curves: Sequence[Sequence[float]], average: Sequence[float], width: int = 640, height: int = 220) -> str:
    """Every trust curve as a thin line and the average as a thick one, as an inline SVG (0-100 upwards)."""
    turns = max((len(curve) for curve in curves), default=1)
    step = (width - 40) / max(1, turns - 1)

    def points(curve: Sequence[float]) -> str:
        return " ".join(f"{30 + i * step:.1f},{10 + (100 - v) * (height - 30) / 100:.1f}" for i, v in enumerate(curve))

    thin = "".join(
        f'<polyline points="{points(curve)}" fill="none" stroke="#9aa7bd" stroke-width="1"/>' for curve in curves
    )
    thick = f'<polyline points="{points(average)}" fill="none" stroke="#2456c9" stroke-width="3"/>'
    grid = "".join(
        f'<line x1="30" x2="{width - 10}" y1="{10 + (100 - v) * (height - 30) / 100:.1f}" '
        f'y2="{10 + (100 - v) * (height - 30) / 100:.1f}" stroke="#e3e7ef"/>'
        f'<text x="2" y="{14 + (100 - v) * (height - 30) / 100:.1f}" font-size="10" fill="#5b6475">{v}</text>'
        for v in (0, 50, 100)
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img">'
        f"{grid}{thin}{thick}</svg>"
    )


def render_html(overview: ClassOverview, language: str = "en", *, charts: Sequence[str] | None = None) -> str:
    """The class overview as one HTML page; `charts` (one per scenario) replaces the inline SVG curves, for
    renderers without SVG (the PDF)."""
    w = words(language)
    e = html.escape
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{e(language)}"><head><meta charset="utf-8"><title>{e(w["title"])}</title>',
        "<style>body{font-family:'DejaVu Sans',Arial,sans-serif;color:#1d2433;margin:24px}"
        "table{border-collapse:collapse;margin:8px 0 16px}th,td{border:1px solid #d5dbe6;padding:4px 8px;"
        "text-align:left;font-size:8.5pt}th{background:#eef2f8}h1{font-size:16pt}h2{font-size:13pt;margin-top:20pt}"
        "h3{font-size:11pt}.muted{color:#5b6475}</style></head><body>",
        f"<h1>{e(w['title'])}</h1>",
        f'<p class="muted">{len(overview.rows)} {e(w["sessions"])}</p>',
        '<table width="100%"><tr>',
    ]
    for key in ("player", "scenario", "language", "outcome", "turns", "final_trust", "needs", "slowing"):
        out.append(f"<th>{e(w[key])}</th>")
    out.append("</tr>")
    for row in overview.rows:
        cells = [
            row.player or w["no_name"],
            row.scenario_title.get(language) or row.scenario_id,
            w.get(row.language, row.language),
            w.get(row.outcome, row.outcome),
            str(row.turns),
            str(row.final_trust),
            f"{row.needs_found} / {row.needs_total}",
            _percent(row.slowing_share),
        ]
        out.append("<tr>" + "".join(f"<td>{e(cell)}</td>" for cell in cells) + "</tr>")
    out.append("</table>")
    if overview.skipped:
        out.append(f"<h2>{e(w['skipped'])}</h2><ul>")
        out += [f"<li>{e(item.file)}: {e(item.reason)}</li>" for item in overview.skipped]
        out.append("</ul>")
    for index, results in enumerate(overview.scenarios):
        chart = charts[index] if charts is not None else curve_svg(results.curves, results.average_curve)
        out += _scenario_html(results, language, chart)
    out.append("</body></html>")
    return "\n".join(out)


def _scenario_html(results: ScenarioResults, language: str, chart: str) -> list[str]:
    w = words(language)
    e = html.escape
    title = results.title.get(language) or results.scenario_id
    out = [f"<h2>{e(title)} ({results.sessions} {e(w['sessions'])})</h2>", f"<h3>{e(w['outcomes'])}</h3><p>"]
    out.append(", ".join(f"{e(w[name])}: {results.outcomes.get(name, 0)}" for name in OUTCOMES))
    if results.outcomes.get("unfinished"):
        out.append(f", {e(w['unfinished'])}: {results.outcomes['unfinished']}")
    out += ["</p>", f'<p class="muted">{e(w["curve"])}</p>', chart]
    moment = results.pushing_moment
    out.append(f"<h3>{e(w['pushing_moment'])}</h3>")
    if moment is None:
        out.append(f"<p>{e(w['nobody_pushed'])}</p>")
    else:
        line = moment.customer_line.get(language) or next(iter(moment.customer_line.values()))
        out.append(f"<p>“{e(line)}”<br>{e(w['pushed'].format(n=moment.pushing, total=moment.total))}</p>")
    out.append(f"<h3>{e(w['choices'])}</h3>")
    for beat in results.beats:
        line = beat.customer_line.get(language) or next(iter(beat.customer_line.values()))
        out.append(f'<p><b>“{e(line)}”</b></p><table width="100%">')
        for option, count in beat.chosen.most_common():
            text = beat.option_texts[option].get(language) or next(iter(beat.option_texts[option].values()))
            out.append(f"<tr><td>{count}</td><td>{e(text)}</td></tr>")
        out.append("</table>")
    out.append(f"<h3>{e(w['missed'])}</h3><ul>")
    for _need, label, count in results.needs_missed:
        name = label.get(language) or next(iter(label.values()))
        out.append(f"<li>{e(name)}: {e(w['missed_by'].format(n=count, total=results.sessions))}</li>")
    out.append("</ul>")
    return out
