"""How dates, day counts, money and file sizes look on screen in the interface language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.clock import format_date as domain_format_date
from ..domain.enums import Language
from .preferences import current_language

NBSP = "\u00a0"


def format_date(day: date | None) -> str:
    """31.1.2026 in every interface language (as the documents print it); empty for None."""
    return domain_format_date(day) if day is not None else ""


def format_money(cents: int, language: Language | None = None) -> str:
    """Euros from cents: ``1 234,50 €`` in Finnish and Swedish, ``€1,234.50`` in English."""
    language = language or current_language()
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    if language is Language.EN:
        return f"{sign}€{euros:,}.{rest:02d}"
    grouped = f"{euros:,}".replace(",", NBSP)
    return f"{sign}{grouped},{rest:02d}{NBSP}€"


def format_count(number: int, language: Language | None = None) -> str:
    """A whole number with thousands grouped (``12 345``; ``12,345`` in English)."""
    language = language or current_language()
    text = f"{number:,}"
    return text if language is Language.EN else text.replace(",", NBSP)


def format_days_left(days: int | None) -> str:
    """``in 3 days``, ``today``, ``2 days overdue``; empty for closed requests."""
    if days is None:
        return ""
    if days == 0:
        return QCoreApplication.translate("Format", "due today")
    if days > 0:
        return QCoreApplication.translate("Format", "%n day(s) left", "", days)
    return QCoreApplication.translate("Format", "%n day(s) overdue", "", -days)


KIB = 1024


def format_size(size: int, language: Language | None = None) -> str:
    """A file's size as the systems' file managers count it (1 KB = 1,024 bytes; kilobytes
    rounded up, so that nothing shows as 0): ``812 B``, ``14 KB``, ``3,5 MB`` (a decimal under
    ten), ``999 MB``, ``12 GB``; the decimal comma and the units in the interface language."""
    language = language or current_language()
    if size < KIB:
        unit, number = QT_TRANSLATE_NOOP("Format", "%1 B"), format_count(size, language)
    elif size < KIB**2:
        unit, number = QT_TRANSLATE_NOOP("Format", "%1 KB"), format_count(-(-size // KIB), language)
    elif size < KIB**3:
        unit, number = QT_TRANSLATE_NOOP("Format", "%1 MB"), _amount(size / KIB**2, language)
    else:
        unit, number = QT_TRANSLATE_NOOP("Format", "%1 GB"), _amount(size / KIB**3, language)
    return QCoreApplication.translate("Format", unit).replace("%1", number)


def _amount(value: float, language: Language) -> str:
    """One decimal under ten, whole numbers from there on (grouped)."""
    if value >= 9.95:
        return format_count(round(value), language)
    text = f"{value:.1f}"
    return text if language is Language.EN else text.replace(".", ",")
