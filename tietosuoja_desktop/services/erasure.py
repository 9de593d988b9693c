"""Erasure (Art 17): delete the person and all tied to them; keep orders bookkeeping law still
needs, anonymised; leave the request records only what proves the request was handled."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import bindparam, delete, func, select, update

from ..domain.enums import RequestStatus, RequestType
from ..domain.erasure import KEPT_REASON, bookkeeping_keep_until, must_keep
from ..domain.records import (
    BackupsHolding,
    ErasedDocument,
    ErasedRequest,
    ErasureSummary,
    KeptOrder,
)
from ..storage import tombstones
from ..storage.backup import AUTOMATIC
from ..storage.mapping import order_record
from ..storage.models import (
    BreachCustomerRow,
    ConsentEvidenceRow,
    ConsentRow,
    ContactRow,
    CustomerRegisterRow,
    DocumentRow,
    OrderRow,
    RequestAttachmentRow,
    RequestEventRow,
    RequestRow,
)
from . import audit
from .customers import load_customer

# What a request keeps of its person: nothing but the facts (type, dates, status, steps).
_SCRUBBED = {
    "requester_name": "",
    "requester_contact": "",
    "description": "",
    "extension_reason": "",
    "outcome": "",
    "subject_erased": True,
}


def _mark_erased_documents(session, request_ids, documents, today) -> None:
    """Date the timeline steps whose document (or attached original) is about to be deleted,
    so the timeline says the erasure removed it instead of listing what no longer opens."""
    session.execute(
        update(RequestEventRow)
        .where(
            RequestEventRow.request_id.in_(request_ids),
            RequestEventRow.document_id.in_(documents) | (RequestEventRow.action == "attached"),
        )
        .values(document_erased_on=today)
    )


def _consents_of(customer_id):
    """The ids of the person's consents (``customer_id`` a value or a bound parameter)."""
    return select(ConsentRow.id).where(ConsentRow.customer_id == customer_id)


def _requests_of(customer_id):
    """The ids of the person's requests (``customer_id`` a value or a bound parameter)."""
    return select(RequestRow.id).where(RequestRow.customer_id == customer_id)


def _count(model, *where):
    return select(func.count()).select_from(model).where(*where).scalar_subquery()


_PERSON = bindparam("customer_id")
_OPEN = [status.value for status in RequestStatus if not status.is_closed]
# Everything an erasure counts, in one statement built once (a bulk run erases thousands of
# people; building the statement anew took as long as running it).
_COUNTS = select(
    _count(ConsentRow, ConsentRow.customer_id == _PERSON),
    _count(ContactRow, ContactRow.customer_id == _PERSON),
    _count(CustomerRegisterRow, CustomerRegisterRow.customer_id == _PERSON),
    _count(RequestRow, RequestRow.customer_id == _PERSON),
    _count(BreachCustomerRow, BreachCustomerRow.customer_id == _PERSON),
    _count(RequestRow, RequestRow.customer_id == _PERSON, RequestRow.status.in_(_OPEN)),
    # Originals of the person's requests (scans, e-mails) count with their documents, and so
    # do the archived evidence files of their consents and withdrawals.
    _count(
        RequestAttachmentRow,
        RequestAttachmentRow.request_id.in_(_requests_of(_PERSON)),
    ),
    _count(
        ConsentEvidenceRow,
        ConsentEvidenceRow.consent_id.in_(_consents_of(_PERSON)),
    ),
)


class ErasureService:
    def __init__(self, db, clock, backups=None) -> None:
        self._db = db
        self._clock = clock
        self._backups = backups  # the BackupService whose folder may hold the person, if any

    def _plan(self, session, customer_id: int, customer=None) -> ErasureSummary:
        if customer is None:
            load_customer(session, customer_id)
        today = self._clock.today()
        request_ids = _requests_of(customer_id)
        (
            consents,
            contacts,
            memberships,
            request_count,
            breach_links,
            open_requests,
            originals,
            evidence,
        ) = session.execute(_COUNTS, {"customer_id": customer_id}).one()

        orders = [
            order_record(row)
            for row in session.scalars(select(OrderRow).where(OrderRow.customer_id == customer_id))
        ]
        kept = tuple(
            KeptOrder(o.id, o.ordered_on, bookkeeping_keep_until(o.ordered_on))
            for o in orders
            if must_keep(o, today)
        )
        requests = tuple(
            ErasedRequest(row.id, RequestType(row.type), row.received, RequestStatus(row.status))
            for row in session.execute(
                select(RequestRow.id, RequestRow.type, RequestRow.received, RequestRow.status)
                .where(RequestRow.customer_id == customer_id)
                .order_by(RequestRow.received, RequestRow.id)
            )
        )
        archived = tuple(
            ErasedDocument(row.id, row.title, row.created_at.date())
            for row in session.execute(
                select(DocumentRow.id, DocumentRow.title, DocumentRow.created_at)
                .where(
                    (DocumentRow.customer_id == customer_id)
                    | DocumentRow.request_id.in_(request_ids)
                )
                .order_by(DocumentRow.created_at, DocumentRow.id)
            )
        )
        documents = len(archived) + originals + evidence
        deleted = {
            "customer": 1,
            "consents": consents,
            "contacts": contacts,
            "orders": len(orders) - len(kept),
            "register_memberships": memberships,
            "documents": documents,
            "request_personal_details": request_count,
            # The breaches stay on record; only the links naming this person go (cascade).
            "breach_links": breach_links,
        }
        return ErasureSummary(
            customer_id=customer_id,
            deleted=deleted,
            anonymised_orders=kept,
            kept_reason=KEPT_REASON.source if kept else "",
            open_requests=open_requests,
            requests=requests,
            documents=archived,
        )

    def _backups_holding(self, customer_since) -> BackupsHolding | None:
        """The backups taken while the person was in the register (since the day they became
        a customer; every backup when that is not known)."""
        if self._backups is None:
            return None
        held = [
            info
            for info in self._backups.list()
            if customer_since is None or info.taken_at.date() >= customer_since
        ]
        automatic = sum(1 for info in held if info.kind in AUTOMATIC)
        return BackupsHolding(automatic, len(held) - automatic, self._backups.keep_last)

    def preview(self, customer_id: int) -> ErasureSummary:
        """What :meth:`erase` would do, without doing it."""
        with self._db.reading() as session:
            summary = self._plan(session, customer_id)
            since = load_customer(session, customer_id).customer_since
        return replace(summary, backups=self._backups_holding(since))

    def erase(self, customer_id: int) -> ErasureSummary:
        """Erase the person in one transaction, then checkpoint the WAL so no copy of the
        deleted rows stays in it (secure_delete zeroes the freed space in the main file)."""
        with self._db.transaction() as session:
            summary, since = self.erase_in(session, customer_id)
        self._db.checkpoint()
        return replace(summary, backups=self._backups_holding(since))

    def erase_in(self, session, customer_id: int) -> tuple[ErasureSummary, date | None]:
        """Erase the person within the caller's transaction (a bulk run checkpoints once, at
        its end); the summary and the day they became a customer."""
        # Held for the whole erasure: the session keeps rows only while they are referenced,
        # and loading the person again cost as much as a statement.
        customer = load_customer(session, customer_id)
        summary = self._plan(session, customer_id, customer)
        since = customer.customer_since
        kept_ids = {k.order_id: k.keep_until for k in summary.anonymised_orders}
        # One statement per keep-until date (one per order year), not one per order.
        by_date: dict = {}
        for order_id, keep_until in kept_ids.items():
            by_date.setdefault(keep_until, []).append(order_id)
        for keep_until, order_ids in by_date.items():
            session.execute(
                update(OrderRow)
                .where(OrderRow.id.in_(order_ids))
                # Free text may name the person; date, reference and amount identify the
                # voucher in the books.
                .values(customer_id=None, anonymised=True, keep_until=keep_until, description="")
            )
        if summary.deleted["orders"]:
            session.execute(delete(OrderRow).where(OrderRow.customer_id == customer_id))
        request_ids = _requests_of(customer_id)
        document_ids = [document.document_id for document in summary.documents]
        if summary.requests:
            _mark_erased_documents(session, request_ids, document_ids, self._clock.today())
        if document_ids:
            session.execute(delete(DocumentRow).where(DocumentRow.id.in_(document_ids)))
        if summary.requests:
            self._scrub_requests(session, customer_id, request_ids)
        if summary.deleted["documents"] > len(summary.documents):  # originals or evidence files
            session.execute(
                delete(ConsentEvidenceRow).where(
                    ConsentEvidenceRow.consent_id.in_(_consents_of(customer_id))
                )
            )
        # Hashes only, so restoring an older backup cannot bring the person back.
        tombstones.record_erasure(session, customer, self._clock.now())
        session.delete(customer)  # cascades the rest
        audit.record(
            session,
            self._clock.now(),
            "erase",
            "customer",
            customer_id,
            sorted(k for k, v in summary.deleted.items() if v)
            + (["anonymised_orders"] if kept_ids else []),
        )
        return summary, since

    @staticmethod
    def _scrub_requests(session, customer_id: int, request_ids) -> None:
        session.execute(
            delete(RequestAttachmentRow).where(RequestAttachmentRow.request_id.in_(request_ids))
        )
        # The timeline keeps what was done and when (and the sent documents' hashes), not
        # the notes, which may quote the person.
        session.execute(
            update(RequestEventRow)
            .where(RequestEventRow.request_id.in_(request_ids))
            .values(note="")
        )
        # The request records stay as proof that requests were handled, without the person.
        session.execute(
            update(RequestRow)
            .where(RequestRow.customer_id == customer_id)
            .values(customer_id=None, **_SCRUBBED)
        )

    def erase_request_subject(self, request_id: int) -> None:
        """Scrub the personal details of a request about someone not in the register."""
        with self._db.transaction() as session:
            session.execute(
                update(RequestRow).where(RequestRow.id == request_id).values(**_SCRUBBED)
            )
            documents = select(DocumentRow.id).where(DocumentRow.request_id == request_id)
            _mark_erased_documents(session, [request_id], documents, self._clock.today())
            session.execute(
                delete(RequestAttachmentRow).where(RequestAttachmentRow.request_id == request_id)
            )
            session.execute(delete(DocumentRow).where(DocumentRow.request_id == request_id))
            session.execute(
                update(RequestEventRow)
                .where(RequestEventRow.request_id == request_id)
                .values(note="")
            )
            audit.record(session, self._clock.now(), "scrub", "request", request_id)
        self._db.checkpoint()
