"""The class overview as a PDF and the class report files: the same HTML as the browser version, printed by Qt
with the trust curves drawn as images (Qt's text engine shows no SVG).

`write_class_report` picks the format from the file name (.csv, .html, .pdf) and writes atomically: a failed
write leaves an earlier file whole and raises OSError.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFont, QImage, QTextDocument

from ...engine.atomic import atomic_write_bytes
from ...engine.class_overview import ClassOverview
from ...engine.class_report import render_csv, render_html, words
from ..kit.chart import Frame, Series, Shape, chart_image
from ..kit.palette import LIGHT
from .export import print_pdf

CLASS_FORMATS = (".csv", ".html", ".pdf")
CHART_SIZE = (640, 220)


def curve_image(curves: Sequence[Sequence[float]], average: Sequence[float]) -> QImage:
    """Each trust curve thin and grey, the class average thick and blue, on a 0-100 scale."""
    width, height = CHART_SIZE
    lines = [Series("", curve, LIGHT.axis, width=1.0, shape=Shape.NONE) for curve in curves]
    lines.insert(0, Series("", average, LIGHT.trust, width=3.0, shape=Shape.NONE))
    frame = Frame(x_labels=(), y_levels=(0, 50, 100), legend=False)
    return chart_image(lines, width, height, frame, pixel_ratio=2, font=QFont("DejaVu Sans", 7))


def class_pdf_bytes(overview: ClassOverview, language: str) -> bytes:
    """The class report as an A4 PDF."""
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 9))
    charts = []
    for index, results in enumerate(overview.scenarios):
        name = f"class-curve-{index}.png"
        document.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(name), curve_image(results.curves, results.average_curve)
        )
        charts.append(f'<img src="{name}" width="{CHART_SIZE[0]}" height="{CHART_SIZE[1]}">')
    document.setHtml(render_html(overview, language, charts=charts))
    title = words(language)["title"]
    # Landscape: the class table has eight columns, and on a portrait page its words would break.
    return print_pdf(document, title=title, footer_title=title, margins=(14, 14, 14, 16), landscape=True)


def write_class_report(overview: ClassOverview, out_path: Path, language: str) -> None:
    """Write the class report to `out_path` (.csv, .html or .pdf; anything else: ValueError)."""
    out_path = Path(out_path)
    suffix = out_path.suffix.lower()
    if suffix not in CLASS_FORMATS:
        raise ValueError(f"{out_path}: unknown report format '{suffix or '(no suffix)'}'; use .csv, .html or .pdf")
    if suffix == ".csv":
        payload = render_csv(overview).encode("utf-8")
    elif suffix == ".html":
        payload = render_html(overview, language).encode("utf-8")
    else:
        payload = class_pdf_bytes(overview, language)
    atomic_write_bytes(out_path, payload)  # a failed write leaves an earlier report whole
