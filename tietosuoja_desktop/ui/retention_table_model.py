"""People whose register's retention period has run out: who, in which register, since when."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from .format import format_date
from .view_list_model import ViewListModel

if TYPE_CHECKING:
    # the service's module loads the ORM's tables: only after the first paint (issue 18)
    from ..services.retention import RetentionDue

COL_NAME, COL_REGISTER, COL_ANCHOR, COL_EXPIRED = range(4)
HEADERS = (
    QT_TRANSLATE_NOOP("RetentionTableModel", "Person"),
    QT_TRANSLATE_NOOP("RetentionTableModel", "Register"),
    QT_TRANSLATE_NOOP("RetentionTableModel", "Counted from"),
    QT_TRANSLATE_NOOP("RetentionTableModel", "Retention ended"),
)
ID_ROLE = Qt.ItemDataRole.UserRole


class RetentionTableModel(ViewListModel["RetentionDue"]):
    CONTEXT = "RetentionTableModel"
    HEADERS = HEADERS
    ID_ROLE = ID_ROLE

    @staticmethod
    def view_id(item: RetentionDue) -> int:
        return item.customer.id

    def display(self, item: RetentionDue, column: int) -> str:
        return (
            item.customer.display_name,
            item.register_name,
            format_date(item.anchor),
            format_date(item.expired_on),
        )[column]
