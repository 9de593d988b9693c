"""Logging a request that has arrived, in under a minute: whom it is about, its type, when it
came and how, what it says, and the original as a file. The legal due date shows at once with
the rule that gave it, and a warning when it falls on Midsummer or Christmas Eve."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.clock import deadline, explain
from ...domain.enums import Channel, IdentityCheck, RequestType
from ...domain.records import DataRequest
from ...domain.request_types import spec
from ...domain.validation import GDPR_APPLIES_FROM, MAX_LINE_LENGTH, ValidationError
from ...translation import render
from .. import labels
from ..customers import confirm
from ..errors import FieldMessages, problem_label, set_message
from ..screens import fit_scrolled, keep_on_screen, scrolling
from ..style import set_role
from . import names
from .detail import format_day
from .messages import show_error
from .person_picker import PersonPicker


class IdentityQuestion(QFrame):
    """Asked when a request that discloses or changes the person's data did not come from
    the e-mail or phone the register holds: is the identity certain, or ask for proof?"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        set_role(self.question, "warning")
        self.ask = QRadioButton(self)
        self.ask.setChecked(True)
        self.certain = QRadioButton(self)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(MAX_LINE_LENGTH)
        self.reason.setEnabled(False)
        self.certain.toggled.connect(self.reason.setEnabled)
        self.error = problem_label(self)
        certain = QHBoxLayout()
        certain.addWidget(self.certain)
        certain.addWidget(self.reason, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.ask)
        layout.addLayout(certain)
        layout.addWidget(self.error)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.question.setText(
            self.tr(
                "The contact given is not the e-mail or phone the register holds for this "
                "person, and the answer discloses or changes their data. Is the identity certain?"
            )
        )
        self.ask.setText(self.tr("No: as&k for proof of identity after logging"))
        self.certain.setText(self.tr("Yes, certain, &because:"))
        self.reason.setAccessibleName(self.tr("Why the identity is certain"))
        self.reason.setPlaceholderText(self.tr("e.g. asked in person, known to me"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


class LogRequestDialog(QDialog):
    logged = Signal(int)  # the new request's id
    ask_identity = Signal(int)  # logged, and the user chose to ask for proof of identity

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.original: Path | None = None
        self.setMinimumWidth(640)
        self.picker = PersonPicker(services, self)
        self.type = QComboBox(self)
        self.received = QDateEdit(self)
        self.received.setDisplayFormat("d.M.yyyy")
        self.received.setCalendarPopup(True)
        today = services.clock.today()
        self.received.setMaximumDate(QDate(today.year, today.month, today.day))
        start = GDPR_APPLIES_FROM  # earlier dates are refused by the domain, so not offered
        self.received.setMinimumDate(QDate(start.year, start.month, start.day))
        self.received.setDate(QDate(today.year, today.month, today.day))
        self.received.dateChanged.connect(self._show_due)
        self.received_error = problem_label(self)
        self.channel = QComboBox(self)
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.description.fontMetrics().lineSpacing() * 4 + 12)
        self.attach_button = QPushButton(self)
        self.attach_button.setAutoDefault(False)
        self.attach_button.clicked.connect(self.choose_original)
        self.original_label = QLabel(self)
        set_role(self.original_label, "hint")
        self.came_from = QLineEdit(self)
        self.came_from.setMaxLength(MAX_LINE_LENGTH)
        self.identity = IdentityQuestion(self)
        self.identity.hide()
        self.came_from.textChanged.connect(self._check_identity)
        self.type.currentIndexChanged.connect(self._check_identity)
        self.picker.changed.connect(self._check_identity)

        self.due = QLabel(self)
        font = self.due.font()
        font.setBold(True)
        self.due.setFont(font)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        set_role(self.warning, "warning")
        due_box = QFrame(self)
        due_box.setFrameShape(QFrame.Shape.StyledPanel)
        due_layout = QVBoxLayout(due_box)
        for widget in (self.due, self.explanation, self.warning):
            due_layout.addWidget(widget)

        self.form = QFormLayout()
        self.person_label = QLabel(self)
        self.type_label, self.received_label = QLabel(self), QLabel(self)
        self.channel_label, self.description_label = QLabel(self), QLabel(self)
        self.original_row_label = QLabel(self)
        self.came_from_label = QLabel(self)
        original = QHBoxLayout()
        original.addWidget(self.attach_button)
        original.addWidget(self.original_label, 1)
        received = QVBoxLayout()
        received.addWidget(self.received)
        received.addWidget(self.received_error)
        self.form.addRow(self.person_label, self.picker)
        self.form.addRow(self.type_label, self.type)
        self.form.addRow(self.came_from_label, self.came_from)
        self.form.addRow(self.identity)
        self.form.addRow(self.received_label, received)
        self.form.addRow(self.channel_label, self.channel)
        self.form.addRow(self.description_label, self.description)
        self.form.addRow(self.original_row_label, original)
        for label, field in (
            (self.type_label, self.type),
            (self.came_from_label, self.came_from),
            (self.received_label, self.received),
            (self.channel_label, self.channel),
            (self.description_label, self.description),
        ):
            label.setBuddy(field)
        self.messages = FieldMessages(
            {
                "received": self.received_error,
                "requester_name": self.picker.error,
                "identity_reason": self.identity.error,
            },
            self.picker.error,
        )
        self.save_button = QPushButton(self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        # The form scrolls when the identity question and long translations outgrow a small
        # screen; the buttons stay in view.
        content = QWidget(self)
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(self.form)
        inner.addWidget(due_box)
        inner.addStretch(1)
        self.content = content
        self.area = scrolling(content, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.area, 1)
        layout.addLayout(buttons)
        self.retranslateUi()
        self.picker.search.setFocus()
        self._as_opened = self.request()  # what Cancel compares with before asking

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Log a request"))
        self.person_label.setText(self.tr("Person:"))
        self.type_label.setText(self.tr("&Request:"))
        self.received_label.setText(self.tr("Recei&ved:"))
        self.channel_label.setText(self.tr("C&hannel:"))
        self.description_label.setText(self.tr("&Description:"))
        self.original_row_label.setText(self.tr("Original:"))
        self.came_from_label.setText(self.tr("Came &from:"))
        self.came_from.setPlaceholderText(self.tr("The e-mail address or phone it came from"))
        self.attach_button.setText(self.tr("&Attach the original…"))
        self.save_button.setText(self.tr("&Log the request"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.description.setPlaceholderText(self.tr("What the person asks, in their words"))
        kinds = [(kind, labels.request_type_with_article(kind)) for kind in RequestType]
        self._fill(self.type, kinds)
        self._fill(self.channel, [(channel, names.channel(channel)) for channel in Channel])
        self._show_original()
        self._show_due()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    @staticmethod
    def _fill(combo: QComboBox, items) -> None:
        current = combo.currentData()
        combo.clear()
        for value, text in items:
            combo.addItem(text, value.value)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)

    def _check_identity(self, *_args) -> None:
        """Ask about identity only where it matters and the register's details do not match."""
        in_register = self.picker.in_register.isChecked()
        self.came_from.setVisible(in_register)
        self.came_from_label.setVisible(in_register)
        customer_id = self.picker.customer_id()
        kind = RequestType(self.type.currentData()) if self.type.currentData() else None
        asks = customer_id is not None and kind is not None and spec(kind).identity_matters
        if asks:
            contact = self.came_from.text()
            asks = not self.services.requests.contact_matches_register(customer_id, contact)
        if asks != self.identity.isVisibleTo(self):
            self.identity.setVisible(asks)
            self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()
        QTimer.singleShot(0, self._fit)  # again, once the style sheet has set the fonts

    def _fit(self) -> None:
        """As tall as the form needs, unless the screen is smaller: then the form scrolls."""
        fit_scrolled(self, self.area, self.content)
        if self.isVisible() and self.height() < self.minimumHeight():
            self.resize(self.width(), self.minimumHeight())
            keep_on_screen(self)

    def received_date(self):
        return self.received.date().toPython()

    def _show_due(self) -> None:
        received = self.received_date()
        result = deadline(received)
        self.due.setText(self.tr("Due %1").replace("%1", format_day(result.due)))
        self.explanation.setText(render(explain(received)))
        self.warning.setText(render(result.warning) if result.warning else "")
        self.warning.setVisible(result.warning is not None)

    def choose_original(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("Attach the original"))
        if chosen:
            self.original = Path(chosen)
            self._show_original()

    def _show_original(self) -> None:
        if self.original is None:
            self.original_label.setText(self.tr("A scanned letter or a saved e-mail (optional)"))
        else:
            self.original_label.setText(self.original.name)

    def request(self) -> DataRequest:
        name, contact = self.picker.requester()
        if self.picker.in_register.isChecked():
            contact = self.came_from.text().strip()
        certain = self.identity.isVisibleTo(self) and self.identity.certain.isChecked()
        return DataRequest(
            type=RequestType(self.type.currentData()),
            received=self.received_date(),
            customer_id=self.picker.customer_id(),
            requester_name=name,
            requester_contact=contact,
            channel=Channel(self.channel.currentData()),
            description=self.description.toPlainText().strip(),
            identity=IdentityCheck.CONFIRMED if certain else IdentityCheck.NOT_NEEDED,
        )

    def reject(self) -> None:
        typed = self.request() != self._as_opened or self.original is not None
        if typed and not confirm.discard_changes(self):
            return
        super().reject()

    def save(self) -> bool:
        """Log the request; problems are shown beside their fields and nothing typed is lost."""
        self.messages.clear()
        request = self.request()
        if self.picker.in_register.isChecked() and request.customer_id is None:
            set_message(self.picker.error, self.tr("Choose the person from the list."))
            self.picker.search.setFocus()
            return False
        data = None
        if self.original is not None:
            try:
                data = self.original.read_bytes()
            except OSError as error:
                show_error(self, error)
                return False
        try:
            view = self.services.requests.add(request, self.identity.reason.text())
        except ValidationError as error:
            self.messages.show(error.problems)
            return False
        if data is not None:
            self.services.requests.attach(view.request.id, self.original.name, data)
        self.logged.emit(view.request.id)
        if view.request.identity is IdentityCheck.UNCONFIRMED and self.identity.ask.isChecked():
            self.ask_identity.emit(view.request.id)
        self.accept()
        return True
