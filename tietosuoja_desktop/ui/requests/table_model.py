"""Data-subject requests as a table: number, what, whose, when received, when due, how much time
is left and where the request stands. The clock cells are coloured by urgency (green, amber
under ten days, red under five, strong red when overdue) and say it in words and an icon too,
so colour is never the only sign. Closed requests show no clock."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from ...domain.clock import Urgency, explain
from ...translation import render
from .. import labels
from ..format import format_date, format_days_left
from ..view_list_model import ViewListModel

if TYPE_CHECKING:
    # the service's module loads the ORM's tables: only after the first paint (issue 18)
    from ...services.requests import RequestView

CONTEXT = "RequestsTableModel"
COL_ID, COL_TYPE, COL_SUBJECT, COL_RECEIVED, COL_DUE, COL_DAYS_LEFT, COL_STATUS = range(7)
HEADERS = (
    QT_TRANSLATE_NOOP("RequestsTableModel", "No."),
    QT_TRANSLATE_NOOP("RequestsTableModel", "Request"),
    QT_TRANSLATE_NOOP("RequestsTableModel", "Person"),
    QT_TRANSLATE_NOOP("RequestsTableModel", "Received"),
    QT_TRANSLATE_NOOP("RequestsTableModel", "Due"),
    QT_TRANSLATE_NOOP("RequestsTableModel", "Time left"),
    QT_TRANSLATE_NOOP("RequestsTableModel", "Status"),
)
ERASED = QT_TRANSLATE_NOOP("RequestsTableModel", "(erased person)")
SORT_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
URGENCY_ROLE = Qt.ItemDataRole.UserRole + 2
CLOCK_COLUMNS = (COL_DUE, COL_DAYS_LEFT)
_DAYS_CLOSED = 1_000_000  # closed requests sort after every open one

# Light backgrounds with dark text, and a strong red with white text for the overdue: readable
# under light and dark palettes alike.
URGENCY_COLOURS = {
    Urgency.OK: (QColor("#d3ecd5"), QColor("#0f3d14")),
    Urgency.SOON: (QColor("#ffe39e"), QColor("#4a3500")),
    Urgency.URGENT: (QColor("#f7b9b3"), QColor("#5c0f0a")),
    Urgency.OVERDUE: (QColor("#b3261e"), QColor("#ffffff")),
}
_ICONS = {
    Urgency.URGENT: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Urgency.OVERDUE: QStyle.StandardPixmap.SP_MessageBoxCritical,
}


class ClockCells:
    """How a clock cell looks (requests and breaches alike): coloured by urgency, bold when
    overdue, an icon when urgent or overdue, so colour is never the only sign."""

    def __init__(self) -> None:
        self._icons: dict = {}
        self._bold = QFont()
        self._bold.setBold(True)

    @staticmethod
    def foreground(level: Urgency):
        colours = URGENCY_COLOURS.get(level)
        return colours[1] if colours else None

    def role_data(self, level: Urgency, role: int, *, with_icon: bool):
        if role == Qt.ItemDataRole.BackgroundRole:
            colours = URGENCY_COLOURS.get(level)
            return colours[0] if colours else None
        if role == Qt.ItemDataRole.FontRole and level is Urgency.OVERDUE:
            return self._bold
        if role == Qt.ItemDataRole.DecorationRole and with_icon:
            return self._icon(level)
        return None

    def _icon(self, level: Urgency):
        if level not in _ICONS:
            return None
        if level not in self._icons:
            self._icons[level] = QApplication.style().standardIcon(_ICONS[level])
        return self._icons[level]


def subject_text(view: RequestView) -> str:
    """Whom the request is about; an erased person is named as such, never by name."""
    if view.subject:
        return view.subject
    if view.request.subject_erased:
        return QCoreApplication.translate(CONTEXT, ERASED)
    return ""


def search_text(view: RequestView) -> str:
    request = view.request
    return f"{request.id} {view.subject} {request.requester_contact}".casefold()


class RequestsTableModel(ViewListModel["RequestView"]):
    """Sorts and searches itself (a proxy would call ``data()`` from Python for every
    comparison: seconds for thousands of requests); a reset keeps no selection, so views
    select again by ``ID_ROLE``."""

    CONTEXT = CONTEXT
    HEADERS = HEADERS
    RIGHT_ALIGNED = (COL_ID,)
    ID_ROLE = ID_ROLE

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: list[RequestView] = []
        self._search = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None  # None: as the service orders
        self._clock = ClockCells()

    @staticmethod
    def view_id(view: RequestView) -> int:
        return view.request.id

    def set_views(self, views: list[RequestView]) -> None:
        """All the rows; the search and the sort choose which are shown, in what order."""
        self._all = list(views)
        self._rebuild()

    def set_search(self, text: str) -> None:
        text = text.strip().casefold()
        if text != self._search:
            self._search = text
            self._rebuild()

    @property
    def total(self) -> int:
        """Rows before the search narrows them."""
        return len(self._all)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order) if 0 <= column < len(HEADERS) else None
        self._rebuild()

    def _rebuild(self) -> None:
        views = self._all
        if self._search:
            views = [v for v in views if self._search in search_text(v)]
        if self._sort is not None:
            column, order = self._sort
            views = sorted(
                views,
                key=lambda v: self._sort_key(v, column),
                reverse=order == Qt.SortOrder.DescendingOrder,
            )
        super().set_views(views)

    def tooltip(self, view: RequestView, column: int) -> str | None:
        if column not in CLOCK_COLUMNS or view.urgency is Urgency.CLOSED:
            return None
        request = view.request
        return (
            f"{labels.urgency(view.urgency)}: "
            f"{render(explain(request.received, request.is_extended))}"
        )

    def foreground(self, view: RequestView, column: int):
        return self._clock.foreground(view.urgency) if column in CLOCK_COLUMNS else None

    def role_data(self, view: RequestView, column: int, role: int):
        if role == SORT_ROLE:
            return self._sort_key(view, column)
        if role == URGENCY_ROLE:
            return view.urgency.value
        if column not in CLOCK_COLUMNS:
            return None
        return self._clock.role_data(view.urgency, role, with_icon=column == COL_DAYS_LEFT)

    @staticmethod
    def display(view: RequestView, column: int) -> str:
        request = view.request
        closed = request.status.is_closed
        if column == COL_ID:
            return str(request.id)
        if column == COL_TYPE:
            return labels.request_type(request.type)
        if column == COL_SUBJECT:
            return subject_text(view)
        if column == COL_RECEIVED:
            return format_date(request.received)
        if column == COL_DUE:
            return "" if closed else format_date(view.deadlines.effective_due)
        if column == COL_DAYS_LEFT:
            return format_days_left(view.days_left)
        return labels.request_status(request.status)

    @staticmethod
    def _sort_key(view: RequestView, column: int):
        request = view.request
        if column == COL_ID:
            return request.id
        if column == COL_RECEIVED:
            return request.received.toordinal()
        if column == COL_DUE:
            closed = request.status.is_closed
            return _DAYS_CLOSED + request.id if closed else view.deadlines.effective_due.toordinal()
        if column == COL_DAYS_LEFT:
            return _DAYS_CLOSED if view.days_left is None else view.days_left
        return RequestsTableModel.display(view, column).casefold()
