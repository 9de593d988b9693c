"""What happens with a customer over time: consents (a history, never rewritten), orders and
contacts (complaints included). Each keeps the customer's last-activity date current."""

from __future__ import annotations

from sqlalchemy import select

from ..domain.activity_validation import clean_consent, clean_contact, clean_order
from ..domain.enums import ConsentAction
from ..domain.field_rules import raise_for_problems
from ..domain.records import ConsentEvent, ContactEntry, Order
from ..storage.mapping import consent_record, contact_record, order_record
from ..storage.models import ConsentRow, ContactRow, OrderRow
from . import audit
from .customers import load_customer, touch_activity


class ActivityService:
    def __init__(self, db, clock) -> None:
        self._db = db
        self._clock = clock

    # -- consents ------------------------------------------------------------------------

    def add_consent(self, event: ConsentEvent) -> ConsentEvent:
        event, problems = clean_consent(event, self._clock.today())
        raise_for_problems(problems)
        with self._db.transaction() as session:
            customer = load_customer(session, event.customer_id)
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
            )
            session.add(row)
            touch_activity(customer, event.at.date())
            session.flush()
            audit.record(
                session,
                self._clock.now(),
                f"consent_{event.action.value}",
                "customer",
                event.customer_id,
                ["consents"],
            )
            return consent_record(row)

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

    def has_consent(self, customer_id: int, purpose: str) -> bool:
        event = self.consent_state(customer_id).get(purpose)
        return event is not None and event.action is ConsentAction.GIVEN

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
