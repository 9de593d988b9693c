"""The customer page: the details form and the tabs of what happened with the person, with the
GDPR actions (restrict, prohibit marketing, legal hold, erase) beside Save.

A new customer starts with the details only; the other tabs open once it is saved. The dialog
stays open after saving, so an order or a consent can be added right away."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.records import Customer
from ...domain.validation import ValidationError
from ...services.errors import NotFound
from ...translation import render
from ..errors import set_message
from ..format import format_date
from ..screens import resize_within_screen
from ..style import heading, set_role
from . import confirm
from .activity_tabs import ConsentsTab, ContactsTab, OrdersTab
from .erase_dialog import EraseDialog
from .form import CustomerForm
from .hold_dialog import HoldDialog
from .marketing_tab import MarketingTab
from .record_tab import HistoryTab, RequestsTab


class CustomerDialog(QDialog):
    changed = Signal()  # anything about the customer was written to the register

    def __init__(self, services, customer_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._customer = Customer()
        self._loading = False
        self._dirty = False
        self.erase_dialog: EraseDialog | None = None
        self.hold_dialog: HoldDialog | None = None
        resize_within_screen(self, 960, 720)

        self.title = QLabel(self)
        heading(self.title)
        self.flags = QLabel(self)
        self.flags.setWordWrap(True)
        set_role(self.flags, "warning")
        self.form = CustomerForm(services, self)
        self.form.edited.connect(self._edited)
        scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take focus; it follows
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.consents = ConsentsTab(services, self)
        self.marketing = MarketingTab(services, self)
        self.orders = OrdersTab(services, self)
        self.contacts = ContactsTab(services, self)
        self.requests = RequestsTab(services, self)
        self.history = HistoryTab(services, self)
        self.tabs = QTabWidget(self)
        self._activity = (self.consents, self.marketing, self.orders, self.contacts)
        for tab in (scroll, *self._activity, self.requests, self.history):
            self.tabs.addTab(tab, "")
        for tab in (self.consents, self.orders, self.contacts):
            tab.added.connect(self._activity_added)
        self.marketing.changed.connect(self._activity_added)
        self.consents.added.connect(self.marketing.reload)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.restrict_button = QPushButton(self)
        self.restrict_button.clicked.connect(self._toggle_restriction)
        self.marketing_button = QPushButton(self)
        self.marketing_button.clicked.connect(self._toggle_marketing)
        self.hold_button = QPushButton(self)
        self.hold_button.clicked.connect(self.start_hold)
        self.erase_button = QPushButton(self)
        self.erase_button.clicked.connect(self.start_erase)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.reject)
        # No default button: Enter in a tab's small form must not save the whole customer.
        buttons = QHBoxLayout()
        for button in self._gdpr_buttons():
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.save_button, self.close_button):
            buttons.addWidget(button)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.flags)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.retranslateUi()
        self.load(customer_id)

    def retranslateUi(self) -> None:
        titles = (
            self.tr("Details"),
            self.tr("Consents"),
            self.tr("Marketing"),
            self.tr("Orders"),
            self.tr("Contacts and complaints"),
            self.tr("Requests"),
            self.tr("Change history"),
        )
        for index, text in enumerate(titles):
            self.tabs.setTabText(index, text)
        self.hold_button.setText(self.tr("Retentio&n hold…"))
        self.hold_button.setToolTip(
            self.tr("Keep the person out of bulk retention erasure, e.g. during a dispute")
        )
        self.erase_button.setText(self.tr("&Erase…"))
        self.erase_button.setToolTip(self.tr("Erase the person and what is tied to them (Art 17)"))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the details (Ctrl+S)"))
        self.close_button.setText(self.tr("Close"))
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    @property
    def customer(self) -> Customer:
        return self._customer

    def load(self, customer_id: int | None) -> None:
        self._loading = True
        try:
            self.form.set_registers(self._services.registers.list())
            if customer_id is None:
                registers = tuple(self.form.register_boxes)
                today = self._services.clock.today()
                customer = Customer(customer_since=today, register_ids=registers[:1])
            else:
                customer = self._services.customers.get(customer_id)
            self._customer = customer
            self.form.set_customer(customer)
            for tab in (*self._activity, self.requests, self.history):
                tab.set_customer(customer_id)
        finally:
            self._loading = False
        self._dirty = False
        self._show_state()

    def _show_state(self) -> None:
        customer = self._customer
        saved = customer.id is not None
        name = customer.display_name
        self.title.setText(name if saved else self.tr("New customer"))
        self.setWindowTitle(
            self.tr("Customer: %1").replace("%1", name) if saved else self.tr("New customer")
        )
        flags = []
        if customer.marketing_prohibited_on:
            flags.append(
                self.tr("Direct marketing prohibited since %1 (Art 21(2)).").replace(
                    "%1", format_date(customer.marketing_prohibited_on)
                )
            )
        if customer.restricted_on:
            flags.append(
                self.tr("Processing restricted since %1 (Art 18): do not use or export.").replace(
                    "%1", format_date(customer.restricted_on)
                )
            )
        hold = self._services.holds.get(customer.id) if saved else None
        if hold is not None and hold.applies(self._services.clock.today()):
            flags.append(
                self.tr("On legal hold until %1: bulk retention erasure skips the person.").replace(
                    "%1", format_date(hold.until)
                )
            )
        self.flags.setText("  ".join(flags))
        self.flags.setVisible(bool(flags))
        self.restrict_button.setText(
            self.tr("Lift &restriction") if customer.restricted else self.tr("&Restrict")
        )
        self.restrict_button.setToolTip(
            self.tr("Keep the data but exclude the person from all use and exports (Art 18)")
        )
        self.marketing_button.setText(
            self.tr("Lift mar&keting prohibition…")
            if customer.marketing_prohibited
            else self.tr("Prohibit mar&keting")
        )
        self.marketing_button.setToolTip(
            self.tr("The person objects to direct marketing (Art 21(2)): for good")
        )
        for button in self._gdpr_buttons():
            button.setEnabled(saved)
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, saved)

    # -- saving --------------------------------------------------------------------------

    def _edited(self) -> None:
        if not self._loading:
            self._dirty = True
            self.status.clear()

    @property
    def dirty(self) -> bool:
        return self._dirty

    def save(self) -> bool:
        """Save the details; on a problem show it at its field and keep everything typed."""
        problems = self.form.check(show_all=True)
        if not problems:
            customer = self.form.customer()
            try:
                if customer.id is None:
                    saved = self._services.customers.add(customer)
                else:
                    saved = self._services.customers.update(customer)
            except ValidationError as error:
                problems = list(error.problems)
                self.form.show_problems(problems)
            except NotFound as error:
                self._say(render(error.message), error=True)
                return False
        if problems:
            self.tabs.setCurrentIndex(0)
            self.form.focus_field(problems[0].field)
            self._say(self.tr("Check the marked fields; nothing was saved yet."), error=True)
            return False
        self.load(saved.id)
        self._say(self.tr("Saved."))
        self.changed.emit()
        return True

    def _say(self, text: str, *, error: bool = False) -> None:
        set_role(self.status, "error" if error else "hint")
        set_message(self.status, text)

    # -- GDPR actions ----------------------------------------------------------------------

    def _toggle_restriction(self) -> None:
        customers = self._services.customers
        if self._customer.restricted:
            updated = customers.lift_restriction(self._customer.id)
        else:
            updated = customers.restrict(self._customer.id)
        self._flag_changed(updated)

    def _toggle_marketing(self) -> None:
        customers = self._services.customers
        if not self._customer.marketing_prohibited:
            self._flag_changed(customers.prohibit_marketing(self._customer.id))
            return
        if confirm.ask(
            self,
            self.tr("Lift the marketing prohibition?"),
            self.tr(
                "A direct-marketing objection is absolute. Lift it only if it was recorded by "
                "mistake or the person has withdrawn it themselves."
            ),
            self.tr("Lift the prohibition"),
        ):
            self._flag_changed(customers.lift_marketing_prohibition(self._customer.id))

    def _flag_changed(self, updated: Customer) -> None:
        # Only the flag changed in the register; what is typed in the form stays as it is.
        self._customer = updated
        self._show_state()
        self.history.reload()
        self.changed.emit()

    def _activity_added(self) -> None:
        self.history.reload()
        self.changed.emit()

    def _gdpr_buttons(self) -> tuple[QPushButton, ...]:
        return (self.restrict_button, self.marketing_button, self.hold_button, self.erase_button)

    def start_hold(self) -> None:
        dialog = HoldDialog(self._services, self._customer.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._hold_changed)
        self.hold_dialog = dialog
        dialog.open()

    def _hold_changed(self) -> None:
        self._show_state()
        self.history.reload()
        self.changed.emit()

    def start_erase(self) -> None:
        dialog = EraseDialog(self._services, self._customer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.erased.connect(self._erased)
        self.erase_dialog = dialog
        dialog.open()

    def _erased(self) -> None:
        self.changed.emit()
        self._dirty = False
        self.erase_dialog.finished.connect(lambda _result: self.accept())

    def reject(self) -> None:
        if self._dirty and not confirm.ask(
            self,
            self.tr("Discard the changes?"),
            self.tr("The changes to the details have not been saved."),
            self.tr("Discard"),
        ):
            return
        super().reject()
