"""Whom a request is about: a customer found by typing (search as you type over the whole
register, off the GUI thread), or a requester who is not in the register (name and contact)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.records import Customer
from ...domain.validation import MAX_LINE_LENGTH
from ..background import BackgroundLoader
from ..errors import problem_label
from ..style import set_role

DEBOUNCE_MS = 150
RESULTS = 20


def customer_line(customer: Customer) -> str:
    details = [d for d in (customer.city, customer.email or customer.phone) if d]
    return " · ".join([customer.display_name, *details])


class PersonPicker(QWidget):
    changed = Signal()
    searched = Signal()  # results of a search are on screen

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.loader = BackgroundLoader(self)
        self.loader.loaded.connect(self._show_results)
        self.in_register = QRadioButton(self)
        self.outside = QRadioButton(self)
        self.modes = QButtonGroup(self)
        self.modes.addButton(self.in_register)
        self.modes.addButton(self.outside)
        self.in_register.setChecked(True)
        self.in_register.toggled.connect(self._mode_changed)

        found = QWidget(self)
        self.search = QLineEdit(found)
        self.search.setClearButtonEnabled(True)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.run_search)
        self.search.textChanged.connect(self.debounce.start)
        self.search.installEventFilter(self)  # Enter chooses the first person found
        self.results = QListWidget(found)
        self.results.setFixedHeight(self.results.fontMetrics().height() * 6 + 12)
        self.results.currentItemChanged.connect(self._current_changed)
        self.chosen = QLabel(found)
        self.chosen.setWordWrap(True)
        set_role(self.chosen, "hint")
        found_layout = QVBoxLayout(found)
        found_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.search, self.results, self.chosen):
            found_layout.addWidget(widget)

        other = QWidget(self)
        self.name_label = QLabel(other)
        self.name = QLineEdit(other)
        self.name.setMaxLength(MAX_LINE_LENGTH)
        self.name_label.setBuddy(self.name)
        self.contact_label = QLabel(other)
        self.contact = QPlainTextEdit(other)
        self.contact.setTabChangesFocus(True)
        self.contact.setFixedHeight(self.contact.fontMetrics().lineSpacing() * 3 + 12)
        self.contact_label.setBuddy(self.contact)
        grid = QGridLayout(other)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.name_label, 0, 0)
        grid.addWidget(self.name, 0, 1)
        grid.addWidget(self.contact_label, 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.contact, 1, 1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(found)
        self.stack.addWidget(other)
        self.error = problem_label(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.in_register)
        layout.addWidget(self.outside)
        layout.addWidget(self.stack)
        layout.addWidget(self.error)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.in_register.setText(self.tr("A customer &in the register"))
        self.outside.setText(self.tr("Someone &not in the register"))
        self.search.setPlaceholderText(self.tr("Type a name, e-mail, phone or business ID"))
        self.search.setAccessibleName(self.tr("Search the register"))
        self.results.setAccessibleName(self.tr("Customers found"))
        self.name_label.setText(self.tr("Na&me:"))
        self.contact_label.setText(self.tr("Con&tact:"))
        self.contact.setPlaceholderText(self.tr("Postal address or e-mail, for the answer"))
        self._show_chosen()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the search box chooses a person; it must not also press the dialog's
        # default button and log the request half filled in.
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._choose_first()
            return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _mode_changed(self) -> None:
        self.stack.setCurrentIndex(0 if self.in_register.isChecked() else 1)
        (self.search if self.in_register.isChecked() else self.name).setFocus()
        self.changed.emit()

    def run_search(self) -> None:
        self.debounce.stop()
        text = self.search.text().strip()
        customers = self.services.customers
        self.loader.load(lambda: customers.search(text, limit=RESULTS) if text else [])

    def _show_results(self, found: list[Customer]) -> None:
        self.results.clear()
        for customer in found:
            item = QListWidgetItem(customer_line(customer), self.results)
            item.setData(Qt.ItemDataRole.UserRole, customer.id)
        if len(found) == 1:
            self.results.setCurrentRow(0)
        self._show_chosen()
        self.searched.emit()

    def _current_changed(self, *_args) -> None:
        self._show_chosen()
        self.changed.emit()

    def _choose_first(self) -> None:
        if self.debounce.isActive():
            self.run_search()
            return
        if self.results.count() and self.results.currentRow() < 0:
            self.results.setCurrentRow(0)
        self.focusNextChild()

    def _show_chosen(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self.chosen.setText(self.tr("Chosen: %1").replace("%1", item.text()))
        elif self.search.text().strip() and not self.results.count():
            self.chosen.setText(
                self.tr(
                    "No customer found: check the spelling, or choose "
                    '"Someone not in the register".'
                )
            )
        else:
            self.chosen.setText(self.tr("Choose the person from the list."))

    def customer_id(self) -> int | None:
        if not self.in_register.isChecked():
            return None
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def requester(self) -> tuple[str, str]:
        if self.in_register.isChecked():
            return "", ""
        return self.name.text().strip(), self.contact.toPlainText().strip()
