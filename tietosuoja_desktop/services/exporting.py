"""Exporting the customer list and marketing lists as CSV or XLSX.

Restricted people (Art 18) are in no export. A marketing list is for one channel and one
purpose as of one day: it holds only the people the direct-marketing rules
(domain/marketing.py, ``may_market``) allow on that channel, each with the basis in a column,
and the report counts the others by the rules' reason (prohibited, refused on the channel,
restricted, consent withdrawn, existing-customer basis lapsed, no address or number, on the
suppression list, no consent). Whether the purpose is the business's own similar products (the
existing-customer rule) or concerns people in their role at a company (business contacts) is
the export's option, not stored with the purpose. Cells a spreadsheet would run as formulas are
neutralised (CSV: a leading apostrophe; XLSX: text cells with Excel's quote prefix). Files are
written beside their final name and moved into place when complete. Each export is audited:
what, the channel, the purpose and how many, never who."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from ..domain.enums import StrEnum
from ..domain.i18n import QT_TRANSLATE_NOOP, Message
from ..domain.marketing import (
    BASIS_LABELS,
    EXCLUSION_LABELS,
    Exclusion,
    MarketingChannel,
    MarketingPurpose,
    may_market,
    purchases_matter,
)
from ..storage.marketing_queries import COLUMNS, marketing_people
from ..storage.models import CustomerRow
from . import audit, csv_files

Translate = Callable[[str, str], str] | None


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


# (header, how to get the value from a customer row)
CUSTOMER_COLUMNS = (
    (QT_TRANSLATE_NOOP("Export", "Id"), "id"),
    (QT_TRANSLATE_NOOP("Export", "Type"), "kind"),
    (QT_TRANSLATE_NOOP("Export", "First name"), "first_name"),
    (QT_TRANSLATE_NOOP("Export", "Last name"), "last_name"),
    (QT_TRANSLATE_NOOP("Export", "Organisation"), "organisation"),
    (QT_TRANSLATE_NOOP("Export", "Business ID"), "business_id"),
    (QT_TRANSLATE_NOOP("Export", "Street address"), "street_address"),
    (QT_TRANSLATE_NOOP("Export", "Postal code"), "postal_code"),
    (QT_TRANSLATE_NOOP("Export", "City"), "city"),
    (QT_TRANSLATE_NOOP("Export", "Country"), "country"),
    (QT_TRANSLATE_NOOP("Export", "Phone"), "phone"),
    (QT_TRANSLATE_NOOP("Export", "E-mail"), "email"),
    (QT_TRANSLATE_NOOP("Export", "Language"), "language"),
    (QT_TRANSLATE_NOOP("Export", "Customer since"), "customer_since"),
    (QT_TRANSLATE_NOOP("Export", "Last activity"), "last_activity_on"),
    (QT_TRANSLATE_NOOP("Export", "Marketing prohibited since"), "marketing_prohibited_on"),
    (QT_TRANSLATE_NOOP("Export", "Notes"), "notes"),
)
MARKETING_COLUMNS = (
    (QT_TRANSLATE_NOOP("Export", "First name"), "first_name"),
    (QT_TRANSLATE_NOOP("Export", "Last name"), "last_name"),
    (QT_TRANSLATE_NOOP("Export", "Organisation"), "organisation"),
    (QT_TRANSLATE_NOOP("Export", "E-mail"), "email"),
    (QT_TRANSLATE_NOOP("Export", "Phone"), "phone"),
    (QT_TRANSLATE_NOOP("Export", "Language"), "language"),
    (QT_TRANSLATE_NOOP("Export", "Street address"), "street_address"),
    (QT_TRANSLATE_NOOP("Export", "Postal code"), "postal_code"),
    (QT_TRANSLATE_NOOP("Export", "City"), "city"),
    (QT_TRANSLATE_NOOP("Export", "Country"), "country"),
    (QT_TRANSLATE_NOOP("Export", "Basis"), "basis"),
    (QT_TRANSLATE_NOOP("Export", "Basis since"), "since"),
)
SHEETS = {
    "customer_list": QT_TRANSLATE_NOOP("Export", "Customers"),
    "marketing_list": QT_TRANSLATE_NOOP("Export", "Marketing"),
}
CHUNK = 5000


@dataclass(frozen=True)
class ExportReport:
    path: Path
    format: ExportFormat
    exported: int
    left_out: dict[str, int] = field(default_factory=dict)  # Exclusion value -> how many
    purpose: str = ""
    channel: MarketingChannel | None = None

    @property
    def left_out_total(self) -> int:
        return sum(self.left_out.values())


def left_out_message(reason: str) -> Message:
    """Why people were left out, in words (an ``Exclusion`` value)."""
    return Message("Marketing", EXCLUSION_LABELS[Exclusion(reason)])


def format_for(path: Path, requested: str | None = None) -> ExportFormat:
    """The requested format, else the one the file name ends in (CSV by default)."""
    if requested:
        return ExportFormat(requested.lower())
    return ExportFormat.XLSX if Path(path).suffix.lower() == ".xlsx" else ExportFormat.CSV


def _cell(value: object) -> object:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else value


# The rows of data one sheet holds (Excel's 1,048,576 rows, less the header). xlsxwriter does
# not raise for a row past it, it leaves it out: the rows go on in a further sheet instead.
SHEET_ROWS = 1_048_575


def write_xlsx(path: Path, headers: list[str], rows: Iterator[list[object]], sheet: str) -> int:
    """Rows as an XLSX sheet, streamed (constant memory); text is always a text cell, and text
    a spreadsheet could take for a formula also gets Excel's quote prefix. More rows than a
    sheet holds go on in sheets "<sheet> 2", "<sheet> 3"..., each with the headers."""
    import xlsxwriter  # xlsxwriter only for a spreadsheet export

    path = Path(path)
    temporary = path.with_name(f".{path.name}.part")
    count = 0
    try:
        workbook = xlsxwriter.Workbook(
            str(temporary),
            {"constant_memory": True, "tmpdir": str(path.parent), "strings_to_formulas": False},
        )
        bold = workbook.add_format({"bold": True})
        quoted = workbook.add_format({"quote_prefix": True})

        def new_sheet(number: int):
            name = sheet[:31] if number == 1 else f"{sheet[: 28 - len(str(number))]} {number}"
            worksheet = workbook.add_worksheet(name)
            worksheet.freeze_panes(1, 0)
            for column, header in enumerate(headers):
                worksheet.write_string(0, column, header, bold)
            return worksheet

        worksheet = new_sheet(1)
        line = 0
        for count, row in enumerate(rows, start=1):
            if line == SHEET_ROWS:
                worksheet, line = new_sheet(count // SHEET_ROWS + 1), 0
            line += 1
            for column, value in enumerate(row):
                value = _cell(value)
                if isinstance(value, int | float) and not isinstance(value, bool):
                    worksheet.write_number(line, column, value)
                elif value != "":
                    text = str(value)
                    risky = text.startswith(csv_files.FORMULA_START)
                    worksheet.write_string(line, column, text, quoted if risky else None)
        workbook.close()
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return count


class Exporter:
    """Exports of the open register of ``services``."""

    def __init__(self, services) -> None:
        self._db = services.db
        self._clock = services.clock
        self._marketing = services.marketing

    def customers(
        self, path: Path, fmt: str | None = None, translate: Translate = None
    ) -> ExportReport:
        """The customer list (everyone but restricted people), in id order."""
        fmt_ = format_for(path, fmt)
        left_out: Counter[str] = Counter()
        names = [name for _, name in CUSTOMER_COLUMNS]

        # Columns, not mapped objects: a million customers took 30 s, most of it the ORM's.
        table = CustomerRow.__table__
        statement = select(table.c.restricted_on, *(table.c[name] for name in names))
        statement = statement.order_by(table.c.id).execution_options(yield_per=CHUNK)

        def rows(session) -> Iterator[list[object]]:
            for restricted_on, *values in session.execute(statement):
                if restricted_on is not None:
                    left_out[Exclusion.RESTRICTED.value] += 1
                    continue
                yield values

        exported = self._write(path, fmt_, CUSTOMER_COLUMNS, rows, translate, ["customer_list"])
        return ExportReport(Path(path), fmt_, exported, dict(left_out))

    def marketing(
        self,
        path: Path,
        purpose: MarketingPurpose,
        channel: MarketingChannel,
        fmt: str | None = None,
        translate: Translate = None,
        today: date | None = None,
    ) -> ExportReport:
        """Everyone who may be sent marketing for ``purpose`` on ``channel`` on ``today``
        (default: the clock's today), in the customer list's order, with the basis."""
        fmt_ = format_for(path, fmt)
        channel = MarketingChannel(channel)
        today = today or self._clock.today()
        settings = self._marketing.settings()
        words = translate or (lambda _context, source: source)
        bases = {basis: words("Marketing", label) for basis, label in BASIS_LABELS.items()}
        left_out: Counter[str] = Counter()
        positions = [COLUMNS.index(name) for _, name in MARKETING_COLUMNS[:-2]]

        def rows(session) -> Iterator[list[object]]:
            suppression = self._marketing.suppression.current(session, channel)
            people = marketing_people(
                session, purpose.id, suppression=suppression, purchases=purchases_matter(purpose)
            )
            for row, person in people:
                verdict = may_market(person, channel, purpose, today, settings)
                if verdict.exclusion is not None:
                    left_out[verdict.exclusion.value] += 1
                    continue
                yield [*(row[i] for i in positions), bases[verdict.basis], verdict.since]

        what = ["marketing_list", f"channel={channel.value}", f"purpose={_audited(purpose.id)}"]
        exported = self._write(path, fmt_, MARKETING_COLUMNS, rows, translate, what)
        return ExportReport(Path(path), fmt_, exported, dict(left_out), purpose.id, channel)

    def _write(self, path, fmt_, columns, rows, translate, what: list[str]) -> int:
        tr = translate or (lambda _context, source: source)
        headers = [tr("Export", header) for header, _ in columns]
        with self._db.reading() as session:
            if fmt_ is ExportFormat.XLSX:
                sheet = tr("Export", SHEETS[what[0]])
                exported = write_xlsx(Path(path), headers, rows(session), sheet)
            else:
                cells = ([v if type(v) is str else _cell(v) for v in row] for row in rows(session))
                exported = csv_files.write_csv(Path(path), headers, cells)
        with self._db.transaction() as session:
            fields = [what[0], fmt_.value, *what[1:], f"count={exported}"]
            audit.record(session, self._clock.now(), "export", "customer", None, fields)
        return exported


def _audited(text: str) -> str:
    """A purpose's text as one field of an audit entry (its fields are joined by commas)."""
    return " ".join(text.replace(",", " ").split())
