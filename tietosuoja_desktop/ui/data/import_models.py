"""The two tables of the import dialog: the column mapping (one row per column of the file,
the target chosen in a combo box) and the preview (one row per data row, valid or with its
reasons). Both read from plain objects the services return; neither touches the database."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

from ...domain.csv_mapping import TARGET_LABELS, ColumnMapping, Target, target_choices
from ...services.csv_files import CsvTable
from ...services.importing import ImportPreview, RowResult, RowStatus
from ...translation import render
from ..customers import names as customer_names

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
TARGET_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_CELL = 200  # longer values (a 10 MB cell...) are cut for display only

COL_HEADER, COL_SAMPLE, COL_TARGET = range(3)
MAPPING_HEADERS = (
    QT_TRANSLATE_NOOP("MappingModel", "Column in the file"),
    QT_TRANSLATE_NOOP("MappingModel", "First value"),
    QT_TRANSLATE_NOOP("MappingModel", "Import as"),
)
COL_LINE, COL_STATUS, COL_NAME, COL_EMAIL, COL_DETAILS = range(5)
PREVIEW_HEADERS = (
    QT_TRANSLATE_NOOP("PreviewModel", "Line"),
    QT_TRANSLATE_NOOP("PreviewModel", "Status"),
    QT_TRANSLATE_NOOP("PreviewModel", "Name"),
    QT_TRANSLATE_NOOP("PreviewModel", "E-mail"),
    QT_TRANSLATE_NOOP("PreviewModel", "Reasons / duplicate of"),
)
STATUS_TEXTS = {
    RowStatus.NEW: QT_TRANSLATE_NOOP("PreviewModel", "New"),
    RowStatus.DUPLICATE: QT_TRANSLATE_NOOP("PreviewModel", "Duplicate"),
    RowStatus.INVALID: QT_TRANSLATE_NOOP("PreviewModel", "Refused"),
}


def shortened(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def target_label(target: Target) -> str:
    return QCoreApplication.translate("Import", TARGET_LABELS[target])


class MappingModel(QAbstractTableModel):
    """Which column is imported as what; the target column is editable."""

    mapping_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._table: CsvTable | None = None
        self._mapping = ColumnMapping(())

    def set_table(self, table: CsvTable | None, mapping: ColumnMapping) -> None:
        self.beginResetModel()
        self._table = table
        self._mapping = mapping
        self.endResetModel()

    @property
    def mapping(self) -> ColumnMapping:
        return self._mapping

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() or self._table is None else len(self._table.headers)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(MAPPING_HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(MAPPING_HEADERS[section])
        return None

    def _sample(self, column: int) -> str:
        for row in self._table.rows[:50]:
            if column < len(row.values) and row.values[column].strip():
                return shortened(row.values[column])
        return ""

    def data(self, index: _Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._table is None:
            return None
        row, column = index.row(), index.column()
        target = self._mapping.targets[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == COL_HEADER:
                return self._table.headers[row]
            if column == COL_SAMPLE:
                return self._sample(row)
            return target_label(target)
        if role == Qt.ItemDataRole.EditRole and column == COL_TARGET:
            return target.value
        if role == TARGET_ROLE:
            return target.value
        if role == Qt.ItemDataRole.ForegroundRole and target is Target.IGNORE:
            return QBrush(QColor("#777777"))
        return None

    def flags(self, index: _Index):
        base = super().flags(index)
        if index.isValid() and index.column() == COL_TARGET:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: _Index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != COL_TARGET or role != Qt.ItemDataRole.EditRole:
            return False
        target = Target(value)
        if target is self._mapping.targets[index.row()]:
            return False
        self._mapping = self._mapping.with_target(index.row(), target)
        self.dataChanged.emit(index.siblingAtColumn(COL_HEADER), index)
        self.mapping_changed.emit()
        return True


class TargetDelegate(QStyledItemDelegate):
    """A combo box of the import targets for the mapping's target column."""

    def __init__(self, parent=None, *, with_orders: bool = True) -> None:
        super().__init__(parent)
        self.with_orders = with_orders

    def createEditor(self, parent: QWidget, option, index: _Index) -> QWidget:
        combo = QComboBox(parent)
        for target in target_choices(with_orders=True):
            combo.addItem(target_label(target), target.value)
        combo.currentIndexChanged.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QComboBox, index: _Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        position = editor.findData(value)
        if position >= 0 and position != editor.currentIndex():
            editor.blockSignals(True)
            editor.setCurrentIndex(position)
            editor.blockSignals(False)

    def setModelData(self, editor: QComboBox, model, index: _Index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class PreviewModel(QAbstractTableModel):
    """The checked rows; ``only_problems`` hides the rows that will go in as they are."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._preview: ImportPreview | None = None
        self._rows: list[RowResult] = []
        self._only_problems = False

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        self._preview = preview
        self._rows = self._visible()
        self.endResetModel()

    def set_only_problems(self, only: bool) -> None:
        self.beginResetModel()
        self._only_problems = only
        self._rows = self._visible()
        self.endResetModel()

    def _visible(self) -> list[RowResult]:
        if self._preview is None:
            return []
        if self._only_problems:
            return [r for r in self._preview.rows if r.status is not RowStatus.NEW]
        return self._preview.rows

    def row_result(self, row: int) -> RowResult:
        return self._rows[row]

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(PREVIEW_HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(PREVIEW_HEADERS[section])
        return None

    def _details(self, result: RowResult) -> str:
        if result.problems:
            return "; ".join(shortened(render(p.message)) for p in result.problems)
        duplicate = result.duplicate
        if duplicate is None:
            return ""
        key = customer_names.field(duplicate.key)
        if duplicate.customer_id is not None:
            text = self.tr("customer %1 in the register (same %2)")
            return text.replace("%1", str(duplicate.customer_id)).replace("%2", key)
        text = self.tr("line %1 of the file (same %2)")
        return text.replace("%1", str(duplicate.line)).replace("%2", key)

    def data(self, index: _Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        result = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == COL_LINE:
                return str(result.line)
            if column == COL_STATUS:
                return self.tr(STATUS_TEXTS[result.status])
            if column == COL_NAME:
                return shortened(result.customer.display_name)
            if column == COL_EMAIL:
                return shortened(result.customer.email)
            return self._details(result)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS:
            if result.status is RowStatus.INVALID:
                return QBrush(QColor("#b00020"))
            if result.status is RowStatus.DUPLICATE:
                return QBrush(QColor("#8a5a00"))
        return None
