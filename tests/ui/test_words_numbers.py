"""Counted words, dates and decimals as the UI language writes them: Qt plural forms ("1 turn", "2 beurten"),
one date format from the UI language's locale everywhere, and the UI language's decimal sign ("1,0")."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from simulator.ui.i18n import LanguageSwitcher, TsTranslator
from simulator.ui.kit.numbers import count, date_time, decimal

STAMP = "2026-11-29T06:34:00"


@pytest.fixture
def switch(qapp, tmp_path: Path):
    """Switch the UI language (compiled translations in the test's folder); undone after the test."""
    switcher = LanguageSwitcher(qapp, tmp_path / "i18n")
    yield switcher.set_language
    switcher.uninstall()
    switcher.set_language("en")
    switcher.uninstall()


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [("en", "1 turn", "2 turns"), ("nl", "1 beurt", "2 beurten")],
)
def test_counted_words_take_the_right_plural_form(switch, language, one, two):
    """One turn is "1 turn" / "1 beurt", two are "2 turns" / "2 beurten"; questions likewise."""
    switch(language)
    assert count("turns", 1) == one and count("turns", 2) == two
    assert count("questions", 1) in ("1 question", "1 vraag")
    assert count("questions", 3) in ("3 questions", "3 vragen")


def test_the_fallback_translator_knows_plural_forms(tmp_path: Path):
    """Without a compiled file, the .ts reader still picks the singular for 1 and the plural otherwise."""
    from simulator.ui.i18n import I18N_DIR

    translator = TsTranslator(I18N_DIR / "trainer_nl.ts")
    assert translator.translate("Counts", "%n need(s)", None, 1) == "%n behoefte"
    assert translator.translate("Counts", "%n need(s)", None, 4) == "%n behoeften"


def test_decimals_use_the_ui_languages_sign(switch):
    """Dutch writes 1,0 and English 1.0."""
    switch("nl")
    assert decimal(1.0) == "1,0"
    switch("en")
    assert decimal(1.0) == "1.0"


def test_one_date_format_in_the_library_history_and_replay(switch):
    """The library, the history and the replay window write a moment the same way, with the UI language's month."""
    from simulator.ui.kit.words import local_time
    from simulator.ui.practice.library import _when

    switch("nl")
    assert _when(STAMP) == local_time(STAMP) == date_time(STAMP) == "29 nov 2026 06:34"
    switch("en")
    assert date_time(STAMP) == "29 Nov 2026 06:34"


def test_resume_offer_counts_one_turn_in_the_singular(make_window, qtbot):
    """Left after one turn, the library says "after 1 turn" (and in Dutch "na 1 beurt")."""
    from ui_practice_support import start_mini

    window = make_window()
    start_mini(window, qtbot)
    window.practice.options.visible_buttons()[0].click()
    window.show_library()
    window.refresh_sessions()
    assert "after 1 turn (" in window.library.resume_text.text()
    window.set_language("nl")
    assert "na 1 beurt (" in window.library.resume_text.text()
    assert QCoreApplication.translate("Counts", "%n turn(s)", "", 1) == "1 beurt"


def test_a_stamp_with_a_zone_is_shown_in_local_time_and_one_without_as_written():
    """In Amsterdam a session saved at 06:34 UTC shows 07:34; a stamp without a zone is already local time."""
    import os
    import subprocess
    import sys

    child = (
        "from PySide6.QtCore import QCoreApplication, QLocale; app = QCoreApplication([]);"
        "QLocale.setDefault(QLocale(QLocale.Language.English));"
        "from simulator.ui.kit.numbers import date_time;"
        "print(date_time('2026-11-29T06:34:00+00:00')); print(date_time('2026-11-29T06:34:00'));"
        "print(date_time('not a time'))"
    )
    shown = subprocess.run(
        [sys.executable, "-c", child],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env={**os.environ, "TZ": "Europe/Amsterdam"},
    ).stdout.splitlines()
    assert shown == ["29 Nov 2026 07:34", "29 Nov 2026 06:34", "not a time"]
