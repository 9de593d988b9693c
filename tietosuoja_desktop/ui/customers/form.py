"""The customer's details as a form: every field with its own message line under it.

The services' validator is the judge: a field is checked when the user leaves it, and after a
failed save every problem shows at its field. Nothing typed is ever cleared or replaced until a
save succeeds. The personal identity code stays masked until "Show" is pressed."""

from __future__ import annotations

import itertools
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import CustomerKind, Language
from ...domain.i18n import Message
from ...domain.records import Customer, RegisterDescription
from ...domain.validation import MAX_LINE_LENGTH, Problem, format_phone
from ..errors import FieldMessages, problem_label
from ..format import format_date
from ..labels import LANGUAGE_NAMES
from . import names
from .parsing import parse_date
from .personal_id import PersonalIdField

CONTEXT = "CustomerForm"
LEFT_FIELDS = (
    ("first_name", QT_TRANSLATE_NOOP("CustomerForm", "&First name")),
    ("last_name", QT_TRANSLATE_NOOP("CustomerForm", "&Last name")),
    ("organisation", QT_TRANSLATE_NOOP("CustomerForm", "&Organisation")),
    ("business_id", QT_TRANSLATE_NOOP("CustomerForm", "&Business ID (Y-tunnus)")),
    ("birth_date", QT_TRANSLATE_NOOP("CustomerForm", "Birth &date")),
    ("personal_id", QT_TRANSLATE_NOOP("CustomerForm", "Personal &identity code")),
)
RIGHT_FIELDS = (
    ("street_address", QT_TRANSLATE_NOOP("CustomerForm", "Street &address")),
    ("postal_code", QT_TRANSLATE_NOOP("CustomerForm", "&Postal code")),
    ("city", QT_TRANSLATE_NOOP("CustomerForm", "Cit&y")),
    ("country", QT_TRANSLATE_NOOP("CustomerForm", "Co&untry")),
    ("phone", QT_TRANSLATE_NOOP("CustomerForm", "P&hone")),
    ("email", QT_TRANSLATE_NOOP("CustomerForm", "E-&mail")),
    ("customer_since", QT_TRANSLATE_NOOP("CustomerForm", "&Customer since")),
)
DATE_FIELDS = ("birth_date", "customer_since")
MSG_DATE = QT_TRANSLATE_NOOP("CustomerForm", "Write the date as day.month.year, e.g. 31.1.2026.")


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


class CustomerForm(QWidget):
    edited = Signal()  # the user changed something

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._customer = Customer()
        self._touched: set[str] = set()
        self._show_all = False
        self.inputs: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        errors: dict[str, QLabel] = {}

        self.form_error = problem_label(self)
        self.person = QRadioButton(self)
        self.organisation_kind = QRadioButton(self)
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.person)
        self.kind_group.addButton(self.organisation_kind)
        self.person.setChecked(True)
        self.kind_group.buttonToggled.connect(self._changed)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.person)
        kind_row.addWidget(self.organisation_kind)
        kind_row.addStretch(1)
        self.kind_label = QLabel(self)

        self.personal_id = PersonalIdField(self)
        self.personal_id.editing_finished.connect(lambda: self._left("personal_id"))
        self.personal_id.edit.textChanged.connect(self._changed)
        self.language = QComboBox(self)
        for language, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, language)
        self.language.currentIndexChanged.connect(self._changed)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)

        left = self._column(LEFT_FIELDS, errors)
        left.insertRow(0, self.kind_label, kind_row)
        left.addRow(self.language_label, self.language)
        right = self._column(RIGHT_FIELDS, errors)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)

        self.registers_box = QGroupBox(self)
        self.registers_layout = QVBoxLayout(self.registers_box)
        self.register_boxes: dict[int, QCheckBox] = {}
        errors["register_ids"] = problem_label(self)
        self.registers_layout.addWidget(errors["register_ids"])
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.notes.textChanged.connect(self._changed)
        self.notes_label = QLabel(self)
        self.notes_label.setBuddy(self.notes)
        errors["notes"] = problem_label(self)
        self.inputs["notes"] = self.notes

        layout = QVBoxLayout(self)
        layout.addWidget(self.form_error)
        layout.addLayout(columns)
        layout.addWidget(self.registers_box)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes)
        layout.addWidget(errors["notes"])
        layout.addStretch(1)
        self.messages = FieldMessages(errors, self.form_error)
        self.retranslateUi()
        self._chain_tab_order()

    def _chain_tab_order(self) -> None:
        """Down the left column, then the right, then the registers and the notes."""
        chain = [self.person, self.organisation_kind]
        for name, _source in LEFT_FIELDS:
            chain.append(self.inputs[name])
            if name == "personal_id":
                chain.append(self.personal_id.show_button)
        chain.append(self.language)
        chain += [self.inputs[name] for name, _source in RIGHT_FIELDS]
        chain += [*self.register_boxes.values(), self.notes]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _column(self, fields, errors: dict[str, QLabel]) -> QFormLayout:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, _source in fields:
            if name == "personal_id":
                widget, focus = self.personal_id, self.personal_id.edit
            else:
                widget = focus = QLineEdit(self)
                focus.setMaxLength(MAX_LINE_LENGTH)
                focus.editingFinished.connect(lambda name=name: self._left(name))
                focus.textChanged.connect(self._changed)
            label = QLabel(self)
            label.setBuddy(focus)
            errors[name] = problem_label(self)
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(widget)
            cell.addWidget(errors[name])
            form.addRow(label, cell)
            self.inputs[name] = focus
            self.labels[name] = label
        return form

    def retranslateUi(self) -> None:
        for name, source in LEFT_FIELDS + RIGHT_FIELDS:
            text = _tr(source)
            self.labels[name].setText(text)
            self.inputs[name].setAccessibleName(text.replace("&", ""))
        for name in DATE_FIELDS:
            self.inputs[name].setPlaceholderText(self.tr("d.m.yyyy"))
        self.kind_label.setText(self.tr("Type"))
        self.person.setText(names.customer_kind(CustomerKind.PERSON))
        self.organisation_kind.setText(names.customer_kind(CustomerKind.ORGANISATION))
        self.language_label.setText(self.tr("Lan&guage"))
        self.language.setAccessibleName(self.tr("Language"))
        self.registers_box.setTitle(self.tr("Registers"))
        self.notes_label.setText(self.tr("No&tes"))
        self.notes.setAccessibleName(self.tr("Notes"))
        self.personal_id.retranslateUi()
        if self._touched or self._show_all:
            self.check()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- loading -------------------------------------------------------------------------

    def set_registers(self, registers: list[RegisterDescription]) -> None:
        for box in self.register_boxes.values():
            box.deleteLater()
        self.register_boxes = {}
        for register in registers:
            box = QCheckBox(register.name, self.registers_box)
            box.toggled.connect(self._changed)
            self.registers_layout.insertWidget(len(self.register_boxes), box)
            self.register_boxes[register.id] = box
        self.registers_box.setVisible(bool(registers))
        self._chain_tab_order()

    def set_customer(self, customer: Customer) -> None:
        """Show ``customer`` (as saved); messages and the touched state start afresh."""
        self._customer = customer
        text = dict.fromkeys(self.inputs, "")
        for name in text:
            if name not in DATE_FIELDS and name not in ("notes", "personal_id"):
                text[name] = getattr(customer, name)
        text["phone"] = format_phone(customer.phone) if customer.phone else ""
        for name in DATE_FIELDS:
            text[name] = format_date(getattr(customer, name))
        for name, widget in self.inputs.items():
            if isinstance(widget, QLineEdit) and widget is not self.personal_id.edit:
                widget.setText(text[name])
        self.personal_id.set_value(customer.personal_id)
        self.notes.setPlainText(customer.notes)
        self.organisation_kind.setChecked(customer.kind is CustomerKind.ORGANISATION)
        self.person.setChecked(customer.kind is CustomerKind.PERSON)
        self.language.setCurrentIndex(max(self.language.findData(customer.language), 0))
        for register_id, box in self.register_boxes.items():
            box.setChecked(register_id in customer.register_ids)
        self._touched.clear()
        self._show_all = False
        self.messages.clear()

    # -- reading -------------------------------------------------------------------------

    def _text(self, name: str) -> str:
        return self.inputs[name].text()

    def customer(self) -> Customer:
        """What the form holds, as typed (the services clean it); dates that cannot be read
        are left out here and reported by :meth:`parse_problems`."""
        values = {name: self._text(name) for name, _ in LEFT_FIELDS + RIGHT_FIELDS}
        for name in DATE_FIELDS:
            values[name] = parse_date(values[name])
        values["personal_id"] = self.personal_id.value()
        return replace(
            self._customer,
            **values,
            kind=CustomerKind.ORGANISATION
            if self.organisation_kind.isChecked()
            else CustomerKind.PERSON,
            language=Language(self.language.currentData() or Language.FI),
            notes=self.notes.toPlainText(),
            register_ids=tuple(rid for rid, box in self.register_boxes.items() if box.isChecked()),
        )

    def parse_problems(self) -> list[Problem]:
        return [
            Problem(name, Message(CONTEXT, MSG_DATE))
            for name in DATE_FIELDS
            if self._text(name).strip() and parse_date(self._text(name)) is None
        ]

    # -- checking ------------------------------------------------------------------------

    def problems(self) -> list[Problem]:
        """Everything wrong with the form now, in field order."""
        _, problems = self._services.customers.validate(self.customer())
        unreadable = {p.field for p in self.parse_problems()}
        return self.parse_problems() + [p for p in problems if p.field not in unreadable]

    def check(self, *, show_all: bool = False) -> list[Problem]:
        """Validate and show the problems of the fields already left (or all of them)."""
        self._show_all = self._show_all or show_all
        problems = self.problems()
        shown = [p for p in problems if self._show_all or p.field in self._touched]
        self.messages.show(shown)  # a field without a label of its own goes to the top
        return problems

    def show_problems(self, problems: list[Problem]) -> None:
        self._show_all = True
        self.messages.show(problems)

    def focus_field(self, field: str) -> None:
        widget = self.inputs.get(field.split("[")[0])
        if widget is None and field == "register_ids" and self.register_boxes:
            widget = next(iter(self.register_boxes.values()))
        if widget is not None:
            widget.setFocus()

    def _left(self, name: str) -> None:
        self._touched.add(name)
        self.check()

    def _changed(self, *_args) -> None:
        self.edited.emit()
