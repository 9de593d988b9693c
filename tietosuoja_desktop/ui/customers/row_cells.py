"""What the customer list shows in each column, worked out once per row: names last name
first, phones as dialled at home, dates as 31.1.2026, and the GDPR flags in short and long."""

from __future__ import annotations

import functools
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from ...domain.records import Customer
from ...domain.validation import format_phone
from ..format import format_date


class RowCells(NamedTuple):
    """What the list shows of one customer, worked out once per row read."""

    cells: tuple[str, ...]
    tooltip: str | None
    customer_id: int
    restricted: bool


def flag_texts(customer: Customer) -> tuple[str, str]:
    """The short text for the flags column and the longer one for its tooltip."""
    short, long = [], []
    if customer.marketing_prohibited_on:
        short.append(QCoreApplication.translate("CustomerTableModel", "No marketing"))
        long.append(
            QCoreApplication.translate(
                "CustomerTableModel", "Direct marketing prohibited on %1 (GDPR Art 21(2))."
            ).replace("%1", format_date(customer.marketing_prohibited_on))
        )
    if customer.restricted_on:
        short.append(QCoreApplication.translate("CustomerTableModel", "Restricted"))
        long.append(
            QCoreApplication.translate(
                "CustomerTableModel",
                "Processing restricted on %1 (GDPR Art 18): do not use or export.",
            ).replace("%1", format_date(customer.restricted_on))
        )
    return ", ".join(short), "\n".join(long)


def list_name(customer: Customer) -> str:
    """``Meikäläinen, Matti``: last name first, as the list is sorted."""
    if customer.last_name and customer.first_name:
        return f"{customer.last_name}, {customer.first_name}"
    return customer.last_name or customer.first_name or customer.organisation


@functools.lru_cache(maxsize=4096)
def display_phone(e164: str) -> str:
    """Formatting a number costs a parse; scrolling back and forth asks for the same ones."""
    return format_phone(e164) if e164 else ""


def display_cells(customer: Customer, flags: str) -> tuple[str, ...]:
    return (
        list_name(customer),
        customer.organisation,
        customer.email,
        display_phone(customer.phone),
        customer.city,
        format_date(customer.customer_since),
        flags,
    )
