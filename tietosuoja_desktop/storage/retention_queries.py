"""The reads of a retention erasure run (services/retention_run.py): who is past retention in
every register they belong to, who of them must be skipped and why, and the orders and
documents the erasure of a group of people touches. Ids go to SQLite in chunks, well under
its limit of bound parameters."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from sqlalchemy import and_, func, not_, or_, select
from sqlalchemy.orm import Session

from ..domain.enums import OrderStatus, RequestStatus
from ..domain.erasure import first_kept_day
from ..domain.records import RegisterDescription
from .customer_queries import anchor_column, past_retention_condition, retention_cutoff
from .models import (
    CustomerRegisterRow,
    CustomerRow,
    DocumentRow,
    LegalHoldRow,
    OrderRow,
    RequestAttachmentRow,
    RequestRow,
)

CHUNK = 500


def chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    batch: list[int] = []
    for customer_id in ids:
        batch.append(customer_id)
        if len(batch) == CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch


def _within_rule(register: RegisterDescription, today: date):
    """Members of ``register`` not past its rule (a rule in words only keeps everyone)."""
    years = register.retention.years
    member = CustomerRegisterRow.register_id == register.id
    if years is None:
        return member
    anchor = anchor_column(register.retention.anchor)
    return and_(member, or_(anchor.is_(None), not_(anchor < retention_cutoff(years, today))))


def past_any_ids(session: Session, registers: list[RegisterDescription], today: date) -> set[int]:
    """People past the rule of at least one register they belong to (the Overview's list)."""
    condition = past_retention_condition(registers, today)
    return set(session.scalars(select(CustomerRow.id).where(condition)))


def kept_by_other_register(
    session: Session, registers: list[RegisterDescription], today: date
) -> set[int]:
    """People who belong to a register whose rule still keeps them."""
    if not registers:
        return set()
    statement = (
        select(CustomerRegisterRow.customer_id)
        .join(CustomerRow, CustomerRow.id == CustomerRegisterRow.customer_id)
        .where(or_(*(_within_rule(register, today) for register in registers)))
    )
    return set(session.scalars(statement))


def held_ids(session: Session, today: date) -> set[int]:
    return set(session.scalars(select(LegalHoldRow.customer_id).where(LegalHoldRow.until >= today)))


def open_request_ids(session: Session) -> set[int]:
    open_statuses = [status for status in RequestStatus if not status.is_closed]
    statement = select(RequestRow.customer_id).where(
        RequestRow.customer_id.is_not(None), RequestRow.status.in_(open_statuses)
    )
    return set(session.scalars(statement))


def restricted_ids(session: Session) -> set[int]:
    return set(
        session.scalars(select(CustomerRow.id).where(CustomerRow.restricted_on.is_not(None)))
    )


def past_rule_counts(
    session: Session, register: RegisterDescription, today: date, ids: list[int]
) -> int:
    """How many of ``ids`` are past ``register``'s rule."""
    years = register.retention.years
    if years is None:
        return 0
    anchor = anchor_column(register.retention.anchor)
    total = 0
    for batch in chunks(ids):
        total += session.scalar(
            select(func.count())
            .select_from(CustomerRegisterRow)
            .join(CustomerRow, CustomerRow.id == CustomerRegisterRow.customer_id)
            .where(
                CustomerRegisterRow.register_id == register.id,
                CustomerRegisterRow.customer_id.in_(batch),
                anchor < retention_cutoff(years, today),
            )
        )
    return total


def erasure_totals(session: Session, ids: list[int], today: date) -> tuple[int, int, int]:
    """(orders kept anonymised, orders deleted, documents deleted) of erasing ``ids``."""
    kept_from = first_kept_day(today)
    anonymised = deleted = documents = 0
    for batch in chunks(ids):
        kept, total = session.execute(
            select(
                func.count().filter(
                    OrderRow.status != OrderStatus.CANCELLED.value,
                    OrderRow.ordered_on >= kept_from,
                ),
                func.count(),
            ).where(OrderRow.customer_id.in_(batch))
        ).one()
        anonymised += kept
        deleted += total - kept
        requests = select(RequestRow.id).where(RequestRow.customer_id.in_(batch))
        documents += session.scalar(
            select(func.count())
            .select_from(DocumentRow)
            .where(DocumentRow.customer_id.in_(batch) | DocumentRow.request_id.in_(requests))
        )
        documents += session.scalar(
            select(func.count())
            .select_from(RequestAttachmentRow)
            .where(RequestAttachmentRow.request_id.in_(requests))
        )
    return anonymised, deleted, documents
