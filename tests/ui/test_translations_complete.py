"""Every UI string in the program's windows has a Dutch translation in one of the .ts files (each part keeps
its own pair; all are loaded), and the counted words have both plural forms in Dutch and English."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from simulator.ui import i18n
from simulator.ui.numbers import COUNTED

UI = Path(i18n.__file__).parent


def messages(path: Path, *, translated: bool) -> set[tuple[str, str]]:
    """(context, source) of the messages in a .ts file; with `translated`, only those with a translation."""
    found = set()
    for context in ElementTree.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            element = message.find("translation")
            done = element is not None and element.get("type") is None
            filled = done and (bool(element.text and element.text.strip()) or element.find("numerusform") is not None)
            if filled or not translated:
                found.add((context.findtext("name") or "", message.findtext("source") or ""))
    return found


def test_every_ui_string_has_a_dutch_translation(tmp_path: Path):
    """Strings found by lupdate in simulator/ui (all parts) are all translated in some *_nl.ts."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.is_file():
        pytest.skip("pyside6-lupdate is not installed here")
    sources = sorted(str(path) for path in UI.rglob("*.py"))
    target = tmp_path / "all.ts"
    subprocess.run([str(lupdate), *sources, "-locations", "none", "-ts", str(target)], check=True, capture_output=True)
    wanted = messages(target, translated=False)
    have: set[tuple[str, str]] = set()
    for path in i18n.I18N_DIR.glob("*_nl.ts"):
        have |= messages(path, translated=True)
    assert len(wanted) > 300
    assert sorted(wanted - have) == []


@pytest.mark.parametrize("language", ["nl", "en"])
def test_counted_words_have_two_plural_forms(language):
    """Each counted word has a singular and a plural form in the language's trainer file."""
    root = ElementTree.parse(i18n.I18N_DIR / f"trainer_{language}.ts").getroot()
    forms = {}
    for context in root.iter("context"):
        if context.findtext("name") != "Counts":
            continue
        for message in context.iter("message"):
            forms[message.findtext("source")] = [form.text for form in message.iter("numerusform")]
    for source in COUNTED.values():
        assert len(forms.get(source, [])) == 2 and all(forms[source]), source
