"""Importing customers (and optionally their orders) from a CSV file.

Three steps, so a window can show each: :meth:`Importer.read` a file, :meth:`Importer.preview`
it through a column mapping (every row valid, a duplicate, or refused with its reasons; nothing
written), then :meth:`Importer.run` the preview: every accepted row in one transaction, with
progress and cancellation (a cancelled or failed import leaves nothing behind). Rows go in with
bulk inserts, as the demo generator does; the audit trail gets one entry naming fields, never
values."""

from __future__ import annotations

import gc
import threading
from collections import Counter
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from ..domain.bulk_validation import clean_values
from ..domain.csv_mapping import ColumnMapping, RowReader, Target, problem
from ..domain.enums import OnDuplicate, StrEnum
from ..domain.i18n import QT_TRANSLATE_NOOP, Message
from ..domain.records import Customer, Order
from ..domain.validation import Problem
from ..storage import key_queries
from ..storage.mapping import CUSTOMER_FIELDS
from ..storage.models import RegisterRow
from . import csv_files, import_writer
from .csv_files import CsvTable
from .import_writer import ExistingCustomer, ImportResult, NewCustomer, Plan, fill_blanks

MSG_OPEN_QUOTE = QT_TRANSLATE_NOOP(
    "Import",
    "A quotation mark in this row is not closed, so the following lines were read into it.",
)
MSG_NO_REGISTER = QT_TRANSLATE_NOOP("Import", "There is no register %1.")
MSG_ORDER_IN_FUTURE = QT_TRANSLATE_NOOP("Import", "The order date cannot be in the future.")
MSG_UTF8_ONLY_COLUMN = QT_TRANSLATE_NOOP(
    "Import",
    "The column “%1” is recognised only when the file is read as UTF-8 (as “%2”); read as %3 it "
    "is not imported unless you choose what to import it as.",
)
MSG_MARKETING_WITHOUT_PURPOSE = QT_TRANSLATE_NOOP(
    "Import",
    "The marketing permission columns are not imported: choose the marketing purpose they are "
    "consents for.",
)

Progress = Callable[[int, int], None]
Cancel = threading.Event | Callable[[], bool] | None


class RowStatus(StrEnum):
    NEW = "new"
    DUPLICATE = "duplicate"
    INVALID = "invalid"


class ImportCancelled(Exception):
    """The person cancelled; the transaction was rolled back and nothing was imported."""


@dataclass(frozen=True)
class Duplicate:
    """What a row duplicates: a customer in the register (``customer_id``) or an earlier row of
    the same file (``line``), found by ``key`` (email, business_id or personal_id)."""

    key: str
    customer_id: int | None = None
    line: int | None = None


@dataclass(slots=True)
class RowResult:
    line: int
    values: tuple[str, ...]
    customer: Customer  # cleaned when the row is valid, as read otherwise
    order: Order | None
    problems: tuple[Problem, ...] = ()
    duplicate: Duplicate | None = None
    marketing: tuple = ()  # (channel, yes or no) per marketing permission column answered

    @property
    def status(self) -> RowStatus:
        if self.problems:
            return RowStatus.INVALID
        return RowStatus.DUPLICATE if self.duplicate else RowStatus.NEW


@dataclass(frozen=True)
class ImportOptions:
    on_duplicate: OnDuplicate = OnDuplicate.SKIP
    with_orders: bool = False
    register_ids: tuple[int, ...] = ()
    # The purpose the marketing permission columns are consents for; "" leaves them out.
    marketing_purpose: str = ""


@dataclass
class ImportPreview:
    table: CsvTable
    mapping: ColumnMapping
    options: ImportOptions
    rows: list[RowResult] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # the mapping's, for the whole file
    warnings: list[Message] = field(default_factory=list)  # nothing stops, the person is told

    @property
    def counts(self) -> dict[str, int]:
        counted = Counter(row.status.value for row in self.rows)
        return {status.value: counted.get(status.value, 0) for status in RowStatus}

    @property
    def can_import(self) -> bool:
        return not self.problems and any(r.status is not RowStatus.INVALID for r in self.rows)

    def rejected(self) -> list[RowResult]:
        return [row for row in self.rows if row.status is RowStatus.INVALID]


DUPLICATE_KEYS = (
    ("email", str.casefold),
    ("business_id", str.strip),
    ("personal_id", str.strip),
)


# Where a key already seen points: (customer id in the register, None) or (None, line).
_Target = tuple[int | None, int | None]


def duplicate_keys(customer: Customer) -> list[tuple[str, str]]:
    """(key name, normal form) of the customer's e-mail, business ID and henkilötunnus."""
    keys = []
    for name, normal in DUPLICATE_KEYS:
        value = getattr(customer, name)
        if value:
            keys.append((name, normal(value)))
    return keys


def _find_duplicate(
    keys: list[tuple[str, str]],
    register: dict[str, dict[str, int]],
    in_file: dict[str, dict[str, _Target]],
) -> Duplicate | None:
    for name, key in keys:
        customer_id = register[name].get(key)
        if customer_id is not None:
            return Duplicate(name, customer_id=customer_id)
        seen = in_file[name].get(key)
        if seen is not None:
            return Duplicate(name, customer_id=seen[0], line=seen[1])
    return None


@contextmanager
def _no_cyclic_gc():
    """Pause the cyclic garbage collector while hundreds of thousands of small records are
    made: none of them form cycles, and each collection would walk them all again (a fifth of
    the time of a large preview)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def is_cancelled(cancel: Cancel) -> bool:
    if cancel is None:
        return False
    if isinstance(cancel, threading.Event):
        return cancel.is_set()
    return bool(cancel())


class Importer:
    """The import use case for one open register (``services`` is the facade)."""

    def __init__(self, services) -> None:
        self._db = services.db
        self._clock = services.clock

    # -- reading and checking ------------------------------------------------------------

    @staticmethod
    def read(path: Path, *, encoding: str | None = None, delimiter: str | None = None):
        return csv_files.read_table(path, encoding=encoding, delimiter=delimiter)

    def default_register_ids(self) -> tuple[int, ...]:
        """The first register (usually the customer register), when there is one."""
        with self._db.reading() as session:
            first = session.scalar(select(RegisterRow.id).order_by(RegisterRow.id).limit(1))
        return () if first is None else (first,)

    def _existing_keys(self, accepted: list[RowResult]) -> dict[str, dict[str, int]]:
        """Key name -> normal form -> the first customer in the register holding it, for the
        keys of the ``accepted`` rows only (found by SQLite: storage/key_queries.py)."""
        keys: dict[str, dict[str, int]] = {name: {} for name, _ in DUPLICATE_KEYS}
        with self._db.reading() as session:
            if not key_queries.any_customer(session):
                return keys  # a new register: nothing to look for
            wanted: dict[str, set[str]] = {name: set() for name, _ in DUPLICATE_KEYS}
            for result in accepted:
                for name, key in duplicate_keys(result.customer):
                    wanted[name].add(key)
            for name, normal in DUPLICATE_KEYS:
                for customer_id, form in key_queries.holding(session, name, normal, wanted[name]):
                    keys[name].setdefault(form, customer_id)
        return keys

    def preview(
        self,
        table: CsvTable,
        mapping: ColumnMapping | None = None,
        options: ImportOptions | None = None,
        *,
        progress: Progress | None = None,
        cancel: Cancel = None,
    ) -> ImportPreview:
        """Check every row and find duplicates; nothing is written."""
        mapping = mapping or ColumnMapping.guess(table.headers)
        options = options or ImportOptions()
        preview = ImportPreview(table, mapping, options)
        preview.problems = mapping.problems(with_orders=options.with_orders)
        preview.warnings = column_warnings(table, mapping)
        preview.warnings += marketing_warnings(mapping, options.marketing_purpose)
        with self._db.reading() as session:
            known = set(session.scalars(select(RegisterRow.id)))
        for register_id in options.register_ids:
            if register_id not in known:
                preview.problems.append(problem("register_ids", MSG_NO_REGISTER, register_id))
        if preview.problems:
            return preview
        with _no_cyclic_gc():
            self._check_rows(preview, progress, cancel)
        if progress:
            progress(len(table.rows), len(table.rows))
        return preview

    def _check_rows(self, preview: ImportPreview, progress, cancel) -> None:
        """Every row checked, then the valid ones' duplicates found: of customers in the
        register (only those holding the file's keys are read) and of earlier rows."""
        accepted = self._clean_rows(preview, progress, cancel)
        register = self._existing_keys(accepted)
        in_file: dict[str, dict[str, _Target]] = {name: {} for name, _ in DUPLICATE_KEYS}
        for result in accepted:
            keys = duplicate_keys(result.customer)
            duplicate = _find_duplicate(keys, register, in_file)
            # Later rows repeating this one's keys point where this one points.
            if duplicate is None:
                target: _Target = (None, result.line)
            else:
                target = (duplicate.customer_id, duplicate.line)
                result.duplicate = duplicate
            for name, key in keys:
                in_file[name].setdefault(key, target)

    def _clean_rows(self, preview: ImportPreview, progress, cancel) -> list[RowResult]:
        """Every row read and checked into ``preview.rows``; returns the valid ones."""
        table, mapping, options = preview.table, preview.mapping, preview.options
        reader = RowReader(mapping, len(table.headers), with_orders=options.with_orders)
        today = self._clock.today()
        total = len(table.rows)
        register_ids = options.register_ids
        accepted = []
        for index, row in enumerate(table.rows):
            if index % 2000 == 0:
                if is_cancelled(cancel):
                    raise ImportCancelled
                if progress:
                    progress(index, total)
            parsed = reader.read(row.values)
            values = parsed.values
            if register_ids:
                values["register_ids"] = register_ids
            customer, found = clean_values(values, today)
            problems = parsed.problems
            if parsed.order is not None and parsed.order.ordered_on > today:
                problems = (*problems, problem("order_date", MSG_ORDER_IN_FUTURE))
            if row.open_quote:
                problems = (problem("row", MSG_OPEN_QUOTE), *problems)
            if problems or found:
                preview.rows.append(
                    RowResult(row.line, row.values, customer, parsed.order, (*problems, *found))
                )
                continue
            result = RowResult(
                row.line, row.values, customer, parsed.order, (), None, parsed.marketing
            )
            preview.rows.append(result)
            accepted.append(result)
        return accepted

    # -- writing -------------------------------------------------------------------------

    def run(
        self,
        preview: ImportPreview,
        *,
        progress: Progress | None = None,
        cancel: Cancel = None,
    ) -> ImportResult:
        """Import the accepted rows of ``preview`` in one transaction. Raises
        :class:`ImportCancelled` (after rolling back) when ``cancel`` is set."""
        if preview.problems:
            raise ValueError("the preview has problems with the whole file")
        with _no_cyclic_gc():  # a plan object per row, as in the preview
            plan = make_plan(preview)
        now = self._clock.now()
        # What proves an imported permission: the web shop's file and the day it was imported.
        plan.evidence = f"{preview.table.path.name}, {now.date().isoformat()}"
        with self._db.transaction() as session, _no_cyclic_gc():
            result = import_writer.write(
                session,
                plan,
                now,
                progress=progress,
                check_cancel=lambda: is_cancelled(cancel),
                cancelled=ImportCancelled,
            )
        return result

    # -- the rows left out ---------------------------------------------------------------

    @staticmethod
    def write_rejected(
        preview: ImportPreview,
        path: Path,
        translate: Callable[[str, str], str] | None = None,
    ) -> int:
        """Save the refused rows as they were, with their line numbers and reasons in front,
        in the file's own delimiter; returns how many were written."""
        tr = translate or (lambda _context, source: source)
        headers = [tr("Import", "Line"), tr("Import", "Reasons"), *preview.table.headers]
        rows = (
            [row.line, "; ".join(_reason(p, translate) for p in row.problems), *row.values]
            for row in preview.rejected()
        )
        return csv_files.write_csv(path, headers, rows, delimiter=preview.table.delimiter)


def column_warnings(table: CsvTable, mapping: ColumnMapping) -> list[Message]:
    """A column left out only because of the encoding the file is read in (its header is
    recognised in UTF-8) is never dropped without a word."""
    return [
        Message("Import", MSG_UTF8_ONLY_COLUMN, (table.headers[i], utf8, table.encoding_name))
        for i, utf8, _target in table.utf8_only_columns
        if mapping.targets[i] is Target.IGNORE
    ]


def marketing_warnings(mapping: ColumnMapping, purpose: str) -> list[Message]:
    """Marketing permission columns are never left out without a word."""
    if any(t.is_marketing for t in mapping.targets) and not purpose.strip():
        return [Message("Import", MSG_MARKETING_WITHOUT_PURPOSE)]
    return []


def make_plan(preview: ImportPreview) -> Plan:
    """What :meth:`Importer.run` will write: new customers (merged with their repeats in the
    file when merging), register customers to merge into, and orders for both."""
    options = preview.options
    merge = options.on_duplicate is OnDuplicate.MERGE
    purpose = options.marketing_purpose.strip()
    plan = Plan(register_ids=options.register_ids, marketing_purpose=purpose)
    leaders: dict[int, NewCustomer] = {}
    for row in preview.rows:
        status = row.status
        if status is RowStatus.INVALID:
            plan.rejected += 1
            continue
        orders = (row.order,) if options.with_orders and row.order else ()
        marketing = row.marketing if purpose else ()
        if status is RowStatus.NEW:
            leaders[row.line] = NewCustomer(row.customer, orders, marketing)
            plan.new.append(leaders[row.line])
            continue
        duplicate = row.duplicate
        if duplicate.customer_id is not None:
            target = plan.existing.setdefault(duplicate.customer_id, ExistingCustomer())
            if merge:
                target.fills.append(row.customer)
            target.orders.extend(orders)
            target.marketing.extend(marketing)
        else:
            leader = leaders[duplicate.line]
            if merge:
                leader.customer = fill_blanks(leader.customer, row.customer)[0]
            leader.orders += orders
            leader.marketing += marketing
        if merge:
            plan.merged += 1
        else:
            plan.skipped += 1
    mapped = {t.value for t in preview.mapping.targets}
    if "full_name" in mapped:
        mapped |= {"first_name", "last_name"}
    if "street_address_2" in mapped:
        mapped.add("street_address")
    names = [f for f in CUSTOMER_FIELDS if f in mapped]
    names += ["register_ids"] if plan.register_ids else []
    names += ["orders"] if options.with_orders and preview.mapping.has_orders else []
    has_marketing = any(t.is_marketing for t in preview.mapping.targets)
    names += ["consents"] if purpose and has_marketing else []
    plan.fields = tuple(names)
    return plan


def _reason(found: Problem, translate) -> str:
    text = found.render(translate)
    return text if found.field in ("row", "mapping") else f"{found.field}: {text}"
