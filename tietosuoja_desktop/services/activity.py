"""What happens with a customer over time: consents (a history, never rewritten), orders and
contacts (complaints included). Each keeps the customer's last-activity date current."""

from __future__ import annotations

import hashlib
from dataclasses import replace

from sqlalchemy import select

from ..domain.activity_validation import clean_consent, clean_contact, clean_order
from ..domain.consent_texts import text_version_problem
from ..domain.field_rules import raise_for_problems
from ..domain.marketing import purposes_in_force
from ..domain.records import ConsentEvent, ContactEntry, Order
from ..storage.mapping import consent_record, contact_record, order_record
from ..storage.models import (
    ConsentEvidenceRow,
    ConsentRow,
    ConsentTextRow,
    ContactRow,
    OrderRow,
    StatementVersionRow,
)
from . import audit
from .consent_texts import consent_text_record
from .customers import load_customer, touch_activity
from .errors import NotFound


class ActivityService:
    def __init__(self, db, clock) -> None:
        self._db = db
        self._clock = clock

    # -- consents ------------------------------------------------------------------------

    def add_consent(
        self, event: ConsentEvent, evidence: tuple[str, bytes] | None = None
    ) -> ConsentEvent:
        """Record a consent given or withdrawn. With ``event.consent_text_id`` the text version
        agreed to is named (it must be valid on the day) and the register's privacy statement
        version in force that day recorded with it; ``evidence`` (file name, bytes) is archived
        with its SHA-256 in the same transaction."""
        event, problems = clean_consent(event, self._clock.today())
        raise_for_problems(problems)
        with self._db.transaction() as session:
            customer = load_customer(session, event.customer_id)
            if event.consent_text_id is not None:
                event = _with_text_versions(session, event, customer.language)
            if evidence is not None:
                name, data = evidence
                event = replace(
                    event, evidence_file=name, evidence_sha256=hashlib.sha256(data).hexdigest()
                )
            row = ConsentRow(
                customer_id=event.customer_id,
                action=event.action.value,
                purpose=event.purpose,
                at=event.at,
                channel=event.channel.value,
                evidence=event.evidence,
                marketing_channel=event.marketing_channel and event.marketing_channel.value,
                method=event.method.value,
                consent_text=event.text,
                evidence_file=event.evidence_file,
                evidence_sha256=event.evidence_sha256,
                recorded_by=event.recorded_by,
                consent_text_id=event.consent_text_id,
                statement_version_id=event.statement_version_id,
            )
            session.add(row)
            touch_activity(customer, event.at.date())
            session.flush()
            if evidence is not None:
                session.add(
                    ConsentEvidenceRow(
                        consent_id=row.id,
                        filename=event.evidence_file,
                        added_at=self._clock.now(),
                        size=len(evidence[1]),
                        sha256=event.evidence_sha256,
                        data=evidence[1],
                    )
                )
            audit.record(
                session,
                self._clock.now(),
                f"consent_{event.action.value}",
                "customer",
                event.customer_id,
                ["consents"],
            )
            return consent_record(row)

    def consent_evidence(self, consent_id: int) -> tuple[str, bytes]:
        """The archived evidence file of a consent or withdrawal: its name and bytes."""
        with self._db.reading() as session:
            row = session.scalar(
                select(ConsentEvidenceRow).where(ConsentEvidenceRow.consent_id == consent_id)
            )
            if row is None:
                raise NotFound("consent_evidence", consent_id)
            return row.filename, row.data

    def consents(self, customer_id: int) -> list[ConsentEvent]:
        with self._db.reading() as session:
            rows = session.scalars(
                select(ConsentRow)
                .where(ConsentRow.customer_id == customer_id)
                .order_by(ConsentRow.at, ConsentRow.id)
            )
            return [consent_record(row) for row in rows]

    def consent_state(self, customer_id: int) -> dict[str, ConsentEvent]:
        """The latest event per purpose: whether consent is in force now."""
        latest: dict[str, ConsentEvent] = {}
        for event in self.consents(customer_id):
            latest[event.purpose] = event
        return latest

    def purposes_in_force(self, customer_id: int) -> list[str]:
        """The purposes with a consent in force on some channel, in the order consented to."""
        return purposes_in_force(self.consents(customer_id))

    def has_consent(self, customer_id: int, purpose: str) -> bool:
        return purpose in self.purposes_in_force(customer_id)

    # -- orders --------------------------------------------------------------------------

    def add_order(self, order: Order) -> Order:
        if order.customer_id is None:
            raise ValueError("an order is added for a customer")
        order, problems = clean_order(order, self._clock.today())
        raise_for_problems(problems)
        with self._db.transaction() as session:
            customer = load_customer(session, order.customer_id)
            row = OrderRow(
                customer_id=order.customer_id,
                ordered_on=order.ordered_on,
                reference=order.reference,
                description=order.description,
                amount_cents=order.amount_cents,
                status=order.status.value,
            )
            session.add(row)
            touch_activity(customer, order.ordered_on, order=True)
            session.flush()
            audit.record(session, self._clock.now(), "create", "order", row.id, ["customer_id"])
            return order_record(row)

    def orders(self, customer_id: int, limit: int | None = None) -> list[Order]:
        with self._db.reading() as session:
            statement = (
                select(OrderRow)
                .where(OrderRow.customer_id == customer_id)
                .order_by(OrderRow.ordered_on.desc(), OrderRow.id.desc())
            )
            if limit is not None:
                statement = statement.limit(limit)
            return [order_record(row) for row in session.scalars(statement)]

    # -- contacts ------------------------------------------------------------------------

    def add_contact(self, entry: ContactEntry) -> ContactEntry:
        entry, problems = clean_contact(entry, self._clock.today())
        raise_for_problems(problems)
        with self._db.transaction() as session:
            customer = load_customer(session, entry.customer_id)
            row = ContactRow(
                customer_id=entry.customer_id,
                on=entry.on,
                channel=entry.channel.value,
                kind=entry.kind.value,
                summary=entry.summary,
            )
            session.add(row)
            touch_activity(customer, entry.on)
            session.flush()
            audit.record(session, self._clock.now(), "create", "contact", row.id, ["customer_id"])
            return contact_record(row)

    def contacts(self, customer_id: int) -> list[ContactEntry]:
        with self._db.reading() as session:
            rows = session.scalars(
                select(ContactRow)
                .where(ContactRow.customer_id == customer_id)
                .order_by(ContactRow.on.desc(), ContactRow.id.desc())
            )
            return [contact_record(row) for row in rows]


def _with_text_versions(session, event: ConsentEvent, language: str) -> ConsentEvent:
    """``event`` with its text version's wording in the person's ``language`` (unless the
    event carries the words shown) and the statement version in force on its day; raises
    NotFound or ValidationError."""
    row = session.get(ConsentTextRow, event.consent_text_id)
    if row is None:
        raise NotFound("consent_text", event.consent_text_id)
    text = consent_text_record(row)
    found = text_version_problem(text, event.at.date())
    raise_for_problems([found] if found else [])
    statement = session.scalar(
        select(StatementVersionRow.id)
        .where(
            StatementVersionRow.register_id == text.register_id,
            StatementVersionRow.dated <= event.at.date(),
        )
        .order_by(StatementVersionRow.dated.desc(), StatementVersionRow.number.desc())
        .limit(1)
    )
    return replace(
        event,
        text=event.text or text.in_language(language),
        statement_version_id=statement,
    )
