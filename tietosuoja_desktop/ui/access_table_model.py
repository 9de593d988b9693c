"""The access list: name, role, the undertaking's and the briefing's dates, access until."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from ..domain.access_list import ROLE_CONTEXT, ROLE_LABELS, AccessHolder
from .format import format_date
from .view_list_model import ViewListModel

COL_NAME, COL_ROLE, COL_UNDERTAKING, COL_BRIEFED, COL_UNTIL = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("AccessTableModel", "Name"),
    QT_TRANSLATE_NOOP("AccessTableModel", "Role"),
    QT_TRANSLATE_NOOP("AccessTableModel", "Undertaking"),
    QT_TRANSLATE_NOOP("AccessTableModel", "Briefing"),
    QT_TRANSLATE_NOOP("AccessTableModel", "Access until"),
)


class AccessTableModel(ViewListModel[AccessHolder]):
    CONTEXT = "AccessTableModel"
    HEADERS = HEADERS
    ID_ROLE = Qt.ItemDataRole.UserRole

    @staticmethod
    def view_id(item: AccessHolder) -> int | None:
        return item.id

    def display(self, item: AccessHolder, column: int) -> str:
        def day(value) -> str:
            return format_date(value) if value else ""

        return (
            item.name,
            QCoreApplication.translate(ROLE_CONTEXT, ROLE_LABELS[item.role]),
            day(item.undertaking_on) + (" 📎" if item.undertaking_file else ""),
            day(item.briefed_on),
            day(item.active_to),
        )[column]
