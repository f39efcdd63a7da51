"""The class vote on the projector read from the back of the room: at 1920x1080 and 1280x800, in English and
Dutch, with the longest bundled texts, the QR code, the address and code, the live count and the spread fit
beside the stage without clipping or overlapping any text, and the QR code is large enough to scan.

Screenshots of every case are saved (to $CLASSROOM_SHOTS when set, to look at them; else to the test's
temporary folder), the presenter view's too.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from test_classroom_support import enter_classroom, long_scenario, settle, shots_dir, text_problems
from vote_support import vote

from simulator.ui.classroom.vote_bridge import VoteBridge

SIZES = ((1920, 1080), (1280, 800))


def long_texts(folder: Path) -> None:
    """The classroom tests' scenario with the longest bundled texts, made valid under today's rules: a proposal
    names the needs it answers (the copied answers may be proposals)."""
    path = long_scenario(folder)
    data = json.loads(path.read_text(encoding="utf-8"))
    needs = [need["id"] for need in data["needs"]]
    for option in data["beats"][0]["options"]:
        if option["move"] == "propose":
            option.setdefault("addresses", needs[:1])
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_vote_panel_fits_and_the_spread_shows(make_window, qtbot, tmp_path, language, size) -> None:
    """Open (QR, code, count) and closed (bars, what the class chose) both fit with every text readable."""
    folder = tmp_path / "long-dialogues"
    long_texts(folder)
    window = make_window(language=language, scenario_dir=folder)
    controller = enter_classroom(window, qtbot)
    controller.vote = VoteBridge(controller, "127.0.0.1", 0, out=io.StringIO())
    try:
        QTest.keyClick(controller.audience, Qt.Key.Key_V)
        audience = controller.audience
        audience.showNormal()
        audience.resize(*size)
        settle(controller)
        folder = shots_dir(tmp_path)
        name = f"vote-{size[0]}x{size[1]}-{language}"
        audience.grab().save(str(folder / f"{name}-waiting.png"))
        assert text_problems(audience) == [], "the scenario list with the phones waiting"
        QTest.keyClick(controller.audience, Qt.Key.Key_1)  # start the long scenario
        QTest.keyClick(controller.audience, Qt.Key.Key_Return)  # from the briefing slide to the first line
        bridge = controller.vote
        ids = [option.id for option in controller.session.options]
        for number, share in enumerate((0, 0, 1, 1, 1, 1, 1, 2, 2, 3, 1, 1, 4, 1, 0, 1, 2)):
            assert vote(bridge.server, f"phone-{number:04d}", ids[share % len(ids)])[0] == 200
        qtbot.waitUntil(lambda: "17" in bridge.panel.count.text(), timeout=3000)
        settle(controller)
        audience.grab().save(str(folder / f"{name}-open.png"))
        assert text_problems(audience) == []
        qr = bridge.panel.qr.pixmap()
        assert qr.width() >= 0.12 * size[1], "the QR code is large enough to scan from a seat"
        assert not bridge.panel.bars.isVisible()
        QTest.keyClick(audience, Qt.Key.Key_R)
        settle(controller)
        audience.grab().save(str(folder / f"{name}-closed.png"))
        assert bridge.panel.bars.isVisible() and bridge.panel.bars.height() >= bridge.panel.bars.sizeHint().height()
        assert text_problems(audience) == []
        presenter = controller.presenter
        presenter.resize(1366, 768)
        presenter.show()
        settle(controller)
        presenter.grab().save(str(folder / f"{name}-presenter.png"))
        assert bridge.presenter_panel.bars.isVisible()
    finally:
        controller.vote.stop()
