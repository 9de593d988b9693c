"""The steps a request goes through, each as dialog -> work off the GUI thread -> the letter:
acknowledge, ask for proof of identity (and mark it received or failed), extend, refuse,
withdraw, and fulfil as the request's type asks (see ``fulfil_flows``).

Every step reports on the card (``message``), says the request changed (``changed``) and ends
with ``finished``, whether it was done, refused by a rule of the service, or cancelled."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from ...domain.enums import IdentityCheck, Language, SentVia
from ...services.fulfilment import Response
from ...services.requests import RequestView
from ...translation import render
from ..format import format_date
from ..private_copies import write_private_copy
from ..workers import Worker
from . import letters
from .action_dialog import ActionDialog, Reason
from .messages import check_passphrase, error_text, show_error
from .sent_panel import SentPanel


@dataclass(frozen=True)
class StepInput:
    """What the user chose in a step's dialog."""

    reason: str
    language: Language
    passphrase: str | None
    extra: QWidget | None
    delivery: SentVia = SentVia.LETTER  # e-mail when the person has no postal address


Prepare = Callable[[StepInput], Callable[[], object] | None]


def open_with_system(path: Path) -> bool:
    """Open ``path`` with the program the system uses for its kind (an .eml file: the default
    mail program). Tests replace this seam to check the file instead of a mail program."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class RequestActions(QObject):
    started = Signal()
    finished = Signal()
    changed = Signal(int)
    message = Signal(str, bool)  # the text, whether it is an error

    def __init__(self, services, widget: QWidget) -> None:
        super().__init__(widget)
        self.services = services
        self.widget = widget
        self.view: RequestView | None = None
        self.dialog: ActionDialog | None = None
        self.job = Worker(self)
        self.job.succeeded.connect(self._succeeded)
        self.job.failed.connect(self._failed)
        self._report: Callable[[object], str] | None = None
        self._request_id: int | None = None

    def set_view(self, view: RequestView | None) -> None:
        self.view = view

    @property
    def busy(self) -> bool:
        return self.job.busy or self.dialog is not None

    # -- the machinery -------------------------------------------------------------------

    def letter_dialog(self, **options) -> ActionDialog:
        """A step's dialog, with the person's language and signing offered when possible."""
        options.setdefault("language", self.services.fulfilment.language_for(self.view))
        options.setdefault("signing", self.services.documents.identity() is not None)
        if options.get("letter", True):
            fulfilment = self.services.fulfilment
            options.setdefault("no_postal_address", fulfilment.postal_address_missing(self.view))
            options.setdefault("can_email", bool(self.services.email_drafts.recipient(self.view)))
        return ActionDialog(self.widget, **options)

    def ask(self, dialog: ActionDialog, prepare: Prepare, report: Callable[[object], str]) -> None:
        """Open ``dialog``; on confirm, ``prepare(input)`` gives the work to run (or None to
        stop), and ``report(result)`` the line for the card."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog

        def confirmed() -> None:
            self.dialog = None
            chosen = StepInput(
                dialog.reason_text(),
                dialog.letter_language(),
                dialog.signing_passphrase(),
                dialog.extra,
                dialog.delivery(),
            )
            work = prepare(chosen)
            if work is None:
                self.finished.emit()
                return
            self.run(work, report, chosen.passphrase)

        def cancelled() -> None:
            self.dialog = None
            self.finished.emit()

        dialog.accepted.connect(confirmed)
        dialog.rejected.connect(cancelled)
        dialog.open()

    def run(self, work: Callable[[], object], report, passphrase: str | None = None) -> None:
        services = self.services

        def task() -> object:
            if passphrase is not None:
                check_passphrase(services, passphrase)
            return work()

        if self.job.busy:  # another request's step, started before this one was chosen
            self.message.emit(self.tr("Wait until the step under way has finished."), True)
            self.finished.emit()
            return
        self._report = report
        self._request_id = self.view.request.id
        self.message.emit(self.tr("Working…"), False)
        self.job.start(task)
        self.started.emit()

    def _succeeded(self, result: object) -> None:
        report, self._report = self._report, None
        request_id = self._request_id
        self.changed.emit(request_id)
        self.message.emit(report(result) if report else "", False)
        if isinstance(result, Response):
            for exported in (result.report, result.letter):
                if exported is not None:
                    title = exported.document.title
                    letters.tell_unprintable(self.widget, exported.unprintable)
                    letters.show_pdf(
                        self.widget, exported.pdf, title, letters.file_name(title, request_id)
                    )
        self.finished.emit()

    def _failed(self, error: BaseException) -> None:
        self._report = None
        self.changed.emit(self._request_id)
        text = error_text(error)
        if text is None:
            self.message.emit("", False)
            sys.excepthook(type(error), error, error.__traceback__)
        else:
            self.message.emit(text, True)
            show_error(self.widget, error)
        self.finished.emit()

    # -- the steps before the answer ------------------------------------------------------

    def acknowledge(self) -> None:
        view = self.view
        fulfilment = self.services.fulfilment
        dialog = self.letter_dialog(
            title=self.tr("Acknowledge the request"),
            intro=self.tr(
                "The letter confirms that the request was received on %1 and says it will be "
                "answered by %2 at the latest."
            )
            .replace("%1", format_date(view.request.received))
            .replace("%2", format_date(view.deadlines.effective_due)),
            confirm=self.tr("Make the letter"),
        )
        self.ask(
            dialog,
            lambda c: (
                lambda: fulfilment.acknowledge(
                    view.request.id,
                    language=c.language,
                    passphrase=c.passphrase,
                    delivery=c.delivery,
                )
            ),
            lambda _r: self.tr("The acknowledgement is made."),
        )

    def ask_identity(self) -> None:
        view = self.view
        fulfilment = self.services.fulfilment
        dialog = self.letter_dialog(
            title=self.tr("Ask for proof of identity"),
            intro=self.tr(
                "Where you have reasonable doubts about who is asking (Art 12(6)), ask for proof "
                "of identity. The request cannot be fulfilled until the proof has arrived."
            ),
            reason=Reason.OPTIONAL,
            reason_label=self.tr("What is in doubt (the letter states it):"),
            confirm=self.tr("Ask and make the letter"),
        )
        self.ask(
            dialog,
            lambda c: (
                lambda: fulfilment.request_identity(
                    view.request.id,
                    c.reason,
                    language=c.language,
                    passphrase=c.passphrase,
                    delivery=c.delivery,
                )
            ),
            lambda _r: self.tr("Proof of identity asked for: the request waits until it arrives."),
        )

    def identity_received(self) -> None:
        self._mark_identity(
            IdentityCheck.RECEIVED,
            self.tr("Proof of identity received: the request can now be fulfilled."),
        )

    def identity_failed(self) -> None:
        self._mark_identity(
            IdentityCheck.FAILED,
            self.tr(
                "Marked: the identity could not be verified. You may refuse the request "
                "(Art 12(2))."
            ),
        )

    def _mark_identity(self, state: IdentityCheck, text: str) -> None:
        requests, request_id = self.services.requests, self.view.request.id
        self.run(lambda: requests.mark_identity(request_id, state), lambda _r: text)

    def extend(self) -> None:
        view = self.view
        fulfilment = self.services.fulfilment
        dialog = self.letter_dialog(
            title=self.tr("Extend the deadline"),
            intro=self.tr(
                "The deadline moves from %1 to %2 (three months from receipt, Art 12(3)). The "
                "person must be told of the extension and the reasons by %3."
            )
            .replace("%1", format_date(view.deadlines.due))
            .replace("%2", format_date(view.deadlines.extended_due))
            .replace("%3", format_date(view.deadlines.extension_notice_by)),
            reason=Reason.REQUIRED,
            reason_label=self.tr("Why more time is needed (the notice states it):"),
            confirm=self.tr("Extend and make the notice"),
        )
        self.ask(
            dialog,
            lambda c: (
                lambda: fulfilment.extend(
                    view.request.id,
                    c.reason,
                    language=c.language,
                    passphrase=c.passphrase,
                    delivery=c.delivery,
                )
            ),
            lambda r: self.tr("Extended: the new due date is %1.").replace(
                "%1", format_date(r.request.deadlines.effective_due)
            ),
        )

    def refuse(self) -> None:
        view = self.view
        fulfilment = self.services.fulfilment
        dialog = self.letter_dialog(
            title=self.tr("Refuse or take no action"),
            intro=self.tr(
                "The letter gives your reason and tells the person of the right to lodge a "
                "complaint with the supervisory authority and to seek a judicial remedy "
                "(Art 12(4))."
            ),
            reason=Reason.REQUIRED,
            reason_label=self.tr("Why the request is refused (the letter states it):"),
            confirm=self.tr("Refuse and make the letter"),
        )
        self.ask(
            dialog,
            lambda c: (
                lambda: fulfilment.refuse(
                    view.request.id,
                    c.reason,
                    language=c.language,
                    passphrase=c.passphrase,
                    delivery=c.delivery,
                )
            ),
            lambda _r: self.tr("Refused. The letter names the supervisory authority."),
        )

    def withdraw(self) -> None:
        view = self.view
        requests = self.services.requests
        dialog = ActionDialog(
            self.widget,
            title=self.tr("Mark the request withdrawn"),
            intro=self.tr("The person has withdrawn the request. No letter is made."),
            reason=Reason.OPTIONAL,
            reason_label=self.tr("Note (optional):"),
            letter=False,
            confirm=self.tr("Mark withdrawn"),
        )
        self.ask(
            dialog,
            lambda c: lambda: requests.withdraw(view.request.id, c.reason),
            lambda _r: self.tr("Marked withdrawn: the clock has stopped."),
        )

    def mark_sent(self) -> None:
        """The prepared answer went out: how, when, the reference; this completes it."""
        view = self.view
        requests = self.services.requests
        panel = SentPanel(self.services.clock.today(), view.request.received)
        intro = self.tr(
            "The request is completed on the day the answer went to the person. The due date is %1."
        ).replace("%1", format_date(view.deadlines.effective_due))
        untold = [n.name for n in self.services.recipients.checklist(view.request.id) if n.is_open]
        if untold:  # Art 19: completing it now needs the user's reason
            intro += "\n\n" + self.tr(
                "Not yet told of it (Art 19): %1. Tick them on the Recipients tab, or say "
                "below why the request is complete without it."
            ).replace("%1", "; ".join(untold))
        dialog = ActionDialog(
            self.widget,
            title=self.tr("Mark the answer sent"),
            intro=intro,
            letter=False,
            extra=panel,
            confirm=self.tr("Mark sent"),
            reason=Reason.REQUIRED if untold else Reason.NONE,
            reason_label=self.tr("Why it is complete while recipients are not yet &told:"),
            reason_missing=self.tr("Give the reason, or tick the recipients first."),
        )

        def work(chosen: StepInput):
            via, on, reference = panel.chosen()
            return lambda: requests.mark_sent(
                view.request.id, via, on, reference, recipients_reason=chosen.reason
            )

        self.ask(
            dialog,
            work,
            lambda r: self.tr("Sent on %1: the request is completed.").replace(
                "%1", format_date(r.request.sent_on)
            ),
        )

    def email_draft_refusal(self, view: RequestView) -> str:
        """Why no e-mail draft can be made for ``view`` ("" when one can)."""
        reason = self.services.email_drafts.why_not(view)
        return render(reason) if reason is not None else ""

    def email_draft(self) -> None:
        """An e-mail with the prepared answer attached, opened in the system's mail program
        from a private copy (removed when the app quits); the user sends it and marks it sent."""
        view = self.view
        reason = self.email_draft_refusal(view)
        if reason:
            self.message.emit(reason, True)
            return
        drafts = self.services.email_drafts

        def work() -> Path:
            draft = drafts.draft(view.request.id)
            return write_private_copy(draft.file_name, draft.data)

        def opened(path: Path) -> str:
            if open_with_system(path):
                return self.tr(
                    "The e-mail is open in your mail program: send it there, then mark the "
                    "request sent."
                )
            return self.tr(
                "No mail program opened the e-mail. It is saved as %1: open it yourself, then "
                "mark the request sent once it has gone."
            ).replace("%1", str(path))

        self.run(work, opened)

    def fulfil(self) -> None:
        from .fulfil_flows import fulfil  # on first use: not needed for the first paint

        fulfil(self)
