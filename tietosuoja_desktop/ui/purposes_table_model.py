"""The purposes of processing of one register as an editable table, and the legal-basis combo
box its basis column edits with (GDPR Art 13(1)(c)-(d))."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from ..domain.enums import LegalBasis
from ..domain.records import Purpose
from . import labels
from .view_list_model import ViewListModel

COL_DESCRIPTION, COL_BASIS, COL_INTEREST = range(3)
HEADERS = (
    QT_TRANSLATE_NOOP("PurposesTableModel", "Purpose"),
    QT_TRANSLATE_NOOP("PurposesTableModel", "Legal basis"),
    QT_TRANSLATE_NOOP("PurposesTableModel", "Legitimate interest"),
)
_FIELDS = {COL_DESCRIPTION: "description", COL_INTEREST: "legitimate_interest"}
_ERROR_BACKGROUND = QColor("#f6c6c2")
_ERROR_TEXT = QColor("#1d1b20")
_Index = QModelIndex | QPersistentModelIndex


class PurposesTableModel(ViewListModel[Purpose]):
    """Edits emit ``dataChanged`` without roles; changes of presentation only (problem colours,
    a new language) name their roles, so a form can tell the two apart."""

    CONTEXT = "PurposesTableModel"
    HEADERS = HEADERS

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._problems: dict[tuple[int, int], str] = {}

    # -- content -------------------------------------------------------------------------

    def set_purposes(self, purposes: tuple[Purpose, ...]) -> None:
        self._problems = {}
        self.set_views(purposes)

    def purposes(self) -> tuple[Purpose, ...]:
        return tuple(self._views)

    def add_purpose(self, basis: LegalBasis = LegalBasis.CONTRACT) -> QModelIndex:
        row = len(self._views)
        self.beginInsertRows(QModelIndex(), row, row)
        self._views.append(Purpose("", basis))
        self.endInsertRows()
        return self.index(row, COL_DESCRIPTION)

    def remove_purpose(self, row: int) -> None:
        if 0 <= row < len(self._views):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._views[row]
            self.endRemoveRows()

    def set_problems(self, problems: dict[tuple[int, int], str]) -> None:
        """(row, column) -> message: those cells are coloured and carry it as a tooltip."""
        self._problems = dict(problems)
        if self._views:
            last = self.index(len(self._views) - 1, len(HEADERS) - 1)
            roles = [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole]
            self.dataChanged.emit(self.index(0, 0), last, roles)

    # -- cells ---------------------------------------------------------------------------

    def row_header(self, section: int) -> str:
        return str(section + 1)

    def display(self, purpose: Purpose, column: int) -> str:
        if column == COL_BASIS:
            return labels.legal_basis(purpose.legal_basis)
        return getattr(purpose, _FIELDS[column])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        # the problems are keyed by (row, column), not by purpose: answered here
        if not index.isValid():
            return None
        problem = self._problems.get((index.row(), index.column()))
        if role == Qt.ItemDataRole.ToolTipRole:
            return problem
        if role == Qt.ItemDataRole.BackgroundRole and problem is not None:
            return _ERROR_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and problem is not None:
            return _ERROR_TEXT  # dark on the light red, under a dark palette too
        return super().data(index, role)

    def role_data(self, purpose: Purpose, column: int, role: int):
        if role != Qt.ItemDataRole.EditRole:
            return None
        return purpose.legal_basis.value if column == COL_BASIS else self.display(purpose, column)

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        purpose = self._views[index.row()]
        if index.column() == COL_BASIS:
            purpose = replace(purpose, legal_basis=LegalBasis(value))
        else:
            purpose = replace(purpose, **{_FIELDS[index.column()]: str(value)})
        self._views[index.row()] = purpose
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
