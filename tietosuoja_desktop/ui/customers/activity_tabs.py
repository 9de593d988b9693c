"""The tabs where the user records what happens with a customer: consents given and withdrawn
(a history, never rewritten), orders (amounts typed in euros, kept as cents) and contacts and
complaints."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from ...domain.csv_values import AMOUNT_TEXT_LIMIT
from ...domain.enums import Channel, ConsentAction, ContactKind, LegalBasis, OrderStatus
from ...domain.i18n import Message
from ...domain.records import ConsentEvent, ContactEntry, Order
from ...domain.validation import MAX_LINE_LENGTH, MAX_LONG_LINE_LENGTH, Problem
from . import names
from .parsing import parse_euros
from .record_models import ConsentTableModel, ContactTableModel, OrderTableModel
from .record_tab import RecordTab, date_edit, fill_combo

MSG_AMOUNT = QT_TRANSLATE_NOOP("OrdersTab", "Write the amount in euros, e.g. 12,50.")


def _channels():
    return [(channel, names.channel(channel)) for channel in Channel]


class ConsentsTab(RecordTab):
    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(services, ConsentTableModel(), parent)
        self.retranslateUi()

    def build_form(self) -> dict[str, QLabel]:
        today = self._services.clock.today()
        self.purpose = QComboBox(self)
        self.purpose.setEditable(True)
        self.action = QComboBox(self)
        self.date = date_edit(self, today)
        self.channel = QComboBox(self)
        self.purpose.lineEdit().setMaxLength(MAX_LONG_LINE_LENGTH)
        self.evidence = QLineEdit(self)
        self.evidence.setMaxLength(MAX_LONG_LINE_LENGTH)
        self.purpose_label, self.action_label = QLabel(self), QLabel(self)
        self.date_label, self.channel_label = QLabel(self), QLabel(self)
        self.evidence_label = QLabel(self)
        purpose = self.field(0, 0, self.purpose_label, self.purpose, span=2)
        self.field(1, 0, self.action_label, self.action)
        self.field(1, 1, self.date_label, self.date)
        self.field(2, 0, self.channel_label, self.channel)
        evidence = self.field(2, 1, self.evidence_label, self.evidence)
        return {"purpose": purpose, "evidence": evidence}

    def retranslateUi(self) -> None:
        super().retranslateUi()
        self.form_box.setTitle(self.tr("Record a consent or its withdrawal"))
        self.purpose_label.setText(self.tr("&Purpose:"))
        self.action_label.setText(self.tr("C&onsent:"))
        self.date_label.setText(self.tr("&Date:"))
        self.channel_label.setText(self.tr("C&hannel:"))
        self.evidence_label.setText(self.tr("E&vidence:"))
        self.evidence.setPlaceholderText(self.tr("e.g. signed form, e-mail of 3.2.2026"))
        fill_combo(self.action, [(a, names.consent_action(a)) for a in ConsentAction])
        fill_combo(self.channel, _channels())

    def empty_text(self) -> str:
        return self.tr("No consents recorded.")

    def load(self, customer_id: int) -> list:
        events = self._services.activity.consents(customer_id)
        known = [self.purpose.itemText(i) for i in range(self.purpose.count())]
        for register in self._services.registers.list():
            for purpose in register.purposes:
                if purpose.legal_basis is LegalBasis.CONSENT:
                    known.append(purpose.description)
        known += [event.purpose for event in events]
        typed = self.purpose.currentText()
        self.purpose.clear()
        self.purpose.addItems(list(dict.fromkeys(p for p in known if p)))
        self.purpose.setCurrentText(typed)
        return list(reversed(events))  # newest first, like the other tabs

    def add(self, customer_id: int) -> list[Problem]:
        day = self.date.date().toPython()
        clock = self._services.clock
        at = clock.now() if day == clock.today() else datetime.combine(day, time(12))
        self._services.activity.add_consent(
            ConsentEvent(
                customer_id=customer_id,
                action=ConsentAction(self.action.currentData()),
                purpose=self.purpose.currentText(),
                at=at,
                channel=Channel(self.channel.currentData()),
                evidence=self.evidence.text(),
            )
        )
        return []

    def clear_form(self) -> None:
        self.evidence.clear()


class OrdersTab(RecordTab):
    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(services, OrderTableModel(), parent)
        self.retranslateUi()

    def build_form(self) -> dict[str, QLabel]:
        self.date = date_edit(self, self._services.clock.today())
        self.reference = QLineEdit(self)
        self.reference.setMaxLength(MAX_LINE_LENGTH)
        self.description = QLineEdit(self)
        self.description.setMaxLength(MAX_LONG_LINE_LENGTH)
        self.amount = QLineEdit(self)
        self.amount.setMaxLength(AMOUNT_TEXT_LIMIT)
        self.status = QComboBox(self)
        self.date_label, self.reference_label = QLabel(self), QLabel(self)
        self.description_label, self.amount_label = QLabel(self), QLabel(self)
        self.status_label = QLabel(self)
        self.field(0, 0, self.date_label, self.date)
        self.field(0, 1, self.reference_label, self.reference)
        self.field(1, 0, self.description_label, self.description, span=2)
        amount = self.field(2, 0, self.amount_label, self.amount)
        self.field(2, 1, self.status_label, self.status)
        fill_combo(self.status, [(s, names.order_status(s)) for s in OrderStatus])
        self.status.setCurrentIndex(self.status.findData(OrderStatus.DELIVERED))
        return {"amount_cents": amount}

    def retranslateUi(self) -> None:
        super().retranslateUi()
        self.form_box.setTitle(self.tr("Add an order"))
        self.date_label.setText(self.tr("&Date:"))
        self.reference_label.setText(self.tr("&Reference:"))
        self.reference.setPlaceholderText(self.tr("e.g. invoice number"))
        self.description_label.setText(self.tr("Des&cription:"))
        self.amount_label.setText(self.tr("A&mount (€):"))
        self.amount.setPlaceholderText("12,50")
        self.status_label.setText(self.tr("&Status:"))
        fill_combo(self.status, [(s, names.order_status(s)) for s in OrderStatus])

    def empty_text(self) -> str:
        return self.tr("No orders.")

    def load(self, customer_id: int) -> list:
        return self._services.activity.orders(customer_id)

    def add(self, customer_id: int) -> list[Problem]:
        cents = parse_euros(self.amount.text())
        if cents is None:
            return [Problem("amount_cents", Message("OrdersTab", MSG_AMOUNT))]
        self._services.activity.add_order(
            Order(
                customer_id=customer_id,
                ordered_on=self.date.date().toPython(),
                reference=self.reference.text(),
                description=self.description.text(),
                amount_cents=cents,
                status=OrderStatus(self.status.currentData()),
            )
        )
        return []

    def clear_form(self) -> None:
        for edit in (self.reference, self.description, self.amount):
            edit.clear()


class ContactsTab(RecordTab):
    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(services, ContactTableModel(), parent)
        self.retranslateUi()

    def build_form(self) -> dict[str, QLabel]:
        self.date = date_edit(self, self._services.clock.today())
        self.kind = QComboBox(self)
        self.channel = QComboBox(self)
        self.summary = QPlainTextEdit(self)
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.date_label, self.kind_label = QLabel(self), QLabel(self)
        self.channel_label, self.summary_label = QLabel(self), QLabel(self)
        self.field(0, 0, self.date_label, self.date)
        self.field(0, 1, self.kind_label, self.kind)
        self.field(1, 0, self.channel_label, self.channel)
        summary = self.field(2, 0, self.summary_label, self.summary, span=2)
        return {"summary": summary}

    def retranslateUi(self) -> None:
        super().retranslateUi()
        self.form_box.setTitle(self.tr("Record a contact or a complaint"))
        self.date_label.setText(self.tr("&Date:"))
        self.kind_label.setText(self.tr("&Kind:"))
        self.channel_label.setText(self.tr("C&hannel:"))
        self.summary_label.setText(self.tr("S&ummary:"))
        self.summary.setAccessibleName(self.tr("Summary"))
        fill_combo(self.kind, [(k, names.contact_kind(k)) for k in ContactKind])
        fill_combo(self.channel, _channels())

    def empty_text(self) -> str:
        return self.tr("No contacts or complaints recorded.")

    def load(self, customer_id: int) -> list:
        return self._services.activity.contacts(customer_id)

    def add(self, customer_id: int) -> list[Problem]:
        self._services.activity.add_contact(
            ContactEntry(
                customer_id=customer_id,
                on=self.date.date().toPython(),
                summary=self.summary.toPlainText(),
                channel=Channel(self.channel.currentData()),
                kind=ContactKind(self.kind.currentData()),
            )
        )
        return []

    def clear_form(self) -> None:
        self.summary.clear()
