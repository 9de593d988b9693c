"""Checks on what is recorded about a customer over time (orders, contacts, consents) and on the
requests people make: their texts by rule, euro amounts, the dates they carry, and the numbers
(ids, paging) a register can store at all.

Each ``clean_*`` returns a copy with its texts cleaned and every problem found, like
:func:`.customer_validation.clean_customer`."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from .csv_values import parse_cents
from .field_rules import (
    LINE,
    LONG_LINE,
    LONG_TEXT,
    MAX_LONG_LINE_LENGTH,
    MAX_NOTES_LENGTH,
    NAME,
    Problem,
    TextRule,
    clean_texts,
    date_problem,
    in_field_order,
)
from .field_rules import problem as _problem
from .i18n import QT_TRANSLATE_NOOP
from .records import ConsentEvent, ContactEntry, DataRequest, Order

MAX_EUROS = 10**12
MAX_AMOUNT_CENTS = MAX_EUROS * 100
MAX_STORED_INTEGER = 2**63 - 1  # SQLite's INTEGER: ids, counts and offsets fit in it or are none
GDPR_APPLIES_FROM = date(2018, 5, 25)

MSG_RECEIVED_FUTURE = QT_TRANSLATE_NOOP("Validation", "The received date cannot be in the future.")
MSG_AMOUNT_FORMAT = QT_TRANSLATE_NOOP(
    "Validation", "Give the amount in euros with at most two decimals, e.g. 12,50."
)
MSG_AMOUNT_NEGATIVE = QT_TRANSLATE_NOOP("Validation", "The amount cannot be negative.")
MSG_AMOUNT_TOO_LARGE = QT_TRANSLATE_NOOP("Validation", "The amount cannot exceed %1 euros.")
MSG_RECEIVED_BEFORE_GDPR = QT_TRANSLATE_NOOP(
    "Validation",
    "The received date cannot be before %1: the GDPR, under which requests are made, "
    "applies from that day.",
)
MSG_REQUESTER = QT_TRANSLATE_NOOP("Validation", "Choose a customer or give the requester's name.")
MSG_NUMBER_RANGE = QT_TRANSLATE_NOOP("Validation", "Give a whole number from %1 to %2.")

ORDER_RULES = {"reference": LINE, "description": LONG_LINE}
CONSENT_RULES = {
    # The purpose is often a register's purpose, which may run over a few lines.
    "purpose": TextRule(MAX_LONG_LINE_LENGTH, multiline=True, required=True),
    "evidence": LONG_LINE,
    "text": TextRule(MAX_NOTES_LENGTH, multiline=True),  # the exact wording agreed to
    "evidence_file": LONG_LINE,
    "recorded_by": NAME,
}
CONTACT_RULES = {"summary": TextRule(MAX_NOTES_LENGTH, multiline=True, required=True)}
REQUEST_RULES = {
    "requester_name": NAME,
    "requester_contact": TextRule(MAX_LONG_LINE_LENGTH, multiline=True),
    "description": LONG_TEXT,
}
# Why a request was extended, refused or closed: it is printed in the letter to the person.
REASON = LONG_TEXT


def amount_problem(cents: int, field: str = "amount_cents") -> Problem | None:
    """An order's amount: not negative (refunds are orders of status returned) and at most
    :data:`MAX_EUROS`."""
    if cents < 0:
        return _problem(field, MSG_AMOUNT_NEGATIVE)
    if cents > MAX_AMOUNT_CENTS:
        return _problem(field, MSG_AMOUNT_TOO_LARGE, f"{MAX_EUROS:,}".replace(",", " "))
    return None


def cents_from_text(text: str, field: str = "amount_cents") -> tuple[int | None, list[Problem]]:
    """The cents in ``text`` and the problems with them (a format problem leaves None)."""
    cents = parse_cents(text)
    if cents is None:
        return None, [_problem(field, MSG_AMOUNT_FORMAT)]
    found = amount_problem(cents, field)
    return cents, [found] if found else []


def number_problem(value: int, field: str, minimum: int = 0) -> Problem | None:
    """An id, count or offset from ``minimum`` up to what SQLite stores."""
    if minimum <= value <= MAX_STORED_INTEGER:
        return None
    return _problem(field, MSG_NUMBER_RANGE, minimum, MAX_STORED_INTEGER)


def _dated(problems: list[Problem], field: str, day: date, today: date) -> list[Problem]:
    # A record dated after today would push the person's last activity, and with it the end
    # of their retention, into the future.
    found = date_problem(field, day, today)
    return [*problems, found] if found else problems


def clean_order(order: Order, today: date) -> tuple[Order, list[Problem]]:
    values, problems = clean_texts(order, ORDER_RULES)
    problems = _dated(problems, "ordered_on", order.ordered_on, today)
    if found := amount_problem(order.amount_cents):
        problems.append(found)
    return replace(order, **values), in_field_order(problems, Order)


def clean_consent(event: ConsentEvent, today: date) -> tuple[ConsentEvent, list[Problem]]:
    values, problems = clean_texts(event, CONSENT_RULES)
    problems = _dated(problems, "at", event.at.date(), today)
    return replace(event, **values), in_field_order(problems, ConsentEvent)


def clean_contact(entry: ContactEntry, today: date) -> tuple[ContactEntry, list[Problem]]:
    values, problems = clean_texts(entry, CONTACT_RULES)
    problems = _dated(problems, "on", entry.on, today)
    return replace(entry, **values), in_field_order(problems, ContactEntry)


def clean_request(request: DataRequest, today: date) -> tuple[DataRequest, list[Problem]]:
    """A new request: received on a day the GDPR applied and not after today; its requester
    named (by a name with a letter) unless it comes from a customer."""
    values, problems = clean_texts(request, REQUEST_RULES)
    found = date_problem(
        "received",
        request.received,
        today,
        GDPR_APPLIES_FROM,
        too_early=MSG_RECEIVED_BEFORE_GDPR,
        in_future=MSG_RECEIVED_FUTURE,
    )
    if found:
        problems.append(found)
    if request.customer_id is None and not values["requester_name"]:
        problems.append(_problem("requester_name", MSG_REQUESTER))
    return replace(request, **values), in_field_order(problems, DataRequest)


def reason_problems(text: str, field: str) -> list[Problem]:
    """A reason or outcome as typed (already cleaned by the caller)."""
    found = REASON.problem(text, field)
    return [found] if found else []
