"""On start, a notice of the requests due within seven days or already overdue: a window of its
own that does not block the main window, skipped when nothing is due."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.clock import Urgency
from ..style import heading
from .table_model import COL_ID, COL_RECEIVED, COL_SUBJECT, ID_ROLE, RequestsTableModel

NOTICE_DAYS = 7


class StartNotice(QDialog):
    def __init__(
        self,
        views: list,
        open_request: Callable[[int], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setModal(False)
        self.setMinimumWidth(640)
        self._open_request = open_request
        self._overdue = sum(1 for v in views if v.urgency is Urgency.OVERDUE)
        self._due = len(views) - self._overdue
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        heading(self.title, 1.2)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.model = RequestsTableModel(self)
        self.model.set_views(views)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves; arrows move inside
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setColumnHidden(COL_ID, True)
        self.table.setColumnHidden(COL_RECEIVED, True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SUBJECT, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._activated)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self._open_current)
        self.open_button.setEnabled(open_request is not None)
        self.close_button = QPushButton(self)
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectRow(0)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Requests need attention"))
        self.title.setText(self.tr("Requests due within a week or overdue"))
        parts = []
        if self._overdue:
            parts.append(self.tr("%n request(s) overdue.", "", self._overdue))
        if self._due:
            parts.append(self.tr("%n request(s) due within seven days.", "", self._due))
        self.text.setText(" ".join(parts))
        self.open_button.setText(self.tr("&Open the request"))
        self.close_button.setText(self.tr("Close"))
        self.table.setAccessibleName(self.title.text())
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _activated(self, index) -> None:
        request_id = index.data(ID_ROLE)
        if request_id is not None and self._open_request is not None:
            self._open_request(request_id)
            self.close()

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._activated(self.model.index(index.row(), 0))


def show_start_notice(
    parent: QWidget | None, services, open_request: Callable[[int], None] | None = None
) -> StartNotice | None:
    """Show the notice when requests are due within seven days or overdue; None when none is
    (nothing is shown). The query reads only open requests due soon, so it is quick."""
    views = services.requests.due_soon_or_overdue(NOTICE_DAYS)
    if not views:
        return None
    notice = StartNotice(views, open_request, parent)
    notice.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    notice.show()
    return notice
