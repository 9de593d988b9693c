"""The Customers page of the main window: the whole register in one list, searchable and
filterable, with the customer page and the erasure one keystroke away.

Keyboard: Ctrl+F (from the main window) searches, Enter in the search box moves to the list,
Enter or a double-click opens the customer, Delete starts an erasure, Ctrl+N adds a customer."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.errors import NotFound
from ..errors import show_user_error
from ..format import format_count
from ..style import set_role
from .dialog import CustomerDialog
from .erase_dialog import EraseDialog
from .filter_bar import FilterBar
from .table_model import (
    COL_CITY,
    COL_EMAIL,
    COL_NAME,
    COL_ORGANISATION,
    COL_PHONE,
    COL_SINCE,
    CUSTOMER_ID_ROLE,
    SORTS,
    CustomerTableModel,
)

# Starting widths: what a typical value needs (or the header, if wider); the last column
# (status) takes the rest. Measuring the rows themselves would read the whole register.
_COLUMN_SAMPLES = {
    COL_NAME: "Meikäläinen-Virtanen, Anna-Maija",
    COL_ORGANISATION: "Lankakauppa Esimerkki Oy",
    COL_EMAIL: "anna-maija.virtanen@example.com",
    COL_PHONE: "+46 70 123 45 67",
    COL_CITY: "Hämeenlinna",
    COL_SINCE: "22.12.2026",
}


class CustomersPage(QWidget):
    dataChanged = Signal()  # noqa: N815 - the pages contract, Qt spelling

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.customer_dialog: CustomerDialog | None = None
        self.erase_dialog: EraseDialog | None = None

        self.filters = FilterBar(self)
        self.count_label = QLabel(self)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_item)
        self.filters.search_row.addWidget(self.count_label)
        self.filters.search_row.addWidget(self.new_button)

        self.model = CustomerTableModel(services, self)
        self.table = self._make_table()
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        set_role(self.empty_label, "hint")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        self.open_action = QAction(self)
        self.open_action.triggered.connect(self._open_current)
        self.erase_action = QAction(self)
        self.erase_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.erase_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.erase_action.triggered.connect(self._erase_current)
        self.table.addAction(self.open_action)
        self.table.addAction(self.erase_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.stack, 1)

        self.filters.query_changed.connect(self._apply_filters)
        self.filters.search_submitted.connect(self._focus_list)
        self.model.count_changed.connect(self._show_count)
        self.table.activated.connect(lambda index: self.open_customer(index.data(CUSTOMER_ID_ROLE)))
        self.setTabOrder(self.filters.search, self.new_button)
        self.retranslateUi()
        self.refresh()

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setTabKeyNavigation(False)  # Tab leaves; arrows move inside
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        # Fixed row heights: the view never measures 100,000 rows.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._keep_sortable_indicator)
        return table

    def retranslateUi(self) -> None:
        self.new_button.setText(self.tr("&New customer…"))
        self.new_button.setToolTip(self.tr("Add a customer (Ctrl+N)"))
        self.table.setAccessibleName(self.tr("Customers"))
        self.open_action.setText(self.tr("&Open"))
        self.erase_action.setText(self.tr("&Erase…"))
        self.model.retranslate()
        self._show_count(self.model.rowCount())
        self._fit_columns()

    def _fit_columns(self) -> None:
        cells = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        headings = header.fontMetrics()
        padding = 3 * header.style().pixelMetric(header.style().PixelMetric.PM_HeaderMargin) + 16
        for column, sample in _COLUMN_SAMPLES.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(cells.horizontalAdvance(sample), headings.horizontalAdvance(title))
            self.table.setColumnWidth(column, width + padding)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- the main window's contract ------------------------------------------------------

    def refresh(self) -> None:
        """Read the registers and the list again, keeping the place in the list."""
        self.filters.set_registers(self._services.registers.list())
        scroll = self.table.verticalScrollBar().value()
        row = self.table.currentIndex().row()
        self.model.refresh()
        self.table.verticalScrollBar().setValue(scroll)
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)

    def new_item(self) -> None:
        self._show_customer(None)

    def focus_search(self) -> None:
        self.filters.focus_search()

    def can_print(self) -> bool:
        return False

    # -- list ----------------------------------------------------------------------------

    def _apply_filters(self) -> None:
        self.model.set_query(self.filters.query())
        self.table.scrollToTop()

    def _show_count(self, count: int) -> None:
        if count == 1:
            text = self.tr("1 customer")
        else:
            text = self.tr("%1 customers").replace("%1", format_count(count))
        self.count_label.setText(text)
        if count:
            self.stack.setCurrentWidget(self.table)
            return
        if self.filters.is_filtering():
            self.empty_label.setText(self.tr("No customers match the search and filters."))
        else:
            self.empty_label.setText(
                self.tr("No customers yet. Add the first one with New customer (Ctrl+N).")
            )
        self.stack.setCurrentWidget(self.empty_label)

    def _keep_sortable_indicator(self, section: int, order: Qt.SortOrder) -> None:
        if section in SORTS:
            return
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        descending = self.model.query.descending
        header.setSortIndicator(
            self.model.sort_column(),
            Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder,
        )
        header.blockSignals(False)

    def _focus_list(self) -> None:
        if not self.model.rowCount():
            return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def current_customer_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(CUSTOMER_ID_ROLE) if index.isValid() else None

    def _open_current(self) -> None:
        customer_id = self.current_customer_id()
        if customer_id is not None:
            self.open_customer(customer_id)

    def _erase_current(self) -> None:
        customer_id = self.current_customer_id()
        if customer_id is not None:
            self.erase_customer(customer_id)

    # -- the customer page and the erasure -----------------------------------------------

    def open_customer(self, customer_id: int | None) -> None:
        if customer_id is not None:
            self._show_customer(customer_id)

    def _show_customer(self, customer_id: int | None) -> None:
        try:
            dialog = CustomerDialog(self._services, customer_id, self)
        except NotFound as error:  # erased meanwhile, e.g. from the Requests page
            self._gone(error)
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._register_changed)
        dialog.finished.connect(self._customer_dialog_closed)
        self.customer_dialog = dialog
        dialog.open()

    def _customer_dialog_closed(self) -> None:
        self.customer_dialog = None
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def erase_customer(self, customer_id: int) -> None:
        try:
            customer = self._services.customers.get(customer_id)
            dialog = EraseDialog(self._services, customer, self)
        except NotFound as error:
            self._gone(error)
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.erased.connect(self._register_changed)
        dialog.finished.connect(lambda _result: setattr(self, "erase_dialog", None))
        self.erase_dialog = dialog
        dialog.open()

    def _gone(self, error: NotFound) -> None:
        self.refresh()
        show_user_error(self, error)

    def _register_changed(self) -> None:
        self.refresh()
        self.dataChanged.emit()
