"""Start-up stays light: the command line and the main window up to its first frame import neither pydantic nor
YAML, and with the scenario index warm the whole library screen is filled without them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"

FIRST_FRAME = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    import simulator.cli
    from PySide6.QtWidgets import QApplication
    from simulator.ui.i18n import LanguageSwitcher
    from simulator.app import build_main_window
    from simulator.ui.settings import AppSettings, open_settings

    app = QApplication([])
    data_dir, library = Path(sys.argv[1]), Path(sys.argv[2])
    switcher = LanguageSwitcher(app, data_dir / "i18n")
    switcher.set_language("en")
    window = build_main_window(
        data_dir=data_dir, settings=AppSettings(open_settings(data_dir)), switcher=switcher,
        scenario_dir=library, assets_dir=Path(sys.argv[3]),
    )
    window.show()
    while not window._painted:
        app.processEvents()
    print("AT-FIRST-FRAME:", ",".join(sorted(m for m in ("pydantic", "yaml") if m in sys.modules)))
    finished = []
    window.startupFinished.connect(lambda: finished.append(True))
    while not finished:
        app.processEvents()
    print("CARDS:", len(window.library.scenario_cards()))
    print("WITH-LIBRARY:", ",".join(sorted(m for m in ("pydantic", "yaml") if m in sys.modules)))
    """
)


def start(tmp_path: Path) -> dict[str, str]:
    """Run the window in a fresh interpreter on a one-scenario library; its report lines by key."""
    library = tmp_path / "library"
    if not library.is_dir():  # a second start finds the same, unchanged file
        library.mkdir()
        shutil.copy(DATA / "mini.yaml", library / "mini.yaml")
    result = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME, str(tmp_path / "data"), str(library), str(DATA / "assets")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    return report_lines(result.stdout)


def report_lines(stdout: str) -> dict[str, str]:
    """The `KEY: value` lines a child process printed, by key."""
    return dict(line.split(": ", 1) if ": " in line else (line.rstrip(":"), "") for line in stdout.splitlines())


def test_the_first_frame_needs_neither_pydantic_nor_yaml(tmp_path):
    """`import simulator.cli` and building and painting the main window import no pydantic and no YAML."""
    report = start(tmp_path)
    assert report["AT-FIRST-FRAME"] == ""
    assert report["CARDS"] == "1"


def test_a_warm_index_fills_the_library_without_pydantic_or_yaml(tmp_path):
    """On the second start the library's cards come from the index: still no pydantic and no YAML."""
    start(tmp_path)  # the first start reads the scenario and writes the index
    report = start(tmp_path)
    assert report["CARDS"] == "1"
    assert report["WITH-LIBRARY"] == ""


LAUNCH = textwrap.dedent(
    """
    import sys

    from simulator.ui import probe

    def report(kind):
        from PySide6.QtWidgets import QApplication

        heavy = ("pydantic", "yaml", "json", "dataclasses", "importlib.resources", "simulator.cli")
        print("LOADED:", ",".join(sorted(m for m in heavy if m in sys.modules)), flush=True)
        app = QApplication.instance()
        app.setStyleSheet("")  # below the style sheet: the style the application was created with
        print("STYLE:", app.style().name(), flush=True)

    probe.report = report
    sys.argv = ["simulator"]
    from simulator.launch import main

    main()
    """
)


def test_the_simulator_command_paints_before_the_command_line_and_the_scenario_layer_load(tmp_path):
    """`simulator` alone (the launcher) shows its first frame without the command line module, JSON,
    dataclasses, `importlib.resources`, pydantic or YAML, and in the Fusion style it asked Qt for."""
    result = subprocess.run(
        [sys.executable, "-c", LAUNCH],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "SIMULATOR_PROBE": "frame",
            "SIMULATOR_DATA_DIR": str(tmp_path / "data"),
        },
    )
    assert result.returncode == 0, result.stderr
    report = report_lines(result.stdout)
    assert report["LOADED"] == ""
    assert report["STYLE"].lower() == "fusion"
