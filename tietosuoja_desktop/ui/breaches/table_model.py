"""Breaches as a table: number, when discovered, what happened, the risk, when the authority
must be told, the 72-hour clock and the status. The clock cells are coloured like a request's
(``requests.table_model.URGENCY_COLOURS``) and say it in words and an icon too."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from ...domain.clock import Urgency
from .. import labels
from ..requests.table_model import ClockCells
from ..view_list_model import ViewListModel
from . import names

if TYPE_CHECKING:
    # the service's module loads the ORM's tables: only after the first paint (issue 18)
    from ...services.breaches import BreachView

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


class BreachesTableModel(ViewListModel["BreachView"]):
    """Rows in the service's order: open breaches first, the soonest due first."""

    CONTEXT = CONTEXT
    HEADERS = HEADERS
    RIGHT_ALIGNED = (COL_ID,)
    ID_ROLE = ID_ROLE

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._clock = ClockCells()

    @staticmethod
    def view_id(view: BreachView) -> int:
        return view.breach.id

    def tooltip(self, view: BreachView, column: int) -> str | None:
        if column == COL_DESCRIPTION:
            return view.breach.description
        if column in CLOCK_COLUMNS and view.urgency is not Urgency.CLOSED:
            return labels.urgency(view.urgency)
        return None

    def foreground(self, view: BreachView, column: int):
        return self._clock.foreground(view.urgency) if column in CLOCK_COLUMNS else None

    def role_data(self, view: BreachView, column: int, role: int):
        if role == URGENCY_ROLE:
            return view.urgency.value
        if column not in CLOCK_COLUMNS:
            return None
        return self._clock.role_data(view.urgency, role, with_icon=column == COL_CLOCK)

    @staticmethod
    def display(view: BreachView, column: int) -> str:
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
