"""The Overview page: what needs attention today. Counts, open breaches whose 72-hour clock is
running (shown only when there are any), processor contracts whose review date has passed or
comes within 30 days (likewise), the requests due within a week or already overdue, and the
people whose retention period has run out, with "Erase all…" for them (retention_run_dialog)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.listing import CustomerQuery
from .background import BackgroundLoader
from .breaches.table_model import COL_DESCRIPTION as BREACH_COL_DESCRIPTION
from .breaches.table_model import COL_STATUS as BREACH_COL_STATUS
from .breaches.table_model import ID_ROLE as BREACH_ID_ROLE
from .breaches.table_model import BreachesTableModel
from .format import format_count, format_date
from .processors_table_model import ProcessorsTableModel
from .requests.table_model import COL_ID, COL_RECEIVED, RequestsTableModel
from .requests.table_model import ID_ROLE as REQUEST_ID_ROLE
from .retention_table_model import ID_ROLE as CUSTOMER_ID_ROLE
from .retention_table_model import RetentionTableModel
from .style import even_rows, heading, set_role

if TYPE_CHECKING:
    from .security_review_dialog import SecurityReviewDialog

DUE_DAYS = 7
RETENTION_LIMIT = 50
COUNTS = ("customers", "open", "due", "overdue", "retention")


def _table(parent: QWidget, model) -> QTableView:
    table = QTableView(parent)
    table.setTabKeyNavigation(False)  # Tab leaves; arrows move inside
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    even_rows(table)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


def _fit_rows(table: QTableView, count: int) -> None:
    """A short table no taller than its rows (at least one)."""
    table.setMaximumHeight(
        table.horizontalHeader().sizeHint().height()
        + max(count, 1) * table.verticalHeader().defaultSectionSize()
        + 4
    )


class _Listing(QStackedWidget):
    """A table, or a sentence in its place when the table is empty."""

    def __init__(self, parent: QWidget, model) -> None:
        super().__init__(parent)
        self.table = _table(self, model)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        set_role(self.empty, "hint")
        self.addWidget(self.table)
        self.addWidget(self.empty)

    def update_state(self) -> None:
        self.setCurrentWidget(self.table if self.table.model().rowCount() else self.empty)


def gather(services) -> dict:
    """Everything the page shows, read in one go (runs on a worker thread)."""
    due = services.requests.list(due_within=DUE_DAYS)
    overdue = services.requests.list(overdue=True)
    return {
        "counts": {
            "customers": services.customers.count(),
            "open": services.requests.open_count(),
            "due": len(due),
            "overdue": len(overdue),
            "retention": services.customers.count(CustomerQuery(past_retention_only=True)),
        },
        "requests": overdue + due,
        # The clock runs only until the authority is told; a handful at most.
        "breaches": [v for v in services.breaches.list(open_only=True) if v.hours_left is not None],
        "retention": services.retention.due(limit=RETENTION_LIMIT),
        "reviews": services.processors.due_for_review(),
        "security": services.security.latest(),
        "security_due": services.security.due(),
        "profile": services.controller.get(),
    }


class OverviewPage(QWidget):
    """Loads its numbers off the GUI thread: ``loaded`` says they are on screen."""

    dataChanged = Signal()  # noqa: N815 - the pages contract, Qt spelling
    loaded = Signal()
    requestActivated = Signal(int)  # noqa: N815
    customerActivated = Signal(int)  # noqa: N815
    breachActivated = Signal(int)  # noqa: N815

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._profile = None
        self.loader = BackgroundLoader(self)
        self.loader.loaded.connect(self._apply)
        self.title = QLabel(self)
        heading(self.title)
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)

        cards = QGridLayout()
        self.count_values: dict[str, QLabel] = {}
        self.count_labels: dict[str, QLabel] = {}
        for column, key in enumerate(COUNTS):
            card = QFrame(self)
            card.setFrameShape(QFrame.Shape.StyledPanel)
            card_layout = QVBoxLayout(card)
            value = set_role(QLabel("…", card), "count")
            label = QLabel(card)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            card_layout.addWidget(value)
            card_layout.addWidget(label, 1)
            cards.addWidget(card, 0, column)
            cards.setColumnStretch(column, 1)
            self.count_values[key] = value
            self.count_labels[key] = label

        self.breaches_model = BreachesTableModel(self)
        self.breaches_heading = QLabel(self)
        self.breaches_heading.setWordWrap(True)
        heading(self.breaches_heading, 1.1)
        self.breaches = _table(self, self.breaches_model)
        self.breaches.setColumnHidden(BREACH_COL_STATUS, True)
        self.breaches.setWordWrap(False)
        breach_header = self.breaches.horizontalHeader()
        breach_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        breach_header.setSectionResizeMode(BREACH_COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.breaches.doubleClicked.connect(self._open_breach)
        for widget in (self.breaches_heading, self.breaches):
            widget.setVisible(False)

        self.reviews_model = ProcessorsTableModel(self)
        self.reviews_heading = QLabel(self)
        self.reviews_heading.setWordWrap(True)
        heading(self.reviews_heading, 1.1)
        self.reviews = _table(self, self.reviews_model)
        for widget in (self.reviews_heading, self.reviews):
            widget.setVisible(False)

        self.security_reminder = QLabel(self)
        self.security_reminder.setWordWrap(True)
        set_role(self.security_reminder, "warning")
        self.security_button = QPushButton(self)
        self.security_button.clicked.connect(self.open_security_review)
        self.security_dialog: SecurityReviewDialog | None = None
        self._security = (None, False)
        for widget in (self.security_reminder, self.security_button):
            widget.setVisible(False)

        self.requests_model = RequestsTableModel(self)
        self.requests_heading = QLabel(self)
        self.requests_heading.setWordWrap(True)
        heading(self.requests_heading, 1.1)
        self.requests = _Listing(self, self.requests_model)
        self.requests.table.doubleClicked.connect(self._open_request)
        for column in (COL_ID, COL_RECEIVED):
            self.requests.table.setColumnHidden(column, True)
        self.retention_model = RetentionTableModel(self)
        self.retention_heading = QLabel(self)
        self.retention_heading.setWordWrap(True)
        heading(self.retention_heading, 1.1)
        self.retention = _Listing(self, self.retention_model)
        self.retention.table.doubleClicked.connect(self._open_customer)
        self.erase_all_button = QPushButton(self)
        self.erase_all_button.setVisible(False)
        self.erase_all_button.clicked.connect(self.start_retention_run)
        self.retention_run_dialog = None  # the erase-all dialog while it is open

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(cards)
        layout.addWidget(self.breaches_heading)
        layout.addWidget(self.breaches)
        layout.addWidget(self.reviews_heading)
        layout.addWidget(self.reviews)
        security_row = QHBoxLayout()
        security_row.addWidget(self.security_reminder, 1)
        security_row.addWidget(self.security_button)
        layout.addLayout(security_row)
        layout.addWidget(self.requests_heading)
        layout.addWidget(self.requests, 1)
        retention_row = QHBoxLayout()
        retention_row.addWidget(self.retention_heading, 1)
        retention_row.addWidget(self.erase_all_button)
        layout.addLayout(retention_row)
        layout.addWidget(self.retention, 1)
        self.retranslate_ui()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Overview"))
        texts = {
            "customers": self.tr("customers"),
            "open": self.tr("open requests"),
            "due": self.tr("due within 7 days"),
            "overdue": self.tr("overdue"),
            "retention": self.tr("past their retention period"),
        }
        for key, text in texts.items():
            self.count_labels[key].setText(text)
        self.requests_heading.setText(self.tr("Requests due within a week or overdue"))
        self.requests.empty.setText(self.tr("No request is due within the next seven days."))
        self.requests.table.setAccessibleName(self.requests_heading.text())
        self.retention_heading.setText(self.tr("Past the retention period (first 50)"))
        self.retention.empty.setText(self.tr("Nobody has outlived their register's retention."))
        self.retention.table.setAccessibleName(self.retention_heading.text())
        self.erase_all_button.setText(self.tr("Erase a&ll…"))
        self.erase_all_button.setToolTip(
            self.tr("Erase everyone past retention, after a preview (people on hold are skipped)")
        )
        self.breaches_heading.setText(
            self.tr("Breaches: notify the Data Protection Ombudsman within 72 hours")
        )
        self.breaches.setAccessibleName(self.breaches_heading.text())
        self.reviews_heading.setText(
            self.tr("Processor contracts to review (review date passed or within 30 days)")
        )
        self.reviews.setAccessibleName(self.reviews_heading.text())
        self.security_button.setText(self.tr("Review securit&y…"))
        self._update_security()
        self.reviews_model.retranslate()
        self.breaches_model.retranslate()
        self.requests_model.retranslate()
        self.retention_model.retranslate()
        self._update_subtitle()

    def _update_subtitle(self) -> None:
        today = format_date(self.services.clock.today())
        name = self._profile.name if self._profile else ""
        text = self.tr("Today is %1.").replace("%1", today)
        self.subtitle.setText(f"{name} · {text}" if name else text)

    def refresh(self) -> None:
        services = self.services
        self.loader.load(lambda: gather(services))

    def _apply(self, data: dict) -> None:
        for key, value in data["counts"].items():
            self.count_values[key].setText(format_count(value))
        self.breaches_model.set_views(data["breaches"])
        for widget in (self.breaches_heading, self.breaches):
            widget.setVisible(bool(data["breaches"]))
        _fit_rows(self.breaches, len(data["breaches"]))
        self.reviews_model.set_today(self.services.clock.today())
        self.reviews_model.set_views(data["reviews"])
        for widget in (self.reviews_heading, self.reviews):
            widget.setVisible(bool(data["reviews"]))
        _fit_rows(self.reviews, len(data["reviews"]))
        self._security = (data["security"], data["security_due"])
        self._update_security()
        self.requests_model.set_views(data["requests"])
        self.requests.update_state()
        self.retention_model.set_views(data["retention"])
        self.retention.update_state()
        self.erase_all_button.setVisible(data["counts"]["retention"] > 0)
        self._profile = data["profile"]
        self._update_subtitle()
        self.loaded.emit()

    def _update_security(self) -> None:
        """The reminder of the yearly security review: never made, or its next date come."""
        latest, due = self._security
        if latest is None:
            text = self.tr("Security has not been reviewed yet: review it once a year (Art 32).")
        else:
            text = self.tr("The yearly security review is due (next review by %1).").replace(
                "%1", format_date(latest.next_review)
            )
        self.security_reminder.setText(text)
        for widget in (self.security_reminder, self.security_button):
            widget.setVisible(due)

    def open_security_review(self) -> None:
        # on first use: the review's form (about 0.02 s of imports) is not for the first paint
        from .security_review_dialog import SecurityReviewDialog

        dialog = SecurityReviewDialog(self.services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.refresh)
        self.security_dialog = dialog
        dialog.open()

    def start_retention_run(self) -> None:
        # on first use: it loads the customers room's modules, which the first paint does not need
        from .retention_run_dialog import RetentionRunDialog

        dialog = RetentionRunDialog(self.services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.erased.connect(self._after_run)
        self.retention_run_dialog = dialog
        dialog.open()

    def _after_run(self) -> None:
        self.refresh()
        self.dataChanged.emit()

    def _open_request(self, index) -> None:
        request_id = index.data(REQUEST_ID_ROLE)
        if request_id is not None:
            self.requestActivated.emit(request_id)

    def _open_breach(self, index) -> None:
        breach_id = index.data(BREACH_ID_ROLE)
        if breach_id is not None:
            self.breachActivated.emit(breach_id)

    def _open_customer(self, index) -> None:
        customer_id = index.data(CUSTOMER_ID_ROLE)
        if customer_id is not None:
            self.customerActivated.emit(customer_id)
