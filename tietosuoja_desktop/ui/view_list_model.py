"""The one list-model base of the window's tables.

:class:`ViewListModel` is a table over a Python list of records (views): a model declares its
``COL_*`` columns, its headers (sources marked with ``QT_TRANSLATE_NOOP`` in its ``CONTEXT``),
the columns aligned right, the role that answers a row's id, and how a cell reads through small
functions (``display``, ``tooltip``, ``foreground``, ``role_data`` for anything else). New rows
replace the old ones with one reset (``set_views``); a language change repaints headers and cells.

:class:`CellsModel` is the same without the list: the audit log reads its rows a page at a time
and keeps only the newest pages, so it finds a row itself and reads its cells like the rest.
:class:`TranslatedHeaders` is all the customer list shares: it pages too, and answers ``data()``
from a per-row cache of its own with the roles it does not use refused first, because a view
asks for about seven roles per visible cell on every paint of a list of thousands."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

View = TypeVar("View")
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_RETRANSLATED = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole]


class TranslatedHeaders(QAbstractTableModel):
    """Columns named by ``HEADERS`` (translated in ``CONTEXT`` when shown); ``row_header``
    numbers the rows where a table shows numbers beside them."""

    CONTEXT: ClassVar[str] = ""
    HEADERS: ClassVar[tuple[str, ...]] = ()

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self.row_header(section)
        if 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def row_header(self, section: int):
        return None

    def retranslate(self) -> None:
        """Headers and cells again in the newly installed language (the roles are named: only
        the presentation changed, not the rows)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)
        rows = self.rowCount()
        if rows:
            last = self.index(rows - 1, len(self.HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last, _RETRANSLATED)


class CellsModel(TranslatedHeaders, Generic[View]):
    """Rows are records found by ``view_at(row)``; a cell reads through the functions a model
    overrides. :class:`ViewListModel` keeps its rows in a list; the audit log pages them in."""

    RIGHT_ALIGNED: ClassVar[tuple[int, ...]] = ()
    ID_ROLE: ClassVar[int | None] = None  # the role that answers ``view_id`` of the row

    def view_at(self, row: int) -> View | None:
        raise NotImplementedError

    @staticmethod
    def view_id(view: View) -> int:
        raise NotImplementedError

    def display(self, view: View, column: int) -> str:
        raise NotImplementedError

    def tooltip(self, view: View, column: int) -> str | None:
        return None

    def foreground(self, view: View, column: int):
        return None

    def role_data(self, view: View, column: int, role: int):
        """Any other role (sort keys, colours, icons, editing)."""
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        view = self.view_at(index.row()) if index.isValid() else None
        if view is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(view, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(view, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.RIGHT_ALIGNED:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(view, column)
        if self.ID_ROLE is not None and role == self.ID_ROLE:
            return self.view_id(view)
        return self.role_data(view, column, role)


class ViewListModel(CellsModel[View]):
    """Rows kept as a list, replaced as a whole by ``set_views``."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._views: list[View] = []

    def set_views(self, views: Iterable[View]) -> None:
        self.beginResetModel()
        self._views = list(views)
        self.endResetModel()

    def view_at(self, row: int) -> View | None:
        return self._views[row] if 0 <= row < len(self._views) else None

    def row_of(self, view_id: int | None) -> int:
        for row, view in enumerate(self._views):
            if self.view_id(view) == view_id:
                return row
        return -1

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._views)
