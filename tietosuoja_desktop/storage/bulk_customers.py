"""New customers in bulk, column by column (the CSV import's writer): values in the stored
form SQLAlchemy would give them, columns with one value in every row written as literals."""

from __future__ import annotations

import json
import operator
from dataclasses import fields
from datetime import date, datetime
from typing import NamedTuple

from ..domain.records import Customer
from .models import CustomerRow

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


class CustomerColumns:
    """The customer table's columns for a chunk of new customers, column by column in the
    table's own order, dates converted by SQLAlchemy's own processors, so bulk-inserted rows
    read back exactly like rows the ORM wrote. Columns the record does not have get their
    declared default. Built a column at a time (one ``map`` over the chunk per column), which
    costs a fraction of assembling rows one by one."""

    def __init__(self, session) -> None:
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
                raise RuntimeError(f"bulk rows do not fill customer.{name}")
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

    def statement(self, columns: list[list]) -> CustomerInsert:
        """The INSERT of columns made by :meth:`new_columns` (made beside the writer, on its
        helper thread). A column with one value in every row (NULL flags, the import's
        timestamp, an empty country...) goes into the statement as a literal; the rest go in as
        one JSON text, each row an array of its values."""
        constant = [
            index
            for index, values in enumerate(columns)
            if values.count(values[0]) == len(values) and _literal(values[0]) is not None
        ]
        varying = [index for index in range(len(columns)) if index not in constant]
        names = [self._names[i] for i in varying + constant]
        slots = [f"value ->> {n}" for n in range(len(varying))]
        slots += [_literal(columns[i][0]) for i in constant]
        sql = f"INSERT INTO customer ({', '.join(names)}) SELECT {', '.join(slots)} "
        sql += "FROM json_each(?)"
        # One JSON array of the varying values per row, read by SQLite's JSON functions: binding
        # them one by one from Python was most of the insert (100,000 rows: 3.1 s).
        rows = list(zip(*(columns[i] for i in varying), strict=True)) if varying else None
        return CustomerInsert(sql, (json.dumps(rows or [[]] * len(columns[0])),))


class CustomerInsert(NamedTuple):
    """An INSERT of new customers and its parameters, for ``exec_driver_sql``."""

    sql: str
    parameters: tuple[str]

    def run(self, connection) -> None:
        connection.exec_driver_sql(self.sql, self.parameters)
