"""Reading what people type into the customer forms: euros as whole cents (never floats) and
dates as Finns and Swedes write them (31.1.2026)."""

from __future__ import annotations

import re

from ...domain.csv_values import parse_typed_date as parse_date

__all__ = ["cents_to_text", "parse_date", "parse_euros"]

_SPACES = re.compile(r"[\s\u00a0\u202f']")
_EUROS = re.compile(r"(\d+)(?:[.,](\d{1,2}))?")
_GROUPED_EUROS = re.compile(r"(\d{1,3}(?:\.\d{3})+)(?:,(\d{1,2}))?")


def parse_euros(text: str) -> int | None:
    """``"12,50"`` -> 1250 cents. Accepts a comma or a point before the cents, spaces (or a
    point before a comma) between thousands, and a euro sign; None for anything else,
    including negative amounts and fractions of a cent."""
    cleaned = _SPACES.sub("", text).replace("€", "").replace("EUR", "").replace("eur", "")
    if not cleaned:
        return None
    match = _EUROS.fullmatch(cleaned)
    if match is None:
        match = _GROUPED_EUROS.fullmatch(cleaned)
        if match is None:
            return None
    whole = int(match.group(1).replace(".", ""))
    cents = match.group(2) or "0"
    return whole * 100 + int(cents.ljust(2, "0"))


def cents_to_text(cents: int) -> str:
    """The form's own spelling of an amount (``1250`` -> ``"12,50"``), for putting it back."""
    euros, rest = divmod(cents, 100)
    return f"{euros},{rest:02d}"
