"""Processors and other recipients: name, service, country, transfer mechanism, contract date
and next review. Given today (``set_today``), a review that has passed is marked overdue and one
within 30 days soon, with the request clock's colours, bold and icon (colour is never the only
sign) and a tooltip saying so."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from ..domain.clock import Urgency
from ..domain.processors import MECHANISM_LABELS, Processor, review_due
from .format import format_date
from .requests.table_model import ClockCells
from .view_list_model import ViewListModel

COL_NAME, COL_SERVICE, COL_COUNTRY, COL_MECHANISM, COL_CONTRACT, COL_REVIEW = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("ProcessorsTableModel", "Processor"),
    QT_TRANSLATE_NOOP("ProcessorsTableModel", "Service"),
    QT_TRANSLATE_NOOP("ProcessorsTableModel", "Country"),
    QT_TRANSLATE_NOOP("ProcessorsTableModel", "Transfer mechanism"),
    QT_TRANSLATE_NOOP("ProcessorsTableModel", "Contract date"),
    QT_TRANSLATE_NOOP("ProcessorsTableModel", "Contract review"),
)
ID_ROLE = Qt.ItemDataRole.UserRole


class ProcessorsTableModel(ViewListModel[Processor]):
    CONTEXT = "ProcessorsTableModel"
    HEADERS = HEADERS
    ID_ROLE = ID_ROLE

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._today: date | None = None
        self._clock = ClockCells()

    def set_today(self, today: date) -> None:
        """Reviews are due against ``today`` from the next ``set_views`` on."""
        self._today = today

    @staticmethod
    def view_id(item: Processor) -> int | None:
        return item.id

    def urgency(self, item: Processor) -> Urgency:
        """OVERDUE when the review date has passed, SOON within 30 days, else OK."""
        if self._today is None or not review_due(item, self._today):
            return Urgency.OK
        return Urgency.OVERDUE if item.review_on < self._today else Urgency.SOON

    def display(self, item: Processor, column: int) -> str:
        return (
            item.name,
            item.service,
            item.country,
            QCoreApplication.translate("Processor", MECHANISM_LABELS[item.mechanism]),
            format_date(item.contract_on) if item.contract_on else "",
            format_date(item.review_on) if item.review_on else "",
        )[column]

    def tooltip(self, item: Processor, column: int) -> str | None:
        level = self.urgency(item)
        if column != COL_REVIEW or level is Urgency.OK:
            return None
        if level is Urgency.OVERDUE:
            return QCoreApplication.translate("ProcessorsTableModel", "The review date has passed")
        return QCoreApplication.translate(
            "ProcessorsTableModel", "The review is due within 30 days"
        )

    def foreground(self, item: Processor, column: int):
        level = self.urgency(item)
        if column != COL_REVIEW or level is Urgency.OK:
            return None
        return self._clock.foreground(level)

    def role_data(self, item: Processor, column: int, role: int):
        level = self.urgency(item)
        if column != COL_REVIEW or level is Urgency.OK:
            return None
        return self._clock.role_data(level, role, with_icon=True)
