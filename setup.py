"""Build steps that pyproject.toml cannot express.

1. The top-level `dialogues/` and `assets/` folders ship inside the package as `simulator.bundled.dialogues` and
   `simulator.bundled.assets` (a package-dir mapping), so every install finds them through importlib.resources.
2. The interface translations (`simulator/ui/i18n/*.ts`) are compiled to `.qm` with PySide6's lrelease while the
   wheel is built, so an installed program loads them at once; the program still reads a `.ts` itself if a
   `.qm` is missing.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

BUNDLED = {"simulator.bundled.dialogues": "dialogues", "simulator.bundled.assets": "assets"}


def _translation_tools() -> ModuleType:
    """`simulator/ui/lrelease.py`, loaded by its path: the package itself cannot be imported while it is built."""
    path = Path(__file__).parent / "simulator" / "ui" / "lrelease.py"
    spec = importlib.util.spec_from_file_location("simulator_build_lrelease", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TOOLS = _translation_tools()
COMPILED_INDEX = TOOLS.COMPILED_INDEX


class BuildWithTranslations(build_py):
    """build_py, then compile every shipped .ts into a .qm beside it in the build folder."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install compiles at first run, into the data folder
            return
        folder = Path(self.build_lib) / "simulator" / "ui" / "i18n"
        sources = sorted(folder.glob("*.ts"))
        command = TOOLS.lrelease_command()
        if command is None:
            print("warning: no lrelease found; the translations ship as .ts only", file=sys.stderr)
            return
        index = {}
        for ts in sources:
            qm = ts.with_suffix(".qm")
            subprocess.run([*command, "-silent", str(ts), "-qm", str(qm)], check=True)
            if not qm.is_file() or not qm.stat().st_size:
                raise SystemExit(f"lrelease made no translations from {ts}")
            index[ts.name] = hashlib.sha256(ts.read_bytes()).hexdigest()
        # Installers do not keep file times, so the program tells a shipped .qm is current by its source's hash.
        (folder / COMPILED_INDEX).write_text(json.dumps(index, indent=1, sort_keys=True), encoding="utf-8")

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        folder = Path(self.build_lib) / "simulator" / "ui" / "i18n"
        compiled = [str(ts.with_suffix(".qm")) for ts in folder.glob("*.ts")] if not self.editable_mode else []
        if compiled:
            compiled.append(str(folder / COMPILED_INDEX))
        return [*super().get_outputs(include_bytecode), *compiled]


setup(
    packages=[*find_packages(include=["simulator", "simulator.*"]), *BUNDLED],
    package_dir={"": ".", **BUNDLED},
    package_data={
        "simulator": [
            "engine/*.yaml",
            "ui/i18n/*.ts",
            "understanding/weights/*.json.gz",
            "understanding/corpus/*.tsv",
            "vote/page/*",
        ],
        "simulator.bundled.dialogues": ["*.yaml"],
        "simulator.bundled.assets": ["**/*.svg", "**/*.png", "**/*.qss", "desktop/*"],
    },
    cmdclass={"build_py": BuildWithTranslations},
)
