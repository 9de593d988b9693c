"""What an erasure (Art 17) may delete and what bookkeeping law makes the business keep."""

from __future__ import annotations

from datetime import date

from .enums import OrderStatus
from .i18n import QT_TRANSLATE_NOOP, Message
from .records import Order

# Kirjanpitolaki 2:10: vouchers are kept six years from the end of the year in which the
# financial period ended. With a calendar-year period that is the end of the order's year + 6.
VOUCHER_YEARS = 6

KEPT_REASON = Message(
    "Erasure",
    QT_TRANSLATE_NOOP(
        "Erasure",
        "Orders are bookkeeping vouchers that the Accounting Act (kirjanpitolaki 2:10) requires "
        "to be kept for six years from the end of the year in which the financial period ended; "
        "they are kept without any link to the person (GDPR Art 17(3)(b)).",
    ),
)


def bookkeeping_keep_until(ordered_on: date) -> date:
    """The last day an order must be kept as a voucher (calendar-year financial periods)."""
    return date(ordered_on.year + VOUCHER_YEARS, 12, 31)


def must_keep(order: Order, today: date) -> bool:
    """A cancelled order never became a voucher; any other is kept while the law says so."""
    if order.status is OrderStatus.CANCELLED:
        return False
    return bookkeeping_keep_until(order.ordered_on) >= today


def first_kept_day(today: date) -> date:
    """The earliest order date :func:`must_keep` still keeps today (unless cancelled): an order
    is kept through the end of its year + six, so from 1 January six years back."""
    return date(today.year - VOUCHER_YEARS, 1, 1)
