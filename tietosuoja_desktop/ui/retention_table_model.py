"""People whose register's retention period has run out: who, in which register, since when."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ..services.retention import RetentionDue
from .format import format_date

COL_NAME, COL_REGISTER, COL_ANCHOR, COL_EXPIRED = range(4)
HEADERS = (
    QT_TRANSLATE_NOOP("RetentionTableModel", "Person"),
    QT_TRANSLATE_NOOP("RetentionTableModel", "Register"),
    QT_TRANSLATE_NOOP("RetentionTableModel", "Counted from"),
    QT_TRANSLATE_NOOP("RetentionTableModel", "Retention ended"),
)
ID_ROLE = Qt.ItemDataRole.UserRole
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class RetentionTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[RetentionDue] = []

    def set_items(self, items: list[RetentionDue]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if 0 <= section < len(HEADERS):
            return QCoreApplication.translate("RetentionTableModel", HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                item.customer.display_name,
                item.register_name,
                format_date(item.anchor),
                format_date(item.expired_on),
            )[index.column()]
        if role == ID_ROLE:
            return item.customer.id
        return None
