"""Table models for the customer page's tabs: consent history, orders, contacts and
complaints, requests and change history. One model per table, each over a short list of
immutable records that the tab replaces whenever it reads them again."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ...domain.records import AuditEntry, ConsentEvent, ContactEntry, Order
from ...services.requests import RequestView
from .. import labels
from ..format import format_date, format_money
from . import names

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class RecordTableModel(QAbstractTableModel):
    """Shared plumbing; subclasses name their columns and say what each cell shows."""

    CONTEXT = ""
    HEADERS: tuple[str, ...] = ()
    RIGHT_ALIGNED: tuple[int, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list = []

    def set_records(self, records: Sequence) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int):
        return self._records[row]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)
        if self._records:
            last = self.index(len(self._records) - 1, len(self.HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def cell(self, record, column: int) -> str:
        raise NotImplementedError

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(self._records[index.row()], index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.RIGHT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ConsentTableModel(RecordTableModel):
    CONTEXT = "ConsentTableModel"
    COL_DATE, COL_PURPOSE, COL_ACTION, COL_CHANNEL, COL_EVIDENCE = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("ConsentTableModel", "Date"),
        QT_TRANSLATE_NOOP("ConsentTableModel", "Purpose"),
        QT_TRANSLATE_NOOP("ConsentTableModel", "Consent"),
        QT_TRANSLATE_NOOP("ConsentTableModel", "Channel"),
        QT_TRANSLATE_NOOP("ConsentTableModel", "Evidence"),
    )

    def cell(self, record: ConsentEvent, column: int) -> str:
        return (
            format_date(record.at.date()),
            record.purpose,
            names.consent_action(record.action),
            names.channel(record.channel),
            record.evidence,
        )[column]


class OrderTableModel(RecordTableModel):
    CONTEXT = "OrderTableModel"
    COL_DATE, COL_REFERENCE, COL_DESCRIPTION, COL_AMOUNT, COL_STATUS = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("OrderTableModel", "Date"),
        QT_TRANSLATE_NOOP("OrderTableModel", "Reference"),
        QT_TRANSLATE_NOOP("OrderTableModel", "Description"),
        QT_TRANSLATE_NOOP("OrderTableModel", "Amount"),
        QT_TRANSLATE_NOOP("OrderTableModel", "Status"),
    )
    RIGHT_ALIGNED = (COL_AMOUNT,)

    def cell(self, record: Order, column: int) -> str:
        return (
            format_date(record.ordered_on),
            record.reference,
            record.description,
            format_money(record.amount_cents),
            names.order_status(record.status),
        )[column]


class ContactTableModel(RecordTableModel):
    CONTEXT = "ContactTableModel"
    COL_DATE, COL_KIND, COL_CHANNEL, COL_SUMMARY = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("ContactTableModel", "Date"),
        QT_TRANSLATE_NOOP("ContactTableModel", "Kind"),
        QT_TRANSLATE_NOOP("ContactTableModel", "Channel"),
        QT_TRANSLATE_NOOP("ContactTableModel", "Summary"),
    )

    def cell(self, record: ContactEntry, column: int) -> str:
        return (
            format_date(record.on),
            names.contact_kind(record.kind),
            names.channel(record.channel),
            record.summary,
        )[column]


class RequestTableModel(RecordTableModel):
    CONTEXT = "RequestTableModel"
    COL_RECEIVED, COL_TYPE, COL_STATUS, COL_DUE = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("RequestTableModel", "Received"),
        QT_TRANSLATE_NOOP("RequestTableModel", "Request"),
        QT_TRANSLATE_NOOP("RequestTableModel", "Status"),
        QT_TRANSLATE_NOOP("RequestTableModel", "Due"),
    )

    def cell(self, record: RequestView, column: int) -> str:
        request = record.request
        return (
            format_date(request.received),
            labels.request_type(request.type),
            labels.request_status(request.status),
            format_date(record.deadlines.effective_due),
        )[column]


class HistoryTableModel(RecordTableModel):
    CONTEXT = "HistoryTableModel"
    COL_WHEN, COL_ACTION, COL_FIELDS = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("HistoryTableModel", "When"),
        QT_TRANSLATE_NOOP("HistoryTableModel", "What"),
        QT_TRANSLATE_NOOP("HistoryTableModel", "Fields"),
    )

    def cell(self, record: AuditEntry, column: int) -> str:
        return (
            f"{format_date(record.at.date())} {record.at:%H:%M}",
            names.audit_action(record.action),
            names.fields(record.fields),
        )[column]
