"""Table models for the customer page's tabs: consent history, orders, contacts and
complaints, requests and change history. One model per table, each over a short list of
immutable records that the tab replaces whenever it reads them again."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...domain.records import AuditEntry, ConsentEvent, ContactEntry, Order
from ...services.requests import RequestView
from .. import labels
from ..format import format_date, format_money
from ..view_list_model import ViewListModel
from . import names


class RecordTableModel(ViewListModel):
    """A customer tab's list: each cell's tooltip repeats it in full (the columns are narrow)."""

    def tooltip(self, record, column: int) -> str:
        return self.display(record, column)


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

    def display(self, record: ConsentEvent, column: int) -> str:
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

    def display(self, record: Order, column: int) -> str:
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

    def display(self, record: ContactEntry, column: int) -> str:
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

    def display(self, record: RequestView, column: int) -> str:
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

    def display(self, record: AuditEntry, column: int) -> str:
        return (
            f"{format_date(record.at.date())} {record.at:%H:%M}",
            names.audit_action(record.action),
            names.fields(record.fields),
        )[column]
