"""How a list of customers is asked for: the search text, the filters and the sort order.
The command line, the windows and the storage queries share this one description."""

from __future__ import annotations

from dataclasses import dataclass

from .enums import StrEnum


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
    ß matches ss), with runs of white space in phone-like text dropped (040 123 -> 040123)."""
    folded = " ".join(text.casefold().split())
    if folded and all(ch.isdigit() or ch in " +-()" for ch in folded):
        folded = folded.replace(" ", "").replace("(", "").replace(")", "")
    return folded
