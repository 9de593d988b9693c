"""Looking up the fixed wording and formatting values for a document language.

The tables live in ``texts_fi``, ``texts_sv`` and ``texts_en``; this room picks one, fills its
placeholders and formats dates and money the way a reader of that language expects. Dates are
d.m.yyyy in Finnish and Swedish (as written in Finland) and "22 November 2026" in English; ISO
dates belong to machine-readable exports only. Money comes in integer cents, never floats.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

from ..domain.enums import Language, LegalBasis
from . import (
    texts_access_en,
    texts_access_fi,
    texts_access_sv,
    texts_copy_en,
    texts_copy_fi,
    texts_copy_sv,
    texts_en,
    texts_fi,
    texts_sv,
)

# The copy's wording (texts_copy_*) and that of the access list's undertaking and the policy
# (texts_access_*) are kept apart only to keep each module readable.
TABLES: dict[Language, dict[str, str]] = {
    Language.FI: {**texts_fi.TEXTS, **texts_copy_fi.TEXTS, **texts_access_fi.TEXTS},
    Language.SV: {**texts_sv.TEXTS, **texts_copy_sv.TEXTS, **texts_access_sv.TEXTS},
    Language.EN: {**texts_en.TEXTS, **texts_copy_en.TEXTS, **texts_access_en.TEXTS},
}

# No-break spaces keep "1 234,50 €" on one line in a narrow table column.
NBSP = "\u00a0"

_EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def text(lang: Language, key: str, **values: object) -> str:
    """The fixed text ``key`` in ``lang`` with its ``{placeholders}`` filled in (plain text)."""
    template = TABLES[Language(lang)][key]
    return template.format(**values) if values else template


def counted_text(lang: Language, key: str, count: int, **values: object) -> str:
    """The text ``key`` for ``count`` of something: ``key.one`` when the count is 1 and the
    language has such a form ("1 vuoden" but "5 vuotta"), otherwise ``key``."""
    singular = f"{key}.one"
    chosen = singular if count == 1 and singular in TABLES[Language(lang)] else key
    return text(lang, chosen, **values)


def enum_text(lang: Language, prefix: str, member: Enum) -> str:
    """The name of an enum member, e.g. ``enum_text(FI, "status", RequestStatus.OPEN)``."""
    return text(lang, f"{prefix}.{member.value}")


def request_text(lang: Language, request_type: Enum) -> str:
    """A request type named once with its article: "Tietojen poistaminen,
    tietosuoja-asetuksen 17 artikla"."""
    return text(
        lang,
        "request.with_article",
        type=enum_text(lang, "request", request_type),
        article=enum_text(lang, "request_article", request_type),
    )


def legal_basis_text(lang: Language, basis: LegalBasis) -> str:
    """ "rekisteröidyn suostumus (tietosuoja-asetuksen 6 artiklan 1 kohdan a alakohta)"."""
    letter = basis.article[-2]  # "6(1)(a)" -> "a"
    article = text(lang, "basis.article", letter=letter)
    return f"{enum_text(lang, 'basis', basis)} ({article})"


def format_date(value: date | None, lang: Language) -> str:
    """31.1.2026 in Finnish and Swedish, 31 January 2026 in English; "" for ``None``."""
    if value is None:
        return ""
    if Language(lang) is Language.EN:
        return f"{value.day} {_EN_MONTHS[value.month - 1]} {value.year}"
    return f"{value.day}.{value.month}.{value.year}"


def format_datetime(value: datetime | None, lang: Language) -> str:
    """A date with the time of day: "31.1.2026 klo 14.05", "31.1.2026 kl. 14.05",
    "31 January 2026 14:05". Shown in the time zone it was recorded in."""
    if value is None:
        return ""
    day = format_date(value.date(), lang)
    lang = Language(lang)
    if lang is Language.FI:
        return f"{day} klo {value.hour}.{value.minute:02d}"
    if lang is Language.SV:
        return f"{day} kl. {value.hour}.{value.minute:02d}"
    return f"{day} {value.hour:02d}:{value.minute:02d}"


def format_money(cents: int, lang: Language) -> str:
    """Euros from integer cents: "1 234,50 €" in Finnish and Swedish, "€1,234.50" in English.

    The Finnish and Swedish forms use no-break spaces (U+00A0) as the thousands separator and
    before the euro sign."""
    if isinstance(cents, float) or not isinstance(cents, int):
        raise TypeError("money is handled in integer cents, never floats")
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    grouped = f"{euros:,}"  # 1,234
    if Language(lang) is Language.EN:
        return f"{sign}€{grouped}.{rest:02d}"
    return f"{sign}{grouped.replace(',', NBSP)},{rest:02d}{NBSP}€"
