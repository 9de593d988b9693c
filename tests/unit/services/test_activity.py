"""What happens with a customer over time: consents as an append-only history, orders in
cents, contacts and complaints, each moving the customer's last activity forward."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from helpers.sample import person
from sqlalchemy import func, select

from tietosuoja_desktop.domain.enums import (
    Channel,
    ConsentAction,
    ContactKind,
    OrderStatus,
)
from tietosuoja_desktop.domain.records import ConsentEvent, ContactEntry, Order
from tietosuoja_desktop.services import NotFound
from tietosuoja_desktop.services.errors import ValidationError
from tietosuoja_desktop.storage.models import (
    AuditRow,
    ConsentRow,
    ContactRow,
    CustomerRow,
    OrderRow,
)

NEWSLETTER = "Uutiskirje"
SMS = "Tekstiviestitarjoukset"


@pytest.fixture
def customer(services):
    return services.customers.add(person(customer_since=date(2020, 1, 15)))


def activity_dates(services, customer_id: int) -> tuple[date | None, date | None]:
    with services.db.reading() as session:
        row = session.get(CustomerRow, customer_id)
        return row.last_activity_on, row.last_order_on


def count(services, model) -> int:
    with services.db.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


def consent(customer_id, action, at, purpose=NEWSLETTER, **extra) -> ConsentEvent:
    return ConsentEvent(customer_id, action, purpose, at, **extra)


# -- consents -----------------------------------------------------------------------------


def test_a_withdrawal_after_consent_ends_it_and_the_history_keeps_both(services, customer):
    given = services.activity.add_consent(
        consent(
            customer.id,
            ConsentAction.GIVEN,
            datetime(2025, 3, 1, 10, 30),
            channel=Channel.WEB_FORM,
            evidence=" Lomake 2025-03-01 ",
        )
    )
    assert given.id is not None
    assert given.evidence == "Lomake 2025-03-01"
    assert services.activity.has_consent(customer.id, NEWSLETTER)

    withdrawn = services.activity.add_consent(
        consent(customer.id, ConsentAction.WITHDRAWN, datetime(2026, 2, 2, 9, 0))
    )
    assert not services.activity.has_consent(customer.id, NEWSLETTER)
    history = services.activity.consents(customer.id)
    assert history == [given, withdrawn]
    assert [e.action for e in history] == [ConsentAction.GIVEN, ConsentAction.WITHDRAWN]
    assert history[0].channel is Channel.WEB_FORM
    assert services.activity.consent_state(customer.id) == {NEWSLETTER: withdrawn}


def test_consent_given_again_after_a_withdrawal(services, customer):
    for action, at in (
        (ConsentAction.GIVEN, datetime(2024, 1, 1, 12)),
        (ConsentAction.WITHDRAWN, datetime(2024, 6, 1, 12)),
        (ConsentAction.GIVEN, datetime(2025, 1, 1, 12)),
    ):
        services.activity.add_consent(consent(customer.id, action, at))
    assert services.activity.has_consent(customer.id, NEWSLETTER)
    assert len(services.activity.consents(customer.id)) == 3


def test_consent_history_is_ordered_by_time_not_by_entry(services, customer):
    """A withdrawal typed in before the (earlier) consent it withdraws still wins."""
    late = services.activity.add_consent(
        consent(customer.id, ConsentAction.WITHDRAWN, datetime(2026, 5, 1, 8))
    )
    early = services.activity.add_consent(
        consent(customer.id, ConsentAction.GIVEN, datetime(2026, 4, 1, 8))
    )
    assert services.activity.consents(customer.id) == [early, late]
    assert not services.activity.has_consent(customer.id, NEWSLETTER)


def test_purposes_are_independent(services, customer):
    services.activity.add_consent(consent(customer.id, ConsentAction.GIVEN, datetime(2025, 1, 1)))
    services.activity.add_consent(
        consent(customer.id, ConsentAction.GIVEN, datetime(2025, 1, 1), purpose=SMS)
    )
    services.activity.add_consent(
        consent(customer.id, ConsentAction.WITHDRAWN, datetime(2025, 2, 1), purpose=SMS)
    )
    assert services.activity.has_consent(customer.id, NEWSLETTER)
    assert not services.activity.has_consent(customer.id, SMS)
    assert not services.activity.has_consent(customer.id, "Jotain muuta")


def test_consents_belong_to_their_customer(services, customer):
    other = services.customers.add(person(email="toinen@example.fi"))
    services.activity.add_consent(consent(other.id, ConsentAction.GIVEN, datetime(2025, 1, 1)))
    assert services.activity.consents(customer.id) == []
    assert not services.activity.has_consent(customer.id, NEWSLETTER)


def test_a_consent_moves_the_last_activity(services, customer):
    services.activity.add_consent(
        consent(customer.id, ConsentAction.GIVEN, datetime(2025, 3, 1, 23, 59))
    )
    assert activity_dates(services, customer.id) == (date(2025, 3, 1), None)


def test_a_consent_needs_a_purpose_and_a_customer(services, customer):
    with pytest.raises(ValidationError) as refused:
        services.activity.add_consent(
            consent(customer.id, ConsentAction.GIVEN, datetime(2025, 1, 1), purpose="  ")
        )
    assert [p.field for p in refused.value.problems] == ["purpose"]
    with pytest.raises(NotFound):
        services.activity.add_consent(consent(999, ConsentAction.GIVEN, datetime(2025, 1, 1)))
    assert count(services, ConsentRow) == 0
    assert activity_dates(services, customer.id) == (date(2020, 1, 15), None)


def test_consents_are_audited(services, customer):
    services.activity.add_consent(consent(customer.id, ConsentAction.GIVEN, datetime(2025, 1, 1)))
    services.activity.add_consent(
        consent(customer.id, ConsentAction.WITHDRAWN, datetime(2025, 2, 1))
    )
    entries = services.audit.history("customer", customer.id)
    assert [(e.action, e.fields) for e in entries[:2]] == [
        ("consent_withdrawn", ("consents",)),
        ("consent_given", ("consents",)),
    ]


# -- orders -------------------------------------------------------------------------------


def test_an_order_is_stored_in_cents_and_moves_both_dates(services, customer):
    order = services.activity.add_order(
        Order(
            customer.id,
            date(2025, 6, 10),
            reference=" INV-1001 ",
            description=" Kahvipaketti ",
            amount_cents=1999,
            status=OrderStatus.INVOICED,
        )
    )
    assert order.id is not None
    assert (order.reference, order.description) == ("INV-1001", "Kahvipaketti")
    assert order.amount_cents == 1999 and isinstance(order.amount_cents, int)
    assert order.status is OrderStatus.INVOICED
    assert not order.anonymised
    assert services.activity.orders(customer.id) == [order]
    assert activity_dates(services, customer.id) == (date(2025, 6, 10), date(2025, 6, 10))


def test_an_older_order_does_not_move_the_dates_back(services, customer):
    services.activity.add_order(Order(customer.id, date(2025, 6, 10), amount_cents=100))
    services.activity.add_order(Order(customer.id, date(2023, 1, 1), amount_cents=100))
    assert activity_dates(services, customer.id) == (date(2025, 6, 10), date(2025, 6, 10))
    services.activity.add_contact(ContactEntry(customer.id, date(2026, 1, 5), "Soitto"))
    assert activity_dates(services, customer.id) == (date(2026, 1, 5), date(2025, 6, 10))


def test_orders_are_listed_newest_first_with_a_limit(services, customer):
    dates = [date(2024, 5, 1), date(2026, 1, 1), date(2025, 3, 3), date(2026, 1, 1)]
    added = [services.activity.add_order(Order(customer.id, d, amount_cents=1)) for d in dates]
    listed = services.activity.orders(customer.id)
    assert [o.id for o in listed] == [added[3].id, added[1].id, added[2].id, added[0].id]
    assert services.activity.orders(customer.id, limit=2) == listed[:2]


def test_a_negative_amount_is_refused_and_nothing_written(services, customer):
    with pytest.raises(ValidationError) as refused:
        services.activity.add_order(Order(customer.id, date(2025, 1, 1), amount_cents=-1))
    assert [p.field for p in refused.value.problems] == ["amount_cents"]
    assert count(services, OrderRow) == 0
    assert activity_dates(services, customer.id) == (date(2020, 1, 15), None)
    assert [e.action for e in services.audit.recent()] == ["create"]  # the customer only


def test_a_free_order_is_allowed(services, customer):
    order = services.activity.add_order(Order(customer.id, date(2025, 1, 1), amount_cents=0))
    assert order.amount_cents == 0


def test_orders_need_a_customer(services):
    with pytest.raises(ValueError, match="customer"):
        services.activity.add_order(Order(None, date(2025, 1, 1)))
    with pytest.raises(NotFound):
        services.activity.add_order(Order(404, date(2025, 1, 1)))
    assert count(services, OrderRow) == 0


def test_orders_are_audited_without_values(services, customer):
    order = services.activity.add_order(
        Order(customer.id, date(2025, 1, 1), reference="INV-77", amount_cents=500)
    )
    [entry] = services.audit.history("order", order.id)
    assert (entry.action, entry.fields) == ("create", ("customer_id",))


# -- contacts and complaints --------------------------------------------------------------


def test_contacts_and_complaints(services, customer):
    call = services.activity.add_contact(
        ContactEntry(customer.id, date(2025, 4, 1), " Kysyi aukioloajoista ", Channel.PHONE)
    )
    complaint = services.activity.add_contact(
        ContactEntry(
            customer.id,
            date(2025, 9, 9),
            "Valitus viivästyneestä toimituksesta",
            Channel.EMAIL,
            ContactKind.COMPLAINT,
        )
    )
    assert call.summary == "Kysyi aukioloajoista"
    assert call.kind is ContactKind.CONTACT and call.channel is Channel.PHONE
    assert complaint.kind is ContactKind.COMPLAINT
    assert services.activity.contacts(customer.id) == [complaint, call]  # newest first
    assert activity_dates(services, customer.id) == (date(2025, 9, 9), None)
    [entry] = services.audit.history("contact", complaint.id)
    assert entry.action == "create"


def test_a_contact_needs_a_summary_and_a_customer(services, customer):
    with pytest.raises(ValidationError) as refused:
        services.activity.add_contact(ContactEntry(customer.id, date(2025, 1, 1), " "))
    assert [p.field for p in refused.value.problems] == ["summary"]
    with pytest.raises(NotFound):
        services.activity.add_contact(ContactEntry(31, date(2025, 1, 1), "Soitto"))
    assert count(services, ContactRow) == 0
    assert count(services, AuditRow) == 1  # the customer's creation only


def test_nothing_is_dated_after_today(services, customer, clock):
    """A future date would push the last activity, and the end of retention, ahead."""
    today = clock.today()
    tomorrow = date.fromordinal(today.toordinal() + 1)
    before = activity_dates(services, customer.id)
    with pytest.raises(ValidationError) as caught:
        services.activity.add_order(Order(customer.id, tomorrow, amount_cents=100))
    assert caught.value.problems[0].field == "ordered_on"
    with pytest.raises(ValidationError) as caught:
        services.activity.add_consent(
            ConsentEvent(
                customer.id,
                ConsentAction.GIVEN,
                "Uutiskirje",
                datetime.combine(tomorrow, datetime.min.time()),
            )
        )
    assert caught.value.problems[0].field == "at"
    with pytest.raises(ValidationError) as caught:
        services.activity.add_contact(
            ContactEntry(customer.id, tomorrow, "Soitti", Channel.PHONE, ContactKind.COMPLAINT)
        )
    assert caught.value.problems[0].field == "on"
    assert activity_dates(services, customer.id) == before
    assert count(services, OrderRow) == 0
    services.activity.add_order(Order(customer.id, today, amount_cents=100))  # today is fine
    assert activity_dates(services, customer.id)[1] == today
