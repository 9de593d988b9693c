"""The purposes of processing of one register as an editable table, and the legal-basis combo
box its basis column edits with (GDPR Art 13(1)(c)-(d))."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from ..domain.enums import LegalBasis
from ..domain.records import Purpose
from . import labels

COL_DESCRIPTION, COL_BASIS, COL_INTEREST = range(3)
HEADERS = (
    QT_TRANSLATE_NOOP("PurposesTableModel", "Purpose"),
    QT_TRANSLATE_NOOP("PurposesTableModel", "Legal basis"),
    QT_TRANSLATE_NOOP("PurposesTableModel", "Legitimate interest"),
)
_FIELDS = {COL_DESCRIPTION: "description", COL_INTEREST: "legitimate_interest"}
_ERROR_BACKGROUND = QColor("#f6c6c2")
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class PurposesTableModel(QAbstractTableModel):
    """Edits emit ``dataChanged`` without roles; changes of presentation only (problem colours,
    a new language) name their roles, so a form can tell the two apart."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._purposes: list[Purpose] = []
        self._problems: dict[tuple[int, int], str] = {}

    # -- content -------------------------------------------------------------------------

    def set_purposes(self, purposes: tuple[Purpose, ...]) -> None:
        self.beginResetModel()
        self._purposes = list(purposes)
        self._problems = {}
        self.endResetModel()

    def purposes(self) -> tuple[Purpose, ...]:
        return tuple(self._purposes)

    def add_purpose(self, basis: LegalBasis = LegalBasis.CONTRACT) -> QModelIndex:
        row = len(self._purposes)
        self.beginInsertRows(QModelIndex(), row, row)
        self._purposes.append(Purpose("", basis))
        self.endInsertRows()
        return self.index(row, COL_DESCRIPTION)

    def remove_purpose(self, row: int) -> None:
        if 0 <= row < len(self._purposes):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._purposes[row]
            self.endRemoveRows()

    def set_problems(self, problems: dict[tuple[int, int], str]) -> None:
        """(row, column) -> message: those cells are coloured and carry it as a tooltip."""
        self._problems = dict(problems)
        if self._purposes:
            last = self.index(len(self._purposes) - 1, len(HEADERS) - 1)
            roles = [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole]
            self.dataChanged.emit(self.index(0, 0), last, roles)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        if self._purposes:
            last = self.index(self.rowCount() - 1, COL_BASIS)
            self.dataChanged.emit(self.index(0, COL_BASIS), last, [Qt.ItemDataRole.DisplayRole])

    # -- QAbstractTableModel -------------------------------------------------------------

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._purposes)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            return QCoreApplication.translate("PurposesTableModel", HEADERS[section])
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        purpose = self._purposes[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == COL_BASIS:
                basis = purpose.legal_basis
                editing = role == Qt.ItemDataRole.EditRole
                return basis.value if editing else labels.legal_basis(basis)
            return getattr(purpose, _FIELDS[column])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._problems.get((index.row(), column))
        if role == Qt.ItemDataRole.BackgroundRole and (index.row(), column) in self._problems:
            return _ERROR_BACKGROUND
        return None

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        purpose = self._purposes[index.row()]
        if index.column() == COL_BASIS:
            purpose = replace(purpose, legal_basis=LegalBasis(value))
        else:
            purpose = replace(purpose, **{_FIELDS[index.column()]: str(value)})
        self._purposes[index.row()] = purpose
        self.dataChanged.emit(index, index)
        return True

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable


class LegalBasisDelegate(QStyledItemDelegate):
    """Edits the basis column with a combo box of the six Art 6(1) bases."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for basis in LegalBasis:
            combo.addItem(labels.legal_basis(basis), basis.value)
        return combo

    def setEditorData(self, editor: QComboBox, index) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QComboBox, model, index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
