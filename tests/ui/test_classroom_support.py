"""Helpers of the classroom-mode tests (this module holds no tests): entering classroom mode on a main window,
a scenario with the longest bundled texts, and the check that no text on a screen is clipped or overlapping.
"""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

if TYPE_CHECKING:
    from simulator.ui.classroom import ClassroomController
    from simulator.ui.main_window import MainWindow

TESTS = Path(__file__).resolve().parents[1]
MINI = TESTS / "data" / "mini.yaml"
DIALOGUES = TESTS.parent / "dialogues"
SIZES = ((1920, 1080), (1366, 768), (1280, 800), (1280, 720), (1024, 768))
# The mini scenario's good path: ask, name it, summarise twice, propose.
GOOD_PATH = ("open-ask", "middle-name", "close-summarize", "close-summarize", "close-propose")


def key_for(controller: ClassroomController, option_id: str) -> Qt.Key:
    """The number key that plays `option_id` now: answers are numbered in the order the session drew."""
    assert controller.session is not None
    ids = [option.id for option in controller.session.options]
    return Qt.Key(Qt.Key.Key_1.value + ids.index(option_id))


def shots_dir(tmp_path: Path) -> Path:
    """Where screenshots go: $CLASSROOM_SHOTS (to look at them) or the test's temporary folder."""
    folder = Path(os.environ.get("CLASSROOM_SHOTS", "") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def enter_classroom(window: MainWindow, qtbot, *, briefing: bool = False) -> ClassroomController:
    """Enter classroom mode from the main window with F5 (the windows are closed after the test); a session
    just started goes past its briefing slide with Enter, unless `briefing` keeps it there."""
    controller = window.classroom
    qtbot.addWidget(controller.audience)
    qtbot.addWidget(controller.presenter)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert controller.active, "F5 did not enter classroom mode"
    qtbot.waitExposed(controller.audience)
    if not briefing and controller.phase.value == "briefing":
        qtbot.keyClick(controller.audience, Qt.Key.Key_Return)
    return controller


def settle(controller: ClassroomController) -> None:
    """Let pending layout and animations finish, as a room would see the screen a moment later."""
    QApplication.processEvents()
    for gauge in (controller.audience.column.trust, controller.audience.column.tension):
        gauge.finish()
    QApplication.processEvents()


def long_scenario(folder: Path) -> Path:
    """Write a scenario into `folder` whose first beat has the longest texts found in the bundled scenarios:
    the longest customer line, the five longest answers, a long name and title. Built on mini.yaml (its avatar
    comes from tests/data/assets); JSON is valid YAML, and keeps the scenario loader's strict quoting happy."""
    from simulator.scenario.yaml_source import read_yaml

    def read(path: Path):
        return read_yaml(path.read_bytes(), str(path)).data

    data = read(MINI)
    bundled = [read(path) for path in sorted(DIALOGUES.glob("*.yaml"))]
    beats = [beat for scenario in bundled for beat in scenario.get("beats", [])]

    def lines(beat) -> list[dict[str, str]]:
        customer = beat["customer"]
        if "en" in customer:
            return [customer]
        found = []
        for value in customer.values():  # one text per state, or a list of phrasings
            found += value if isinstance(value, list) else [value]
        return found

    def options_length(beat) -> int:
        return sum(len(option["text"]["en"]) for option in beat["options"])

    first = data["beats"][0]
    if beats:
        first["customer"] = max((line for beat in beats for line in lines(beat)), key=lambda line: len(line["en"]))
        template = first["options"][0]
        first["options"] = []
        for index, option in enumerate(max(beats, key=options_length)["options"][:5]):
            copied = copy.deepcopy(template)
            copied.update(id=f"open-{index}", move=option["move"], text=option["text"])
            if index:
                copied.pop("uncovers", None)
            else:
                copied["move"] = "ask_need"  # the first answer uncovers a need, so its long label shows too
            copied.pop("addresses", None)
            if copied["move"] == "propose":
                copied["addresses"] = [need["id"] for need in data["needs"]]  # a proposal names what it answers
            first["options"].append(copied)
    needs = [need for scenario in bundled for need in scenario.get("needs", [])]
    if needs:
        # The need the first answer uncovers gets the longest bundled label (shown once the answer is revealed).
        data["needs"][0]["label"] = max((need["label"] for need in needs), key=lambda label: len(label["nl"]))
    reply = "I have to say, this is a different conversation from the one I expected. "
    antwoord = "Ik moet zeggen, dit is een ander gesprek dan ik had verwacht. "
    first["options"][0]["reply"] = {"en": reply * 3, "nl": antwoord * 3}
    data["id"] = "long"
    data["title"] = {
        "en": "A very long title for a scenario that wants everything on the screen at once",
        "nl": "Een heel lange titel voor een scenario dat alles tegelijk op het scherm wil",
    }
    data["persona"].update(
        name="Margriet van Zijlstra-Bovenkamp",
        role={"en": "senior procurement adviser, social domain", "nl": "senior inkoopadviseur sociaal domein"},
        company="Gemeente Ravenswaard-Oosterhout",
    )
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "long.yaml"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def _rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def text_problems(window: QWidget, *, overlap: bool = True) -> list[str]:
    """What is wrong with the texts a user can see in `window`: a label or button whose text does not fit in
    its contents rectangle (measured with its font, wrapped if it wraps), or that sticks out of any widget it
    sits in, or (with `overlap`) two labels drawn over each other. Empty when everything is readable."""
    QApplication.processEvents()
    problems: list[str] = []
    shown: list[tuple[QWidget, QRect]] = []
    widgets: list[QWidget] = [*window.findChildren(QLabel), *window.findChildren(QAbstractButton)]
    for widget in widgets:
        text = widget.text()
        if not widget.isVisibleTo(window) or not text:
            continue
        name = f"{type(widget).__name__}#{widget.objectName()} {text[:40]!r}"
        area = widget.contentsRect()
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        if isinstance(widget, QLabel):
            margin = widget.margin()
            area = area.adjusted(margin, margin, -margin, -margin)
            flags = widget.alignment()
            if widget.wordWrap():
                flags |= Qt.TextFlag.TextWordWrap
        needed = QFontMetrics(widget.font()).boundingRect(area, int(flags), text)
        if needed.width() > area.width() + 1 or needed.height() > area.height() + 1:
            problems.append(f"{name}: needs {needed.width()}x{needed.height()}, has {area.width()}x{area.height()}")
        # Not cut off by anything it sits in.
        parent = widget.parentWidget()
        while parent is not None:
            if not parent.rect().contains(_rect_in(widget, parent)):
                problems.append(f"{name}: sticks out of {type(parent).__name__}#{parent.objectName()}")
                break
            if parent is window:
                break
            parent = parent.parentWidget()
        shown.append((widget, _rect_in(widget, window)))
    if overlap:
        labels = [(w, r) for w, r in shown if isinstance(w, QLabel)]
        for index, (first, first_rect) in enumerate(labels):
            for second, second_rect in labels[index + 1 :]:
                if first.isAncestorOf(second) or second.isAncestorOf(first):
                    continue
                if first_rect.intersects(second_rect):
                    problems.append(f"{first.text()[:30]!r} overlaps {second.text()[:30]!r}")
    return problems


def squeezed_gauges(controller: ClassroomController) -> list[str]:
    """The painted meters that got less height than they need to draw their figures."""
    column = controller.audience.column
    return [
        gauge.objectName()
        for gauge in (column.trust, column.tension)
        if gauge.isVisibleTo(controller.audience) and gauge.height() < gauge.sizeHint().height()
    ]
