"""Telling recipients (Art 19, domain/recipients.py): each rectification, erasure or
restriction request keeps a checklist of the recipients of the person's registers, made when
the answer is prepared; each item is ticked as told (date, how) or as not disclosed to. A
request whose checklist is still open is sent only with the user's reason
(:func:`require_told`, run by ``RequestService`` in the sending transaction)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.activity_validation import REASON, reason_problems
from ..domain.enums import RequestType
from ..domain.field_rules import raise_for_problems
from ..domain.i18n import QT_TRANSLATE_NOOP, Message
from ..domain.recipients import (
    Candidate,
    NoticeStatus,
    RecipientNotice,
    RecipientSource,
    ToldVia,
    candidates,
)
from ..domain.request_types import spec
from ..storage.models import (
    CustomerRegisterRow,
    ProcessorRegisterRow,
    ProcessorRow,
    RecipientNoticeRow,
    RegisterRow,
    RequestEventRow,
    RequestRow,
)
from . import audit
from .errors import NotFound, Problem, RuleViolation, ValidationError

ENTITY = "recipient_notice"
REASON_FIELD = "recipients_reason"


def _problem(field: str, source: str) -> Problem:
    return Problem(field, Message("Validation", source))


def _violation(source: str, field: str = "") -> RuleViolation:
    return RuleViolation(Message("Recipients", source), field)


def _record(row: RecipientNoticeRow) -> RecipientNotice:
    return RecipientNotice(
        id=row.id,
        request_id=row.request_id,
        position=row.position,
        name=row.name,
        source=RecipientSource(row.source),
        processor_id=row.processor_id,
        register_id=row.register_id,
        status=NoticeStatus(row.status),
        told_on=row.told_on,
        told_via=ToldVia(row.told_via) if row.told_via else None,
    )


def _rows(session: Session, request_id: int) -> list[RecipientNoticeRow]:
    return list(
        session.scalars(
            select(RecipientNoticeRow)
            .where(RecipientNoticeRow.request_id == request_id)
            .order_by(RecipientNoticeRow.position)
        )
    )


def _found(session: Session, customer_id: int | None) -> list[Candidate]:
    """The recipients of the registers that hold the customer, as the checklist lists them."""
    if customer_id is None:
        return []
    register_ids = tuple(
        session.scalars(
            select(CustomerRegisterRow.register_id).where(
                CustomerRegisterRow.customer_id == customer_id
            )
        )
    )
    serves: dict[int, list[int]] = {}
    for processor_id, register_id in session.execute(
        select(ProcessorRegisterRow.processor_id, ProcessorRegisterRow.register_id)
    ):
        serves.setdefault(processor_id, []).append(register_id)
    processors = [
        (row.id, row.name, tuple(serves.get(row.id, ())))
        for row in session.execute(
            select(ProcessorRow.id, ProcessorRow.name).order_by(ProcessorRow.name, ProcessorRow.id)
        )
    ]
    texts = [
        (row.id, row.recipients, row.processors)
        for row in session.execute(
            select(RegisterRow.id, RegisterRow.recipients, RegisterRow.processors).order_by(
                RegisterRow.id
            )
        )
    ]
    return candidates(register_ids, processors, texts)


def _event(session: Session, at, request_id: int, action: str, note: str = "") -> None:
    session.add(RequestEventRow(request_id=request_id, at=at, action=action, note=note))


def open_count(session: Session, request_id: int) -> int:
    return sum(1 for row in _rows(session, request_id) if row.status == NoticeStatus.OPEN)


def require_told(session: Session, at, request_id: int, reason: str) -> list[str]:
    """Refuse to close a request whose checklist is open, unless ``reason`` says why; the
    reason goes on the timeline. Returns the audited field names it adds."""
    reason = REASON.clean(reason)
    raise_for_problems(reason_problems(reason, REASON_FIELD))
    still_open = open_count(session, request_id)
    if not still_open:
        return []
    if not reason:
        raise RuleViolation(
            Message(
                "Recipients",
                QT_TRANSLATE_NOOP(
                    "Recipients",
                    "%1 recipient(s) not yet told (Art 19): tick them, or say why the "
                    "request is complete without it.",
                ),
                (str(still_open),),
            ),
            REASON_FIELD,
        )
    _event(session, at, request_id, "recipients_unfinished", reason)
    return [REASON_FIELD]


class RecipientService:
    def __init__(self, db, clock) -> None:
        self._db = db
        self._clock = clock

    def preview(self, customer_id: int) -> tuple[str, ...]:
        """The recipients a checklist for the customer would list, by name."""
        with self._db.reading() as session:
            return tuple(c.name for c in _found(session, customer_id))

    def checklist(self, request_id: int) -> list[RecipientNotice]:
        """The request's checklist, in order ([] until the request is prepared)."""
        with self._db.reading() as session:
            if session.get(RequestRow, request_id) is None:
                raise NotFound("request", request_id)
            return [_record(row) for row in _rows(session, request_id)]

    def make(self, request_id: int) -> list[RecipientNotice]:
        """Make the request's checklist from the registers holding the person now; a request
        that has one keeps it (safe to repeat)."""
        with self._db.transaction() as session:
            request = session.get(RequestRow, request_id)
            if request is None:
                raise NotFound("request", request_id)
            if not spec(RequestType(request.type)).tells_recipients:
                raise _violation(
                    QT_TRANSLATE_NOOP(
                        "Recipients", "Only a rectification, erasure or restriction is told on."
                    ),
                    "type",
                )
            rows = _rows(session, request_id)
            if rows:
                return [_record(row) for row in rows]
            for position, found in enumerate(_found(session, request.customer_id), start=1):
                row = RecipientNoticeRow(
                    request_id=request_id,
                    position=position,
                    name=found.name,
                    source=found.source.value,
                    processor_id=found.processor_id,
                    register_id=found.register_id,
                    status=NoticeStatus.OPEN.value,
                    told_via="",
                )
                session.add(row)
                rows.append(row)
            session.flush()
            now = self._clock.now()
            _event(session, now, request_id, "recipients_listed", str(len(rows)))
            audit.record(session, now, "create", ENTITY, request_id, ["recipients"])
            return [_record(row) for row in rows]

    def _set(self, request_id: int, position: int, action: str, change) -> RecipientNotice:
        with self._db.transaction() as session:
            rows = {row.position: row for row in _rows(session, request_id)}
            if position not in rows:
                if session.get(RequestRow, request_id) is None:
                    raise NotFound("request", request_id)
                raise NotFound(ENTITY, position)
            row = rows[position]
            request = session.get(RequestRow, request_id)
            fields = change(row, request)
            now = self._clock.now()
            _event(session, now, request_id, action, row.name)
            audit.record(session, now, action, ENTITY, row.id, fields)
            session.flush()
            return _record(row)

    def tell(
        self, request_id: int, position: int, via: ToldVia, on: date | None = None
    ) -> RecipientNotice:
        """Tick recipient ``position`` as told on ``on`` (today by default) by ``via``."""
        today = self._clock.today()
        on = on or today
        via = ToldVia(via)
        if on > today:
            raise ValidationError(
                [_problem("told_on", QT_TRANSLATE_NOOP("Validation", "The date is in the future."))]
            )

        def change(row: RecipientNoticeRow, request: RequestRow) -> list[str]:
            if on < request.received:
                raise ValidationError(
                    [
                        _problem(
                            "told_on",
                            QT_TRANSLATE_NOOP(
                                "Validation", "The date is before the request was received."
                            ),
                        )
                    ]
                )
            row.status, row.told_on, row.told_via = NoticeStatus.TOLD.value, on, via.value
            return ["status", "told_on", "told_via"]

        return self._set(request_id, position, "recipient_told", change)

    def not_disclosed(self, request_id: int, position: int) -> RecipientNotice:
        """The person's data never went to recipient ``position``: nobody to tell."""

        def change(row: RecipientNoticeRow, _request) -> list[str]:
            row.status, row.told_on, row.told_via = NoticeStatus.NOT_DISCLOSED.value, None, ""
            return ["status", "told_on", "told_via"]

        return self._set(request_id, position, "recipient_not_disclosed", change)

    def reopen(self, request_id: int, position: int) -> RecipientNotice:
        """Undo a tick made by mistake: the recipient is open again."""

        def change(row: RecipientNoticeRow, _request) -> list[str]:
            row.status, row.told_on, row.told_via = NoticeStatus.OPEN.value, None, ""
            return ["status", "told_on", "told_via"]

        return self._set(request_id, position, "recipient_reopened", change)
