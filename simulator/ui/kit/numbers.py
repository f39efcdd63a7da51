"""Dates, decimals and counted words as the UI language writes them, in one format everywhere.

The language switcher makes the UI language's `QLocale` the default, so "1,0" in Dutch and "1.0" in English, and
month names in the UI language. Dates and times use one pattern (day, short month, year, 24-hour time), so the
library, the history, the replay window and the reports show a moment the same way. Counted words go through
Qt's plural forms (`%n` with numerus entries in the .ts files), so "1 turn" and "2 turns", "1 vraag" and
"2 vragen".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt

DATE_TIME = "d MMM yyyy HH:mm"
SHORT_DATE = "d MMM"


def _moment(iso: str) -> QDateTime | None:
    """An ISO time stamp (with or without a zone) as local time; None when it is not one.

    Qt reads the stamp itself: Python's `datetime` would cost the library screen 0.7 MiB for this one call.
    """
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs) if isinstance(iso, str) else QDateTime()
    return moment.toLocalTime() if moment.isValid() else None


def date_time(iso: str) -> str:
    """A session's time stamp as local date and time in the UI language ("29 nov 2026 06:34")."""
    moment = _moment(iso)
    return QLocale().toString(moment, DATE_TIME) if moment is not None else iso


def short_date(iso: str) -> str:
    """Day and month only, for a chart's axis ("29 nov")."""
    moment = _moment(iso)
    return QLocale().toString(moment, SHORT_DATE) if moment is not None else iso


def decimal(value: float, places: int = 1) -> str:
    """A number with `places` decimals, with the UI language's decimal sign ("1,0" in Dutch)."""
    return QLocale().toString(float(value), "f", places)


COUNTED = {
    "turns": "%n turn(s)",
    "questions": "%n question(s)",
    "reflections": "%n reflection(s)",
    "needs": "%n need(s)",
    "answers": "%n answer(s)",
    "sessions": "%n session(s)",
    "times": "%n time(s)",
    "moves": "%n move(s)",
}
"""The counted words, each a plural-form source text in the "Counts" context of the translations."""


def count(word: str, n: int) -> str:
    """`n` with the right plural form of a counted word (a key of `COUNTED`): "1 turn", "3 turns"."""
    text = QCoreApplication.translate("Counts", COUNTED[word], "", n)
    # No translation installed (a tool or test without the language switcher): the English source's own rule.
    return text.replace("(s)", "" if n == 1 else "s")
