"""The debrief report of a saved session, as PDF, self-contained HTML or Markdown (chosen by the file suffix).

The report holds the measures (engine/measures.py), the trust and tension curves as an image, what went on inside
the customer, and the annotated transcript with the coach's comments and the trainer's notes. It is built once as
plain data (`Debrief`) and then written in each format; every text taken from a scenario or a note is escaped
for the format it lands in. Only QtGui is used, so `run_debrief` works headless under a bare QGuiApplication.
"""

from __future__ import annotations

import base64
import html
import re
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
)

from ...engine import Session, SessionFileError
from ...engine.atomic import atomic_write_files
from ...engine.review import BundledScenarios, ReplayDocument, ScenarioStatus
from ..i18n import LanguageSwitcher
from ..kit.chart import Frame, Marker, Series, Shape, chart_image
from ..kit.numbers import count, decimal
from ..kit.palette import LIGHT
from ..kit.typed_words import said
from ..kit.words import (
    family_label,
    local_time,
    move_label,
    outcome_label,
    percent,
    rating_label,
    signed,
    state_label,
)

FORMATS = (".pdf", ".html", ".md")
CURVE_SIZE = (1280, 440)


translate = QCoreApplication.translate

# Headings translated inside f-strings below, which pyside6-lupdate cannot see; marked here so it finds them.
_HEADINGS_FOR_LUPDATE = (
    QT_TRANSLATE_NOOP("Report", "Measures"),
    QT_TRANSLATE_NOOP("Report", "Measure"),
    QT_TRANSLATE_NOOP("Report", "Value"),
    QT_TRANSLATE_NOOP("Report", "Trust and tension"),
    QT_TRANSLATE_NOOP("Report", "Inside the customer"),
    QT_TRANSLATE_NOOP("Report", "Roots of resistance"),
    QT_TRANSLATE_NOOP("Report", "Trainer’s note"),
    QT_TRANSLATE_NOOP("Report", "Transcript"),
    QT_TRANSLATE_NOOP("Report", "Customer"),
    QT_TRANSLATE_NOOP("Report", "Reply"),
    QT_TRANSLATE_NOOP("Report", "Need uncovered"),
    QT_TRANSLATE_NOOP("Report", "Coach"),
)
"""Qt's translation; called with a literal context and text so that `pyside6-lupdate` finds every string."""


@dataclass(frozen=True)
class ReasonEntry:
    """One reason for a turn's change, with its share of the change."""

    text: str
    trust: int
    tension: int


@dataclass(frozen=True)
class TurnEntry:
    """One turn of the annotated transcript."""

    number: int
    customer: str
    option: str
    move: str
    family: str
    reply: str
    trust_before: int
    trust_after: int
    tension_before: int
    tension_after: int
    state_before: str
    state_after: str
    reasons: tuple[ReasonEntry, ...]
    uncovered: str
    coach: str
    note: str
    turning_point: str

    @property
    def meters(self) -> str:
        """The meter change in one line."""
        return translate("Report", "Trust {} → {} ({}), tension {} → {} ({})").format(
            self.trust_before,
            self.trust_after,
            signed(self.trust_after - self.trust_before),
            self.tension_before,
            self.tension_after,
            signed(self.tension_after - self.tension_before),
        )


@dataclass(frozen=True)
class Debrief:
    """Everything the report says, as plain text, before it is written in a format."""

    language: str
    title: str
    customer: str
    situation: str
    played: str
    outcome: str
    ending: str
    notices: tuple[str, ...]
    measures: tuple[tuple[str, str], ...]
    roots: tuple[str, ...]
    needs: tuple[tuple[str, str, bool], ...]
    session_note: str
    turns: tuple[TurnEntry, ...]
    trust_curve: tuple[int, ...] = field(default=())
    tension_curve: tuple[int, ...] = field(default=())
    turning_points: tuple[int, ...] = field(default=())


def build_debrief(document: ReplayDocument) -> Debrief:
    """Gather the report's content from a replay document."""
    session = document.session
    scenario = session.scenario
    measures = document.measures
    persona = scenario.persona
    notices = []
    if document.status is ScenarioStatus.CHANGED:
        notices.append(
            translate(
                "Report",
                "The scenario has changed since this session was played; this report follows the "
                "version that was played.",
            )
        )
    if session.parent:
        notices.append(
            translate("Report", "This session continues another session (id {}) from its turn {}.").format(
                str(session.parent.get("session", ""))[:8], session.parent.get("turn", "?")
            )
        )
    rise = measures.biggest_rise.index if measures.biggest_rise else None
    fall = measures.biggest_fall.index if measures.biggest_fall else None
    turns = []
    for turn in session.turns:
        turning = ""
        if turn.index == rise:
            turning = translate("Report", "biggest rise of trust")
        elif turn.index == fall:
            turning = translate("Report", "biggest fall of trust")
        turns.append(
            TurnEntry(
                number=turn.index + 1,
                customer=document.text(turn.customer_line),
                option=said(turn, document.language, document.text),
                move=move_label(turn.move),
                family=family_label(turn.family),
                reply=document.text(turn.reply),
                trust_before=turn.trust_before,
                trust_after=turn.trust_after,
                tension_before=turn.tension_before,
                tension_after=turn.tension_after,
                state_before=state_label(turn.state_before),
                state_after=state_label(turn.state_after),
                reasons=tuple(ReasonEntry(document.text(r.text), r.trust, r.tension) for r in turn.reasons),
                uncovered=document.need_label(turn.uncovered) if turn.uncovered else "",
                coach=document.text(turn.coach),
                note=document.note(turn.index),
                turning_point=turning,
            )
        )
    return Debrief(
        language=document.language,
        title=document.title,
        customer=f"{persona.name}, {document.text(persona.role)}, {persona.company}",
        situation=document.text(scenario.situation),
        played=local_time(session.started_at),
        outcome=outcome_label(session.outcome),
        ending=document.ending_text,
        notices=tuple(notices),
        measures=tuple(measure_rows(document)),
        roots=tuple(
            translate("Report", "{} ({} of the mix)").format(root.label, percent(root.weight))
            for root in document.roots()
        ),
        needs=tuple((need.label, need.explanation, need.uncovered) for need in document.needs_at(len(session.turns))),
        session_note=session.notes.session,
        turns=tuple(turns),
        trust_curve=measures.trust_curve,
        tension_curve=measures.tension_curve,
        turning_points=tuple(document.turning_points()),
    )


def measure_rows(document: ReplayDocument) -> list[tuple[str, str]]:
    """The measures as (name, value) rows; MITI-style figures are labelled as analogues."""
    m = document.measures
    needs = ", ".join(document.need_label(need) for need in m.needs_uncovered)
    rows = [
        (translate("Report", "Outcome"), outcome_label(m.outcome)),
        (translate("Report", "Turns"), str(m.turns)),
        (
            translate("Report", "Needs uncovered"),
            translate("Report", "{} of {}").format(len(m.needs_uncovered), m.needs_total)
            + (f" ({needs})" if needs else ""),
        ),
        (
            translate("Report", "Moves by family"),
            translate("Report", "{} slowing down, {} advancing, {} pushing").format(m.slowing, m.advancing, m.pushing),
        ),
        (
            translate("Report", "Slowing down vs pushing"),
            translate("Report", "{} of the slowing and pushing moves slowed down").format(percent(m.slowing_share))
            if m.slowing_share is not None
            else "–",
        ),
    ]
    if m.reflections_per_question is not None:
        ratio = translate("Report", "{} reflections per question ({})").format(
            decimal(m.reflections_per_question), rating_label(m.reflection_rating)
        )
    else:
        ratio = translate("Report", "reflections: {}, questions: none ({})").format(
            m.reflections, rating_label(m.reflection_rating)
        )
    rows.append((translate("Report", "Reflections per question (MITI analogue)"), ratio))
    if m.calm_under_tension is not None:
        calm = translate("Report", "{} of {} made under high tension slowed down").format(
            percent(m.calm_under_tension), count("moves", m.moves_under_tension)
        )
    else:
        calm = translate("Report", "– (tension never ran high)")
    rows.append((translate("Report", "Calm under tension"), calm))
    for name, turn in (
        (translate("Report", "Biggest rise of trust"), m.biggest_rise),
        (translate("Report", "Biggest fall of trust"), m.biggest_fall),
    ):
        if turn is not None:
            rows.append(
                (
                    name,
                    translate("Report", "turn {}: {} ({})").format(
                        turn.index + 1, signed(turn.trust_delta), move_label(turn.move)
                    ),
                )
            )
    if m.mean_response_ms is not None:
        rows.append(
            (
                translate("Report", "Mean time to answer"),
                translate("Report", "{} s").format(decimal(m.mean_response_ms / 1000)),
            )
        )
    return rows


def analogue_footnote() -> str:
    """The caveat every MITI-style figure carries."""
    return translate(
        "Report",
        "MITI-style figures are analogues: MITI codes counselling conversations and is not validated for sales.",
    )


def curve_image(debrief: Debrief, width: int = CURVE_SIZE[0], height: int = CURVE_SIZE[1]) -> QImage:
    """The trust and tension curves with the turning points marked, as an image."""
    font = QFont()
    font.setPixelSize(max(12, height // 16))
    markers = []
    for index in debrief.turning_points:
        turn = debrief.turns[index]
        rising = turn.trust_after >= turn.trust_before
        markers.append(Marker(index + 1, LIGHT.good if rising else LIGHT.bad, "▲" if rising else "▼"))
    labels = [translate("Report", "Start")] + [str(n) for n in range(1, len(debrief.trust_curve))]
    return chart_image(
        # The image is shown at half size: lines drawn thick; tension dashed so that colour is not the only cue.
        [
            Series(translate("Report", "Trust"), debrief.trust_curve, LIGHT.trust, width=5.0),
            Series(
                translate("Report", "Tension"),
                debrief.tension_curve,
                LIGHT.tension,
                Qt.PenStyle.DashLine,
                width=4.0,
                shape=Shape.SQUARE,
            ),
        ],
        width,
        height,
        Frame(x_labels=labels),
        markers=markers,
        font=font,
    )


# ---- HTML -----------------------------------------------------------------------------------------------
_CSS = """
body { font-family: "DejaVu Sans", Arial, sans-serif; color: #222; max-width: 52em; margin: 2em auto;
       line-height: 1.4; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { font-size: 1.25em; margin-top: 1.4em; border-bottom: 1px solid #ccc; }
h3 { font-size: 1.05em; margin: 1.1em 0 0.3em 0; }
table.measures td { padding: 2px 12px 2px 0; vertical-align: top; }
.meta { color: #555; }
.notice { background: #fff4ce; border: 1px solid #e0c060; padding: 6px; }
.turn { margin-bottom: 0.8em; }
.who { font-weight: bold; }
.coach { color: #1a5a2e; }
.note { color: #5a3a8a; }
.small { color: #555; font-size: 0.9em; }
"""


# Qt's PDF path lays the page out itself: no page margins in CSS, and the table's label column kept narrow.
_PDF_CSS = _CSS.replace("max-width: 52em; margin: 2em auto;", "margin: 0;")


def render_html(debrief: Debrief, image_src: str, *, for_pdf: bool = False) -> str:
    """The report as one HTML page; `image_src` is the curve image's URL (a data URI for a standalone file)."""
    e = html.escape
    out: list[str] = []
    add = out.append
    css = _PDF_CSS if for_pdf else _CSS
    add(f'<!DOCTYPE html>\n<html lang="{e(debrief.language)}">\n<head>\n<meta charset="utf-8">\n')
    title = e(translate("Report", "Debrief: {}").format(debrief.title))
    add(f"<title>{title}</title>\n<style>{css}</style>\n</head>\n<body>\n")
    add(f"<h1>{title}</h1>\n")
    add(
        f'<p class="meta">{e(debrief.customer)}<br>{e(debrief.situation)}<br>'
        f"{e(translate('Report', 'Played {}').format(debrief.played))}</p>\n"
    )
    for notice in debrief.notices:
        add(f'<p class="notice">{e(notice)}</p>\n')
    add(f"<p><b>{e(translate('Report', 'Outcome'))}:</b> {e(debrief.outcome)}")
    if debrief.ending:
        add(f"<br><i>{e(debrief.ending)}</i>")
    add("</p>\n")

    add(f'<h2>{e(translate("Report", "Measures"))}</h2>\n<table class="measures">\n')
    for name, value in debrief.measures:
        add(f'<tr><td width="38%"><b>{e(name)}</b></td><td>{e(value)}</td></tr>\n')
    add(f'</table>\n<p class="small">{e(analogue_footnote())}</p>\n')

    add(f"<h2>{e(translate('Report', 'Trust and tension'))}</h2>\n")
    width = 620 if for_pdf else CURVE_SIZE[0] // 2
    alt = e(translate("Report", "Trust and tension over the turns"))
    add(f'<p><img src="{e(image_src)}" width="{width}" alt="{alt}"></p>\n')

    add(f"<h2>{e(translate('Report', 'Inside the customer'))}</h2>\n")
    add(f"<p><b>{e(translate('Report', 'Roots of resistance'))}:</b> {e('; '.join(debrief.roots))}</p>\n<ul>\n")
    for label, explanation, uncovered in debrief.needs:
        state = translate("Report", "uncovered") if uncovered else translate("Report", "not uncovered")
        add(f"<li><b>{e(label)}</b> ({e(state)}): {e(explanation)}</li>\n")
    add("</ul>\n")

    if debrief.session_note:
        add(
            f'<h2>{e(translate("Report", "Trainer’s note"))}</h2>\n<p class="note">{_lines(debrief.session_note)}</p>\n'
        )

    add(f"<h2>{e(translate('Report', 'Transcript'))}</h2>\n")
    if not debrief.turns:
        add(f"<p>{e(translate('Report', 'No turns were played.'))}</p>\n")
    for turn in debrief.turns:
        heading = translate("Report", "Turn {}").format(turn.number)
        if turn.turning_point:
            heading += f" – {turn.turning_point}"
        add(f'<div class="turn">\n<h3>{e(heading)}</h3>\n')
        add(f'<p><span class="who">{e(translate("Report", "Customer"))}:</span> {e(turn.customer)}<br>\n')
        you = e(translate("Report", "You"))
        add(f'<span class="who">{you} ({e(turn.move)}, {e(turn.family)}):</span> {e(turn.option)}<br>\n')
        add(f'<span class="who">{e(translate("Report", "Reply"))}:</span> {e(turn.reply)}</p>\n')
        state = (
            translate("Report", "state {} → {}").format(turn.state_before, turn.state_after)
            if turn.state_before != turn.state_after
            else translate("Report", "state {}").format(turn.state_after)
        )
        add(f'<p class="small">{e(turn.meters)}; {e(state)}</p>\n<ul>\n')
        for reason in turn.reasons:
            add(f'<li>{e(reason.text)} <span class="small">({e(_reason_delta(reason))})</span></li>\n')
        add("</ul>\n")
        if turn.uncovered:
            add(f"<p><b>{e(translate('Report', 'Need uncovered'))}:</b> {e(turn.uncovered)}</p>\n")
        add(f'<p class="coach"><b>{e(translate("Report", "Coach"))}:</b> {e(turn.coach)}</p>\n')
        if turn.note:
            add(f'<p class="note"><b>{e(translate("Report", "Trainer’s note"))}:</b> {_lines(turn.note)}</p>\n')
        add("</div>\n")
    add("</body>\n</html>\n")
    return "".join(out)


def _lines(text: str) -> str:
    return "<br>".join(html.escape(line) for line in text.splitlines())


def _reason_delta(reason: ReasonEntry) -> str:
    return translate("Report", "trust {}, tension {}").format(signed(reason.trust), signed(reason.tension))


# ---- Markdown -------------------------------------------------------------------------------------------
# CommonMark lets a backslash escape any ASCII punctuation. These are the characters that start something
# anywhere in a line: emphasis, code, links, images, HTML, entities (&lt;), tables and strikethrough.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~!&])")
# And these only at the start of a block: list items ("-", "+", "1.", "1)"), setext underlines ("===", "---")
# and thematic breaks ("---"). Every escaped text may open a block (a quoted note does), so they are always escaped.
# A marker counts only where it could open a block: followed by a space, the end, or more marker characters
# ("1.5 s" or "-5" stay as they are).
_MD_BLOCK_START = re.compile(r"^(?:([-+=])(?=[\s\-+=]|$)|(\d{1,9})([.)])(?=\s|$))")


def md_escape(text: str) -> str:
    """Text that a CommonMark renderer shows literally (no emphasis, links, HTML, lists or headings), on one line."""
    flat = " ".join(text.split())
    escaped = _MD_SPECIAL.sub(r"\\\1", flat)
    return _MD_BLOCK_START.sub(lambda m: f"\\{m.group(1)}" if m.group(1) else f"{m.group(2)}\\{m.group(3)}", escaped)


def _md_quote(text: str) -> list[str]:
    return [f"> {md_escape(line)}  " if line.strip() else ">" for line in text.splitlines()]


def render_markdown(debrief: Debrief, image_name: str) -> str:
    """The report as Markdown; the curve image is the sibling file `image_name`."""
    m = md_escape
    out = [f"# {m(translate('Report', 'Debrief: {}').format(debrief.title))}", ""]
    out += [
        f"{m(debrief.customer)}  ",
        f"{m(debrief.situation)}  ",
        m(translate("Report", "Played {}").format(debrief.played)),
        "",
    ]
    for notice in debrief.notices:
        out += [f"> **{m(notice)}**", ""]
    out += [f"**{m(translate('Report', 'Outcome'))}:** {m(debrief.outcome)}", ""]
    if debrief.ending:
        out += [f"*{m(debrief.ending)}*", ""]
    out += [
        f"## {m(translate('Report', 'Measures'))}",
        "",
        f"| {m(translate('Report', 'Measure'))} | {m(translate('Report', 'Value'))} |",
        "|---|---|",
    ]
    out += [f"| {m(name)} | {m(value)} |" for name, value in debrief.measures]
    out += ["", f"*{m(analogue_footnote())}*", ""]
    out += [
        f"## {m(translate('Report', 'Trust and tension'))}",
        "",
        f"![{m(translate('Report', 'Trust and tension over the turns'))}](<{quote(image_name)}>)",
        "",
    ]
    out += [
        f"## {m(translate('Report', 'Inside the customer'))}",
        "",
        f"**{m(translate('Report', 'Roots of resistance'))}:** {m('; '.join(debrief.roots))}",
        "",
    ]
    for label, explanation, uncovered in debrief.needs:
        state = translate("Report", "uncovered") if uncovered else translate("Report", "not uncovered")
        out.append(f"- **{m(label)}** ({m(state)}): {m(explanation)}")
    out.append("")
    if debrief.session_note:
        out += [f"## {m(translate('Report', 'Trainer’s note'))}", "", *_md_quote(debrief.session_note), ""]
    out += [f"## {m(translate('Report', 'Transcript'))}", ""]
    if not debrief.turns:
        out += [m(translate("Report", "No turns were played.")), ""]
    for turn in debrief.turns:
        heading = translate("Report", "Turn {}").format(turn.number)
        if turn.turning_point:
            heading += f" – {turn.turning_point}"
        out += [f"### {m(heading)}", ""]
        out += [
            f"**{m(translate('Report', 'Customer'))}:** {m(turn.customer)}  ",
            f"**{m(translate('Report', 'You'))} ({m(turn.move)}, {m(turn.family)}):** {m(turn.option)}  ",
            f"**{m(translate('Report', 'Reply'))}:** {m(turn.reply)}",
            "",
        ]
        state = (
            translate("Report", "state {} → {}").format(turn.state_before, turn.state_after)
            if turn.state_before != turn.state_after
            else translate("Report", "state {}").format(turn.state_after)
        )
        out += [f"{m(turn.meters)}; {m(state)}", ""]
        out += [f"- {m(reason.text)} ({m(_reason_delta(reason))})" for reason in turn.reasons]
        out.append("")
        if turn.uncovered:
            out += [f"**{m(translate('Report', 'Need uncovered'))}:** {m(turn.uncovered)}", ""]
        out += [f"**{m(translate('Report', 'Coach'))}:** {m(turn.coach)}", ""]
        if turn.note:
            out += [f"**{m(translate('Report', 'Trainer’s note'))}:**", "", *_md_quote(turn.note), ""]
    return "\n".join(out).rstrip() + "\n"


# ---- PDF ------------------------------------------------------------------------------------------------
def pdf_bytes(debrief: Debrief, image: QImage, progress: ExportProgress | None = None) -> bytes:
    """The report as a paginated A4 PDF, drawn with Qt's own PDF writer; `progress` hears of every page."""
    progress = progress or ExportProgress()
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 10))
    # A long word (a pasted link, a key held down) may break anywhere: laying out one unbroken line of text
    # that cannot break takes minutes.
    option = QTextOption(document.defaultTextOption())
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("curves.png"), image)
    document.setHtml(render_html(debrief, "curves.png", for_pdf=True))

    title = translate("Report", "Debrief: {}").format(debrief.title)
    return print_pdf(document, title=title, footer_title=debrief.title, progress=progress)


def print_pdf(
    document: QTextDocument,
    *,
    title: str,
    footer_title: str,
    progress: ExportProgress | None = None,
    margins: tuple[float, float, float, float] = (16, 16, 16, 20),
    landscape: bool = False,
) -> bytes:
    """`document` as a paginated A4 PDF with "title – page n of m" under every page, drawn with Qt's own PDF
    writer; headings are kept with the text they head, and `progress` hears of every page."""
    progress = progress or ExportProgress()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Sales resistance simulator")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
            QMarginsF(*margins),
            QPageLayout.Unit.Millimeter,
        )
    )
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    # Lay the text out at 96 dpi, as the HTML widths assume, and scale it up to the writer's resolution.
    scale = writer.resolution() / 96.0
    page = QSizeF(area.width() / scale, area.height() / scale)
    document.setPageSize(page)
    document.pageCount()  # lay the whole document out first: headings are moved by where they landed
    _keep_headings_with_text(document, page.height())
    pages = max(1, document.pageCount())

    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(translate("Report", "cannot start the PDF writer"))
    try:
        footer_font = QFont("DejaVu Sans")
        footer_font.setPixelSize(11)  # in the 96-dpi units the painter is scaled to
        for number in range(pages):
            progress.step(number, pages)
            if number:
                writer.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.translate(0, -number * page.height())
            document.drawContents(painter, QRectF(0, number * page.height(), page.width(), page.height()))
            painter.restore()
            painter.save()
            painter.scale(scale, scale)
            painter.setFont(footer_font)
            footer = translate("Report", "{} – page {} of {}").format(footer_title, number + 1, pages)
            painter.drawText(
                QRectF(0, page.height() + 8, page.width(), 24),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                footer,
            )
            painter.restore()
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data().data())


def _keep_headings_with_text(document: QTextDocument, page_height: float) -> None:
    """Move a heading that would end up at the foot of a page to the next page, with the text it heads."""
    room = page_height * 0.12
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 1:
            top = layout.blockBoundingRect(block).top()
            left_on_page = page_height - (top % page_height)
            if left_on_page < room:
                cursor = QTextCursor(block)
                fmt = block.blockFormat()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                cursor.setBlockFormat(fmt)
                document.pageCount()  # finish the layout again before measuring the next heading
        block = block.next()


# ---- writing --------------------------------------------------------------------------------------------
def png_bytes(image: QImage) -> bytes:
    """An image as PNG bytes."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide6 takes str
    buffer.close()
    return bytes(data.data())


def image_path_for(out_path: Path) -> Path:
    """Where the Markdown report's curve image goes: a PNG next to it, named after it."""
    return out_path.with_name(f"{out_path.stem}-curves.png")


def check_format(out_path: Path) -> str:
    """The report format for `out_path`'s suffix; ValueError names the suffixes allowed."""
    suffix = Path(out_path).suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(
            translate("Report", "{}: unknown report format '{}'; use a file name ending in .pdf, .html or .md").format(
                out_path, suffix or translate("Report", "(no suffix)")
            )
        )
    return suffix


class ExportCancelled(Exception):
    """The export was cancelled before its files replaced anything; nothing was written."""


class ExportProgress:
    """How far an export is, and a way to cancel it from another thread (checked between pages and files).

    `report(done, total)` is called from the thread that writes; it must not touch widgets directly.
    """

    def __init__(self, report: Callable[[int, int], None] | None = None) -> None:
        self._report = report
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        """Stop the export at the next check; the target keeps its earlier content."""
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        """True once `cancel` was called."""
        return self._cancelled.is_set()

    def step(self, done: int, total: int) -> None:
        """Report progress, and raise `ExportCancelled` if the export was cancelled."""
        if self._cancelled.is_set():
            raise ExportCancelled()
        if self._report is not None:
            self._report(done, total)


def export_report(
    session: Session,
    out_path: Path,
    language: str | None = None,
    *,
    status: ScenarioStatus = ScenarioStatus.NOT_IN_LIBRARY,
    progress: ExportProgress | None = None,
) -> None:
    """Write the debrief report of `session` to `out_path` (.pdf, .html or .md; anything else: ValueError).

    A failed write raises `OSError` naming the file and leaves an earlier report (and its picture) whole.
    """
    out_path = Path(out_path)
    check_format(out_path)
    if QGuiApplication.instance() is None:
        # Without one, fonts and images abort the process; `run_debrief` makes one for the command line.
        raise RuntimeError("export_report needs a QGuiApplication (or QApplication) to exist")
    debrief = build_debrief(ReplayDocument(session, language=language, status=status))
    write_report(debrief, out_path, progress)


def write_report(debrief: Debrief, out_path: Path, progress: ExportProgress | None = None) -> None:
    """Render `debrief` and write it to `out_path`; safe to call from a worker thread (it uses no widgets).

    Every file is written whole or not at all: a full disk or a cancel leaves earlier files as they were.
    """
    progress = progress or ExportProgress()
    suffix = check_format(out_path)
    progress.step(0, 1)
    image = curve_image(debrief)
    if suffix == ".pdf":
        files = [(out_path, pdf_bytes(debrief, image, progress))]
    elif suffix == ".html":
        uri = "data:image/png;base64," + base64.b64encode(png_bytes(image)).decode("ascii")
        files = [(out_path, render_html(debrief, uri).encode("utf-8"))]
    else:
        picture = image_path_for(out_path)
        # The picture and the text are written together: a failure leaves neither a new picture nor a cut one.
        files = [(picture, png_bytes(image)), (out_path, render_markdown(debrief, picture.name).encode("utf-8"))]
    atomic_write_files(files, before_replace=lambda: progress.step(1, 1))


def write_error_message(error: OSError) -> str:
    """One line naming the file that could not be written, and why."""
    name = error.filename if error.filename is not None else ""
    reason = error.strerror or str(error)
    if not name:
        return _one_line(reason)
    return _one_line(translate("Report", "{}: cannot write the file: {}").format(name, reason))


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def run_debrief(path: Path | str, out: Path | str, language: str | None = None) -> int:
    """`python -m simulator debrief FILE --out report.pdf|.html|.md`: 0 when written, else 1 with one line on stderr."""
    path, out = Path(path), Path(out)
    # Fonts and images need a GUI application object but no display: the report never opens a window, so a
    # new one runs on the offscreen platform and works on a server without a screen.
    app = QGuiApplication.instance() or QGuiApplication([*sys.argv[:1], "-platform", "offscreen"])
    try:
        check_format(out)
        if out.resolve() == path.resolve():
            raise ValueError(translate("Report", "{}: the report would overwrite the session file").format(out))
        session = Session.load(path)
        # The report's own words in the report's language (the session's, unless --lang says otherwise).
        switcher = LanguageSwitcher(app)
        switcher.set_language(language or session.language)
        try:
            export_report(session, out, language, status=BundledScenarios().status(session))
        finally:
            switcher.uninstall()
    except OSError as error:
        print(write_error_message(error), file=sys.stderr)
        return 1
    except (SessionFileError, ValueError) as error:
        print(_one_line(str(error)), file=sys.stderr)
        return 1
    except Exception as error:  # never a traceback for a user: one line naming the report
        print(_one_line(f"{out}: unexpected problem: {error}"), file=sys.stderr)
        return 1
    finally:
        del app
    return 0


__all__ = [
    "FORMATS",
    "Debrief",
    "ExportCancelled",
    "ExportProgress",
    "build_debrief",
    "check_format",
    "export_report",
    "run_debrief",
    "write_report",
]
