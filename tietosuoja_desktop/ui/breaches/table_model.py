"""Breaches as a table: number, when discovered, what happened, the risk, when the authority
must be told, the 72-hour clock and the status. The clock cells are coloured like a request's
(``requests.table_model.URGENCY_COLOURS``) and say it in words and an icon too."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

from ...domain.clock import Urgency
from ...services.breaches import BreachView
from .. import labels
from ..requests.table_model import URGENCY_COLOURS
from ..view_list_model import ViewListModel
from . import names

CONTEXT = "BreachesTableModel"
COL_ID, COL_DISCOVERED, COL_DESCRIPTION, COL_RISK, COL_DUE, COL_CLOCK, COL_STATUS = range(7)
HEADERS = (
    QT_TRANSLATE_NOOP("BreachesTableModel", "No."),
    QT_TRANSLATE_NOOP("BreachesTableModel", "Discovered"),
    QT_TRANSLATE_NOOP("BreachesTableModel", "What happened"),
    QT_TRANSLATE_NOOP("BreachesTableModel", "Risk"),
    QT_TRANSLATE_NOOP("BreachesTableModel", "Notify authority by"),
    QT_TRANSLATE_NOOP("BreachesTableModel", "72-hour clock"),
    QT_TRANSLATE_NOOP("BreachesTableModel", "Status"),
)
ID_ROLE = Qt.ItemDataRole.UserRole
URGENCY_ROLE = Qt.ItemDataRole.UserRole + 1
CLOCK_COLUMNS = (COL_DUE, COL_CLOCK)
_Index = QModelIndex | QPersistentModelIndex
_ICONS = {
    Urgency.URGENT: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Urgency.OVERDUE: QStyle.StandardPixmap.SP_MessageBoxCritical,
}


class BreachesTableModel(ViewListModel[BreachView]):
    """Rows in the service's order: open breaches first, the soonest due first."""

    CONTEXT = CONTEXT
    HEADERS = HEADERS

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._icons: dict = {}
        self._bold = QFont()
        self._bold.setBold(True)

    @staticmethod
    def view_id(view: BreachView) -> int:
        return view.breach.id

    def set_views(self, views: list[BreachView]) -> None:
        self.beginResetModel()
        self._views = list(views)
        self.endResetModel()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        view = self._views[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(view, column)
        if role == ID_ROLE:
            return view.breach.id
        if role == URGENCY_ROLE:
            return view.urgency.value
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_DESCRIPTION:
            return view.breach.description
        if column in CLOCK_COLUMNS:
            return self._clock_data(view, column, role)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_ID:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _clock_data(self, view: BreachView, column: int, role: int):
        colours = URGENCY_COLOURS.get(view.urgency)
        if role == Qt.ItemDataRole.BackgroundRole:
            return colours[0] if colours else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return colours[1] if colours else None
        if role == Qt.ItemDataRole.FontRole and view.urgency is Urgency.OVERDUE:
            return self._bold
        if role == Qt.ItemDataRole.DecorationRole and column == COL_CLOCK:
            return self._icon(view.urgency)
        if role == Qt.ItemDataRole.ToolTipRole and view.urgency is not Urgency.CLOSED:
            return labels.urgency(view.urgency)
        return None

    def _icon(self, level: Urgency):
        if level not in _ICONS:
            return None
        if level not in self._icons:
            self._icons[level] = QApplication.style().standardIcon(_ICONS[level])
        return self._icons[level]

    @staticmethod
    def _display(view: BreachView, column: int) -> str:
        breach = view.breach
        if column == COL_ID:
            return str(breach.id)
        if column == COL_DISCOVERED:
            return names.when(breach.discovered_at)
        if column == COL_DESCRIPTION:
            lines = breach.description.splitlines()
            return lines[0] if lines else ""
        if column == COL_RISK:
            return names.tr(names.RISKS[breach.risk])
        if column == COL_DUE:
            return names.when(view.due) if breach.notification_required else ""
        if column == COL_CLOCK:
            return names.clock_text(view)
        return names.tr(names.STATUSES[breach.status])
