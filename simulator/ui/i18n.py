"""The program's own translations (`i18n/simulator_<lang>.ts`) and switching between them at run time.

The .ts files are the source, kept in the repository. At first run (or at build) each is compiled to a .qm
with `lrelease` from PySide6, next to the .ts if that folder is writable, else in a cache folder; the .qm is
recompiled when the .ts is newer. Where no `lrelease` can be found or it fails, `TsTranslator` reads the .ts
XML directly: slower to load, same result. Qt's own strings (standard dialog buttons) come from Qt's
`qtbase_<lang>.qm` when it is installed.

Each part of the interface has its own pair of files (`simulator_*` for the main window, `replay_*` for the
replay window and reports, `classroom_*` for classroom mode, `install_*` for importing and sharing
scenarios, the manual and the crash dialog), so that they can be refreshed independently;
every `*_<lang>.ts` in the folder is loaded. To refresh one after changing UI strings:

    .venv/bin/pyside6-lupdate simulator/app.py simulator/ui/*.py simulator/ui/kit/*.py \
        simulator/ui/practice/*.py -source-language en -target-language nl \
        -no-obsolete -ts simulator/ui/i18n/simulator_nl.ts
    .venv/bin/pyside6-lupdate simulator/ui/replay/*.py simulator/ui/report/*.py -source-language en \
        -target-language nl -no-obsolete -ts simulator/ui/i18n/replay_nl.ts
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .lrelease import COMPILED_INDEX, lrelease_command

I18N_DIR = Path(__file__).with_name("i18n")
UI_LANGUAGES = ("nl", "en")


def system_language() -> str:
    """`nl` when the system locale is Dutch, else `en`."""
    return "nl" if QLocale.system().language() == QLocale.Language.Dutch else "en"


def ts_path(language: str) -> Path:
    """The main window's translation source for `language`."""
    return I18N_DIR / f"simulator_{language}.ts"


def ts_paths(language: str) -> list[Path]:
    """Every translation source for `language`, the main window's first."""
    main = ts_path(language)
    others = sorted(path for path in I18N_DIR.glob(f"*_{language}.ts") if path != main)
    return [main, *others] if main.is_file() else others


class TsTranslator(QTranslator):
    """A translator filled straight from a .ts file, for when the .ts cannot be compiled to .qm."""

    def __init__(self, path: Path, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self._messages: dict[tuple[str, str], str] = {}
        self._plurals: dict[tuple[str, str], list[str]] = {}
        """Plural forms (`%n` messages), singular first: Dutch and English have two."""
        self.path = path
        # The .ts files are our own, from the package; ElementTree does not fetch external entities.
        import xml.etree.ElementTree as ElementTree  # only needed on this fallback path

        root = ElementTree.parse(path).getroot()
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source")
                element = message.find("translation")
                if source is None or element is None:
                    continue
                if element.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                forms = [form.text or "" for form in element.iter("numerusform")]
                if forms:
                    self._plurals[(name, source)] = forms
                elif element.text:
                    self._messages[(name, source)] = element.text

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        """The translation of `source` in `context`, or None so that Qt falls back to the source text."""
        forms = self._plurals.get((context, source))
        if forms:
            return forms[0] if n == 1 or len(forms) == 1 else forms[1]
        return self._messages.get((context, source))

    def isEmpty(self) -> bool:
        return not self._messages and not self._plurals

    def __len__(self) -> int:
        return len(self._messages) + len(self._plurals)


def compile_ts(ts: Path, qm: Path) -> bool:
    """Compile `ts` into `qm` (written atomically); False when lrelease is missing or fails."""
    command = lrelease_command()
    if command is None:
        return False
    # Imported here: compiling happens once, and these imports would slow every start-up.
    import contextlib
    import subprocess
    import tempfile

    try:
        qm.parent.mkdir(parents=True, exist_ok=True)
        fd, temp_name = tempfile.mkstemp(prefix=f".{qm.name}.", suffix=".tmp", dir=qm.parent)
        os.close(fd)
    except OSError:
        return False
    try:
        result = subprocess.run(
            [*command, "-silent", str(ts), "-qm", temp_name], capture_output=True, timeout=60, check=False
        )
        if result.returncode != 0 or not Path(temp_name).stat().st_size:
            return False
        os.replace(temp_name, qm)
        return True
    except (OSError, subprocess.SubprocessError):
        return False
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)


def _fresh(qm: Path, ts: Path) -> bool:
    try:
        return qm.stat().st_mtime >= ts.stat().st_mtime or _built_from(qm, ts)
    except OSError:
        return False


def _built_from(qm: Path, ts: Path) -> bool:
    """True when the build compiled `qm` from exactly this `ts`, as recorded in the index beside it. Installers
    do not keep file times (pip writes each file at install time), so the times alone would call a shipped .qm
    stale and compile it again at every first start."""
    import hashlib
    import json

    try:
        index = json.loads((qm.parent / COMPILED_INDEX).read_text(encoding="utf-8"))
        return bool(qm.is_file() and index.get(ts.name) == hashlib.sha256(ts.read_bytes()).hexdigest())
    except (OSError, ValueError, AttributeError):
        return False


def load_translator(language: str, cache_dir: Path | None, ts: Path | None = None) -> QTranslator | None:
    """A translator for `language` from `ts` (default: the main window's file): compiled .qm if possible,
    else read from the .ts."""
    ts = ts or ts_path(language)
    if not ts.is_file():
        return None
    candidates = [I18N_DIR / ts.with_suffix(".qm").name]
    if cache_dir is not None:
        candidates.append(cache_dir / ts.with_suffix(".qm").name)
    for qm in candidates:
        if _fresh(qm, ts):
            translator = QTranslator()
            if translator.load(str(qm)):
                return translator
    for qm in candidates:
        writable = os.access(qm.parent, os.W_OK) if qm.parent.exists() else True
        if writable and compile_ts(ts, qm):
            translator = QTranslator()
            if translator.load(str(qm)):
                return translator
    try:
        return TsTranslator(ts)
    except (OSError, SyntaxError):  # ElementTree.ParseError is a SyntaxError
        return None


class LanguageSwitcher:
    """Installs the translators of one UI language at a time; installing sends Qt's LanguageChange events."""

    def __init__(self, app: QCoreApplication, cache_dir: Path | None = None) -> None:
        self._app = app
        self._cache_dir = cache_dir
        self._installed: list[QTranslator] = []
        self._cache: dict[str, list[QTranslator]] = {}
        self.language = ""

    def set_language(self, language: str) -> None:
        """Switch every UI string to `language` (one of `UI_LANGUAGES`)."""
        if language not in UI_LANGUAGES:
            language = "en"
        if language == self.language:
            return
        for translator in self._installed:
            self._app.removeTranslator(translator)
        if language not in self._cache:
            self._cache[language] = self._load(language)
        self._installed = list(self._cache[language])
        for translator in self._installed:
            self._app.installTranslator(translator)
        self.language = language
        QLocale.setDefault(QLocale(QLocale.Language.Dutch if language == "nl" else QLocale.Language.English))

    def uninstall(self) -> None:
        """Remove this switcher's translators (the UI falls back to English source strings)."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        self.language = ""
        QLocale.setDefault(QLocale(QLocale.Language.English))  # numbers and dates follow the strings back

    def _load(self, language: str) -> list[QTranslator]:
        found: list[QTranslator] = []
        qt_base = QTranslator()
        if qt_base.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            found.append(qt_base)
        for ts in ts_paths(language):
            own = load_translator(language, self._cache_dir, ts)
            if own is not None:
                found.append(own)
        return found
