"""How a list of customers is asked for: the search text, the filters and the sort order.
The command line, the windows and the storage queries share this one description."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .enums import StrEnum

_PHONE_CHARACTERS = " +-()"
_ASCII_PHONE = re.compile(r"[0-9 +\-()]+")


class MarketingFilter(StrEnum):
    ANY = "any"
    ALLOWED = "allowed"  # no marketing prohibition and not restricted
    PROHIBITED = "prohibited"


class CustomerSort(StrEnum):
    NAME = "name"  # last name, first name
    FIRST_NAME = "first_name"
    ORGANISATION = "organisation"
    EMAIL = "email"
    CITY = "city"
    CUSTOMER_SINCE = "customer_since"
    LAST_ACTIVITY = "last_activity"
    ID = "id"


@dataclass(frozen=True)
class CustomerQuery:
    text: str = ""
    marketing: MarketingFilter = MarketingFilter.ANY
    restricted_only: bool = False
    past_retention_only: bool = False
    register_id: int | None = None
    sort: CustomerSort = CustomerSort.NAME
    descending: bool = False


def search_key(text: str) -> str:
    """The form both the stored search text and a query take: case-folded (so ä matches Ä and
    ß matches ss), with runs of white space in phone-like text dropped (040 123 -> 040123).

    It runs for every field of every imported customer, so the plain answers come first: text
    that does not begin like a phone number is never phone-like, and for ASCII a regular
    expression tells at once."""
    folded = " ".join(text.casefold().split())
    if not folded or not (folded[0].isdigit() or folded[0] in _PHONE_CHARACTERS):
        return folded
    if folded.isascii():
        phone_like = _ASCII_PHONE.fullmatch(folded) is not None
    else:
        phone_like = all(ch.isdigit() or ch in _PHONE_CHARACTERS for ch in folded)
    if phone_like:
        folded = folded.replace(" ", "").replace("(", "").replace(")", "")
    return folded
