"""The engine, the scenario layer and the command line run without Qt (STYLE.md habit 1).

Checked twice: by running them in a fresh interpreter and looking at what got imported, and by import-linter's
contracts in pyproject.toml.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

PLAY_WITHOUT_QT = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    import simulator.cli
    import simulator.engine
    import simulator.scenario
    from simulator.engine import Session
    from simulator.engine.archive import SessionArchive
    from simulator.engine.measures import session_measures
    from simulator.scenario import load_scenario

    scenario = load_scenario(Path("tests/data/mini.yaml"))
    session = Session(scenario, "en", seed=1)
    for choice in ["open-ask", "middle-name", "close-summarize", "close-summarize", "close-propose"]:
        session.choose(choice)
    path = SessionArchive(Path(sys.argv[1])).path_for(session)
    session.save(path)
    assert Session.load(path).outcome == "committed"
    session_measures(session)
    from simulator.engine.classroom_flow import Action, ClassroomFlow

    flow = ClassroomFlow()
    flow.attach(session)
    flow.press(Action.PREVIOUS)  # from the ending back to the last reveal
    assert flow.phase == "revealed"
    simulator.cli.main(["graph", "tests/data/mini.yaml"])
    qt = sorted(name for name in sys.modules if name == "PySide6" or name.startswith(("PySide6.", "simulator.ui")))
    print("QT-MODULES:", ",".join(qt))
    print("OUTCOME:", session.outcome)
    """
)


def test_engine_scenario_and_cli_run_without_importing_qt(tmp_path):
    """Loading, playing, saving, measuring, the classroom flow and a CLI command import neither PySide6 nor
    simulator.ui."""
    result = subprocess.run(
        [sys.executable, "-c", PLAY_WITHOUT_QT, str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "OUTCOME: committed" in result.stdout
    assert "QT-MODULES: \n" in result.stdout, result.stdout.splitlines()[-2]


def _lint_imports() -> str | None:
    beside = Path(sys.executable).with_name("lint-imports")
    if beside.exists():
        return str(beside)
    return shutil.which("lint-imports")


def test_import_contracts_hold():
    """import-linter: engine and scenario never import Qt or the UI, and layers point ui -> engine -> scenario."""
    executable = _lint_imports()
    if executable is None:
        pytest.skip("lint-imports (import-linter) is not installed in this environment")
    result = subprocess.run(
        [executable],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout
