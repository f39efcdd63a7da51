"""PySide6's import hook no longer keeps the source of every imported module in memory, and still tells the
modules that use PySide6 from those that do not."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

CHILD = textwrap.dedent(
    """
    import linecache, sys
    import PySide6  # the hook is in place from here on
    sys.path.insert(0, sys.argv[1])
    from simulator.ui.source_probe import install
    print("INSTALLED", install())
    import plain_module, qt_module
    from shibokensupport import feature
    print("CACHED", sorted(name for name in linecache.cache if name.endswith("_module.py")))
    print("FLAGS", feature.pyside_feature_dict.get("plain_module"), feature.pyside_feature_dict.get("qt_module"))
    """
)


def test_imported_modules_are_not_kept_in_the_line_cache(tmp_path: Path):
    """After `install()`, importing modules caches none of their lines, and the hook still marks the module that
    imports PySide6 (0) apart from the one that does not (-1), as it does without the change."""
    (tmp_path / "plain_module.py").write_text("VALUE = 1\n", encoding="utf-8")
    (tmp_path / "qt_module.py").write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path)], capture_output=True, text=True, timeout=120, check=True
    )
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines())
    assert lines["INSTALLED"] == "True"
    assert lines["CACHED"] == "[]"
    assert lines["FLAGS"] == "-1 0"
