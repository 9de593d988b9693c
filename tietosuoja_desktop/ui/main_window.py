"""The main window: navigation on the left, the pages on the right, menus with the usual
shortcuts, and a status bar with the data folder and the counts. Pages are built when first
shown, so start-up only pays for the Overview. The pages themselves, and the contract every
page follows, are declared in :mod:`.pages`."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from .. import APP_NAME
from .background import BackgroundLoader, FirstPaintGate
from .encryption.idle_lock import IdleLock
from .format import format_count
from .main_menus import MainMenus
from .pages import PAGE_KEYS, PAGES
from .preferences import qsettings
from .screens import scrolling
from .start_checks import StartChecks

log = logging.getLogger(__name__)


class PageStack(QStackedWidget):
    """The pages, asking for the room the page on show needs (a stacked widget asks for the
    widest of all its pages, so the Overview would scroll once the Requests page was built)."""

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()


class MainWindow(QMainWindow):
    firstPainted = Signal()  # noqa: N815 - Qt spelling; emitted once, for start-up timing
    statusLoaded = Signal()  # noqa: N815 - the status bar's counts are on screen

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.services = services
        self._painted = False
        self.read_gate = FirstPaintGate()  # the pages' reads wait for the first paint
        self._pages: dict[str, QWidget] = {}
        self._counts: tuple[int, int] | None = None
        self.status_loader = BackgroundLoader(self)
        self.status_loader.loaded.connect(self._set_counts)

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(24, 24))
        self.navigation.setSpacing(1)
        for spec in PAGES:
            icon = QIcon.fromTheme(spec.theme_icon, self.style().standardIcon(spec.fallback_icon))
            QListWidgetItem(icon, "", self.navigation)
        self.stack = PageStack(self)
        for _spec in PAGES:
            self.stack.addWidget(QWidget(self.stack))  # replaced by the page when first shown
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.navigation)
        # On a small or scaled screen (1024 logical pixels wide) a page wider than the room
        # left scrolls instead of making the window wider than the screen.
        self.page_area = scrolling(self.stack, self)
        self.splitter.addWidget(self.page_area)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.setCentralWidget(self.splitter)

        self.menus = MainMenus(self)
        self.folder_label = QLabel(self)
        self.counts_label = QLabel(self)
        self.statusBar().addWidget(self.folder_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)

        self.start_notice = None
        self.start_checks = None  # after the first paint (start_checks.py)
        self.firstPainted.connect(self._show_start_notice, Qt.ConnectionType.QueuedConnection)
        self.navigation.currentRowChanged.connect(self._show_row)
        self.retranslate_ui()
        self.navigation.setCurrentRow(0)
        self.refresh_status()
        self._restore_layout()
        self.idle_lock = IdleLock(services, self, QCoreApplication.instance())

    # -- pages ---------------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built on first use."""
        if key not in self._pages:
            row = PAGE_KEYS.index(key)
            page = PAGES[row].factory(self.services, self.stack)
            page.setObjectName(f"page_{key}")
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._pages[key] = page
            if hasattr(page, "dataChanged"):
                page.dataChanged.connect(lambda source=page: self._on_data_changed(source))
            if key == "overview":
                page.requestActivated.connect(self.show_request)
                page.customerActivated.connect(self.show_customer)
                page.breachActivated.connect(self.show_breach)
        return self._pages[key]

    def current_key(self) -> str:
        return PAGE_KEYS[max(self.navigation.currentRow(), 0)]

    def current_page(self) -> QWidget:
        return self.page(self.current_key())

    def show_page(self, key: str) -> QWidget:
        self.navigation.setCurrentRow(PAGE_KEYS.index(key))
        return self.page(key)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        page = self.page(PAGE_KEYS[row])
        self.stack.setCurrentWidget(page)
        self.stack.updateGeometry()
        self.menus.update_for(page, row)

    def show_breach(self, breach_id: int) -> None:
        page = self.show_page("breaches")
        page.select(breach_id)

    def show_request(self, request_id: int) -> None:
        page = self.show_page("requests")
        page.show_request(request_id)

    def show_customer(self, customer_id: int) -> None:
        page = self.show_page("customers")
        if hasattr(page, "open_customer"):
            page.open_customer(customer_id)

    def _on_data_changed(self, source: QWidget) -> None:
        for page in self._pages.values():
            if page is not source and page is not self.stack.currentWidget():
                page.refresh()
        if source is not self._pages.get("overview") and "overview" in self._pages:
            self._pages["overview"].refresh()
        self.refresh_status()
        self.retranslate_title()

    def refresh_everything(self) -> None:
        """After an import or a restore: every page built so far shows the register anew."""
        for page in self._pages.values():
            page.refresh()
        self.refresh_status()
        self.retranslate_title()

    def refresh_current(self) -> None:
        page = self.current_page()
        if hasattr(page, "refresh"):
            page.refresh()
        self.refresh_status()

    def _show_start_notice(self) -> None:
        """After the first paint: the requests due within a week or overdue, if any."""
        # on first use: not needed for the first paint
        from .requests.start_notice import show_start_notice

        self.start_notice = show_start_notice(self, self.services, self.show_request)
        self.start_checks = StartChecks(self, self.services)
        self.start_checks.start()

    # -- status and language -------------------------------------------------------------

    def refresh_status(self) -> None:
        services = self.services
        self.status_loader.load(
            lambda: (services.customers.count(), services.requests.open_count())
        )

    def _set_counts(self, counts: tuple[int, int]) -> None:
        self._counts = counts
        self._show_counts()
        self.statusLoaded.emit()

    def _show_counts(self) -> None:
        if self._counts is None:
            return
        customers, requests = self._counts
        self.counts_label.setText(
            self.tr("%1 customers · %2 open requests")
            .replace("%1", format_count(customers))
            .replace("%2", format_count(requests))
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        for row, spec in enumerate(PAGES):
            item = self.navigation.item(row)
            item.setText(QCoreApplication.translate("MainWindow", spec.title))
            item.setToolTip(f"{item.text()} (Alt+{row + 1})")
        self.navigation.setAccessibleName(self.tr("Pages"))
        self.navigation.setMinimumWidth(self.navigation.sizeHintForColumn(0) + 36)
        self.folder_label.setText(
            self.tr("Data folder: %1").replace("%1", str(self.services.data_dir))
        )
        self.menus.retranslate_ui()
        self._show_counts()
        self.retranslate_title()

    def retranslate_title(self) -> None:
        profile = self.services.controller.get()
        self.setWindowTitle(f"{profile.name} – {APP_NAME}" if profile else APP_NAME)

    # -- window life ---------------------------------------------------------------------

    def _restore_layout(self) -> None:
        settings = qsettings()
        geometry = settings.value("mainWindow/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            available = self.screen().availableGeometry()
            width = min(1180, int(available.width() * 0.9))
            self.resize(width, min(780, int(available.height() * 0.9)))
        state = settings.value("mainWindow/state")
        if state is not None:
            self.restoreState(state)
        splitter = settings.value("mainWindow/splitter")
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([220, 960])

    def save_layout(self) -> None:
        settings = qsettings()
        settings.setValue("mainWindow/geometry", self.saveGeometry())
        settings.setValue("mainWindow/state", self.saveState())
        settings.setValue("mainWindow/splitter", self.splitter.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        for page in self._pages.values():
            if hasattr(page, "confirm_leave") and not page.confirm_leave():
                event.ignore()
                return
        self.save_layout()
        self.idle_lock.detach()
        self.read_gate.open()  # closed before it was painted: nothing waits for ever
        super().closeEvent(event)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.firstPainted.emit()
            self.read_gate.open()
