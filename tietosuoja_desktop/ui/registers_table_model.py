"""The registers the business keeps, with how many people each holds."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ..domain.records import RegisterDescription
from .format import format_count, format_date

COL_NAME, COL_MEMBERS, COL_CHANGED = range(3)
HEADERS = (
    QT_TRANSLATE_NOOP("RegistersTableModel", "Register"),
    QT_TRANSLATE_NOOP("RegistersTableModel", "People"),
    QT_TRANSLATE_NOOP("RegistersTableModel", "Last changed"),
)
ID_ROLE = Qt.ItemDataRole.UserRole
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class RegistersTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._registers: list[RegisterDescription] = []
        self._counts: dict[int, int] = {}

    def set_registers(self, registers: list[RegisterDescription], counts: dict[int, int]) -> None:
        self.beginResetModel()
        self._registers = list(registers)
        self._counts = dict(counts)
        self.endResetModel()

    def register_at(self, row: int) -> RegisterDescription | None:
        return self._registers[row] if 0 <= row < len(self._registers) else None

    def row_of(self, register_id: int | None) -> int:
        for row, register in enumerate(self._registers):
            if register.id == register_id:
                return row
        return -1

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        if self._registers:
            last = self.index(len(self._registers) - 1, len(HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.DisplayRole])

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._registers)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if 0 <= section < len(HEADERS):
            return QCoreApplication.translate("RegistersTableModel", HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        register = self._registers[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NAME:
                return register.name
            if column == COL_MEMBERS:
                return format_count(self._counts.get(register.id, 0))
            return format_date(register.changed_on)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_MEMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return register.id
        return None
