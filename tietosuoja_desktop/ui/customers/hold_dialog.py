"""Putting a person on legal hold (a reason and the last day), changing the hold or releasing
it: a person on hold is skipped by the bulk retention erasure."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.validation import MAX_LONG_LINE_LENGTH, ValidationError
from ..errors import problem_label, user_error_text
from .record_tab import date_edit


class HoldDialog(QDialog):
    changed = Signal()  # a hold was placed, changed or released

    def __init__(self, services, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._customer_id = services, customer_id
        today = services.clock.today()
        hold = services.holds.get(customer_id)
        self.setWindowTitle(self.tr("Legal hold"))
        self.setMinimumWidth(460)
        intro = QLabel(
            self.tr(
                "A person on legal hold (e.g. an open dispute) is skipped when everyone past "
                "retention is erased. The hold ends after its last day."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.reason = QLineEdit(hold.reason if hold else "", self)
        self.reason.setMaxLength(MAX_LONG_LINE_LENGTH)
        self.until = date_edit(self, today)
        self.until.setMaximumDate(QDate(9999, 12, 31))
        self.until.setMinimumDate(QDate(today.year, today.month, today.day))
        until = hold.until if hold else today + timedelta(days=365)
        self.until.setDate(QDate(until.year, until.month, until.day))
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Reason:"), self.reason),
            (self.tr("&Last day:"), self.until),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        self.problem = problem_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.place_button = self.buttons.addButton(
            self.tr("&Place hold"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.release_button = self.buttons.addButton(
            self.tr("Rele&ase hold"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.release_button.setVisible(hold is not None)
        self.place_button.clicked.connect(self.place)
        self.release_button.clicked.connect(self.release)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def place(self) -> None:
        try:
            self._services.holds.place(
                self._customer_id, self.reason.text(), self.until.date().toPython()
            )
        except ValidationError as error:
            self.problem.setText(user_error_text(error))
            self.problem.show()
            return
        self.changed.emit()
        self.accept()

    def release(self) -> None:
        self._services.holds.release(self._customer_id)
        self.changed.emit()
        self.accept()
