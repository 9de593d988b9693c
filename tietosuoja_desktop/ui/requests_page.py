"""The Requests page: every data-subject request with its legal clock, coloured by urgency.
Logging and answering requests arrive with the requests feature; this page lists and explains."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.clock import explain
from ..domain.enums import RequestStatus
from ..translation import render
from . import labels
from .requests_table_model import COL_DUE, COL_SUBJECT, ID_ROLE, SORT_ROLE, RequestsTableModel
from .style import heading, set_role

FILTER_OPEN, FILTER_ATTENTION, FILTER_CLOSED, FILTER_ALL = range(4)
CLOSED = tuple(status for status in RequestStatus if status.is_closed)


class RequestsPage(QWidget):
    dataChanged = Signal()  # noqa: N815 - the pages contract, Qt spelling

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.title = QLabel(self)
        heading(self.title)
        self.filter_label = QLabel(self)
        self.filter = QComboBox(self)
        self.filter.addItems(["", "", "", ""])
        self.filter_label.setBuddy(self.filter)
        self.filter.currentIndexChanged.connect(self.refresh)
        self.count = QLabel(self)
        set_role(self.count, "hint")

        self.model = RequestsTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_DUE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SUBJECT, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        bar = QHBoxLayout()
        bar.addWidget(self.filter_label)
        bar.addWidget(self.filter)
        bar.addStretch(1)
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        self.retranslate_ui()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Data-subject requests"))
        self.filter_label.setText(self.tr("&Show:"))
        for index, text in enumerate(
            (
                self.tr("Open requests"),
                self.tr("Due within a week or overdue"),
                self.tr("Closed requests"),
                self.tr("All requests"),
            )
        ):
            self.filter.setItemText(index, text)
        self.table.setAccessibleName(self.tr("Requests"))
        self.model.retranslate()
        self._update_count()
        self._show_details(self.table.currentIndex())

    def refresh(self) -> None:
        requests = self.services.requests
        choice = self.filter.currentIndex()
        if choice == FILTER_OPEN:
            views = requests.list(open_only=True)
        elif choice == FILTER_ATTENTION:
            views = requests.due_soon_or_overdue(7)
        elif choice == FILTER_CLOSED:
            views = requests.list(statuses=CLOSED)
        else:
            views = requests.list()
        self.model.set_views(views)
        self._update_count()
        self._show_details(self.table.currentIndex())

    def focus_search(self) -> None:
        self.filter.setFocus()

    def show_request(self, request_id: int) -> None:
        """Select the request, switching to "all" when the current filter hides it."""
        for attempt in range(2):
            for row in range(self.proxy.rowCount()):
                index = self.proxy.index(row, 0)
                if index.data(ID_ROLE) == request_id:
                    flags = (
                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows
                    )
                    self.table.selectionModel().setCurrentIndex(index, flags)
                    self.table.scrollTo(index)
                    return
            if attempt == 0:
                self.filter.setCurrentIndex(FILTER_ALL)

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n request(s)", "", self.model.rowCount()))

    def _show_details(self, index) -> None:
        view = self.model.view_at(self.proxy.mapToSource(index).row()) if index.isValid() else None
        if view is None:
            self.details.setText(self.tr("Select a request to see how its deadline was counted."))
            return
        request = view.request
        lines = [
            f"{labels.request_type(request.type)} ({labels.article(request.type.article)})"
            f" · {view.subject}",
            render(explain(request.received, request.is_extended)),
        ]
        if request.description:
            lines.append(request.description)
        self.details.setText("\n".join(lines))
