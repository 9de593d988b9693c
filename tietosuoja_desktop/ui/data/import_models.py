"""The two tables of the import dialog: the column mapping (one row per column of the file,
the target chosen in a combo box) and the preview (one row per data row, valid or with its
reasons). Both read from plain objects the services return; neither touches the database."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

from ...domain.csv_mapping import TARGET_LABELS, ColumnMapping, Target, target_choices
from ...services.csv_files import CsvTable
from ...services.importing import ImportPreview, RowResult, RowStatus
from ...translation import render
from ..customers import names as customer_names
from ..style import text_colour
from ..view_list_model import ViewListModel

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


# Text colours of the kinds the style declares, chosen for the palette in use.
_STATUS_COLOURS = {RowStatus.INVALID: "error", RowStatus.DUPLICATE: "warning"}


def shortened(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def target_label(target: Target) -> str:
    return QCoreApplication.translate("Import", TARGET_LABELS[target])


class MappingModel(ViewListModel[int]):
    """Which column is imported as what: one row per column of the file (the row's record is
    the column's position); the target column is editable."""

    CONTEXT = "MappingModel"
    HEADERS = MAPPING_HEADERS
    mapping_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._table: CsvTable | None = None
        self._mapping = ColumnMapping(())

    def set_table(self, table: CsvTable | None, mapping: ColumnMapping) -> None:
        self._table = table
        self._mapping = mapping
        self.set_views(range(len(table.headers)) if table is not None else ())

    @property
    def mapping(self) -> ColumnMapping:
        return self._mapping

    def _sample(self, position: int) -> str:
        for row in self._table.rows[:50]:
            if position < len(row.values) and row.values[position].strip():
                return shortened(row.values[position])
        return ""

    def display(self, position: int, column: int) -> str:
        if column == COL_HEADER:
            return self._table.headers[position]
        if column == COL_SAMPLE:
            return self._sample(position)
        return target_label(self._mapping.targets[position])

    def tooltip(self, position: int, column: int) -> str:
        return self.display(position, column)

    def foreground(self, position: int, column: int):
        if self._mapping.targets[position] is not Target.IGNORE:
            return None
        return QBrush(text_colour("hint"))

    def role_data(self, position: int, column: int, role: int):
        target = self._mapping.targets[position]
        if role == TARGET_ROLE or (role == Qt.ItemDataRole.EditRole and column == COL_TARGET):
            return target.value
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


class PreviewModel(ViewListModel[RowResult]):
    """The checked rows; ``only_problems`` hides the rows that will go in as they are."""

    CONTEXT = "PreviewModel"
    HEADERS = PREVIEW_HEADERS

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._preview: ImportPreview | None = None
        self._only_problems = False

    def set_preview(self, preview: ImportPreview | None) -> None:
        self._preview = preview
        self.set_views(self._visible())

    def set_only_problems(self, only: bool) -> None:
        self._only_problems = only
        self.set_views(self._visible())

    def _visible(self) -> list[RowResult]:
        if self._preview is None:
            return []
        if self._only_problems:
            return [r for r in self._preview.rows if r.status is not RowStatus.NEW]
        return self._preview.rows

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

    def display(self, result: RowResult, column: int) -> str:
        if column == COL_LINE:
            return str(result.line)
        if column == COL_STATUS:
            return self.tr(STATUS_TEXTS[result.status])
        if column == COL_NAME:
            return shortened(result.customer.display_name)
        if column == COL_EMAIL:
            return shortened(result.customer.email)
        return self._details(result)

    def tooltip(self, result: RowResult, column: int) -> str:
        return self.display(result, column)

    def foreground(self, result: RowResult, column: int):
        kind = _STATUS_COLOURS.get(result.status) if column == COL_STATUS else None
        return QBrush(text_colour(kind)) if kind else None
