"""An e-mail draft for a prepared answer: a ``.eml`` file the computer's own mail program
(Outlook, Apple Mail, Thunderbird) opens as a new message, addressed to the person, with a
short covering text in the answer's language and the answer's PDF attached byte for byte (a
signed PDF stays signed). The app sends no mail itself; the user sends the draft and then marks
the request sent.

The covering text carries no personal data: only the document's title and the business's
name. Everything about the person is in the attachment."""

from __future__ import annotations

from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP

from ..domain.enums import Language, RequestStatus
from ..domain.file_names import safe_file_name
from ..domain.i18n import QT_TRANSLATE_NOOP, Message
from ..domain.identifiers import first_email
from ..domain.records import ArchivedDocument, RequestEvent
from .errors import RuleViolation
from .requests import RequestView

CONTEXT = "EmailDrafts"
NOT_PREPARED = QT_TRANSLATE_NOOP(  # the words of RequestService.mark_sent
    "Requests", "Prepare the answer first: nothing is ready to send."
)
NO_ADDRESS = QT_TRANSLATE_NOOP(
    "EmailDrafts", "The register holds no e-mail address for this person: send the answer by post."
)
NO_DOCUMENT = QT_TRANSLATE_NOOP(
    "EmailDrafts",
    "The answer's PDF is not kept in the register (an erasure's letter is not archived): "
    "attach the copy you saved.",
)


@dataclass(frozen=True)
class EmailDraft:
    """A draft ready to be written to a file: its suggested name, its bytes (RFC 5322, CRLF),
    whom it is to and the archived document it carries."""

    file_name: str
    data: bytes
    to: str
    document: ArchivedDocument


def _prepared_document_id(events: list[RequestEvent]) -> int | None:
    """The answer waiting to be sent: the last document on the timeline still in the archive."""
    kept = [e.document_id for e in events if e.document_id and e.document_erased_on is None]
    return kept[-1] if kept else None


class EmailDraftService:
    def __init__(self, services) -> None:
        self._s = services

    def recipient(self, view: RequestView) -> str:
        """The person's e-mail address: the register's, or for someone not in the register
        the one their request came from ("" when there is none)."""
        request = view.request
        if request.customer_id is not None:
            return self._s.customers.get(request.customer_id).email.strip()
        if request.subject_erased:
            return ""
        return first_email(request.requester_contact)

    def why_not(self, view: RequestView) -> Message | None:
        """Why no draft can be made for the request, or None when one can."""
        if view.request.status is not RequestStatus.READY_TO_SEND:
            return Message("Requests", NOT_PREPARED)
        if not self.recipient(view):
            return Message(CONTEXT, NO_ADDRESS)
        if _prepared_document_id(self._s.requests.timeline(view.request.id)) is None:
            return Message(CONTEXT, NO_DOCUMENT)
        return None

    def draft(self, request_id: int) -> EmailDraft:
        """The draft for the request's prepared answer; ``RuleViolation`` says why not."""
        # the documents package loads reportlab: only when a draft is made
        from ..documents.texts import text

        view = self._s.requests.get(request_id)
        reason = self.why_not(view)
        if reason is not None:
            raise RuleViolation(reason, "status")
        document_id = _prepared_document_id(self._s.requests.timeline(request_id))
        document = self._s.documents.document(document_id)
        pdf = self._s.documents.pdf(document_id)
        language = Language(document.language)
        controller = self._s.controller.get()
        business = controller.name if controller else ""
        to = self.recipient(view)
        message = EmailMessage(policy=SMTP)
        message["To"] = to
        sender = (controller.contact_email or controller.email) if controller else ""
        if sender:
            message["From"] = sender
        message["Subject"] = text(language, "email.subject")
        message["X-Unsent"] = "1"  # Outlook opens the file as a message to send, not a received one
        message.set_content(
            text(language, "email.body", document=document.title, controller=business).strip()
        )
        attachment = safe_file_name(f"{document.title} {request_id}.pdf")
        message.add_attachment(pdf, maintype="application", subtype="pdf", filename=attachment)
        return EmailDraft(
            file_name=safe_file_name(f"{document.title} {request_id}.eml"),
            data=message.as_bytes(),
            to=to,
            document=document,
        )
