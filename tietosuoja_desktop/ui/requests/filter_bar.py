"""The bar above the request list: search by name or number, filter by status and by type,
the count, and the buttons to log a request and to make the request log."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ...domain.enums import RequestStatus, RequestType
from .. import labels
from ..format import format_count

ATTENTION_DAYS = 7
OPEN, ATTENTION, OVERDUE, CLOSED, ALL = "open", "attention", "overdue", "closed", "all"
CLOSED_STATUSES = tuple(status for status in RequestStatus if status.is_closed)


class RequestFilterBar(QWidget):
    changed = Signal()  # a filter changed: the list must be read again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_label = QLabel(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance("M" * 7))
        self.search_label.setBuddy(self.search)
        self.status_label = QLabel(self)
        self.status = QComboBox(self)
        self.status_label.setBuddy(self.status)
        self.type_label = QLabel(self)
        self.type = QComboBox(self)
        self.type_label.setBuddy(self.type)
        for combo in (self.status, self.type):
            # Long Finnish names ("Odottaa henkilöllisyyden todentamista") would make the bar
            # wider than the page (at 1024 logical pixels, a 125 % laptop, the bar fits); the
            # open list still shows them whole.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(9)
            combo.currentIndexChanged.connect(self.changed)
        self.count = QLabel(self)
        self.new_button = QPushButton(self)
        self.report_button = QPushButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_label)
        layout.addWidget(self.search, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.status, 1)  # wider again where there is room
        layout.addWidget(self.type_label)
        layout.addWidget(self.type, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.new_button)
        layout.addWidget(self.report_button)
        self._counts = (0, 0)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Name or number"))
        self.search.setAccessibleName(self.tr("Search requests"))
        self.status_label.setText(self.tr("Sh&ow:"))
        self.type_label.setText(self.tr("T&ype:"))
        self.new_button.setText(self.tr("&Log a request…"))
        self.new_button.setToolTip(self.tr("Log a request that has arrived (Ctrl+N)"))
        self.report_button.setText(self.tr("Request lo&g…"))
        self.report_button.setToolTip(
            self.tr("All requests of a period as PDF and CSV, for the supervisory authority")
        )
        # These four were translated for the Requests page before the filters moved here.
        statuses = [
            (OPEN, QCoreApplication.translate("RequestsPage", "Open requests")),
            (ATTENTION, QCoreApplication.translate("RequestsPage", "Due within a week or overdue")),
            (OVERDUE, self.tr("Overdue")),
            (CLOSED, QCoreApplication.translate("RequestsPage", "Closed requests")),
            (ALL, QCoreApplication.translate("RequestsPage", "All requests")),
        ]
        statuses += [(status.value, labels.request_status(status)) for status in RequestStatus]
        self._fill(self.status, statuses, separator_after=5)
        types = [("", self.tr("All types"))]
        types += [(kind.value, labels.request_type(kind)) for kind in RequestType]
        self._fill(self.type, types)
        self.show_count(*self._counts)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    @staticmethod
    def _fill(combo: QComboBox, items, separator_after: int | None = None) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for index, (value, text) in enumerate(items):
            if index == separator_after:
                combo.insertSeparator(combo.count())
            combo.addItem(text, value)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
        combo.blockSignals(False)

    def query(self) -> dict:
        """The filters as ``RequestService.list`` arguments."""
        choice = self.status.currentData() or OPEN
        kind = self.type.currentData()
        query: dict = {"types": (RequestType(kind),) if kind else None}
        if choice == OPEN:
            query["open_only"] = True
        elif choice == ATTENTION:
            query.update(due_within=ATTENTION_DAYS, overdue=True)
        elif choice == OVERDUE:
            query["overdue"] = True
        elif choice == CLOSED:
            query["statuses"] = CLOSED_STATUSES
        elif choice != ALL:
            query["statuses"] = (RequestStatus(choice),)
        return query

    def set_status(self, value: str) -> None:
        self.status.setCurrentIndex(max(self.status.findData(value), 0))

    def set_type(self, kind: RequestType | None) -> None:
        self.type.setCurrentIndex(max(self.type.findData(kind.value if kind else ""), 0))

    def is_filtering(self) -> bool:
        return self.status.currentData() != OPEN or bool(self.type.currentData())

    def shows_everything(self) -> bool:
        return self.status.currentData() == ALL and not self.type.currentData()

    def show_everything(self) -> None:
        self.type.blockSignals(True)
        self.set_type(None)
        self.type.blockSignals(False)
        if self.status.currentData() == ALL:
            self.changed.emit()
        else:
            self.set_status(ALL)

    def show_count(self, shown: int, total: int) -> None:
        self._counts = (shown, total)
        if shown == total:
            text = self.tr("%n request(s)", "", total)
        else:
            text = self.tr("%1 of %2").replace("%1", format_count(shown))
            text = text.replace("%2", format_count(total))
        self.count.setText(text)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
