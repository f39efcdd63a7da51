"""Languages: the switch changes what the user reads (UI and scenario alike), the choice is remembered, the
.ts files are complete, and the pure-Python .ts reader gives the same translations as a compiled .qm."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTranslator
from ui_practice_support import start_mini, visible_texts

from simulator.ui import i18n
from simulator.ui.i18n import TsTranslator, compile_ts, load_translator, system_language, ts_path
from simulator.ui.settings import AppSettings


def test_language_switch_on_the_library_changes_visible_strings(make_window, qtbot, data_dir: Path):
    """Clicking Nederlands turns headings, menus, cards and buttons Dutch, and the choice is remembered."""
    window = make_window(language="en")
    library = window.library
    assert "Choose a conversation" in visible_texts(window)
    assert library.scenario_cards()[0].title.text() == "Mini conversation"
    qtbot.mouseClick(library.language_switch.buttons["nl"], Qt.MouseButton.LeftButton)
    texts = visible_texts(window)
    assert "Kies een gesprek" in texts and "Choose a conversation" not in texts
    assert library.scenario_cards()[0].title.text() == "Mini-gesprek"
    assert library.scenario_cards()[0].start.text() == "Start gesprek"
    assert window.file_menu.title() == "&Bestand"
    assert window.language_actions["nl"].isChecked()
    stored = AppSettings(QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat))
    assert stored.language == "nl"


def test_language_switch_mid_conversation_translates_transcript_and_answers(make_window, qtbot):
    """Switching from the View menu during a session shows the conversation so far and the answers in Dutch."""
    window = make_window(language="en")
    start_mini(window, qtbot)
    first = next(b for b in window.practice.options.visible_buttons() if b.option_id == "open-ask")
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    window.language_actions["nl"].trigger()
    practice = window.practice
    lines = [line.text for line in practice.transcript.lines()]
    assert lines[:3] == ["Je belt Sam over de offerte.", "Ik weet het nog niet.", "Wat maakt het lastig?"]
    shown = {b.option_id: b.text_shown() for b in practice.options.visible_buttons()}
    assert shown["middle-name"] == "Je lijkt bang voor de reactie van de directie."
    assert practice.leave_button.text() == "Terug naar de bibliotheek"
    assert practice.meters.trust.title() == "Vertrouwen"
    assert practice.notebook.labels() == ["Helderheid over kosten"]
    assert window.session.language == "nl"


def test_debrief_follows_the_language(make_window, qtbot):
    """The debrief's headings and scenario texts switch language while it is shown."""
    window = make_window(language="en")
    start_mini(window, qtbot)
    argue = next(b for b in window.practice.options.visible_buttons() if b.option_id == "open-argue")
    qtbot.mouseClick(argue, Qt.MouseButton.LeftButton)
    window.show_debrief()
    assert "Turning points" in visible_texts(window.debrief)
    window.set_language("nl")
    texts = visible_texts(window.debrief)
    assert "Keerpunten" in texts and "Turning points" not in texts
    assert "Jij: Het is echt de beste keuze." in texts


def test_ts_files_are_complete_and_match():
    """Both .ts files are valid TS XML with the same messages; none is left unfinished."""
    sources = {}
    for language in ("nl", "en"):
        root = ElementTree.parse(ts_path(language)).getroot()
        assert root.tag == "TS" and root.get("language") == language
        found = set()
        for context in root.iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                assert translation is not None and translation.get("type") is None, message.findtext("source")
                assert translation.text, message.findtext("source")
                found.add((context.findtext("name"), message.findtext("source")))
        sources[language] = found
    assert sources["nl"] == sources["en"] and len(sources["nl"]) > 150


def test_ts_reader_translates_like_qt(qapp):
    """The pure-Python reader answers Qt's translate() with the Dutch text, and falls back for unknown ones."""
    translator = TsTranslator(ts_path("nl"))
    assert len(translator) > 150 and not translator.isEmpty()
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("LibraryScreen", "Choose a conversation") == "Kies een gesprek"
        assert QCoreApplication.translate("Words", "Guarded") == "Terughoudend"
        assert QCoreApplication.translate("LibraryScreen", "not a message") == "not a message"
    finally:
        qapp.removeTranslator(translator)


def test_compiled_qm_gives_the_same_translation(qapp, tmp_path: Path):
    """lrelease (when available) compiles the .ts into a .qm that Qt reads with the same result."""
    if i18n.lrelease_command() is None:
        pytest.skip("no lrelease in this environment; the .ts reader is used instead")
    qm = tmp_path / "simulator_nl.qm"
    assert compile_ts(ts_path("nl"), qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("LibraryScreen", "Choose a conversation") == "Kies een gesprek"


def test_without_lrelease_the_ts_reader_is_used(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """With no lrelease and no compiled file, loading falls back to reading the .ts."""
    package = tmp_path / "package"
    package.mkdir()
    (package / "simulator_nl.ts").write_bytes(ts_path("nl").read_bytes())
    monkeypatch.setattr(i18n, "lrelease_command", lambda: None)
    monkeypatch.setattr(i18n, "I18N_DIR", package)
    translator = load_translator("nl", tmp_path / "cache")
    assert isinstance(translator, TsTranslator)
    assert translator.translate("Words", "Open") == "Open"
    assert translator.translate("Words", "Guarded") == "Terughoudend"


def test_system_language_picks_dutch_only_for_a_dutch_locale():
    """nl for a Dutch system locale, en for anything else."""
    original = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium))
        assert system_language() in ("nl", "en")  # the system locale, not the default, decides
    finally:
        QLocale.setDefault(original)
    assert (system_language() == "nl") == (QLocale.system().language() == QLocale.Language.Dutch)


def test_settings_live_in_the_temporary_data_folder(data_dir: Path):
    """With SIMULATOR_DATA_DIR set, settings go to an INI file inside that folder."""
    from simulator.ui.settings import open_settings, resolve_data_dir

    assert resolve_data_dir() == data_dir
    store = open_settings(data_dir)
    assert Path(store.fileName()) == data_dir / "settings.ini"


def test_data_folder_variable_matches_the_engine():
    """The UI reads the same environment variable as the engine's archive."""
    from simulator.engine.archive import DATA_DIR_VARIABLE
    from simulator.ui.settings import DATA_DIR_VARIABLE as UI_VARIABLE

    assert UI_VARIABLE == DATA_DIR_VARIABLE


def test_assets_folder_matches_the_scenario_layer():
    """The theme finds the same asset folder as the scenario loader."""
    from simulator.scenario import ASSETS_DIR
    from simulator.ui.theme import ASSETS_DIR as UI_ASSETS

    assert UI_ASSETS == ASSETS_DIR
