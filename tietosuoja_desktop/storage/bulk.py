"""Writing many rows at once, for the demo generator and the CSV import: the SQL they share
(search rows one statement per chunk, their gram counts added afterwards, memberships,
orders), a larger page cache while they write, the customer table's indexes built
afterwards, the next id SQLite would hand out, and multi-row INSERTs of rows already in their
stored form.

Everything here runs inside the caller's transaction, so a failure rolls it all back (the
dropped indexes too)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import chain
from operator import itemgetter
from typing import TypeVar

from sqlalchemy import insert

from . import search_grams

Key = TypeVar("Key")
Made = TypeVar("Made")

# SQLite allows 32,766 parameters per statement.
MAX_PARAMETERS = 32_000

# The search rows go in one statement per chunk: the FTS5 trigger then indexes the chunk in one
# go. Row by row (executemany), FTS5 writes a new index segment after every statement and the
# search rows take 10 s per 100,000 customers instead of 2.5 s.
_INSERT_SEARCH = (
    "INSERT INTO customer_search (customer_id, text) "
    "SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?)"
)
_UPDATE_SEARCH = "UPDATE customer_search SET text = ? WHERE customer_id = ?"
_INSERT_MEMBERSHIP = (
    "INSERT OR IGNORE INTO customer_register (customer_id, register_id) VALUES (?, ?)"
)
_INSERT_ORDER = (
    "INSERT INTO customer_order (customer_id, ordered_on, reference, description, "
    "amount_cents, status, anonymised, keep_until) VALUES (?, ?, ?, ?, ?, ?, 0, NULL)"
)


_INSERT_CONSENT = (
    "INSERT INTO consent_event (customer_id, action, purpose, at, channel, evidence, "
    "marketing_channel, method, consent_text, evidence_file, evidence_sha256, recorded_by) "
    "VALUES (?, ?, ?, ?, 'other', ?, ?, 'import', '', '', '', '')"
)


def search_rows_json(rows: list[tuple[int, str]]) -> str:
    """``(customer_id, search text)`` pairs in the form :func:`insert_search_rows` takes."""
    return json.dumps(rows, ensure_ascii=False)


def insert_search_rows(connection, rows_json: str) -> None:
    """The search lines of a chunk of new customers, made by :func:`search_rows_json`."""
    connection.exec_driver_sql(_INSERT_SEARCH, (rows_json,))


@dataclass(frozen=True)
class SearchChunk:
    """A chunk of new search lines: the JSON :func:`insert_search_rows` takes, and how many of
    the lines hold each gram (search_grams), made beside it on the writer's helper thread."""

    rows_json: str
    grams: Counter


def search_chunk(rows: list[tuple[int, str]]) -> SearchChunk:
    """``(customer_id, search text)`` pairs as a :class:`SearchChunk`."""
    return SearchChunk(search_rows_json(rows), search_grams.count_lines(t for _, t in rows))


def search_counts_afterwards(connection) -> search_grams.CountedAfterwards:
    """The gram counts' triggers set aside while chunks of search lines go in; the writer
    adds each chunk's ``grams`` and calls ``finish()`` after the last (in its transaction)."""
    return search_grams.CountedAfterwards(connection.connection.driver_connection)


def update_search_text(connection, customer_id: int, text: str) -> None:
    connection.exec_driver_sql(_UPDATE_SEARCH, (text, customer_id))


def insert_memberships(connection, rows: list[tuple[int, int]]) -> None:
    """``(customer_id, register_id)`` pairs; a membership already there is left as it is."""
    if rows:
        connection.exec_driver_sql(_INSERT_MEMBERSHIP, rows)


def insert_orders(connection, rows: list[tuple]) -> None:
    """``(customer_id, stored day, reference, description, amount_cents, status)`` rows."""
    if rows:
        connection.exec_driver_sql(_INSERT_ORDER, rows)


def insert_consents(connection, rows: list[tuple]) -> None:
    """``(customer_id, action, purpose, stored moment, evidence, marketing channel)`` rows of
    consents an import recorded (method ``import``)."""
    if rows:
        connection.exec_driver_sql(_INSERT_CONSENT, rows)


# While a helper thread makes rows, Python hands the GIL over every 0.5 ms instead of 5 ms: the
# writer needs it back after each statement, and waited up to the full interval each time
# (100,000 imported customers: 0.2 s).
SWITCH_INTERVAL_S = 0.0005


def made_ahead(make: Callable[[Key], Made], keys: Sequence[Key]) -> Iterator[Made]:
    """``make(key)`` for each of ``keys`` in order, the next one made on a helper thread while
    the caller writes this one: SQLite runs a many-row statement without holding the GIL, so on
    two cores the two overlap. One helper, so what is made stays in order (and the same per
    seed for the demo). Close the iterator (or run it out) to stop the helper."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(min(before, SWITCH_INTERVAL_S))
    try:
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="bulk-rows") as helper:
            upcoming = helper.submit(make, keys[0]) if keys else None
            for number in range(len(keys)):
                made = upcoming.result()
                if number + 1 < len(keys):
                    upcoming = helper.submit(make, keys[number + 1])
                yield made
    finally:
        sys.setswitchinterval(before)


@contextmanager
def larger_cache(connection, kibibytes: int) -> Iterator[None]:
    """A page cache of ``kibibytes`` while a large write runs (SQLite's default 2 MiB makes a
    large transaction spill and reread pages), set back to what it was afterwards."""
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{int(kibibytes)}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")


class SecondaryIndexes:
    """A table's secondary indexes set aside while it is filled, and built again from their
    own stored SQL: one sort per index instead of many inserts at random places in each.
    Afterwards the schema is the same, statement for statement."""

    def __init__(self, connection, table: str) -> None:
        self.connection = connection
        self.table = table
        self.statements: list[str] = []

    def drop(self) -> None:
        found = self.connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master "
            "WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name",
            (self.table,),
        ).all()
        for name, sql in found:
            self.connection.exec_driver_sql(f'DROP INDEX "{name}"')
            self.statements.append(sql)

    def rebuild(self) -> None:
        for sql in self.statements:
            self.connection.exec_driver_sql(sql)
        self.statements = []


@contextmanager
def indexes_built_afterwards(connection, table: str) -> Iterator[None]:
    """:class:`SecondaryIndexes` of ``table`` dropped for the block, built again after it."""
    indexes = SecondaryIndexes(connection, table)
    indexes.drop()
    yield
    indexes.rebuild()


def count_rows(connection, table: str) -> int:
    return connection.exec_driver_sql(f'SELECT count(*) FROM "{table}"').scalar()


def next_id(connection, table: str) -> int:
    """The id SQLite would give the next row: past both the largest id and, where the table
    has AUTOINCREMENT, the largest ever handed out (an erased customer's id is never given to
    someone else)."""
    largest = connection.exec_driver_sql(f'SELECT max(id) FROM "{table}"').scalar() or 0
    has_sequence = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'"
    ).scalar()
    if has_sequence:
        handed_out = connection.exec_driver_sql(
            "SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)
        ).scalar()
        largest = max(largest, handed_out or 0)
    return largest + 1


def bind_processor(column, dialect) -> Callable:
    """SQLAlchemy's own conversion of a Python value to what it stores for ``column``."""
    return column.type.dialect_impl(dialect).bind_processor(dialect)


class BulkInsert:
    """Finished rows (dicts of stored values) into one table, many rows per INSERT statement,
    its SQL compiled by SQLAlchemy.

    Core's ``session.execute(insert(table), dicts)`` runs SQLAlchemy's bind processing for
    every value of every row; at 100,000 customers and 300,000 orders that alone costs about
    6 s. The caller makes each distinct stored value once instead (:func:`bind_processor`).
    Columns the rows leave out (added to the schema later) get their default."""

    def __init__(self, model, dialect) -> None:
        self.table = model.__table__
        self.dialect = dialect
        # Generated columns (the names' sort keys) are SQLite's to fill.
        columns = [column for column in self.table.c if column.computed is None]
        statement = insert(self.table).values({column.key: None for column in columns})
        head, _, row = str(statement.compile(dialect=dialect)).partition(" VALUES ")
        self.head, self.row = head, row
        self.per_statement = MAX_PARAMETERS // len(columns)
        self.values = itemgetter(*[column.key for column in columns])
        self.defaults: dict | None = None

    def __call__(self, connection, rows: list[dict]) -> None:
        if not rows:
            return
        if self.defaults is None:
            self.defaults = self._defaults(rows[0])
        if self.defaults:
            for row in rows:
                row.update(self.defaults)
        per = self.per_statement
        for start in range(0, len(rows), per):
            batch = rows[start : start + per]
            sql = f"{self.head} VALUES {', '.join([self.row] * len(batch))}"
            values = tuple(chain.from_iterable(map(self.values, batch)))
            connection.exec_driver_sql(sql, values)

    def _defaults(self, row: dict) -> dict:
        """Stored default values of the columns ``row`` leaves out."""
        defaults = {}
        for column in self.table.c:
            if column.key in row or column.computed is not None:
                continue
            if column.default is not None and column.default.is_scalar:
                value = column.default.arg
            elif column.nullable:
                value = None
            else:
                raise TypeError(f"bulk rows do not fill {self.table.name}.{column.key}")
            process = bind_processor(column, self.dialect)
            defaults[column.key] = process(value) if process and value is not None else value
        return defaults
