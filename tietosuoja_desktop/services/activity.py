"""What happens with a customer over time: consents (a history, never rewritten), orders and
contacts (complaints included). Each keeps the customer's last-activity date current."""

from __future__ import annotations

from sqlalchemy import select

from ..domain.enums import ConsentAction
from ..domain.i18n import QT_TRANSLATE_NOOP, Message
from ..domain.records import ConsentEvent, ContactEntry, Order
from ..domain.validation import MSG_DATE_IN_FUTURE
from ..storage.mapping import consent_record, contact_record, order_record
from ..storage.models import ConsentRow, ContactRow, OrderRow
from . import audit
from .customers import load_customer, touch_activity
from .errors import Problem, ValidationError


def _not_after(day, today, field: str) -> list[Problem]:
    """A consent, order or contact dated after today would push the person's last activity,
    and with it the end of their retention, into the future."""
    return [Problem(field, Message("Validation", MSG_DATE_IN_FUTURE))] if day > today else []


def _required(value: str, field: str) -> list[Problem]:
    if value.strip():
        return []
    return [
        Problem(
            field,
            Message("Validation", QT_TRANSLATE_NOOP("Validation", "This field is required.")),
        )
    ]


class ActivityService:
    def __init__(self, db, clock) -> None:
        self._db = db
        self._clock = clock

    # -- consents ------------------------------------------------------------------------

    def add_consent(self, event: ConsentEvent) -> ConsentEvent:
        problems = _required(event.purpose, "purpose")
        problems += _not_after(event.at.date(), self._clock.today(), "at")
        if problems:
            raise ValidationError(problems)
        with self._db.transaction() as session:
            customer = load_customer(session, event.customer_id)
            row = ConsentRow(
                customer_id=event.customer_id,
                action=event.action.value,
                purpose=event.purpose.strip(),
                at=event.at,
                channel=event.channel.value,
                evidence=event.evidence.strip(),
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
        future = _not_after(order.ordered_on, self._clock.today(), "ordered_on")
        if future:
            raise ValidationError(future)
        if order.amount_cents < 0:
            raise ValidationError(
                [
                    Problem(
                        "amount_cents",
                        Message(
                            "Validation",
                            QT_TRANSLATE_NOOP("Validation", "The amount cannot be negative."),
                        ),
                    )
                ]
            )
        with self._db.transaction() as session:
            customer = load_customer(session, order.customer_id)
            row = OrderRow(
                customer_id=order.customer_id,
                ordered_on=order.ordered_on,
                reference=order.reference.strip(),
                description=order.description.strip(),
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
        problems = _required(entry.summary, "summary")
        problems += _not_after(entry.on, self._clock.today(), "on")
        if problems:
            raise ValidationError(problems)
        with self._db.transaction() as session:
            customer = load_customer(session, entry.customer_id)
            row = ContactRow(
                customer_id=entry.customer_id,
                on=entry.on,
                channel=entry.channel.value,
                kind=entry.kind.value,
                summary=entry.summary.strip(),
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
