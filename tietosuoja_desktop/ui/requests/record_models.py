"""The tables on a request's card: its timeline (when, what was done, which document went
out), the originals attached to it (file name, type, size, when added) and the recipients to
tell (Art 19: who, and whether, when and how they were told)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from ...domain.recipients import STATUS_LABELS, VIA_LABELS, RecipientNotice
from ...domain.records import Attachment, RequestEvent
from ..format import format_date, format_size
from ..view_list_model import ViewListModel
from . import names

DOCUMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ATTACHMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 2

TL_WHEN, TL_WHAT, TL_DOCUMENT = range(3)
TIMELINE_HEADERS = (
    QT_TRANSLATE_NOOP("TimelineModel", "Date"),
    QT_TRANSLATE_NOOP("TimelineModel", "What was done"),
    QT_TRANSLATE_NOOP("TimelineModel", "Document"),
)
AT_NAME, AT_TYPE, AT_SIZE, AT_ADDED = range(4)
ATTACHMENT_HEADERS = (
    QT_TRANSLATE_NOOP("AttachmentsModel", "File"),
    QT_TRANSLATE_NOOP("AttachmentsModel", "Type"),
    QT_TRANSLATE_NOOP("AttachmentsModel", "Size"),
    QT_TRANSLATE_NOOP("AttachmentsModel", "Added"),
)

RC_NUMBER, RC_NAME, RC_STATUS = range(3)
RECIPIENT_HEADERS = (
    QT_TRANSLATE_NOOP("RecipientsModel", "No."),
    QT_TRANSLATE_NOOP("RecipientsModel", "Recipient"),
    QT_TRANSLATE_NOOP("RecipientsModel", "Told"),
)


def format_time(moment) -> str:
    return f"{format_date(moment.date())} {moment.hour}.{moment.minute:02d}"


class TimelineModel(ViewListModel[RequestEvent]):
    CONTEXT = "TimelineModel"
    HEADERS = TIMELINE_HEADERS

    def display(self, event: RequestEvent, column: int) -> str:
        if column == TL_WHEN:
            return format_time(event.at)
        if column == TL_WHAT:
            what, note = names.action(event.action), names.note(event.action, event.note)
            return f"{what}: {note}" if note else what
        if event.document_erased_on:
            return names.erased_document(event.action, event.document_erased_on)
        return names.document(event.action)

    def tooltip(self, event: RequestEvent, column: int) -> str | None:
        if column != TL_DOCUMENT:
            return None
        if event.document_erased_on:
            return QCoreApplication.translate(
                "TimelineModel",
                "Deleted with the person's data (Art 17); it can no longer be opened.",
            )
        if event.document_id:
            return QCoreApplication.translate(
                "TimelineModel", "Kept in the register: double-click to open it."
            )
        if event.document_sha256:
            return QCoreApplication.translate(
                "TimelineModel", "Not kept in the register; its SHA-256 fingerprint is %1."
            ).replace("%1", event.document_sha256)
        return None

    def role_data(self, event: RequestEvent, column: int, role: int):
        return event.document_id if role == DOCUMENT_ID_ROLE else None


class AttachmentsModel(ViewListModel[Attachment]):
    CONTEXT = "AttachmentsModel"
    HEADERS = ATTACHMENT_HEADERS
    RIGHT_ALIGNED = (AT_SIZE,)
    ID_ROLE = ATTACHMENT_ID_ROLE

    @staticmethod
    def view_id(attachment: Attachment) -> int:
        return attachment.id

    def display(self, attachment: Attachment, column: int) -> str:
        if column == AT_NAME:
            return attachment.filename
        if column == AT_TYPE:
            return attachment.media_type
        if column == AT_SIZE:
            return format_size(attachment.size)
        return format_time(attachment.added_at)


def notice_state(notice: RecipientNotice) -> str:
    """``told 20.11.2026, by e-mail`` / ``not yet told`` / ``not disclosed to this recipient``."""
    state = QCoreApplication.translate("Recipients", STATUS_LABELS[notice.status])
    if notice.told_via is None:
        return state
    via = QCoreApplication.translate("Recipients", VIA_LABELS[notice.told_via])
    return f"{state} {format_date(notice.told_on)} · {via}"


class RecipientsModel(ViewListModel[RecipientNotice]):
    CONTEXT = "RecipientsModel"
    HEADERS = RECIPIENT_HEADERS
    RIGHT_ALIGNED = (RC_NUMBER,)

    def display(self, notice: RecipientNotice, column: int) -> str:
        if column == RC_NUMBER:
            return str(notice.position)
        if column == RC_NAME:
            return notice.name
        return notice_state(notice)

    def tooltip(self, notice: RecipientNotice, column: int) -> str | None:
        return notice.name if column == RC_NAME else None
