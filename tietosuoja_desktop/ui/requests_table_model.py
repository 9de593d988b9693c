"""Data-subject requests as a table: what, whose, when received, when due and how urgent."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ..domain.clock import explain
from ..services.requests import RequestView
from ..translation import render
from . import labels
from .format import format_date, format_days_left
from .style import urgency_background, urgency_foreground

COL_TYPE, COL_SUBJECT, COL_RECEIVED, COL_DUE, COL_DAYS_LEFT, COL_STATUS = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("RequestsTableModel", "Request"),
    QT_TRANSLATE_NOOP("RequestsTableModel", "Person"),
    QT_TRANSLATE_NOOP("RequestsTableModel", "Received"),
    QT_TRANSLATE_NOOP("RequestsTableModel", "Due"),
    QT_TRANSLATE_NOOP("RequestsTableModel", "Time left"),
    QT_TRANSLATE_NOOP("RequestsTableModel", "Status"),
)
SORT_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_DAYS_CLOSED = 1_000_000  # closed requests sort after every open one


class RequestsTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._views: list[RequestView] = []

    def set_views(self, views: list[RequestView]) -> None:
        self.beginResetModel()
        self._views = list(views)
        self.endResetModel()

    def view_at(self, row: int) -> RequestView | None:
        return self._views[row] if 0 <= row < len(self._views) else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        if self._views:
            last = self.index(len(self._views) - 1, len(HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.DisplayRole])

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._views)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if 0 <= section < len(HEADERS):
            return QCoreApplication.translate("RequestsTableModel", HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        view = self._views[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(view, column)
        if role == SORT_ROLE:
            return self._sort_key(view, column)
        if role == ID_ROLE:
            return view.request.id
        if role == Qt.ItemDataRole.BackgroundRole:
            return urgency_background(view.urgency)
        if role == Qt.ItemDataRole.ForegroundRole:
            return urgency_foreground(view.urgency)
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_DUE, COL_DAYS_LEFT):
            return render(explain(view.request.received, view.request.is_extended))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_DAYS_LEFT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(view: RequestView, column: int) -> str:
        request = view.request
        if column == COL_TYPE:
            return labels.request_type(request.type)
        if column == COL_SUBJECT:
            return view.subject
        if column == COL_RECEIVED:
            return format_date(request.received)
        if column == COL_DUE:
            return format_date(view.deadlines.effective_due)
        if column == COL_DAYS_LEFT:
            return format_days_left(view.days_left)
        return labels.request_status(request.status)

    @staticmethod
    def _sort_key(view: RequestView, column: int):
        request = view.request
        if column == COL_RECEIVED:
            return request.received.toordinal()
        if column == COL_DUE:
            return view.deadlines.effective_due.toordinal()
        if column == COL_DAYS_LEFT:
            return _DAYS_CLOSED if view.days_left is None else view.days_left
        return RequestsTableModel._display(view, column).casefold()
