"""A request's card: whom and what it is about, its clock (due date, time left, how the date
was counted, a warning when it falls on Midsummer or Christmas Eve), the next step, the actions
its type and state allow, and below them its timeline and attached originals."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QLabel,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.clock import Urgency, deadline, explain
from ...domain.enums import RequestStatus
from ...services.errors import NotFound
from ...services.requests import RequestView
from ...translation import render
from .. import labels
from ..format import format_date, format_days_left
from ..style import heading, set_role
from . import names
from .actions import RequestActions
from .detail_buttons import ActionButtons, next_step
from .history_panels import AttachmentsPanel, TimelinePanel
from .recipients_panel import RecipientsPanel
from .table_model import URGENCY_COLOURS, subject_text


def format_day(day: date) -> str:
    """``ti 22.12.2026``: the weekday matters for a deadline."""
    weekday = QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{weekday} {format_date(day)}"


def _label(parent: QWidget, role: str = "") -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        set_role(label, role)
    return label


class RequestDetail(QStackedWidget):
    changed = Signal(int)  # a step changed the request in the register
    finished = Signal()  # a step ended (done, refused or cancelled)

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.view: RequestView | None = None
        self.actions = RequestActions(services, self)
        self.actions.changed.connect(self._step_changed)
        self.actions.message.connect(self.say)
        self.actions.finished.connect(self._step_finished)
        self.actions.started.connect(self._step_started)

        self.empty = _label(self, "hint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(self.empty)
        self.card: QWidget | None = None  # built when the first request is shown
        self.retranslateUi()

    def _build_card(self) -> None:
        card = QWidget(self)
        services = self.services
        self.title = _label(card)
        heading(self.title, 1.2)
        self.clock = _label(card)
        self.clock.setMargin(6)
        self.explanation = _label(card, "hint")
        self.warning = _label(card, "warning")
        self.notice = _label(card, "hint")
        self.facts = QFormLayout()
        self.facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fact_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for key in (
            "person",
            "contact",
            "received",
            "identity",
            "description",
            "outcome",
            "sent",
        ):
            name, value = QLabel(card), _label(card)
            self.facts.addRow(name, value)
            self.fact_labels[key] = (name, value)
        self.next_step = _label(card)
        font = self.next_step.font()
        font.setBold(True)
        self.next_step.setFont(font)
        self.buttons = ActionButtons(self.actions, card)
        self.buttons.person.clicked.connect(self.open_person)
        self.status = _label(card, "hint")
        self.timeline = TimelinePanel(services, card)
        self.attachments = AttachmentsPanel(services, card)
        self.attachments.attached.connect(lambda: self._step_changed(self.view.request.id))
        self.recipients = RecipientsPanel(services, self.actions, card)
        self.actions.started.connect(self.recipients.update_buttons)
        self.actions.finished.connect(self.recipients.update_buttons)
        self.tabs = QTabWidget(card)
        self.tabs.addTab(self.timeline, "")
        self.tabs.addTab(self.attachments, "")
        self.tabs.addTab(self.recipients, "")

        clock = QVBoxLayout()
        for widget in (self.clock, self.explanation, self.warning, self.notice):
            clock.addWidget(widget)
        clock.addStretch(1)
        top = QGridLayout()
        top.addLayout(clock, 0, 0)
        top.addLayout(self.facts, 0, 1)
        top.setColumnStretch(0, 1)
        top.setColumnStretch(1, 1)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.next_step)
        layout.addWidget(self.buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        self.addWidget(card)
        self.card = card
        self._translate_card()

    def retranslateUi(self) -> None:
        self.empty.setText(
            self.tr("Select a request to see its clock, its timeline and what to do next.")
        )
        if self.card is not None:
            self._translate_card()

    def _translate_card(self) -> None:
        texts = {
            "person": self.tr("Person:"),
            "contact": self.tr("Contact:"),
            "received": self.tr("Received:"),
            "identity": self.tr("Identity:"),
            "description": self.tr("Description:"),
            "outcome": self.tr("Outcome:"),
            "sent": self.tr("Sent:"),
        }
        for key, text in texts.items():
            self.fact_labels[key][0].setText(text)
        self.tabs.setTabText(0, self.tr("Timeline"))
        self.tabs.setTabText(1, self.tr("Originals"))
        self.tabs.setTabText(2, self.tr("Recipients (Art 19)"))
        if self.view is not None:
            self._show(self.view)
            self._show_recipients(self.view)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- showing a request ---------------------------------------------------------------

    def show_request(self, request_id: int | None) -> None:
        """Show the request (read again from the register), or the hint for none."""
        if request_id is None or (self.view and self.view.request.id != request_id):
            self.say("", False)
        view = None
        if request_id is not None:
            try:
                view = self.services.requests.get(request_id)
            except NotFound:
                view = None
        self.view = view
        self.actions.set_view(view)
        if view is None:
            self.setCurrentWidget(self.empty)
            return
        if self.card is None:
            self._build_card()
        self._show(view)
        self.timeline.load(request_id)
        self.attachments.load(request_id, can_attach=not view.request.subject_erased)
        count = self.attachments.model.rowCount()
        self.tabs.setTabText(1, self.tr("Originals (%1)").replace("%1", str(count)))
        self._show_recipients(view)
        self.setCurrentWidget(self.card)

    def _show_recipients(self, view: RequestView) -> None:
        """The Art 19 tab, on the requests that tell recipients: how many are not yet told."""
        notices = self.recipients.load(view)
        shown = RecipientsPanel.applies(view)
        self.tabs.setTabVisible(2, shown)
        still_open = sum(1 for notice in notices if notice.is_open)
        text = self.tr("Recipients (Art 19)")
        if still_open:
            text = self.tr("Recipients (Art 19): %1 not yet told").replace("%1", str(still_open))
        self.tabs.setTabText(2, text)

    def _show(self, view: RequestView) -> None:
        request = view.request
        kind = labels.request_type_with_article(request.type)
        self.title.setText(
            self.tr("No. %1 · %2 · %3")
            .replace("%1", str(request.id))
            .replace("%2", kind)
            .replace("%3", subject_text(view))
        )
        self._show_clock(view)
        self._show_facts(view)
        self.next_step.setText(next_step(view, self._prepared_document(view)))
        self.buttons.update_for(view, busy=self.actions.job.busy)

    def _prepared_document(self, view: RequestView) -> str:
        """The answer waiting to be sent: the last document on the timeline."""
        if view.request.status is not RequestStatus.READY_TO_SEND:
            return ""
        made = [names.document(e.action) for e in self.services.requests.timeline(view.request.id)]
        return next((name for name in reversed(made) if name), "")

    def _show_clock(self, view: RequestView) -> None:
        request = view.request
        if request.status.is_closed:
            self.clock.setText(
                self.tr("%1 on %2: the clock has stopped.")
                .replace("%1", labels.request_status(request.status))
                .replace("%2", format_date(request.completed_on))
            )
            self.clock.setStyleSheet("")
            for label in (self.explanation, self.warning, self.notice):
                label.hide()
            return
        due = view.deadlines.effective_due
        self.clock.setText(
            self.tr("%1: due %2, %3")
            .replace("%1", labels.urgency(view.urgency))
            .replace("%2", format_day(due))
            .replace("%3", format_days_left(view.days_left))
        )
        background, foreground = URGENCY_COLOURS.get(view.urgency, URGENCY_COLOURS[Urgency.OK])
        self.clock.setStyleSheet(
            f"QLabel {{ background: {background.name()}; color: {foreground.name()}; "
            "font-weight: 600; border-radius: 3px; }"
        )
        self.explanation.setText(render(explain(request.received, request.is_extended)))
        self.explanation.show()
        warning = deadline(request.received, request.is_extended).warning
        self.warning.setText(render(warning) if warning else "")
        self.warning.setVisible(warning is not None)
        if request.is_extended:
            text = self.tr("Extended on %1: %2").replace("%1", format_date(request.extended_on))
            text = text.replace("%2", request.extension_reason)
        else:
            text = self.tr("An extension must be notified by %1.").replace(
                "%1", format_date(view.deadlines.extension_notice_by)
            )
        self.notice.setText(text)
        self.notice.show()

    def _show_facts(self, view: RequestView) -> None:
        request = view.request
        person = subject_text(view)
        if request.customer_id is None and not request.subject_erased:
            person = self.tr("%1 (not in the register)").replace("%1", person)
        identity = names.identity(
            request.identity, request.identity_requested_on, request.identity_received_on
        )
        outcome = names.outcome(request.outcome)
        if request.status is RequestStatus.READY_TO_SEND:
            outcome = names.note("prepared", request.outcome)  # not "sent" before it is
        if request.changed_fields:
            fields = names.note("rectified", ",".join(request.changed_fields))
            corrected = self.tr("corrected: %1").replace("%1", fields)
            outcome = "; ".join(text for text in (outcome, corrected) if text)
        values = {
            "person": person,
            "contact": request.requester_contact,  # for a customer: where it came from
            "received": f"{format_day(request.received)} · {names.channel(request.channel)}",
            "identity": identity,
            "description": request.description,
            "outcome": outcome,
            "sent": names.sent(request.sent_on, request.sent_via, request.sent_reference),
        }
        for key, value in values.items():
            name, label = self.fact_labels[key]
            label.setText(value)
            self.facts.setRowVisible(name, bool(value))

    # -- steps ---------------------------------------------------------------------------

    def say(self, text: str, error: bool = False) -> None:
        if self.card is None:
            return
        set_role(self.status, "error" if error else "hint")
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _step_changed(self, request_id: int) -> None:
        if self.view is not None and self.view.request.id == request_id:
            self.show_request(request_id)
        self.changed.emit(request_id)

    def _step_started(self) -> None:
        if self.view is not None:
            self.buttons.update_for(self.view, busy=True)

    def _step_finished(self) -> None:
        if self.view is not None:
            self.buttons.update_for(self.view, busy=self.actions.job.busy)
        self.finished.emit()

    def open_person(self) -> None:
        # on first use: not needed for the first paint
        from ..customers.dialog import CustomerDialog

        if self.view is None or self.view.request.customer_id is None:
            return
        dialog = CustomerDialog(self.services, self.view.request.customer_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        request_id = self.view.request.id
        dialog.changed.connect(lambda: self._step_changed(request_id))
        self.customer_dialog = dialog
        dialog.open()
