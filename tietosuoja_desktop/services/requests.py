"""Data-subject requests: logging them with their legal clock, and moving them along."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import object_session

from ..domain.activity_validation import REASON, clean_request, reason_problems
from ..domain.clock import Urgency, format_date, urgency
from ..domain.deadlines import RequestDeadlines, request_deadlines
from ..domain.enums import IdentityCheck, RequestStatus, RequestType, SentVia
from ..domain.field_rules import raise_for_problems
from ..domain.i18n import QT_TRANSLATE_NOOP, Message
from ..domain.identifiers import contact_matches
from ..domain.records import Attachment, DataRequest, RequestEvent
from ..domain.request_types import spec as request_spec
from ..storage.mapping import request_record
from ..storage.models import (
    CustomerRow,
    RequestAttachmentRow,
    RequestEventRow,
    RequestRow,
)
from . import audit, recipients
from .errors import NotFound, Problem, RuleViolation, ValidationError

OPEN_STATUSES = tuple(s.value for s in RequestStatus if not s.is_closed)


@dataclass(frozen=True)
class RequestView:
    """A request as a list shows it: the record, its clock and whom it is about."""

    request: DataRequest
    deadlines: RequestDeadlines
    subject: str
    days_left: int | None  # None once the request is closed
    urgency: Urgency


def _problem(field: str, source: str) -> Problem:
    return Problem(field, Message("Validation", source))


_CHECKED_ON_LOGGING = (
    IdentityCheck.MATCHES_REGISTER,
    IdentityCheck.CONFIRMED,
    IdentityCheck.UNCONFIRMED,
)


def _identity_on_logging(request: DataRequest, customer: CustomerRow | None) -> IdentityCheck:
    """The identity state a new request starts in (see ``RequestService.add``)."""
    if request.identity not in (IdentityCheck.NOT_NEEDED, IdentityCheck.CONFIRMED):
        return request.identity  # asked for already: the letter follows
    if customer is None or not request_spec(request.type).identity_matters:
        return request.identity
    if contact_matches(request.requester_contact, customer.email, customer.phone):
        return IdentityCheck.MATCHES_REGISTER
    if request.identity is IdentityCheck.CONFIRMED:
        return IdentityCheck.CONFIRMED
    return IdentityCheck.UNCONFIRMED


class RequestService:
    def __init__(self, db, clock) -> None:
        self._db = db
        self._clock = clock

    def _view(self, request: DataRequest, subject: str) -> RequestView:
        today = self._clock.today()
        deadlines = request_deadlines(request)
        closed = request.status.is_closed
        return RequestView(
            request=request,
            deadlines=deadlines,
            subject=subject,
            days_left=None if closed else deadlines.days_left(today),
            urgency=urgency(deadlines.effective_due, today, closed=closed),
        )

    def add(self, request: DataRequest, identity_reason: str = "") -> RequestView:
        """Log a request. For a person in the register and a type whose answer discloses or
        changes their data, the contact it came from is compared with the register's: the
        same e-mail or phone records the identity as matching; otherwise it stays unconfirmed
        unless the user says it is certain (``IdentityCheck.CONFIRMED``) and why."""
        today = self._clock.today()
        request, problems = clean_request(request, today)
        identity_reason = REASON.clean(identity_reason)
        problems = [*problems, *reason_problems(identity_reason, "identity_reason")]
        if request.identity is IdentityCheck.CONFIRMED and not identity_reason:
            problems.append(
                _problem(
                    "identity_reason",
                    QT_TRANSLATE_NOOP("Validation", "Say why the identity is certain."),
                )
            )
        raise_for_problems(problems)
        status = (
            RequestStatus.WAITING_FOR_IDENTITY
            if request.identity is IdentityCheck.REQUESTED
            else RequestStatus.OPEN
        )
        request = replace(
            request,
            status=status,
            identity_requested_on=request.identity_requested_on
            or (today if request.identity is IdentityCheck.REQUESTED else None),
        )
        with self._db.transaction() as session:
            customer = None
            if request.customer_id is not None:
                customer = session.get(CustomerRow, request.customer_id)
                if customer is None:
                    raise NotFound("customer", request.customer_id)
            identity = _identity_on_logging(request, customer)
            request = replace(request, identity=identity)
            row = RequestRow(
                type=request.type.value,
                customer_id=request.customer_id,
                requester_name=request.requester_name,
                requester_contact=request.requester_contact,
                received=request.received,
                channel=request.channel.value,
                description=request.description,
                identity=request.identity.value,
                identity_requested_on=request.identity_requested_on,
                status=request.status.value,
                due_on=request_deadlines(request).effective_due,
            )
            session.add(row)
            session.flush()
            self._event(session, row.id, "logged")
            if identity in _CHECKED_ON_LOGGING:
                note = identity_reason if identity is IdentityCheck.CONFIRMED else ""
                self._event(session, row.id, f"identity_{identity.value}", note)
            audit.record(session, self._clock.now(), "create", "request", row.id, ["type"])
            subject = self._subject(session, row)
            return self._view(request_record(row), subject)

    def contact_matches_register(self, customer_id: int, contact: str) -> bool:
        """Whether ``contact`` is the e-mail or phone the register holds for the customer."""
        with self._db.reading() as session:
            customer = session.get(CustomerRow, customer_id)
            if customer is None:
                raise NotFound("customer", customer_id)
            return contact_matches(contact, customer.email, customer.phone)

    def _subject(self, session, row: RequestRow) -> str:
        if row.customer_id is not None:
            customer = session.get(CustomerRow, row.customer_id)
            if customer is not None:
                name = f"{customer.first_name} {customer.last_name}".strip()
                return name or customer.organisation
        return row.requester_name

    def get(self, request_id: int) -> RequestView:
        with self._db.reading() as session:
            row = self._load(session, request_id)
            return self._view(request_record(row), self._subject(session, row))

    def list(
        self,
        *,
        statuses: tuple[RequestStatus, ...] | None = None,
        types: tuple[RequestType, ...] | None = None,
        open_only: bool = False,
        due_within: int | None = None,
        overdue: bool = False,
        customer_id: int | None = None,
    ) -> list[RequestView]:
        """Requests, soonest due first. ``due_within`` and ``overdue`` look at open ones."""
        today = self._clock.today()
        # Plain rows of the tables' own columns (no ORM identity map): a list of thousands of
        # requests stays quick, and a command that only lists them never configures the ORM's
        # ~40 mappers (about 0.03 s of `tietosuoja requests list`; issue 18).
        request, customer = RequestRow.__table__.c, CustomerRow.__table__.c
        statement = select(*request, customer.first_name, customer.last_name).outerjoin(
            CustomerRow.__table__, customer.id == request.customer_id
        )
        if statuses:
            statement = statement.where(request.status.in_([s.value for s in statuses]))
        if types:
            statement = statement.where(request.type.in_([t.value for t in types]))
        if open_only or due_within is not None or overdue:
            statement = statement.where(request.status.in_(OPEN_STATUSES))
        if overdue and due_within is None:
            statement = statement.where(request.due_on < today)
        elif due_within is not None:
            # Beyond the calendar's last day every due date is "within"; no overflow.
            days = min(max(due_within, (date.min - today).days), (date.max - today).days)
            limit = today + timedelta(days=days)
            statement = statement.where(request.due_on <= limit)
            if not overdue:
                statement = statement.where(request.due_on >= today)
        if customer_id is not None:
            statement = statement.where(request.customer_id == customer_id)
        statement = statement.order_by(request.due_on, request.id)
        with self._db.reading() as session:
            views = []
            for row in session.execute(statement):
                subject = f"{row.first_name or ''} {row.last_name or ''}".strip()
                views.append(self._view(request_record(row), subject or row.requester_name))
            return views

    # -- moving a request along -----------------------------------------------------------

    def _load(self, session, request_id: int) -> RequestRow:
        row = session.get(RequestRow, request_id)
        if row is None:
            raise NotFound("request", request_id)
        return row

    def _require_open(self, row: RequestRow) -> None:
        if RequestStatus(row.status).is_closed:
            raise RuleViolation(
                Message(
                    "Requests",
                    QT_TRANSLATE_NOOP("Requests", "The request is already closed (%1)."),
                    (row.status,),
                ),
                "status",
            )

    def _change(self, request_id: int, action: str, change, note: str = "") -> RequestView:
        with self._db.transaction() as session:
            row = self._load(session, request_id)
            self._require_open(row)
            fields = change(row)
            record = request_record(row)
            row.due_on = request_deadlines(record).effective_due
            self._event(session, row.id, action, note)
            audit.record(session, self._clock.now(), action, "request", row.id, fields)
            session.flush()
            return self._view(request_record(row), self._subject(session, row))

    def extend(self, request_id: int, reason: str) -> RequestView:
        """Extend by two further months (Art 12(3)); only within the first month."""
        reason = REASON.clean(reason)
        raise_for_problems(reason_problems(reason, "extension_reason"))
        if not reason:
            raise ValidationError(
                [
                    _problem(
                        "extension_reason",
                        QT_TRANSLATE_NOOP("Validation", "Give the reason for the extension."),
                    )
                ]
            )
        today = self._clock.today()

        def change(row: RequestRow) -> list[str]:
            deadlines = request_deadlines(request_record(row))
            if row.extended_on is not None:
                raise RuleViolation(
                    Message(
                        "Requests",
                        QT_TRANSLATE_NOOP("Requests", "The request has already been extended."),
                    ),
                    "extended_on",
                )
            if today > deadlines.extension_notice_by:
                raise RuleViolation(
                    Message(
                        "Requests",
                        QT_TRANSLATE_NOOP(
                            "Requests",
                            "Too late to extend: the person had to be told of an extension by %1.",
                        ),
                        (format_date(deadlines.extension_notice_by),),
                    ),
                    "extended_on",
                )
            row.extended_on = today
            row.extension_reason = reason
            row.status = RequestStatus.EXTENDED.value
            return ["extended_on", "extension_reason", "status"]

        return self._change(request_id, "extend", change, reason)

    def mark_identity(self, request_id: int, state: IdentityCheck) -> RequestView:
        today = self._clock.today()

        def change(row: RequestRow) -> list[str]:
            row.identity = state.value
            if state is IdentityCheck.REQUESTED:
                row.identity_requested_on = today
                row.status = RequestStatus.WAITING_FOR_IDENTITY.value
                return ["identity", "identity_requested_on", "status"]
            if state is IdentityCheck.RECEIVED:
                row.identity_received_on = today
                if row.status == RequestStatus.WAITING_FOR_IDENTITY.value:
                    row.status = (
                        RequestStatus.EXTENDED.value
                        if row.extended_on
                        else RequestStatus.IN_PROGRESS.value
                    )
                return ["identity", "identity_received_on", "status"]
            return ["identity"]

        return self._change(request_id, f"identity_{state.value}", change)

    def start(self, request_id: int) -> RequestView:
        def change(row: RequestRow) -> list[str]:
            if row.status == RequestStatus.OPEN.value:
                row.status = RequestStatus.IN_PROGRESS.value
            return ["status"]

        return self._change(request_id, "start", change)

    def _close(
        self, request_id: int, status: RequestStatus, outcome: str, action: str
    ) -> RequestView:
        today = self._clock.today()
        outcome = REASON.clean(outcome)
        raise_for_problems(reason_problems(outcome, "outcome"))

        def change(row: RequestRow) -> list[str]:
            row.status = status.value
            row.completed_on = today
            row.outcome = outcome
            return ["status", "completed_on", "outcome"]

        return self._change(request_id, action, change, outcome)

    def _recipients_told(self, row: RequestRow, reason: str) -> list[str]:
        """Art 19: a request whose recipients are not all told closes only with a reason."""
        return recipients.require_told(object_session(row), self._clock.now(), row.id, reason)

    def complete(
        self, request_id: int, outcome: str = "", *, recipients_reason: str = ""
    ) -> RequestView:
        """Close a request answered outside the app today, by means it does not record;
        ``recipients_reason`` says why it closes while recipients are not yet told."""
        today = self._clock.today()
        outcome = REASON.clean(outcome)
        raise_for_problems(reason_problems(outcome, "outcome"))

        def change(row: RequestRow) -> list[str]:
            told = self._recipients_told(row, recipients_reason)
            row.status = RequestStatus.COMPLETED.value
            row.completed_on = row.sent_on = today
            row.sent_via = SentVia.NOT_RECORDED.value
            row.outcome = outcome
            return ["status", "completed_on", "outcome", "sent_on", "sent_via", *told]

        return self._change(request_id, "complete", change, outcome)

    def prepare(self, request_id: int, outcome: str = "") -> RequestView:
        """The answer is made (report, letter, export): ready to send, the clock still runs."""
        outcome = REASON.clean(outcome)
        raise_for_problems(reason_problems(outcome, "outcome"))

        def change(row: RequestRow) -> list[str]:
            row.status = RequestStatus.READY_TO_SEND.value
            row.outcome = outcome
            return ["status", "outcome"]

        return self._change(request_id, "prepared", change, outcome)

    def mark_sent(
        self,
        request_id: int,
        via: SentVia,
        on: date | None = None,
        reference: str = "",
        *,
        recipients_reason: str = "",
    ) -> RequestView:
        """The prepared answer went to the person: how, when and (optionally) the tracking or
        message reference. Sending completes the request, on the day it was sent; while the
        Art 19 checklist is open, only with ``recipients_reason``."""
        today = self._clock.today()
        on = on or today
        via = SentVia(via)
        reference = REASON.clean(reference)
        problems = reason_problems(reference, "sent_reference")
        raise_for_problems(problems)
        if via is SentVia.NOT_RECORDED:
            raise ValidationError(
                [_problem("sent_via", QT_TRANSLATE_NOOP("Validation", "Choose how it was sent."))]
            )
        if on > today:
            raise ValidationError(
                [
                    _problem(
                        "sent_on",
                        QT_TRANSLATE_NOOP("Validation", "The sending date is in the future."),
                    )
                ]
            )

        def change(row: RequestRow) -> list[str]:
            if row.status != RequestStatus.READY_TO_SEND.value:
                raise RuleViolation(
                    Message(
                        "Requests",
                        QT_TRANSLATE_NOOP(
                            "Requests", "Prepare the answer first: nothing is ready to send."
                        ),
                    ),
                    "status",
                )
            if on < row.received:
                raise ValidationError(
                    [
                        _problem(
                            "sent_on",
                            QT_TRANSLATE_NOOP(
                                "Validation",
                                "The sending date is before the request was received.",
                            ),
                        )
                    ]
                )
            told = self._recipients_told(row, recipients_reason)
            row.status = RequestStatus.COMPLETED.value
            row.completed_on = row.sent_on = on
            row.sent_via = via.value
            row.sent_reference = reference
            return ["status", "completed_on", "sent_on", "sent_via", "sent_reference", *told]

        return self._change(request_id, "sent", change, via.value)

    def refuse(self, request_id: int, reason: str) -> RequestView:
        """Refuse or take no action (Art 12(4)); the reason is required."""
        if not reason.strip():
            raise ValidationError(
                [_problem("outcome", QT_TRANSLATE_NOOP("Validation", "Give the reason."))]
            )
        return self._close(request_id, RequestStatus.REFUSED, reason, "refuse")

    def withdraw(self, request_id: int, note: str = "") -> RequestView:
        return self._close(request_id, RequestStatus.WITHDRAWN, note, "withdraw")

    def due_soon_or_overdue(self, days: int = 7) -> list[RequestView]:
        return self.list(due_within=days, overdue=True)

    def open_count(self) -> int:
        return len(self.list(open_only=True))

    # -- the timeline and the original ----------------------------------------------------

    def _event(
        self,
        session,
        request_id: int,
        action: str,
        note: str = "",
        document_id: int | None = None,
        document_sha256: str = "",
    ) -> None:
        session.add(
            RequestEventRow(
                request_id=request_id,
                at=self._clock.now(),
                action=action,
                note=note,
                document_id=document_id,
                document_sha256=document_sha256,
            )
        )

    def record_event(
        self,
        request_id: int,
        action: str,
        note: str = "",
        *,
        document_id: int | None = None,
        document_sha256: str = "",
    ) -> None:
        """Add a step (e.g. a letter sent) to the request's timeline."""
        with self._db.transaction() as session:
            self._load(session, request_id)
            self._event(session, request_id, action, note, document_id, document_sha256)

    def timeline(self, request_id: int) -> list[RequestEvent]:
        with self._db.reading() as session:
            rows = session.scalars(
                select(RequestEventRow)
                .where(RequestEventRow.request_id == request_id)
                .order_by(RequestEventRow.at, RequestEventRow.id)
            )
            return [
                RequestEvent(
                    id=row.id,
                    request_id=row.request_id,
                    at=row.at,
                    action=row.action,
                    note=row.note,
                    document_id=row.document_id,
                    document_sha256=row.document_sha256,
                    document_erased_on=row.document_erased_on,
                )
                for row in rows
            ]

    def attach(
        self, request_id: int, filename: str, data: bytes, media_type: str = ""
    ) -> Attachment:
        """Keep the original request (scan, saved e-mail) in the register with it."""
        media_type = media_type or mimetypes.guess_type(filename)[0] or "application/octet-stream"
        now = self._clock.now()
        with self._db.transaction() as session:
            self._load(session, request_id)
            row = RequestAttachmentRow(
                request_id=request_id,
                filename=filename,
                media_type=media_type,
                added_at=now,
                size=len(data),
                data=data,
            )
            session.add(row)
            session.flush()
            self._event(session, request_id, "attached", filename)
            audit.record(session, now, "attach", "request", request_id, ["attachment"])
            return Attachment(row.id, request_id, filename, media_type, now, len(data))

    def attachments(self, request_id: int) -> list[Attachment]:
        with self._db.reading() as session:
            rows = session.execute(
                select(
                    RequestAttachmentRow.id,
                    RequestAttachmentRow.filename,
                    RequestAttachmentRow.media_type,
                    RequestAttachmentRow.added_at,
                    RequestAttachmentRow.size,
                )
                .where(RequestAttachmentRow.request_id == request_id)
                .order_by(RequestAttachmentRow.id)
            )
            return [
                Attachment(r.id, request_id, r.filename, r.media_type, r.added_at, r.size)
                for r in rows
            ]

    def attachment_data(self, attachment_id: int) -> bytes:
        with self._db.reading() as session:
            row = session.get(RequestAttachmentRow, attachment_id)
            if row is None:
                raise NotFound("attachment", attachment_id)
            return row.data

    def set_changed_fields(self, request_id: int, fields: tuple[str, ...]) -> None:
        """Rectification: record which fields were corrected (names only)."""
        with self._db.transaction() as session:
            row = self._load(session, request_id)
            row.changed_fields = ",".join(fields)
            self._event(session, request_id, "rectified", ", ".join(fields))
            audit.record(
                session, self._clock.now(), "rectify", "request", request_id, ["changed_fields"]
            )
