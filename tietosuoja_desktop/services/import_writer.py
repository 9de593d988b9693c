"""Writing an import preview into the register inside the caller's transaction: new customers
in bulk (``storage/bulk.py``: driver-level ``executemany`` and one statement per chunk for the
search index), duplicates merged or skipped, orders attached, activity dates kept current."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import ConsentAction
from ..domain.marketing import MarketingChannel, consent_in_force_on
from ..domain.records import ConsentEvent, Customer, Order
from ..storage import bulk
from ..storage.bulk_customers import CustomerColumns, CustomerInsert
from ..storage.customer_queries import search_text
from ..storage.mapping import customer_record
from ..storage.models import ConsentRow, CustomerRow
from . import audit

CHUNK = 5000
LOAD_WITHOUT_INDEXES = 10_000
# The import's connection keeps up to 128 MiB of pages in memory (the default 2 MiB makes a
# large transaction spill into the WAL and read it back); set back when it ends. A load into
# a table whose indexes are set aside only appends, so a smaller cache does (the 128 MiB
# would hold the whole new register, 45 MB of a 100,000-row import's peak memory).
IMPORT_CACHE_KIB = 131_072
APPEND_CACHE_KIB = 8_192
# What a merge fills in, block by block: a block is filled only when all of it is empty in
# the register, so an address is never half from one source and half from another.
MERGE_BLOCKS = (
    ("first_name", "last_name"),
    ("organisation",),
    ("business_id",),
    ("street_address", "postal_code", "city", "country"),
    ("phone",),
    ("email",),
    ("birth_date", "personal_id"),
    ("notes",),
)


def fill_blanks(base: Customer, other: Customer) -> tuple[Customer, list[str]]:
    """``base`` with the empty blocks filled from ``other``; and the fields that changed."""
    changes: dict[str, object] = {}
    for block in MERGE_BLOCKS:
        if all(not getattr(base, f) for f in block) and any(getattr(other, f) for f in block):
            changes.update({f: getattr(other, f) for f in block})
    return (replace(base, **changes), list(changes)) if changes else (base, [])


# A row's marketing permission: the channel and whether the web shop says yes.
Permission = tuple[MarketingChannel, bool]


@dataclass(slots=True)
class NewCustomer:
    """A customer the import creates. Slots and shared empty tuples: a plan of 100,000 holds
    one small object per customer (64 bytes instead of 264 with a dict and two empty lists)."""

    customer: Customer
    orders: tuple[Order, ...] = ()
    marketing: tuple[Permission, ...] = ()


@dataclass
class ExistingCustomer:
    fills: list[Customer] = field(default_factory=list)
    orders: list[Order] = field(default_factory=list)
    marketing: list[Permission] = field(default_factory=list)


@dataclass(frozen=True)
class ImportResult:
    created: int
    merged: int
    skipped: int
    orders: int
    rejected: int
    first_id: int | None = None
    last_id: int | None = None
    consents: int = 0  # consents given or withdrawn from marketing permission columns


@dataclass
class Plan:
    """What an import will do, worked out from a preview before the transaction starts."""

    new: list[NewCustomer] = field(default_factory=list)
    existing: dict[int, ExistingCustomer] = field(default_factory=dict)
    register_ids: tuple[int, ...] = ()
    merged: int = 0
    skipped: int = 0
    rejected: int = 0
    fields: tuple[str, ...] = ()
    # The purpose the marketing permissions are consents for ("": not imported) and the
    # evidence every such consent records (the file and the import's date).
    marketing_purpose: str = ""
    evidence: str = ""


def _order_rows(columns: CustomerColumns, customer_id: int, orders: list[Order]) -> list[tuple]:
    return [
        (
            customer_id,
            columns.day(o.ordered_on),
            o.reference,
            o.description,
            o.amount_cents,
            o.status.value,
        )
        for o in orders
    ]


def write(
    session: Session,
    plan: Plan,
    now: datetime,
    *,
    progress: Callable[[int, int], None] | None,
    check_cancel: Callable[[], bool],
    cancelled: type[Exception],
) -> ImportResult:
    """Write ``plan`` in the session's transaction; raises ``cancelled`` when
    ``check_cancel()`` says so between chunks (the caller's transaction then rolls back)."""
    # The audit row first: it takes the write lock, so the ids read next stay ours.
    audit.record(session, now, "import", "customer", None, plan.fields)
    session.flush()
    connection = session.connection()
    # For a load larger than the table, its secondary indexes are built again afterwards
    # (sorting once beats updating eight B-trees row by row); a rollback brings them back.
    indexes = bulk.SecondaryIndexes(connection, "customer")
    new_rows = len(plan.new)
    if new_rows >= LOAD_WITHOUT_INDEXES and new_rows >= bulk.count_rows(connection, "customer"):
        indexes.drop()
    cache = APPEND_CACHE_KIB if indexes.statements else IMPORT_CACHE_KIB
    with bulk.larger_cache(connection, cache):
        return _write(session, connection, plan, indexes, now, progress, check_cancel, cancelled)


@dataclass
class _Rows:
    """One chunk of new customers as rows for the tables they go into."""

    size: int
    customers: CustomerInsert
    search: bulk.SearchChunk
    memberships: list[tuple]
    orders: list[tuple]
    consents: list[tuple]


def _write(session, connection, plan: Plan, indexes, now, progress, check_cancel, cancelled):
    columns = CustomerColumns(session)
    first_id = bulk.next_id(connection, "customer")
    stamp = columns.moment(now)
    total = len(plan.new) + len(plan.existing)
    done = orders = consents = 0
    today = now.date()
    if progress:
        progress(0, total)

    def prepare(start: int) -> _Rows:
        items = plan.new[start : start + CHUNK]
        search_rows, memberships, order_rows, consent_rows = [], [], [], []
        for offset, item in enumerate(items):
            customer_id = first_id + start + offset
            search_rows.append((customer_id, search_text(item.customer)))
            memberships.extend((customer_id, r) for r in plan.register_ids)
            order_rows.extend(_order_rows(columns, customer_id, item.orders))
            consent_rows.extend(_consent_rows(plan, customer_id, item.marketing, [], stamp))
        return _Rows(
            len(items),
            columns.statement(columns.new_columns(items, first_id + start, today, stamp)),
            bulk.search_chunk(search_rows),
            memberships,
            order_rows,
            consent_rows,
        )

    # Each chunk's rows are made on a helper thread while SQLite writes the one before.
    grams = bulk.search_counts_afterwards(connection)
    with closing(bulk.made_ahead(prepare, range(0, len(plan.new), CHUNK))) as chunks:
        for rows in chunks:
            if check_cancel():
                raise cancelled
            rows.customers.run(connection)
            bulk.insert_search_rows(connection, rows.search.rows_json)
            grams.add(rows.search.grams)
            bulk.insert_memberships(connection, rows.memberships)
            bulk.insert_orders(connection, rows.orders)
            bulk.insert_consents(connection, rows.consents)
            orders += len(rows.orders)
            consents += len(rows.consents)
            done += rows.size
            if progress:
                progress(done, total)
    grams.finish()
    indexes.rebuild()
    ids = sorted(plan.existing)
    for start in range(0, len(ids), CHUNK):
        if check_cancel():
            raise cancelled
        chunk = ids[start : start + CHUNK]
        added_orders, added_consents = _update_existing(session, columns, plan, chunk, now)
        orders += added_orders
        consents += added_consents
        done += len(chunk)
        if progress:
            progress(done, total)
    if check_cancel():
        raise cancelled
    created = len(plan.new)
    return ImportResult(
        created=created,
        merged=plan.merged,
        skipped=plan.skipped,
        orders=orders,
        rejected=plan.rejected,
        first_id=first_id if created else None,
        last_id=first_id + created - 1 if created else None,
        consents=consents,
    )


def _consent_rows(
    plan: Plan, customer_id: int, permissions: list[Permission], history: list, stamp: str
) -> list[tuple]:
    """The consents a person's permissions record: a yes where no consent is in force on the
    channel is a consent given, a no where one is in force a withdrawal (the web shop's latest
    answer per channel counts); ``history`` is the person's events for the purpose so far."""
    if not plan.marketing_purpose:
        return []
    answers = dict(permissions)  # the last answer per channel wins
    rows = []
    for channel, yes in answers.items():
        if consent_in_force_on(history, channel) != yes:
            action = ConsentAction.GIVEN if yes else ConsentAction.WITHDRAWN
            rows.append(
                (customer_id, action.value, plan.marketing_purpose, stamp, plan.evidence,
                 channel.value)
            )  # fmt: skip
    return rows


def _update_existing(
    session: Session, columns: CustomerColumns, plan: Plan, ids, now
) -> tuple[int, int]:
    """Merge into, add memberships, orders and marketing consents to, the register's
    customers ``ids``; returns how many orders and consents were added."""
    history: dict[int, list[ConsentEvent]] = {}
    if plan.marketing_purpose:
        events = session.execute(
            select(ConsentRow.customer_id, ConsentRow.action, ConsentRow.marketing_channel)
            .where(ConsentRow.customer_id.in_(ids), ConsentRow.purpose == plan.marketing_purpose)
            .order_by(ConsentRow.at, ConsentRow.id)
        )
        for owner, action, channel in events:
            history.setdefault(owner, []).append(
                ConsentEvent(
                    owner,
                    ConsentAction(action),
                    plan.marketing_purpose,
                    now,
                    marketing_channel=MarketingChannel(channel) if channel else None,
                )
            )
    stamp = columns.moment(now)
    rows = session.scalars(select(CustomerRow).where(CustomerRow.id.in_(ids)))
    connection = session.connection()
    order_rows, memberships, consent_rows = [], [], []
    for row in rows:
        target = plan.existing[row.id]
        customer = customer_record(row)
        changed: list[str] = []
        for other in target.fills:
            customer, filled = fill_blanks(customer, other)
            changed.extend(filled)
        if changed:
            for name in dict.fromkeys(changed):
                setattr(row, name, getattr(customer, name))
            row.updated_at = now
            bulk.update_search_text(connection, row.id, search_text(customer))
        days = [o.ordered_on for o in target.orders]
        if days:
            last = max(days)
            if row.last_order_on is None or last > row.last_order_on:
                row.last_order_on = last
            if row.last_activity_on is None or last > row.last_activity_on:
                row.last_activity_on = last
        order_rows.extend(_order_rows(columns, row.id, target.orders))
        memberships.extend((row.id, r) for r in plan.register_ids)
        consent_rows.extend(
            _consent_rows(plan, row.id, target.marketing, history.get(row.id, []), stamp)
        )
    session.flush()
    bulk.insert_memberships(connection, memberships)
    bulk.insert_orders(connection, order_rows)
    bulk.insert_consents(connection, consent_rows)
    return len(order_rows), len(consent_rows)
