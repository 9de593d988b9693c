""" "Mark as sent": how the prepared answer went to the person (letter, e-mail, in person), on
which day (not in the future, not before the request arrived) and, optionally, the tracking
number or the message's reference. Shown inside the step's dialog; sending completes the
request."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from ...domain.enums import SentVia
from ..customers.record_tab import date_edit, fill_combo
from . import names


class SentPanel(QWidget):
    def __init__(self, today: date, received: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.via = QComboBox(self)
        self.on = date_edit(self, today)
        self.on.setMinimumDate(QDate(received.year, received.month, received.day))
        self.reference = QLineEdit(self)
        self.reference.setMaxLength(200)
        self.labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for label, field in zip(self.labels, (self.via, self.on, self.reference), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        fill_combo(self.via, [(via.value, names.sent_via(via)) for via in names.SENDING_WAYS])
        texts = (self.tr("Sent &as:"), self.tr("Sent &on:"), self.tr("&Reference (optional):"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.reference.setPlaceholderText(self.tr("tracking number or the e-mail's subject"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def chosen(self) -> tuple[SentVia, date, str]:
        return (
            SentVia(self.via.currentData()),
            self.on.date().toPython(),
            self.reference.text().strip(),
        )
