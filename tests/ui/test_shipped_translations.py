"""The compiled translations a wheel ships are used as they are: installers do not keep file times, so a .qm
written before its .ts must still count as current when the build recorded the .ts it came from."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

import simulator.ui.i18n as i18n


@pytest.fixture
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A translations folder as an install lays it out: a .ts, its compiled .qm written first, and the index."""
    folder = tmp_path / "i18n"
    folder.mkdir()
    ts = folder / "simulator_nl.ts"
    shutil.copy(i18n.I18N_DIR / "simulator_nl.ts", ts)
    qm = ts.with_suffix(".qm")
    if not i18n.compile_ts(ts, qm):
        pytest.skip("no lrelease to compile with")
    (folder / i18n.COMPILED_INDEX).write_text(
        json.dumps({ts.name: hashlib.sha256(ts.read_bytes()).hexdigest()}), encoding="utf-8"
    )
    older = ts.stat().st_mtime - 5
    os.utime(qm, (older, older))  # as pip may leave it: the .qm is "older" than its source
    monkeypatch.setattr(i18n, "I18N_DIR", folder)
    return ts, qm


def test_shipped_qm_is_used_without_compiling_again(shipped, tmp_path):
    """A .qm recorded as built from this very .ts is loaded as it is: no recompiling, no cache written."""
    ts, qm = shipped
    written = qm.stat().st_mtime_ns
    translator = i18n.load_translator("nl", tmp_path / "cache", ts)
    assert type(translator) is QTranslator
    assert translator.translate("MainWindow", "&File") == "&Bestand"
    assert qm.stat().st_mtime_ns == written
    assert not (tmp_path / "cache").exists()


def test_an_edited_ts_is_compiled_again(shipped, tmp_path):
    """When the .ts no longer matches the recorded hash (a developer edited it), the old .qm is not trusted."""
    ts, _qm = shipped
    ts.write_text(ts.read_text(encoding="utf-8").replace("&amp;Bestand", "&amp;Archief"), encoding="utf-8")
    translator = i18n.load_translator("nl", tmp_path / "cache", ts)
    assert translator is not None
    assert translator.translate("MainWindow", "&File") == "&Archief"
