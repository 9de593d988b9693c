"""The Requests page: every data-subject request with its legal clock, filtered by status and
type and searched by name or number, and the selected request's card below the list.

Keyboard: Ctrl+N logs a request, Ctrl+F searches, Enter in the search box moves to the list.
The list is read off the GUI thread (``loaded`` says it is on screen)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..background import BackgroundLoader
from ..style import set_role
from .detail import RequestDetail
from .filter_bar import RequestFilterBar
from .table_model import COL_DAYS_LEFT, COL_SUBJECT, ID_ROLE, RequestsTableModel


class RequestsPage(QWidget):
    dataChanged = Signal()  # noqa: N815 - the pages contract, Qt spelling
    loaded = Signal()

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.log_dialog = None
        self.report_dialog = None
        self._select_after_load: int | None = None
        self._selecting = False
        self._loading = False
        self.loader = BackgroundLoader(self)
        self.loader.loaded.connect(self._apply)

        self.filters = RequestFilterBar(self)
        self.filters.changed.connect(self._load)
        self.filters.search.textChanged.connect(self._search)
        self.filters.search.returnPressed.connect(self._focus_list)
        self.filters.new_button.clicked.connect(self.new_item)
        self.filters.report_button.clicked.connect(self.open_report)
        self._load()  # the worker reads while the rest of the page is built

        self.model = RequestsTableModel(self)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves; arrows move inside
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_SUBJECT, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # as the service orders
        self.table.setSortingEnabled(True)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        set_role(self.empty, "hint")
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)

        self.detail = RequestDetail(services, self)
        self.detail.changed.connect(self._request_changed)
        self.model.modelReset.connect(self._reselect)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.list_stack)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([300, 450])  # scaled to the page's height when first shown
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.table.setAccessibleName(self.tr("Requests"))
        self.model.retranslate()
        self._fit_columns()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _fit_columns(self) -> None:
        """Starting widths from typical long values (measuring thousands of rows would be
        slow); the person's name takes what is left."""
        samples = ("0000", "Suoramarkkinointikielto", "", "22.12.2026", "22.12.2026")
        samples += ("99 päivää myöhässä", "Odottaa henkilöllisyyden")
        bold = QFont(self.table.font())
        bold.setBold(True)
        cells, headings = QFontMetrics(bold), self.table.horizontalHeader().fontMetrics()
        icon = self.table.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 6
        for column, sample in enumerate(samples):
            if column == COL_SUBJECT:
                continue
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(cells.horizontalAdvance(sample), headings.horizontalAdvance(title))
            extra = icon if column == COL_DAYS_LEFT else 0
            self.table.setColumnWidth(column, width + extra + 20)

    # -- the main window's contract ------------------------------------------------------

    def refresh(self) -> None:
        """Read the list again with the current filters, and the shown request's card."""
        self._load()
        if self.detail.view is not None and not self.detail.actions.busy:
            self.detail.show_request(self.detail.view.request.id)

    def new_item(self) -> None:
        from .log_dialog import LogRequestDialog  # on first use: not needed for the first paint

        dialog = LogRequestDialog(self.services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.logged.connect(self._logged)
        dialog.ask_identity.connect(self._ask_identity)
        dialog.finished.connect(lambda _result: setattr(self, "log_dialog", None))
        self.log_dialog = dialog
        dialog.open()

    def open_report(self) -> None:
        from .report_dialog import RequestLogDialog  # on first use: not needed for the first paint

        dialog = RequestLogDialog(self.services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "report_dialog", None))
        self.report_dialog = dialog
        dialog.open()

    def focus_search(self) -> None:
        self.filters.focus_search()

    def can_print(self) -> bool:
        return False

    def confirm_leave(self) -> bool:
        """A step under way (an erasure, a letter being signed) finishes its write first."""
        self.detail.actions.job.wait(60)
        return True

    def show_request(self, request_id: int) -> None:
        """Show the request's card and select it in the list, showing all requests when the
        filters hide it."""
        self.detail.show_request(request_id)
        if self._select(request_id):
            return
        self._select_after_load = request_id
        if not self._loading:  # else decided when the list being read arrives
            self._reveal()

    def _reveal(self) -> None:
        if self.detail.view is not None and not self.filters.shows_everything():
            self.filters.show_everything()  # reads again; selected when the list arrives
        else:
            self._select_after_load = None

    # -- the list ------------------------------------------------------------------------

    def _load(self) -> None:
        self._loading = True
        query = self.filters.query()
        requests = self.services.requests
        self.loader.load(lambda: requests.list(**query))

    def _apply(self, views: list) -> None:
        self._loading = False
        self.model.set_views(views)
        if self._select_after_load is not None:
            if self._select(self._select_after_load):
                self._select_after_load = None
            else:
                self._reveal()
        self._update_count()
        self.loaded.emit()

    def _select(self, request_id: int) -> bool:
        row = self.model.row_of(request_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self._selecting = True  # the card already shows it
        try:
            self.table.selectRow(row)
        finally:
            self._selecting = False
        self.table.scrollTo(index)
        return True

    def _reselect(self) -> None:
        if self.detail.view is not None:
            self._select(self.detail.view.request.id)

    def _current_changed(self, current, _previous) -> None:
        request_id = current.data(ID_ROLE) if current.isValid() else None
        if request_id is not None and not self._selecting:
            self.detail.show_request(request_id)

    def _search(self, text: str) -> None:
        self.model.set_search(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        self.filters.show_count(shown, total)
        if shown:
            self.list_stack.setCurrentWidget(self.table)
            return
        if total or self.filters.is_filtering():
            self.empty.setText(self.tr("No requests match the search and filters."))
        else:
            self.empty.setText(
                self.tr("No open requests. Log a request that arrives with Log a request (Ctrl+N).")
            )
        self.list_stack.setCurrentWidget(self.empty)

    def _focus_list(self) -> None:
        if self.model.rowCount():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)

    def _logged(self, request_id: int) -> None:
        self._select_after_load = request_id
        self.detail.show_request(request_id)
        self.refresh()
        self.dataChanged.emit()

    def _ask_identity(self, request_id: int) -> None:
        """The log dialog's "ask for proof of identity": the letter's dialog, on the new card."""
        if self.detail.view is not None and self.detail.view.request.id == request_id:
            self.detail.actions.ask_identity()

    def _request_changed(self, _request_id: int) -> None:
        self.refresh()
        self.dataChanged.emit()
