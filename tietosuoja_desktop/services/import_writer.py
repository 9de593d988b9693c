"""Writing an import preview into the register inside the caller's transaction: new customers
in bulk (driver-level ``executemany`` and one statement per chunk for the search index, as in
``demo.py``), duplicates merged or skipped, orders attached, activity dates kept current."""

from __future__ import annotations

import json
import operator
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from ..domain.listing import search_key
from ..domain.records import Customer, Order
from ..storage.models import CustomerRow
from . import audit

CHUNK = 5000
LOAD_WITHOUT_INDEXES = 10_000
# The import's connection keeps up to 128 MiB of pages in memory (the default 2 MiB makes a
# large transaction spill into the WAL and read it back); set back when it ends.
IMPORT_CACHE_KIB = -131_072
DEFAULT_CACHE_KIB = -2000
# One statement per chunk: the FTS5 trigger then indexes the chunk at once (see demo.py).
INSERT_SEARCH = text(
    "INSERT INTO customer_search (customer_id, text) "
    "SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(:rows)"
)
INSERT_MEMBERSHIP = (
    "INSERT OR IGNORE INTO customer_register (customer_id, register_id) VALUES (?, ?)"
)
INSERT_ORDER = (
    "INSERT INTO customer_order (customer_id, ordered_on, reference, description, "
    "amount_cents, status, anonymised, keep_until) VALUES (?, ?, ?, ?, ?, ?, 0, NULL)"
)
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


@dataclass
class NewCustomer:
    customer: Customer
    orders: list[Order] = field(default_factory=list)


@dataclass
class ExistingCustomer:
    fills: list[Customer] = field(default_factory=list)
    orders: list[Order] = field(default_factory=list)


@dataclass(frozen=True)
class ImportResult:
    created: int
    merged: int
    skipped: int
    orders: int
    rejected: int
    first_id: int | None = None
    last_id: int | None = None


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


_RECORD_FIELDS = frozenset(f.name for f in fields(Customer))


# Columns whose values an import works out itself rather than copying from the record.
_COMPUTED = frozenset(
    {"id", "kind", "language", "customer_since", "last_order_on", "last_activity_on",
     "created_at", "updated_at"}
)  # fmt: skip


def _literal(value) -> str | None:
    """``value`` as an SQL literal, for the few plain types a customer row holds; None when
    it is better bound."""
    if value is None:
        return "NULL"
    if type(value) is int:
        return str(value)
    if type(value) is str and len(value) <= 200 and "\x00" not in value:
        return "'" + value.replace("'", "''") + "'"
    return None


class _Columns:
    """The customer table's columns for a chunk of new customers, column by column in the
    table's own order, dates converted by SQLAlchemy's own processors, so bulk-inserted rows
    read back exactly like rows the ORM wrote. Columns the record does not have get their
    declared default. Built a column at a time (one ``map`` over the chunk per column), which
    costs a fraction of assembling rows one by one."""

    def __init__(self, session: Session) -> None:
        dialect = session.get_bind().dialect
        table = CustomerRow.__table__
        self._day = table.c.customer_since.type.dialect_impl(dialect).bind_processor(dialect)
        self._moment = table.c.created_at.type.dialect_impl(dialect).bind_processor(dialect)
        self._days: dict[date, str] = {}
        self._plan: list[tuple[str, str, object]] = []
        for column in table.columns:
            name = column.name
            if column.computed is not None:
                continue  # SQLite computes it (the names' sort keys)
            if name in _COMPUTED:
                self._plan.append(("computed", name, None))
            elif name in _RECORD_FIELDS:
                convert = column.type.dialect_impl(dialect).bind_processor(dialect)
                self._plan.append(("record", name, convert))
            elif column.default is not None and column.default.is_scalar:
                self._plan.append(("constant", name, column.default.arg))
            elif column.nullable:
                self._plan.append(("constant", name, None))
            else:  # pragma: no cover - a new required column must be handled here
                raise RuntimeError(f"the import does not know how to fill customer.{name}")
        self._names = [name for _, name, _ in self._plan]

    def day(self, value: date | None) -> str | None:
        if value is None:
            return None
        text = self._days.get(value)
        if text is None:  # a few thousand distinct days in a whole register
            text = self._days[value] = self._day(value)
        return text

    def moment(self, value: datetime) -> str:
        return self._moment(value)

    def new_columns(self, items: list, first_id: int, today: date, stamp: str) -> list[list]:
        """The columns of new customers ``items`` (NewCustomer), ids from ``first_id``:
        customer since the given date, else the first order, else today; last activity the
        later of that and the last order."""
        count = len(items)
        customers = [item.customer for item in items]
        day = self.day
        since_days, last_orders, activities = [], [], []
        for item in items:
            since = item.customer.customer_since
            last_order = None
            if item.orders:
                days = [o.ordered_on for o in item.orders]
                last_order = max(days)
                since = since or min(days)
            since = since or today
            since_days.append(day(since))
            last_orders.append(day(last_order))
            activities.append(day(max(since, last_order) if last_order else since))
        computed = {
            "id": list(range(first_id, first_id + count)),
            "kind": [c.kind.value for c in customers],
            "language": [c.language.value for c in customers],
            "customer_since": since_days,
            "last_order_on": last_orders,
            "last_activity_on": activities,
            "created_at": [stamp] * count,
            "updated_at": [stamp] * count,
        }
        columns = []
        for source, name, extra in self._plan:
            if source == "computed":
                columns.append(computed[name])
            elif source == "record":
                values = list(map(operator.attrgetter(name), customers))
                if extra is not None and values.count(None) != count:
                    values = [None if v is None else extra(v) for v in values]
                columns.append(values)
            else:
                columns.append([extra] * count)
        return columns

    def insert_many(self, connection, columns: list[list]) -> None:
        """Insert columns made by :meth:`new_columns`. A column with one value in every row
        (NULL flags, the import's timestamp, an empty country...) goes into the statement as a
        literal, and only the rest are bound row by row: binding is most of the cost of a bulk
        insert."""
        constant = [
            index
            for index, values in enumerate(columns)
            if values.count(values[0]) == len(values) and _literal(values[0]) is not None
        ]
        varying = [index for index in range(len(columns)) if index not in constant]
        names = [self._names[i] for i in varying + constant]
        slots = ["?"] * len(varying) + [_literal(columns[i][0]) for i in constant]
        statement = f"INSERT INTO customer ({', '.join(names)}) VALUES ({', '.join(slots)})"
        bound = list(zip(*(columns[i] for i in varying), strict=True))
        connection.exec_driver_sql(statement, bound)


_PHONE_LIKE = re.compile(r"[0-9 +\-()]+")


def _key(text: str) -> str:
    """:func:`~..domain.listing.search_key` without its per-character loop where the answer is
    plain: text whose first character is no digit, space, ``+-()`` is never phone-like; for
    ASCII, ``str.isdigit`` means 0-9. Anything else goes to search_key itself."""
    folded = " ".join(text.casefold().split())
    if not folded:
        return folded
    first = folded[0]
    if not (first.isdigit() or first in " +-()"):
        return folded
    if folded.isascii():
        if _PHONE_LIKE.fullmatch(folded):
            return folded.replace(" ", "").replace("(", "").replace(")", "")
        return folded
    return search_key(text)


def search_line(customer: Customer) -> str:
    """Exactly :func:`~..storage.customer_queries.search_text`, quicker in bulk."""
    phone = customer.phone
    phone_national = "0" + phone[4:] if phone.startswith("+358") else ""
    parts = (
        f"{customer.first_name} {customer.last_name}",
        customer.organisation,
        customer.email,
        phone,
        phone_national,
        customer.business_id,
    )
    return "\n".join(_key(part) for part in parts if part)


class _IndexesSetAside:
    """For a load larger than the table, the customer table's secondary indexes are dropped
    and built again afterwards from their own SQL (sorting once beats updating eight B-trees
    row by row). Inside the import's transaction, so a rollback brings them back unchanged."""

    def __init__(self, connection, new_rows: int) -> None:
        self.statements: list[str] = []
        existing = connection.exec_driver_sql("SELECT count(*) FROM customer").scalar()
        if new_rows < LOAD_WITHOUT_INDEXES or new_rows < existing:
            return
        found = connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
            "AND tbl_name = 'customer' AND sql IS NOT NULL ORDER BY name"
        ).all()
        for name, sql in found:
            connection.exec_driver_sql(f'DROP INDEX "{name}"')
            self.statements.append(sql)

    def restore(self, connection) -> None:
        for sql in self.statements:
            connection.exec_driver_sql(sql)


def _order_rows(columns: _Columns, customer_id: int, orders: list[Order]) -> list[tuple]:
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
    connection.exec_driver_sql(f"PRAGMA cache_size={IMPORT_CACHE_KIB}")
    try:
        return _write(session, connection, plan, now, progress, check_cancel, cancelled)
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={DEFAULT_CACHE_KIB}")


def _next_customer_id(connection) -> int:
    """Ids are never reused (AUTOINCREMENT: an erased person's id stays unused), so new ones
    start after both the largest id and the largest ever handed out."""
    largest = connection.exec_driver_sql("SELECT max(id) FROM customer").scalar() or 0
    has_sequence = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'"
    ).scalar()
    if has_sequence:
        handed_out = connection.exec_driver_sql(
            "SELECT seq FROM sqlite_sequence WHERE name = 'customer'"
        ).scalar()
        largest = max(largest, handed_out or 0)
    return largest + 1


@dataclass
class _Rows:
    """One chunk of new customers as rows for the tables they go into."""

    size: int
    customers: list[list] = field(default_factory=list)  # columns
    search: str = "[]"
    memberships: list[tuple] = field(default_factory=list)
    orders: list[tuple] = field(default_factory=list)


def _write(session, connection, plan: Plan, now, progress, check_cancel, cancelled):
    columns = _Columns(session)
    first_id = _next_customer_id(connection)
    indexes = _IndexesSetAside(connection, len(plan.new))
    stamp = columns.moment(now)
    total = len(plan.new) + len(plan.existing)
    done = orders = 0
    today = now.date()
    if progress:
        progress(0, total)

    def prepare(start: int) -> _Rows:
        items = plan.new[start : start + CHUNK]
        rows = _Rows(len(items))
        rows.customers = columns.new_columns(items, first_id + start, today, stamp)
        search_rows = []
        for offset, item in enumerate(items):
            customer_id = first_id + start + offset
            search_rows.append((customer_id, search_line(item.customer)))
            rows.memberships.extend((customer_id, r) for r in plan.register_ids)
            rows.orders.extend(_order_rows(columns, customer_id, item.orders))
        rows.search = json.dumps(search_rows, ensure_ascii=False)
        return rows

    # The next chunk's rows are made on a helper thread while SQLite writes this one: SQLite
    # works without Python's lock, so the two overlap on a machine with two cores.
    starts = list(range(0, len(plan.new), CHUNK))
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="import-rows") as helper:
        upcoming = helper.submit(prepare, starts[0]) if starts else None
        for number, _start in enumerate(starts):
            rows = upcoming.result()
            if check_cancel():
                raise cancelled
            if number + 1 < len(starts):
                upcoming = helper.submit(prepare, starts[number + 1])
            columns.insert_many(connection, rows.customers)
            connection.execute(INSERT_SEARCH, {"rows": rows.search})
            if rows.memberships:
                connection.exec_driver_sql(INSERT_MEMBERSHIP, rows.memberships)
            if rows.orders:
                connection.exec_driver_sql(INSERT_ORDER, rows.orders)
            orders += len(rows.orders)
            done += rows.size
            if progress:
                progress(done, total)
    indexes.restore(connection)
    ids = sorted(plan.existing)
    for start in range(0, len(ids), CHUNK):
        if check_cancel():
            raise cancelled
        chunk = ids[start : start + CHUNK]
        orders += _update_existing(session, columns, plan, chunk, now)
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
    )


def _update_existing(session: Session, columns: _Columns, plan: Plan, ids, now) -> int:
    """Merge into, add memberships and orders to, the register's customers ``ids``."""
    from ..storage.mapping import customer_record

    rows = session.scalars(select(CustomerRow).where(CustomerRow.id.in_(ids)))
    connection = session.connection()
    order_rows, memberships = [], []
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
            connection.execute(
                text("UPDATE customer_search SET text = :text WHERE customer_id = :id"),
                {"text": search_line(customer), "id": row.id},
            )
        days = [o.ordered_on for o in target.orders]
        if days:
            last = max(days)
            if row.last_order_on is None or last > row.last_order_on:
                row.last_order_on = last
            if row.last_activity_on is None or last > row.last_activity_on:
                row.last_activity_on = last
        order_rows.extend(_order_rows(columns, row.id, target.orders))
        memberships.extend((row.id, r) for r in plan.register_ids)
    session.flush()
    if memberships:
        connection.exec_driver_sql(INSERT_MEMBERSHIP, memberships)
    if order_rows:
        connection.exec_driver_sql(INSERT_ORDER, order_rows)
    return len(order_rows)
