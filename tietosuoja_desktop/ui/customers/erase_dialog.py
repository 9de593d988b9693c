"""Erasure (Art 17) with its consequences shown first: what is deleted, which orders bookkeeping
law keeps (anonymised) and until when, the requests that stay as the erased person's entries,
the archived documents deleted and the backups that still hold the person. The user confirms
by typing the person's name; Cancel is the default button. Afterwards the dialog says what was
done."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.records import Customer, ErasureSummary
from ..format import format_count
from ..screens import fit_scrolled, scrolling
from ..style import heading, set_role
from .erase_sections import ErasureSections

DESTRUCTIVE_STYLE = (
    "QPushButton { background-color: #b3261e; color: white; padding: 4px 14px; "
    "border: 1px solid #8c1d18; border-radius: 3px; }"
    "QPushButton:focus { border: 2px solid #1d1b20; }"
    "QPushButton:disabled { background-color: #e6b8b5; color: #fbeeed; border-color: #e6b8b5; }"
)


def confirmation_word(customer: Customer) -> str:
    """What the user types to confirm: the last name, else the organisation, else the name."""
    return (customer.last_name or customer.organisation or customer.first_name).strip()


class EraseDialog(QDialog):
    erased = Signal()  # the person is gone; ``summary`` says what happened

    def __init__(self, services, customer: Customer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._customer = customer
        self.preview: ErasureSummary = services.erasure.preview(customer.id)
        self.summary: ErasureSummary | None = None
        self.setMinimumWidth(560)

        self.title = QLabel(self)
        self.title.setWordWrap(True)
        heading(self.title, 1.2)
        self.open_requests = QLabel(self)
        self.open_requests.setWordWrap(True)
        set_role(self.open_requests, "warning")
        # The consequences, as a request's erasure step shows them; they scroll when a long
        # history does not fit a small screen.
        self.details = ErasureSections(self)
        sections = self.details
        self.deleted, self.kept, self.reason = sections.deleted, sections.kept, sections.reason
        self.requests, self.documents = sections.requests, sections.documents
        self.backups = sections.backups
        self.confirm_label = QLabel(self)
        self.confirm_label.setWordWrap(True)
        self.confirmation = QLineEdit(self)
        self.confirm_label.setBuddy(self.confirmation)
        self.confirmation.textChanged.connect(self._enable_erase)

        self.erase_button = QPushButton(self)
        self.erase_button.setStyleSheet(DESTRUCTIVE_STYLE)
        self.erase_button.setAutoDefault(False)
        self.erase_button.clicked.connect(self.erase)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.reject)
        self.cancel_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.erase_button)
        buttons.addWidget(self.cancel_button)

        self.details_area = scrolling(self.details, self)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.open_requests, self.details_area):
            layout.addWidget(widget)
        layout.addSpacing(8)
        layout.addWidget(self.confirm_label)
        layout.addWidget(self.confirmation)
        layout.addLayout(buttons)
        self.retranslateUi()
        self._enable_erase()
        self.confirmation.setFocus()

    def retranslateUi(self) -> None:
        done = self.summary is not None
        summary = self.summary or self.preview
        name = self._customer.display_name
        self.setWindowTitle(self.tr("Erase customer"))
        if done:
            self.title.setText(self.tr("%1 has been erased.").replace("%1", name))
        else:
            self.title.setText(self.tr("Erase %1 permanently?").replace("%1", name))
        self.open_requests.setText(
            self.tr(
                "This person has open requests: %1. Once erased, they can no longer be "
                "answered by letter, so answer them first. An erasure request is best answered "
                "from the Requests page, which sends the confirmation and then erases."
            ).replace("%1", format_count(summary.open_requests))
        )
        self.open_requests.setVisible(bool(summary.open_requests) and not done)
        self.details.show_summary(summary, done)
        word = confirmation_word(self._customer)
        self.confirm_label.setText(
            self.tr("To confirm, type the name %1 below. This cannot be undone.").replace(
                "%1", word
            )
        )
        self.confirmation.setAccessibleName(self.tr("Name to confirm the erasure"))
        self.erase_button.setText(self.tr("&Erase permanently"))
        self.cancel_button.setText(self.tr("Close") if done else self.tr("Cancel"))
        for widget in (self.confirm_label, self.confirmation, self.erase_button):
            widget.setVisible(not done)
        self._fit_height()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._fit_height)  # again, once the style sheet has set the fonts

    def _fit_height(self) -> None:
        """Give each word-wrapped text the height it needs at the dialog's width: a window's
        layout does not ask wrapped labels by itself, and long translations would overlap. The
        dialog opens tall enough to show every consequence unless the screen is smaller; then
        they scroll."""
        margins = self.layout().contentsMargins()
        width = self.minimumWidth() - margins.left() - margins.right()  # the narrowest it gets
        inside = width - self.details_area.verticalScrollBar().sizeHint().width()
        for label in (self.title, self.open_requests, self.confirm_label):
            label.setMinimumHeight(label.heightForWidth(width) if label.isVisibleTo(self) else 0)
        for label in self.details.labels():
            label.setMinimumHeight(label.heightForWidth(inside) if label.isVisibleTo(self) else 0)
        fit_scrolled(self, self.details_area, self.details)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _enable_erase(self) -> None:
        typed = self.confirmation.text().strip().casefold()
        self.erase_button.setEnabled(
            self.summary is None and typed == confirmation_word(self._customer).casefold()
        )

    def erase(self) -> None:
        if not self.erase_button.isEnabled():
            return
        self.summary = self._services.erasure.erase(self._customer.id)
        self.retranslateUi()
        self.cancel_button.setFocus()
        self.erased.emit()
