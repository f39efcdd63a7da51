"""Classroom mode needs only what `ClassroomHost` lists: a small stand-in host (no main window) runs a whole
class round, from the scenario list through a turn and a take-back to the ending and back to the list.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtTest import QTest

from simulator.engine import Session
from simulator.ui.bridge import SessionBridge
from simulator.ui.classroom import ClassroomController, Phase
from simulator.ui.practice.catalogue import CatalogueEntry

GOOD_PATH = ("open-ask", "middle-name", "close-summarize", "close-summarize", "close-propose")


class FakeCatalogue(QObject):
    """A scenario list with the small scenario, read at once."""

    entryLoaded = Signal(object)
    finished = Signal()

    def __init__(self, entries: list[CatalogueEntry]) -> None:
        super().__init__()
        self._entries = entries
        self.loaded = True

    def entries(self) -> list[CatalogueEntry]:
        return list(self._entries)


class FakeSettings:
    """Settings kept in an ini file of the test's own."""

    def __init__(self, path: Path) -> None:
        self.store = QSettings(str(path), QSettings.Format.IniFormat)


class FakeLanguage:
    """The interface language, English."""

    language = "en"


class FakeHost(QObject):
    """Exactly the members of `ClassroomHost`, and a record of what classroom mode asked of it."""

    sessionStarted = Signal(object)

    def __init__(self, entries: list[CatalogueEntry], settings: Path) -> None:
        super().__init__()
        self.settings = FakeSettings(settings)
        self.catalogue = FakeCatalogue(entries)
        self.switcher = FakeLanguage()
        self.session: Session | None = None
        self.bridge: SessionBridge | None = None
        self.asked: list[str] = []

    def start_entry(self, entry: CatalogueEntry) -> bool:
        assert entry.scenario is not None
        self.asked.append(f"start {entry.scenario.id}")
        self.session = Session(entry.scenario, language="en", seed=3, kind="classroom")
        self.bridge = SessionBridge(self.session, self)
        self.sessionStarted.emit(self.session)
        return True

    def show_library(self) -> None:
        self.asked.append("library")
        if self.bridge is not None:
            self.bridge.detach()
        self.session = self.bridge = None

    def set_language(self, language: str) -> None:
        self.asked.append(f"language {language}")
        self.switcher.language = language


@pytest.fixture
def hosted(mini, qtbot, tmp_path):
    """Classroom mode entered on a stand-in host with one screen."""
    host = FakeHost([CatalogueEntry(Path("mini.yaml"), mini)], tmp_path / "settings.ini")
    controller = ClassroomController(host)
    qtbot.addWidget(controller.audience)
    qtbot.addWidget(controller.presenter)
    assert controller.enter()
    qtbot.waitExposed(controller.audience)
    yield host, controller
    controller.leave()


def press(controller: ClassroomController, key: Qt.Key) -> None:
    """Press `key` on the projector window."""
    QTest.keyClick(controller.audience, key)


def number_for(controller: ClassroomController, option_id: str) -> Qt.Key:
    """The number key of `option_id` now."""
    assert controller.session is not None
    ids = [option.id for option in controller.session.options]
    return Qt.Key(Qt.Key.Key_1.value + ids.index(option_id))


def test_a_stand_in_host_runs_a_whole_class_round(hosted):
    """Keys on the projector start the scenario through the host, play, reveal, take back, reach the ending
    and go back to the list, which the host is asked to show."""
    host, controller = hosted
    assert controller.phase is Phase.PICKING
    press(controller, Qt.Key.Key_1)
    assert host.asked == ["start mini"] and controller.session is host.session
    assert controller.phase is Phase.BRIEFING
    press(controller, Qt.Key.Key_Return)
    press(controller, number_for(controller, "open-ask"))
    assert controller.phase is Phase.PREDICTING and controller.audience.column.trust.isPredicting()
    press(controller, Qt.Key.Key_Z)
    assert host.session is not None and host.session.turns == () and controller.phase is Phase.ASKING
    for option_id in GOOD_PATH:
        press(controller, number_for(controller, option_id))
        press(controller, Qt.Key.Key_R)
        press(controller, Qt.Key.Key_Return)
    assert controller.phase is Phase.ENDED and host.session.finished
    press(controller, Qt.Key.Key_Return)
    assert host.asked[-1] == "library" and controller.phase is Phase.PICKING and controller.session is None


def test_the_language_key_asks_the_host(hosted):
    """L asks the host to switch the language (the host owns the translators)."""
    host, controller = hosted
    press(controller, Qt.Key.Key_L)
    assert host.asked == ["language nl"]
