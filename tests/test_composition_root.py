"""`simulator/app.py` is the composition root: it alone creates the widgets application."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "simulator"


def created_applications(path: Path) -> list[int]:
    """The lines of `path` that call `QApplication(...)`."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name == "QApplication":
                found.append(node.lineno)
    return found


def test_only_the_composition_root_creates_the_application():
    """No module but app.py creates a QApplication (a second one would abort, a missing one crash)."""
    creators = {
        str(path.relative_to(PACKAGE)): lines
        for path in sorted(PACKAGE.rglob("*.py"))
        if (lines := created_applications(path))
    }
    assert list(creators) == ["app.py"], creators
