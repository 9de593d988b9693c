"""Exporting the customer list and marketing lists as CSV or XLSX.

Restricted people (Art 18) are in no export. A marketing list also leaves out everyone with a
direct-marketing prohibition (Art 21(2)-(3)) and everyone whose latest consent event for the
purpose is not "given" (never asked, or withdrawn: Art 7(3)); the report says how many were left
out for which reason. Cells a spreadsheet would run as formulas are neutralised (CSV: a
leading apostrophe; XLSX: text cells with Excel's quote prefix). Files are written beside their
final name and moved into place when complete. Each export is audited (what, not who)."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import and_, func, select

from ..domain.enums import ConsentAction, StrEnum
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..storage.models import ConsentRow, CustomerRow
from . import audit, csv_files

Translate = Callable[[str, str], str] | None


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


class LeftOut(StrEnum):
    """Why someone is not in an export."""

    RESTRICTED = "restricted"
    MARKETING_PROHIBITED = "marketing_prohibited"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    NO_CONSENT = "no_consent"


LEFT_OUT_LABELS = {
    LeftOut.RESTRICTED: QT_TRANSLATE_NOOP("Export", "processing restricted"),
    LeftOut.MARKETING_PROHIBITED: QT_TRANSLATE_NOOP("Export", "marketing prohibited"),
    LeftOut.CONSENT_WITHDRAWN: QT_TRANSLATE_NOOP("Export", "consent withdrawn"),
    LeftOut.NO_CONSENT: QT_TRANSLATE_NOOP("Export", "no consent for the purpose"),
}

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
    (QT_TRANSLATE_NOOP("Export", "Consent given"), "consent_at"),
)
CHUNK = 5000


@dataclass(frozen=True)
class ExportReport:
    path: Path
    format: ExportFormat
    exported: int
    left_out: dict[str, int] = field(default_factory=dict)  # LeftOut value -> how many
    purpose: str = ""

    @property
    def left_out_total(self) -> int:
        return sum(self.left_out.values())


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


def write_xlsx(path: Path, headers: list[str], rows: Iterator[list[object]], sheet: str) -> int:
    """Rows as an XLSX sheet, streamed (constant memory); text is always a text cell, and text
    a spreadsheet could take for a formula also gets Excel's quote prefix."""
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
        worksheet = workbook.add_worksheet(sheet[:31])
        worksheet.freeze_panes(1, 0)
        for column, header in enumerate(headers):
            worksheet.write_string(0, column, header, bold)
        for count, row in enumerate(rows, start=1):
            for column, value in enumerate(row):
                value = _cell(value)
                if isinstance(value, int | float) and not isinstance(value, bool):
                    worksheet.write_number(count, column, value)
                elif value != "":
                    text = str(value)
                    risky = text.startswith(csv_files.FORMULA_START)
                    worksheet.write_string(count, column, text, quoted if risky else None)
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

    def marketing_purposes(self) -> list[str]:
        """Every purpose that consents have been recorded for, alphabetically."""
        with self._db.reading() as session:
            return sorted(session.scalars(select(ConsentRow.purpose).distinct()))

    def customers(
        self, path: Path, fmt: str | None = None, translate: Translate = None
    ) -> ExportReport:
        """The customer list (everyone but restricted people), in id order."""
        fmt_ = format_for(path, fmt)
        left_out: Counter[str] = Counter()
        names = [name for _, name in CUSTOMER_COLUMNS]

        def rows(session) -> Iterator[list[object]]:
            statement = select(CustomerRow).order_by(CustomerRow.id)
            for row in session.scalars(statement.execution_options(yield_per=CHUNK)):
                if row.restricted_on is not None:
                    left_out[LeftOut.RESTRICTED.value] += 1
                    continue
                yield [getattr(row, name) for name in names]

        exported = self._write(path, fmt_, CUSTOMER_COLUMNS, rows, translate, "customer_list")
        return ExportReport(Path(path), fmt_, exported, dict(left_out))

    def marketing(
        self, path: Path, purpose: str, fmt: str | None = None, translate: Translate = None
    ) -> ExportReport:
        """Everyone who may be sent marketing for ``purpose`` right now."""
        fmt_ = format_for(path, fmt)
        purpose = purpose.strip()
        left_out: Counter[str] = Counter()
        names = [name for _, name in MARKETING_COLUMNS[:-1]]
        ranked = (
            select(
                ConsentRow.customer_id,
                ConsentRow.action,
                ConsentRow.at,
                func.row_number()
                .over(
                    partition_by=ConsentRow.customer_id,
                    order_by=(ConsentRow.at.desc(), ConsentRow.id.desc()),
                )
                .label("rank"),
            )
            .where(ConsentRow.purpose == purpose)
            .subquery()
        )
        latest = and_(ranked.c.customer_id == CustomerRow.id, ranked.c.rank == 1)

        def rows(session) -> Iterator[list[object]]:
            statement = (
                select(CustomerRow, ranked.c.action, ranked.c.at)
                .outerjoin(ranked, latest)
                .order_by(CustomerRow.last_name_key, CustomerRow.first_name_key, CustomerRow.id)
            )
            for row, action, at in session.execute(statement.execution_options(yield_per=CHUNK)):
                reason = _marketing_reason(row, action)
                if reason is not None:
                    left_out[reason.value] += 1
                    continue
                yield [*(getattr(row, name) for name in names), at]

        exported = self._write(path, fmt_, MARKETING_COLUMNS, rows, translate, "marketing_list")
        return ExportReport(Path(path), fmt_, exported, dict(left_out), purpose)

    def _write(self, path, fmt_, columns, rows, translate, what: str) -> int:
        tr = translate or (lambda _context, source: source)
        headers = [tr("Export", header) for header, _ in columns]
        with self._db.reading() as session:
            if fmt_ is ExportFormat.XLSX:
                sheet = tr("Export", "Customers" if what == "customer_list" else "Marketing")
                exported = write_xlsx(Path(path), headers, rows(session), sheet)
            else:
                exported = csv_files.write_csv(
                    Path(path), headers, ([_cell(v) for v in row] for row in rows(session))
                )
        with self._db.transaction() as session:
            audit.record(session, self._clock.now(), "export", "customer", None, [what, fmt_.value])
        return exported


def _marketing_reason(row: CustomerRow, action: str | None) -> LeftOut | None:
    if row.marketing_prohibited_on is not None:
        return LeftOut.MARKETING_PROHIBITED
    if row.restricted_on is not None:
        return LeftOut.RESTRICTED
    if action is None:
        return LeftOut.NO_CONSENT
    if action != ConsentAction.GIVEN.value:
        return LeftOut.CONSENT_WITHDRAWN
    return None
