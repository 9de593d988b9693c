"""The customer list as a Qt model over the whole register, fetched a page at a time.

Only the rows a view asks for are read: ``data()`` serves them from pages of ``page_size``
customers fetched through the services and kept in a small LRU cache. The row count comes from
``services.customers.count``; when the first page is full that count runs on a worker thread,
so a keystroke in the search box shows its first rows after one query instead of two (through
:class:`..background.BackgroundLoader`, which drops a count overtaken by a newer query).

Of the list-model base it takes only the headers and their retranslation
(:class:`..view_list_model.TranslatedHeaders`): its rows are pages of the register, not a list,
and ``data()`` answers from a per-row cache with the unused roles refused first, because a view
asks for about seven roles per visible cell on every paint."""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import replace

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from ...domain.listing import CustomerQuery, CustomerSort
from ...domain.records import Customer
from ..background import BackgroundLoader
from ..view_list_model import TranslatedHeaders
from .row_cells import RowCells, display_cells, flag_texts

log = logging.getLogger(__name__)

COL_NAME, COL_ORGANISATION, COL_EMAIL, COL_PHONE, COL_CITY, COL_SINCE, COL_FLAGS = range(7)
HEADERS = (
    QT_TRANSLATE_NOOP("CustomerTableModel", "Name"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "Organisation"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "E-mail"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "Phone"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "City"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "Customer since"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "Status"),
)
SORTS = {
    COL_NAME: CustomerSort.NAME,
    COL_ORGANISATION: CustomerSort.ORGANISATION,
    COL_EMAIL: CustomerSort.EMAIL,
    COL_CITY: CustomerSort.CITY,
    COL_SINCE: CustomerSort.CUSTOMER_SINCE,
}
CUSTOMER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_TEXT_ROLES = frozenset({int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.AccessibleTextRole)})
_FONT_ROLE = int(Qt.ItemDataRole.FontRole)
_ROLES = _TEXT_ROLES | {
    _FONT_ROLE,
    int(Qt.ItemDataRole.ToolTipRole),
    int(CUSTOMER_ID_ROLE),
}

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class CustomerTableModel(TranslatedHeaders):
    CONTEXT = "CustomerTableModel"
    HEADERS = HEADERS

    count_changed = Signal(int)  # the final number of rows for the current query

    def __init__(
        self, services, parent: QObject | None = None, page_size: int = 100, cache_pages: int = 20
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._page_size = page_size
        self._cache_pages = cache_pages
        self._query = CustomerQuery()
        self._count = 0
        self._count_pending = False
        self._pages: OrderedDict[int, list[Customer]] = OrderedDict()
        self._rows: dict[int, RowCells] = {}
        self._counter = BackgroundLoader(self)
        self._counter.loaded.connect(self._on_count_ready)
        self._italic = QFont()
        self._italic.setItalic(True)

    # -- the query -----------------------------------------------------------------------

    @property
    def query(self) -> CustomerQuery:
        return self._query

    @property
    def page_size(self) -> int:
        return self._page_size

    @property
    def count_pending(self) -> bool:
        """True while the row count is still being worked out on the worker thread."""
        return self._count_pending

    def set_query(self, query: CustomerQuery) -> None:
        """New search text and filters; the sort order stays the model's own."""
        self._query = replace(query, sort=self._query.sort, descending=self._query.descending)
        self._reload(count_in_background=True)

    def refresh(self) -> None:
        """Read the list again after a change, keeping the row count (and so the view's scroll
        position) exact at once."""
        self._reload(count_in_background=False)

    def _reload(self, *, count_in_background: bool, keep_count: bool = False) -> None:
        """``keep_count``: only the order changed, so the number of rows did not."""
        keep_count = keep_count and not self._count_pending
        self.beginResetModel()
        self._counter.drop_pending()  # a count under way answers an older query
        self._pages.clear()
        self._rows.clear()
        first = self._page(0)
        if keep_count:
            pass
        elif len(first) < self._page_size:
            self._count, self._count_pending = len(first), False
        elif count_in_background:
            self._count, self._count_pending = len(first), True
        else:
            self._count = self._services.customers.count(self._query)
            self._count_pending = False
        self.endResetModel()
        if self._count_pending:
            self._count_in_background(self._query)
        else:
            self.count_changed.emit(self._count)

    def _count_in_background(self, query: CustomerQuery) -> None:
        def work() -> int:
            try:
                return self._services.customers.count(query)
            except Exception:  # the window must keep working; the first page stays shown
                log.exception("counting customers failed")
                return -1

        self._counter.load(work)

    def _on_count_ready(self, count: int) -> None:
        self._count_pending = False
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif 0 <= count < self._count:
            self.beginRemoveRows(QModelIndex(), count, self._count - 1)
            self._count = count
            self.endRemoveRows()
        self.count_changed.emit(self._count)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        sort = SORTS.get(column)
        if sort is None:
            return  # phone and flags are not sortable; the page puts the indicator back
        descending = order == Qt.SortOrder.DescendingOrder
        if (sort, descending) == (self._query.sort, self._query.descending):
            return
        self._query = replace(self._query, sort=sort, descending=descending)
        self._reload(count_in_background=True, keep_count=True)

    def sort_column(self) -> int:
        return next(col for col, sort in SORTS.items() if sort == self._query.sort)

    # -- rows ----------------------------------------------------------------------------

    def _page(self, number: int) -> list[Customer]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        # Scrolling down reads the pages in turn: continue after the previous page's last
        # customer (a keyset seek) instead of stepping over every earlier row (an offset).
        previous = self._pages.get(number - 1)
        after = previous[-1].id if previous and len(previous) == self._page_size else None
        size = self._page_size
        page = self._services.customers.page(self._query, number * size, size, after=after)
        self._pages[number] = page
        if len(self._pages) > self._cache_pages:
            evicted, _ = self._pages.popitem(last=False)
            start = evicted * self._page_size
            for row in range(start, start + self._page_size):
                self._rows.pop(row, None)
        return page

    def customer_at(self, row: int) -> Customer | None:
        if not 0 <= row < self._count:
            return None
        page = self._page(row // self._page_size)
        offset = row % self._page_size
        return page[offset] if offset < len(page) else None

    def row_of(self, customer_id: int) -> int | None:
        """The row of a customer among the pages already read, if any."""
        for number, page in self._pages.items():
            for offset, customer in enumerate(page):
                if customer.id == customer_id:
                    return number * self._page_size + offset
        return None

    def retranslate(self) -> None:
        """Headers and the flags column in the newly installed language."""
        self._rows.clear()
        super().retranslate()

    # -- QAbstractTableModel -------------------------------------------------------------

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else self._count

    def row_header(self, section: int) -> int:
        return section + 1

    def _row(self, row: int) -> RowCells | None:
        cached = self._rows.get(row)
        if cached is None:
            customer = self.customer_at(row)
            if customer is None:
                return None
            flags, tooltip = flag_texts(customer)
            cached = self._rows[row] = RowCells(
                display_cells(customer, flags), tooltip or None, customer.id, customer.restricted
            )
        return cached

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        # A view asks for about seven roles per visible cell on every paint: answer the ones
        # this model does not use before anything else, and the rest from a per-row cache.
        if role not in _ROLES or not index.isValid():
            return None
        row = self._row(index.row())
        if row is None:
            return None
        if role in _TEXT_ROLES:
            return row.cells[index.column()]
        if role == _FONT_ROLE:
            return self._italic if row.restricted else None
        if role == CUSTOMER_ID_ROLE:
            return row.customer_id
        return row.tooltip if index.column() == COL_FLAGS else None
