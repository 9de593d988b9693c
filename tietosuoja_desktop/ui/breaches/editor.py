"""Logging a breach or changing its record: what happened and when it was discovered, its
nature, the data and people concerned, consequences, measures and the risk assessment.
Every problem is shown beside its field at once; nothing typed is lost."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.breaches import Breach, BreachNature, BreachRisk
from ...domain.validation import ValidationError
from ..customers import confirm
from ..errors import FieldMessages, problem_label, show_user_error
from ..requests.person_picker import customer_line
from ..screens import resize_within_screen
from ..style import set_role
from . import names
from .widgets import CountEdit, MomentEdit, text_box


class BreachDialog(QDialog):
    """``breach`` None logs a new one; otherwise its record is edited. ``saved`` holds the
    service's view after a successful save."""

    def __init__(self, services, breach: Breach | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("BreachDialog")
        self.services = services
        self.original = breach
        self.saved = None
        self._customer_ids: list[int] = []

        body = QWidget(self)
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.problems: dict[str, QLabel] = {}
        self.rows: dict[str, QLabel] = {}

        def row(name: str, widget: QWidget) -> None:
            holder = QWidget(body)
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(widget)
            self.problems[name] = problem_label(holder)
            box.addWidget(self.problems[name])
            label = QLabel(body)
            label.setBuddy(widget)
            self.rows[name] = label
            form.addRow(label, holder)

        self.discovered = MomentEdit(body)
        row("discovered_at", self.discovered)
        self.description = text_box(body, 3)
        row("description", self.description)
        nature_box = QWidget(body)
        nature_layout = QHBoxLayout(nature_box)
        nature_layout.setContentsMargins(0, 0, 0, 0)
        self.nature_checks = {n: QCheckBox(nature_box) for n in BreachNature}
        for check in self.nature_checks.values():
            nature_layout.addWidget(check)
        nature_layout.addStretch(1)
        row("natures", nature_box)
        self.data_categories = text_box(body, 2)
        row("data_categories", self.data_categories)
        self.people = CountEdit(body)
        row("people_affected", self.people)
        self.records = CountEdit(body)
        row("records_affected", self.records)
        self.consequences = text_box(body, 2)
        row("consequences", self.consequences)
        self.measures_taken = text_box(body, 2)
        row("measures_taken", self.measures_taken)
        self.measures_proposed = text_box(body, 2)
        row("measures_proposed", self.measures_proposed)
        self.risk = QComboBox(body)
        for risk in BreachRisk:
            self.risk.addItem("", risk)
        row("risk", self.risk)
        self.risk_reasoning = text_box(body, 2)
        row("risk_reasoning", self.risk_reasoning)

        people_box = QWidget(body)
        people_layout = QVBoxLayout(people_box)
        people_layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(people_box)
        self.search.setClearButtonEnabled(True)
        self.found = QListWidget(people_box)
        self.found.setFixedHeight(self.found.fontMetrics().height() * 3 + 12)
        self.found.itemActivated.connect(self._add_person)
        self.add_person = QPushButton(people_box)
        self.add_person.clicked.connect(lambda: self._add_person(self.found.currentItem()))
        self.linked_label = QLabel(people_box)
        set_role(self.linked_label, "hint")
        self.linked = QListWidget(people_box)
        self.linked.setFixedHeight(self.linked.fontMetrics().height() * 4 + 12)
        self.remove_person = QPushButton(people_box)
        self.remove_person.clicked.connect(self._remove_person)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.add_person)
        buttons_row.addWidget(self.remove_person)
        buttons_row.addStretch(1)
        for widget in (self.search, self.found):
            people_layout.addWidget(widget)
        people_layout.addLayout(buttons_row)
        people_layout.addWidget(self.linked_label)
        people_layout.addWidget(self.linked)
        row("customer_ids", people_box)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(150)
        self.debounce.timeout.connect(self.run_search)
        self.search.textChanged.connect(self.debounce.start)

        self.general_problem = problem_label(self)
        self.messages = FieldMessages(self.problems, self.general_problem)
        scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take focus; it follows
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        set_role(self.hint, "hint")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general_problem)
        layout.addWidget(self.buttons)
        resize_within_screen(self, 720, 760)
        self._fill(breach)
        self._as_opened = self.breach()  # what Cancel compares with before asking
        self.retranslateUi()

    def retranslateUi(self) -> None:
        new = self.original is None
        self.setWindowTitle(self.tr("Log a breach") if new else self.tr("Edit breach"))
        self.search.setAccessibleName(self.tr("Find a customer to link"))
        self.found.setAccessibleName(self.tr("Customers found"))
        self.linked.setAccessibleName(self.tr("Linked customers"))
        self.hint.setText(
            self.tr(
                "Log every personal data breach, even a small one. Unless it is unlikely to "
                "result in a risk, the Data Protection Ombudsman must be notified within 72 "
                "hours of discovery; when the risk is high, the people affected must be told too."
            )
        )
        texts = {
            "discovered_at": self.tr("&Discovered:"),
            "description": self.tr("&What happened:"),
            "natures": self.tr("Nature:"),
            "data_categories": self.tr("D&ata concerned:"),
            "people_affected": self.tr("&People affected (approx.):"),
            "records_affected": self.tr("&Records affected (approx.):"),
            "consequences": self.tr("Likely &consequences:"),
            "measures_taken": self.tr("Measures &taken:"),
            "measures_proposed": self.tr("&Measures proposed:"),
            "risk": self.tr("Ris&k:"),
            "risk_reasoning": self.tr("Reasoning for the risk:"),
            "customer_ids": self.tr("Affected customers:"),
        }
        for name, text in texts.items():
            self.rows[name].setText(text)
        for nature, check in self.nature_checks.items():
            check.setText(names.tr(names.NATURES[nature]))
            check.setToolTip(names.tr(names.NATURE_HINTS[nature]))
        for index in range(self.risk.count()):
            self.risk.setItemText(index, names.tr(names.RISKS[self.risk.itemData(index)]))
        for edit in (self.people, self.records):
            edit.setSpecialValueText(self.tr("not known"))
        self.description.setPlaceholderText(
            self.tr("e.g. A laptop with the customer register was stolen from a car.")
        )
        self.data_categories.setPlaceholderText(self.tr("e.g. names, addresses, order history"))
        self.search.setPlaceholderText(self.tr("Find a customer to link: name, e-mail, phone"))
        self.add_person.setText(self.tr("&Link"))
        self.linked_label.setText(self.tr("Linked: the letters go to these customers"))
        self.remove_person.setText(self.tr("&Unlink"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- the people linked -------------------------------------------------------------------

    def run_search(self) -> None:
        self.debounce.stop()
        text = self.search.text().strip()
        self.found.clear()
        for customer in self.services.customers.search(text, limit=20) if text else []:
            item = QListWidgetItem(customer_line(customer), self.found)
            item.setData(Qt.ItemDataRole.UserRole, customer.id)
        if self.found.count():
            self.found.setCurrentRow(0)

    def _add_person(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        customer_id = item.data(Qt.ItemDataRole.UserRole)
        if customer_id not in self._customer_ids:
            self._customer_ids.append(customer_id)
            linked = QListWidgetItem(item.text(), self.linked)
            linked.setData(Qt.ItemDataRole.UserRole, customer_id)

    def _remove_person(self) -> None:
        row = self.linked.currentRow()
        if row >= 0:
            item = self.linked.takeItem(row)
            self._customer_ids.remove(item.data(Qt.ItemDataRole.UserRole))

    # -- the record --------------------------------------------------------------------------

    def _fill(self, breach: Breach | None) -> None:
        now = self.services.clock.now()
        if breach is None:
            self.discovered.set_moment(now)
            self.risk.setCurrentIndex(list(BreachRisk).index(BreachRisk.RISK))
            return
        self.discovered.set_moment(breach.discovered_at)
        self.description.setPlainText(breach.description)
        for nature, check in self.nature_checks.items():
            check.setChecked(nature in breach.natures)
        self.data_categories.setPlainText(breach.data_categories)
        self.people.set_count(breach.people_affected)
        self.records.set_count(breach.records_affected)
        self.consequences.setPlainText(breach.consequences)
        self.measures_taken.setPlainText(breach.measures_taken)
        self.measures_proposed.setPlainText(breach.measures_proposed)
        self.risk.setCurrentIndex(list(BreachRisk).index(breach.risk))
        self.risk_reasoning.setPlainText(breach.risk_reasoning)
        for customer_id in breach.customer_ids:
            try:
                line = customer_line(self.services.customers.get(customer_id))
            except LookupError:
                continue
            item = QListWidgetItem(line, self.linked)
            item.setData(Qt.ItemDataRole.UserRole, customer_id)
            self._customer_ids.append(customer_id)

    def breach(self) -> Breach:
        """The record as the form now says."""
        values = dict(
            discovered_at=self.discovered.moment(),
            description=self.description.toPlainText(),
            natures=tuple(n for n, check in self.nature_checks.items() if check.isChecked()),
            data_categories=self.data_categories.toPlainText(),
            people_affected=self.people.count(),
            records_affected=self.records.count(),
            consequences=self.consequences.toPlainText(),
            measures_taken=self.measures_taken.toPlainText(),
            measures_proposed=self.measures_proposed.toPlainText(),
            risk=BreachRisk(self.risk.currentData()),
            risk_reasoning=self.risk_reasoning.toPlainText(),
            customer_ids=tuple(self._customer_ids),
        )
        if self.original is None:
            return Breach(**values)
        return replace(self.original, **values)

    def save(self) -> None:
        breach = self.breach()
        try:
            if self.original is None:
                self.saved = self.services.breaches.add(breach)
            else:
                self.saved = self.services.breaches.update(breach)
        except ValidationError as error:
            self.messages.show(error.problems)
            return
        except LookupError as error:
            show_user_error(self, error)
            return
        self.messages.clear()
        self.accept()

    def reject(self) -> None:
        if self.breach() != self._as_opened and not confirm.discard_changes(self):
            return
        super().reject()

    def set_discovered(self, moment: datetime) -> None:
        self.discovered.set_moment(moment)
