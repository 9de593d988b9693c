"""Values as spreadsheets and web shops write them: dates, euro amounts, languages, customer
types and order statuses in Finnish, Swedish and English, names in one column. Pure."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .enums import CustomerKind, Language, OrderStatus

_FI_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ T].*)?")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?")
_SLASH_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})(?:[ T].*)?")
_TYPED_FI_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_TYPED_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
AMOUNT_TEXT_LIMIT = 40  # far more than ±10^12 euros needs; longer text is no amount
_NOISE = re.compile(r"(?i)eur|€|\s|\u00a0")
_AMOUNT = re.compile(r"(-?)(\d+)(?:\.(\d+))?")


@lru_cache(maxsize=16384)
def parse_date(text: str) -> date | None:
    """31.1.2026, 2026-01-31 and 31/01/2026 (day first, as in Finland), with or without a
    time after them (web-shop exports add one); None for anything else."""
    return _first_date(text, ((_FI_DATE, "dmy"), (_ISO_DATE, "ymd"), (_SLASH_DATE, "dmy")))


def parse_typed_date(text: str) -> date | None:
    """A date as a person types it into a form or on the command line: 31.1.2026 (as written
    in Finland) or 2026-01-31, nothing before or after it; None for anything else."""
    return _first_date(text, ((_TYPED_FI_DATE, "dmy"), (_TYPED_ISO_DATE, "ymd")))


def _first_date(text: str, patterns) -> date | None:
    text = text.strip()
    for pattern, order in patterns:
        match = pattern.fullmatch(text)
        if match:
            parts = dict(zip(order, (int(g) for g in match.groups()), strict=True))
            try:
                return date(parts["y"], parts["m"], parts["d"])
            except ValueError:
                return None
    return None


def parse_cents(text: str) -> int | None:
    """Euros as people and shops write them (12,50; 12.50; 1 234,50 €; 1,234.50; EUR 12) in
    integer cents, exactly (integer arithmetic, never a float); None when it is no such amount
    or has fractions of a cent. Infinity, NaN and exponents are no amounts."""
    if len(text) > AMOUNT_TEXT_LIMIT:
        return None
    cleaned = _NOISE.sub("", text)
    if "," in cleaned and "." in cleaned:
        decimal_mark = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        thousands = "." if decimal_mark == "," else ","
        cleaned = cleaned.replace(thousands, "").replace(decimal_mark, ".")
    else:
        cleaned = cleaned.replace(",", ".")
    match = _AMOUNT.fullmatch(cleaned)
    if match is None:
        return None
    sign, whole, fraction = match[1], match[2], (match[3] or "").rstrip("0")
    if len(fraction) > 2:
        return None
    cents = int(whole) * 100 + int(fraction.ljust(2, "0"))
    return -cents if sign else cents


def _word(text: str) -> str:
    """How a language, customer type or order status is compared: ``"WC-On-Hold"`` ->
    ``"wc on hold"``."""
    return " ".join(text.casefold().replace("_", " ").replace("-", " ").split())


def _lookup(table: dict) -> dict:
    return {_word(word): value for value, words in table.items() for word in words.split(";")}


_LANGUAGE_WORDS = _lookup(
    {
        Language.FI: "fi;fin;suomi;finnish;finska;fi_FI",
        Language.SV: "sv;swe;svenska;ruotsi;swedish;sv_FI;sv_SE",
        Language.EN: "en;eng;english;englanti;engelska;en_GB;en_US",
    }
)
_KIND_WORDS = _lookup(
    {
        CustomerKind.PERSON: (
            "person;henkilö;henkilöasiakas;yksityinen;yksityishenkilö;kuluttaja;privat;"
            "privatperson;privatkund;private;consumer;individual"
        ),
        CustomerKind.ORGANISATION: (
            "organisation;organization;yritys;yritysasiakas;yhteisö;organisaatio;företag;"
            "företagskund;company;business"
        ),
    }
)
# Order statuses in Finnish, Swedish and English and as WooCommerce and Shopify name them.
_STATUS_WORDS = _lookup(
    {
        OrderStatus.OPEN: (
            "open;avoin;auki;öppen;käsittelyssä;pending;processing;on hold;wc-pending;"
            "wc-processing;wc-on-hold;authorized"
        ),
        OrderStatus.DELIVERED: (
            "delivered;toimitettu;lähetetty;valmis;levererad;skickad;completed;"
            "wc-completed;fulfilled;shipped"
        ),
        OrderStatus.INVOICED: "invoiced;laskutettu;fakturerad",
        OrderStatus.PAID: "paid;maksettu;betald;partially_refunded",
        OrderStatus.CANCELLED: (
            "cancelled;canceled;peruttu;peruutettu;avbeställd;annullerad;wc-cancelled;"
            "failed;wc-failed;voided"
        ),
        OrderStatus.RETURNED: "returned;palautettu;returnerad;refunded;wc-refunded",
    }
)

_VAT_NUMBER = re.compile(r"FI\s*([0-9]{7})([0-9])", re.IGNORECASE)


def unneutralised(text: str) -> str:
    """A cell written with a leading apostrophe to keep a spreadsheet from reading it as a
    formula or a number (``'=...`` from our own exports, ``'+358401234567`` and ``'00100`` from
    Shopify's) read back as it was meant."""
    if len(text) > 1 and text[0] == "'" and (text[1] in "=+-@\t\r" or text[1:].isdigit()):
        return text[1:]
    return text


def split_full_name(text: str) -> tuple[str, str]:
    """``"Meikäläinen, Matti"`` -> (Matti, Meikäläinen); ``"Anna Maria Virtanen"`` ->
    (Anna Maria, Virtanen). One word is taken as the last name."""
    if "," in text:
        last, _, first = text.partition(",")
        return first.strip(), last.strip()
    words = text.split()
    if len(words) < 2:
        return "", text.strip()
    return " ".join(words[:-1]), words[-1]


def parse_language(text: str) -> Language | None:
    return _LANGUAGE_WORDS.get(_word(text))


def parse_kind(text: str) -> CustomerKind | None:
    return _KIND_WORDS.get(_word(text))


def parse_status(text: str) -> OrderStatus | None:
    return _STATUS_WORDS.get(_word(text))


def business_id_from_vat(text: str) -> str:
    """A Finnish VAT number (FI33543028) as the Y-tunnus it contains (3354302-8); other text
    unchanged."""
    match = _VAT_NUMBER.fullmatch(text)
    return f"{match[1]}-{match[2]}" if match else text


# A web shop's yes/no (Shopify "yes"/"no", WooCommerce "1"/"0", plugins' "subscribed"), in
# Finnish, Swedish and English.
_YES = frozenset(
    ("yes", "y", "true", "1", "x", "on", "subscribed", "opted in", "opt in", "kyllä", "k",
     "joo", "tilattu", "ja", "sant", "prenumererar")
)  # fmt: skip
_NO = frozenset(
    ("no", "n", "false", "0", "off", "unsubscribed", "not subscribed", "opted out", "opt out",
     "ei", "nej", "osant", "-")
)  # fmt: skip


def parse_yes_no(text: str) -> bool | None:
    """True for yes, False for no (an empty cell is no answer: None is returned for it and
    for anything else not understood; the caller tells the two apart)."""
    key = " ".join(text.casefold().replace("_", " ").split())
    if key in _YES:
        return True
    if key in _NO:
        return False
    return None
