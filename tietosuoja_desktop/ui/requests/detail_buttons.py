"""The actions on a request's card, shown as its type and state allow, and the one line that
says what to do next."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...domain.enums import IdentityCheck, RequestStatus
from ...domain.request_types import STEP_CONTEXT, spec
from ...services.requests import RequestView
from .. import labels
from ..format import format_date
from ..mnemonics import mnemonic, window_mnemonics, with_mnemonic

CONTEXT = STEP_CONTEXT  # the buttons and steps of each type come from its declaration


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def fulfil_text(view: RequestView) -> str:
    if view.request.customer_id is None:
        return QCoreApplication.translate("RequestSteps", "Send the no-data-held letter…")
    return _tr(spec(view.request.type).button)


def next_step(view: RequestView, document: str = "") -> str:
    """What to do next; ``document`` names the prepared answer while it waits to be sent."""
    request = view.request
    if request.status.is_closed:
        return ""
    if request.status is RequestStatus.READY_TO_SEND:
        text = QCoreApplication.translate(
            "RequestSteps", "Ready to send: %1. Send it to the person, then mark it sent."
        )
        return text.replace("%1", document or labels.request_status(request.status))
    if request.identity is IdentityCheck.REQUESTED:
        return QCoreApplication.translate(
            "RequestSteps",
            "Waiting for proof of identity, asked for on %1. Mark it received or failed.",
        ).replace("%1", format_date(request.identity_requested_on))
    if request.identity is IdentityCheck.FAILED:
        return QCoreApplication.translate(
            "RequestSteps",
            "The identity could not be verified: refuse the request (Art 12(2)) or ask again.",
        )
    if request.identity is IdentityCheck.UNCONFIRMED:
        return QCoreApplication.translate(
            "RequestSteps",
            "Identity not confirmed: ask for proof of identity (Art 12(6)).",
        )
    if request.customer_id is None:
        step = QCoreApplication.translate(
            "RequestSteps", "The person is not in the register: send the no-data-held letter."
        )
    else:
        step = _tr(spec(request.type).next_step)
    return QCoreApplication.translate("RequestSteps", "Next: %1").replace("%1", step)


class ActionButtons(QWidget):
    def __init__(self, actions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actions = actions
        self.fulfil = QPushButton(self)
        self.mark_sent = QPushButton(self)
        self.email_draft = QPushButton(self)
        self.acknowledge = QPushButton(self)
        self.ask_identity = QPushButton(self)
        self.identity_received = QPushButton(self)
        self.identity_failed = QPushButton(self)
        self.extend = QPushButton(self)
        self.refuse = QPushButton(self)
        self.withdraw = QPushButton(self)
        self.person = QPushButton(self)
        for button, slot in (
            (self.fulfil, actions.fulfil),
            (self.mark_sent, actions.mark_sent),
            (self.email_draft, actions.email_draft),
            (self.acknowledge, actions.acknowledge),
            (self.ask_identity, actions.ask_identity),
            (self.identity_received, actions.identity_received),
            (self.identity_failed, actions.identity_failed),
            (self.extend, actions.extend),
            (self.refuse, actions.refuse),
            (self.withdraw, actions.withdraw),
        ):
            button.clicked.connect(slot)
            button.setAutoDefault(False)
        self.person.setAutoDefault(False)
        font = self.fulfil.font()
        font.setBold(True)
        self.fulfil.setFont(font)
        self.mark_sent.setFont(font)
        first, second = QHBoxLayout(), QHBoxLayout()
        for button in (
            self.fulfil,
            self.mark_sent,
            self.email_draft,
            self.acknowledge,
            self.ask_identity,
            self.identity_received,
            self.identity_failed,
        ):
            first.addWidget(button)
        first.addStretch(1)
        for button in (self.extend, self.refuse, self.withdraw):
            second.addWidget(button)
        second.addStretch(1)
        second.addWidget(self.person)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(first)
        layout.addLayout(second)
        self._view: RequestView | None = None
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.mark_sent.setText(self.tr("&Mark as sent…"))
        self.mark_sent.setToolTip(
            self.tr("Record how and when the answer went to the person: this completes the request")
        )
        self.email_draft.setText(self.tr("Draft an &e-mail"))
        self.acknowledge.setText(self.tr("&Acknowledge…"))
        self.acknowledge.setToolTip(self.tr("Confirm receipt and tell the due date"))
        self.ask_identity.setText(self.tr("Ask for &identity…"))
        self.identity_received.setText(self.tr("Identity &received"))
        self.identity_failed.setText(self.tr("Identity faile&d"))
        self.extend.setText(self.tr("E&xtend…"))
        self.extend.setToolTip(self.tr("Two more months, with a reason (Art 12(3))"))
        self.refuse.setText(self.tr("Ref&use…"))
        self.refuse.setToolTip(self.tr("Refuse or take no action, with a reason (Art 12(4))"))
        self.withdraw.setText(self.tr("&Withdrawn…"))
        self.withdraw.setToolTip(self.tr("The person has withdrawn the request"))
        self.person.setText(self.tr("Person's &page…"))
        if self._view is not None:
            self.update_for(self._view)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _explain_email_draft(self, view: RequestView) -> None:
        """The e-mail button says what it does, or why it cannot (no address, no PDF kept)."""
        reason = self.actions.email_draft_refusal(view)
        self.email_draft.setToolTip(
            reason
            or self.tr(
                "Write an e-mail with the answer attached and open it in your mail program; "
                "send it there, then mark the request sent"
            )
        )
        self.email_draft.setAccessibleDescription(reason)

    def update_for(self, view: RequestView, busy: bool = False) -> None:
        self._view = view
        request = view.request
        ready = request.status is RequestStatus.READY_TO_SEND
        open_ = not request.status.is_closed
        unanswered = open_ and not ready
        waiting = request.identity is IdentityCheck.REQUESTED
        self.fulfil.setToolTip(
            self.tr("Waiting for proof of identity") if waiting else fulfil_text(view)
        )
        shown = {
            self.fulfil: unanswered,
            self.mark_sent: ready,
            self.email_draft: ready,
            self.acknowledge: unanswered,
            self.ask_identity: unanswered
            and request.identity not in (IdentityCheck.REQUESTED, IdentityCheck.RECEIVED),
            self.identity_received: open_ and waiting,
            self.identity_failed: open_ and waiting,
            self.extend: open_ and request.status is not RequestStatus.EXTENDED,
            self.refuse: open_,
            self.withdraw: open_,
            self.person: request.customer_id is not None,
        }
        for button, visible in shown.items():
            button.setVisible(visible)
            button.setEnabled(not busy)
        self.fulfil.setEnabled(not busy and not waiting)
        if ready:
            self._explain_email_draft(view)
        # The step's text follows the type, so its Alt+letter is one the window leaves free.
        taken = {
            *window_mnemonics(self.window(), skip=self.fulfil),
            *(mnemonic(b.text()) for b, v in shown.items() if v),
        }
        self.fulfil.setText(with_mnemonic(fulfil_text(view), set(taken)))
