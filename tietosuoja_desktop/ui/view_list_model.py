"""The plumbing every list of whole records shares (requests, breaches): the rows are a Python
list of views, the headers translatable sources in a Qt context, and a language change repaints
headers and cells. Subclasses say how a row is found by id and how a cell looks."""

from __future__ import annotations

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


class ViewListModel(QAbstractTableModel, Generic[View]):
    CONTEXT: ClassVar[str] = ""
    HEADERS: ClassVar[tuple[str, ...]] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._views: list[View] = []

    @staticmethod
    def view_id(view: View) -> int:
        raise NotImplementedError

    def view_at(self, row: int) -> View | None:
        return self._views[row] if 0 <= row < len(self._views) else None

    def row_of(self, view_id: int) -> int:
        for row, view in enumerate(self._views):
            if self.view_id(view) == view_id:
                return row
        return -1

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)
        if self._views:
            last = self.index(len(self._views) - 1, len(self.HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.DisplayRole])

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._views)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None
