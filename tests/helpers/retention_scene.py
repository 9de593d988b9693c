"""A register with people past its retention rule, for the retention run's tests: each past
person with orders (one kept for bookkeeping, one old, one cancelled), a closed request with an
archived document, and people the run must skip (on hold, with an open request, restricted,
kept by another register) or leave alone (within the rule)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from helpers.sample import REGISTER, person
from tietosuoja_desktop.domain.enums import OrderStatus, RequestType, RetentionAnchor
from tietosuoja_desktop.domain.records import DataRequest, Order, RetentionRule
from tietosuoja_desktop.services.errors import NotFound
from tietosuoja_desktop.storage.models import DocumentRow

TESTS_TODAY = date(2026, 11, 22)  # tests/conftest.py TODAY
PAST_SINCE = date(2015, 3, 1)  # five years ran out long before the tests' today (2026-11-22)
ORDERS = (  # (day, status): kept anonymised to the end of 2027; deleted; deleted (cancelled)
    (date(2021, 5, 4), OrderStatus.PAID),
    (date(2019, 2, 1), OrderStatus.PAID),
    (date(2021, 6, 1), OrderStatus.CANCELLED),
)


@dataclass(frozen=True)
class Scene:
    register_id: int
    past: tuple[int, ...]  # to be erased, in id order
    skipped: dict[str, int]  # SkipReason value -> the person skipped for it
    within: int  # within the rule: never touched


def add_document(services, *, customer_id=None, request_id=None, pdf=b"%PDF-1.7 x") -> int:
    """An archived document about the person or their request, straight into the archive."""
    with services.db.transaction() as session:
        row = DocumentRow(
            kind="access_report",
            title="Tarkastusoikeusvastaus",
            customer_id=customer_id,
            request_id=request_id,
            language="fi",
            created_at=datetime(2026, 11, 1, 12),
            sha256="0" * 64,
            pdf=pdf,
        )
        session.add(row)
        session.flush()
        return row.id


def exists(services, customer_id: int) -> bool:
    try:
        services.customers.get(customer_id)
    except NotFound:
        return False
    return True


def add_past_person(services, register_ids, index: int, *, documents: bool = True) -> int:
    customer = services.customers.add(
        person(
            first_name=f"Poistuva{index}",
            email=f"poistuva{index}@example.fi",
            phone="",
            customer_since=PAST_SINCE,
            register_ids=tuple(register_ids),
        )
    )
    for number, (day, status) in enumerate(ORDERS):
        services.activity.add_order(
            Order(
                customer_id=customer.id,
                ordered_on=day,
                reference=f"R-{index}-{number}",
                description=f"Tilaus {index}",
                amount_cents=1000 + number,
                status=status,
            )
        )
    if documents:
        request = services.requests.add(
            DataRequest(RequestType.ACCESS, date(2020, 10, 1), customer_id=customer.id)
        )
        services.requests.withdraw(request.request.id)
        add_document(services, customer_id=customer.id, request_id=request.request.id)
    return customer.id


def build(services, people: int = 4, *, documents: bool = True) -> Scene:
    register = services.registers.add(
        replace(REGISTER, retention=RetentionRule(5, RetentionAnchor.CUSTOMER_SINCE))
    )
    keeper = services.registers.add(
        replace(REGISTER, name="Takuurekisteri", retention=RetentionRule(None))
    )
    past = tuple(
        add_past_person(services, [register.id], index, documents=documents)
        for index in range(people)
    )
    skipped = {}
    held = add_past_person(services, [register.id], 100, documents=False)
    services.holds.place(held, "Riita", date(2027, 12, 31))
    skipped["legal_hold"] = held
    asking = add_past_person(services, [register.id], 101, documents=False)
    services.requests.add(DataRequest(RequestType.ACCESS, date(2026, 11, 20), customer_id=asking))
    skipped["open_request"] = asking
    restricted = add_past_person(services, [register.id], 102, documents=False)
    services.customers.restrict(restricted)
    skipped["restricted"] = restricted
    skipped["other_register"] = add_past_person(
        services, [register.id, keeper.id], 103, documents=False
    )
    within = services.customers.add(
        person(first_name="Pysyvä", customer_since=date(2024, 1, 1), register_ids=(register.id,))
    ).id
    return Scene(register.id, past, skipped, within)
