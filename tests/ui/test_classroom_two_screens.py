"""Classroom mode with a laptop and a projector: the projector view lands full screen on the projector, the
presenter view on the laptop, the keys work from either window, and unplugging or plugging the projector moves
the views.

Why a subprocess: Qt's offscreen platform reads its screens (here `two_screens.json`: a 1366x768 laptop and a
1920x1080 projector to its right) once, when the QApplication starts, and pytest-qt makes one QApplication per
process, already started on the default one-screen configuration. So the normal test run collects only
`TestInItsOwnProcess`, which runs pytest on this same file in a fresh Python process with
`QT_QPA_PLATFORM=offscreen:configfile=.../two_screens.json` and CLASSROOM_TWO_SCREENS=1; there only
`TestTwoScreens` is collected (each class's `__test__` says in which process it runs). The outer test fails with
the inner run's output, and checks that every inner test ran, so nothing is skipped silently.

Plugging and unplugging cannot be done to the offscreen platform from Python, so those tests give the
controller the list of screens a system would report and call the handlers Qt's screenAdded/screenRemoved
signals are connected to.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from test_classroom_support import enter_classroom, key_for, settle, shots_dir, squeezed_gauges, text_problems
from ui_practice_support import start_mini

from simulator.ui.classroom import Phase
from simulator.ui.classroom.screens import ClassroomPreferences

IN_SUBPROCESS = os.environ.get("CLASSROOM_TWO_SCREENS") == "1"
SCREENS = Path(__file__).with_name("two_screens.json")
ROOT = Path(__file__).resolve().parents[2]


class TestInItsOwnProcess:
    """Runs the two-screen tests below in a process whose Qt has two screens."""

    __test__ = not IN_SUBPROCESS

    def test_two_screen_tests_pass_in_their_own_process(self):
        """Every two-screen test runs, and passes, with the laptop-and-projector screen configuration."""
        env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={SCREENS}", CLASSROOM_TWO_SCREENS="1")
        result = subprocess.run(
            [sys.executable, "-m", "pytest", str(Path(__file__)), "-q", "-p", "no:cacheprovider"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        output = result.stdout[-6000:] + result.stderr[-3000:]
        assert result.returncode == 0, output
        expected = len([name for name in vars(TestTwoScreens) if name.startswith("test_")])
        assert re.search(rf"\b{expected} passed\b", result.stdout), output


class TestTwoScreens:
    """The tests that need the two screens (collected only in the subprocess)."""

    __test__ = IN_SUBPROCESS

    @staticmethod
    def screens():
        """The laptop and the projector, as Qt reports them."""
        by_name = {screen.name(): screen for screen in QGuiApplication.screens()}
        return by_name["laptop"], by_name["projector"]

    @staticmethod
    def on(window) -> str:
        """The name of the screen `window` is on (asked of the screens, not of the window: PySide would tie the
        screen object to the window's life)."""
        screen = QGuiApplication.screenAt(window.geometry().center())
        return screen.name() if screen is not None else ""

    @staticmethod
    def geometry(name: str):
        """A screen's geometry."""
        return next(screen.geometry() for screen in QGuiApplication.screens() if screen.name() == name)

    def test_the_platform_has_a_laptop_and_a_projector(self, qapp):
        """The configuration file gave Qt its two screens, the laptop primary."""
        laptop, projector = self.screens()
        assert QGuiApplication.primaryScreen() is laptop
        assert projector.geometry().width() == 1920 and projector.geometry().height() == 1080

    def test_first_time_asks_which_screen_then_lands_on_the_projector(self, make_window, qtbot):
        """With nothing remembered the trainer is asked (the projector suggested); the choice is remembered, the
        projector view is full screen on the projector and the presenter view is on the laptop."""
        window = make_window()
        asked = []
        controller = window.classroom
        controller.ask_screen = lambda screens, suggested: asked.append(suggested) or suggested
        controller = enter_classroom(window, qtbot)
        assert asked == ["projector"]
        assert ClassroomPreferences(window.settings.store).screen == "projector"
        audience, presenter = controller.audience, controller.presenter
        assert audience.isFullScreen() and self.on(audience) == "projector"
        assert audience.geometry() == self.geometry("projector")
        qtbot.waitExposed(presenter)
        assert presenter.isVisible() and self.on(presenter) == "laptop"
        assert self.geometry("laptop").contains(presenter.geometry().center())
        assert not window.isVisible()

    def test_a_remembered_projector_is_used_without_asking(self, make_window, qtbot):
        """The second time the remembered projector is used at once."""
        window = make_window()
        ClassroomPreferences(window.settings.store).screen = "projector"
        window.classroom.ask_screen = lambda screens, suggested: (_ for _ in ()).throw(AssertionError("asked"))
        controller = enter_classroom(window, qtbot)
        assert self.on(controller.audience) == "projector" and controller.audience.isFullScreen()

    def test_keys_on_the_presenter_view_play_reveal_freeze_and_go_back(self, make_window, qtbot):
        """The trainer's keys work on the laptop's window: an answer, the reveal, a freeze, and back."""
        window = make_window()
        ClassroomPreferences(window.settings.store).screen = "projector"
        start_mini(window, qtbot)
        controller = enter_classroom(window, qtbot)
        presenter = controller.presenter
        QTest.keyClick(presenter, Qt.Key.Key_1)
        assert controller.phase is Phase.PREDICTING
        assert controller.audience.column.trust.isPredicting()
        hidden = [text for section in presenter.hidden_sections for text in section.texts()]
        assert any(text.startswith("The class still sees trust") for text in hidden)
        QTest.keyClick(presenter, Qt.Key.Key_R)
        assert controller.phase is Phase.REVEALED
        QTest.keyClick(presenter, Qt.Key.Key_Space)
        assert controller.audience.discuss.isVisible()
        assert "Frozen" in presenter.status_title.text()
        QTest.keyClick(presenter, Qt.Key.Key_Space)
        assert not controller.audience.discuss.isVisible()
        QTest.keyClick(presenter, Qt.Key.Key_Z)
        assert controller.session.turns == () and controller.phase is Phase.ASKING
        QTest.keyClick(controller.audience, key_for(controller, "open-listen"))
        assert [turn.option for turn in controller.session.turns] == ["open-listen"]

    def test_unplugging_and_plugging_the_projector_moves_the_views(self, make_window, qtbot):
        """Projector unplugged: the room's view goes full screen on the laptop and the presenter view closes;
        plugged in again: back on the projector, the presenter view on the laptop."""
        laptop, projector = self.screens()
        window = make_window()
        ClassroomPreferences(window.settings.store).screen = "projector"
        controller = enter_classroom(window, qtbot)
        controller.screens = lambda: [laptop]
        controller._screen_removed(projector)
        assert self.on(controller.audience) == "laptop" and controller.audience.isFullScreen()
        assert controller.audience.geometry() == self.geometry("laptop")
        assert not controller.presenter.isVisible()
        controller.screens = lambda: [laptop, projector]
        controller._screen_added(projector)
        assert self.on(controller.audience) == "projector"
        assert controller.audience.geometry() == self.geometry("projector")
        assert controller.presenter.isVisible() and self.on(controller.presenter) == "laptop"

    def test_p_swaps_the_projector_screen(self, make_window, qtbot):
        """P asks again; choosing the laptop puts the room's view there and the presenter view on the other."""
        window = make_window()
        ClassroomPreferences(window.settings.store).screen = "projector"
        controller = enter_classroom(window, qtbot)
        controller.ask_screen = lambda screens, suggested: "laptop"
        QTest.keyClick(controller.audience, Qt.Key.Key_P)
        assert self.on(controller.audience) == "laptop" and controller.audience.isFullScreen()
        assert self.on(controller.presenter) == "projector"
        assert ClassroomPreferences(window.settings.store).screen == "laptop"

    def test_full_screen_projector_view_reads_well(self, make_window, qtbot, tmp_path):
        """Full screen on the real 1920x1080 projector, each phase's text fits; the screenshots are kept."""
        window = make_window()
        ClassroomPreferences(window.settings.store).screen = "projector"
        start_mini(window, qtbot)
        controller = enter_classroom(window, qtbot)
        folder = shots_dir(tmp_path)
        for phase, key in (("asking", None), ("predicting", Qt.Key.Key_1), ("revealed", Qt.Key.Key_R)):
            if key is not None:
                QTest.keyClick(controller.audience, key)
            settle(controller)
            assert controller.audience.size().width() == 1920 and controller.audience.fit == 1.0
            controller.audience.grab().save(str(folder / f"two-screens-projector-{phase}.png"))
            controller.presenter.grab().save(str(folder / f"two-screens-presenter-{phase}.png"))
            assert text_problems(controller.audience) == []
            assert squeezed_gauges(controller) == []
