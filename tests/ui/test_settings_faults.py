"""A damaged or oversized settings file: put aside (never deleted), the program starts with defaults, and the
window says so once, naming the file; an oversized file is not even read, so start-up stays fast."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtWidgets import QApplication
from ui_practice_support import MINI_ASSETS

from simulator.app import build_main_window
from simulator.ui.i18n import LanguageSwitcher
from simulator.ui.settings import MAX_SETTINGS_BYTES, AppSettings, open_checked_settings

DAMAGED = b"\x00\xff\xfe[General\nlanguage=nl\n\x00=\x00\n[[["


def test_damaged_settings_file_is_put_aside_and_defaults_used(data_dir: Path) -> None:
    """Qt cannot read the file: it is kept as settings.ini.damaged (same bytes) and the settings start empty."""
    data_dir.mkdir(parents=True)
    path = data_dir / "settings.ini"
    path.write_bytes(DAMAGED)
    store, reset = open_checked_settings(data_dir)
    assert reset is not None and reset.path == path and not reset.too_large
    assert reset.kept_as == data_dir / "settings.ini.damaged"
    assert reset.kept_as.read_bytes() == DAMAGED
    settings = AppSettings(store, reset)
    assert settings.language is None and settings.feedback_mode == "live"
    settings.language = "en"
    settings.sync()
    assert open_checked_settings(data_dir)[1] is None, "the next start is clean: the message comes once"
    assert AppSettings(open_checked_settings(data_dir)[0]).language == "en"


def test_oversized_settings_file_is_not_read_but_kept(data_dir: Path) -> None:
    """A settings file over 1 MiB is moved aside unread (its language is not taken) and start-up stays quick."""
    data_dir.mkdir(parents=True)
    path = data_dir / "settings.ini"
    filler = "".join(f"key{n}={'v' * 60}\n" for n in range(MAX_SETTINGS_BYTES // 60 + 10))
    path.write_text(f"[General]\nlanguage=nl\n{filler}", encoding="utf-8")
    size = path.stat().st_size
    started = time.perf_counter()
    store, reset = open_checked_settings(data_dir)
    assert time.perf_counter() - started < 0.5
    assert reset is not None and reset.too_large
    assert reset.kept_as == data_dir / "settings.ini.too-large" and reset.kept_as.stat().st_size == size
    assert AppSettings(store).language is None


def test_putting_aside_never_overwrites_an_earlier_copy(data_dir: Path) -> None:
    """A second damaged file is kept next to the first one put aside, not over it."""
    data_dir.mkdir(parents=True)
    (data_dir / "settings.ini.damaged").write_bytes(b"first")
    (data_dir / "settings.ini").write_bytes(DAMAGED)
    _store, reset = open_checked_settings(data_dir)
    assert reset is not None and reset.kept_as is not None and reset.kept_as.name.startswith("settings.ini.damaged-")
    assert (data_dir / "settings.ini.damaged").read_bytes() == b"first"


def test_window_says_once_that_settings_were_reset(qtbot, data_dir: Path, library_dir: Path) -> None:
    """The main window names the damaged file and where it was kept, in one message."""
    data_dir.mkdir(parents=True)
    (data_dir / "settings.ini").write_bytes(DAMAGED)
    store, reset = open_checked_settings(data_dir)
    switcher = LanguageSwitcher(QApplication.instance(), data_dir / "i18n")
    switcher.set_language("en")
    try:
        window = build_main_window(
            data_dir=data_dir,
            settings=AppSettings(store, reset),
            switcher=switcher,
            scenario_dir=library_dir,
            assets_dir=MINI_ASSETS,
        )
        messages: list[tuple[str, str]] = []
        window.show_message = lambda kind, title, text, details="": messages.append((title, text))  # type: ignore[method-assign]
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.startupFinished, timeout=10000):
            window.show()
        qtbot.waitUntil(lambda: bool(messages))
        assert len(messages) == 1
        title, text = messages[0]
        assert title == "Settings were reset"
        assert str(data_dir / "settings.ini") in text and str(data_dir / "settings.ini.damaged") in text
    finally:
        switcher.uninstall()
