"""Processors and other recipients: name, service, country, transfer mechanism, review date."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from ..domain.processors import MECHANISM_LABELS, Processor
from .format import format_date
from .view_list_model import ViewListModel

COL_NAME, COL_SERVICE, COL_COUNTRY, COL_MECHANISM, COL_REVIEW = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("ProcessorsTableModel", "Processor"),
    QT_TRANSLATE_NOOP("ProcessorsTableModel", "Service"),
    QT_TRANSLATE_NOOP("ProcessorsTableModel", "Country"),
    QT_TRANSLATE_NOOP("ProcessorsTableModel", "Transfer mechanism"),
    QT_TRANSLATE_NOOP("ProcessorsTableModel", "Contract review"),
)
ID_ROLE = Qt.ItemDataRole.UserRole


class ProcessorsTableModel(ViewListModel[Processor]):
    CONTEXT = "ProcessorsTableModel"
    HEADERS = HEADERS
    ID_ROLE = ID_ROLE

    @staticmethod
    def view_id(item: Processor) -> int | None:
        return item.id

    def display(self, item: Processor, column: int) -> str:
        return (
            item.name,
            item.service,
            item.country,
            QCoreApplication.translate("Processor", MECHANISM_LABELS[item.mechanism]),
            format_date(item.review_on) if item.review_on else "",
        )[column]
