"""Retention: who has outlived their register's rule today. A customer is past a rule of N years
when anchor + N years (the same date, or the month's last day when that date does not exist)
falls before today; the anchor is the last activity, the last order or the customer-since date."""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date, timedelta

import pytest
from helpers.sample import REGISTER, person

from tietosuoja_desktop.domain.enums import RetentionAnchor
from tietosuoja_desktop.domain.listing import CustomerQuery
from tietosuoja_desktop.domain.records import ContactEntry, Order, RetentionRule

LATE = date(2030, 1, 1)  # the clock while customers are added, so no date is "in the future"


def plus_years(anchor: date, years: int) -> date:
    """The oracle's own calendar arithmetic: same day, clamped to the month's end."""
    year = anchor.year + years
    return date(year, anchor.month, min(anchor.day, calendar.monthrange(year, anchor.month)[1]))


def register_with(services, years, anchor=RetentionAnchor.LAST_ACTIVITY, name=None):
    return services.registers.add(
        replace(
            REGISTER, name=name or f"{years} v {anchor}", retention=RetentionRule(years, anchor)
        )
    )


def add_since(services, since: date, register_ids, **extra):
    return services.customers.add(
        person(customer_since=since, email="", phone="", register_ids=tuple(register_ids), **extra)
    )


def due_ids(services, register_id=None) -> list[int]:
    return [
        d.customer.id
        for d in services.retention.due()
        if register_id is None or d.register_id == register_id
    ]


def listed_past_retention(services, register_id=None) -> set[int]:
    query = CustomerQuery(past_retention_only=True, register_id=register_id)
    listed = {c.id for c in services.customers.page(query, 0, 10_000)}
    assert services.customers.count(query) == len(listed)
    return listed


@pytest.mark.parametrize(
    ("since", "listed"),
    [
        (date(2021, 11, 20), True),
        (date(2021, 11, 21), True),  # five years ended yesterday
        (date(2021, 11, 22), False),  # five years end today: not yet past
        (date(2021, 11, 23), False),
        (date(2024, 1, 1), False),
    ],
)
def test_the_boundary_day(services, clock, since, listed):
    register = register_with(services, 5)
    customer = add_since(services, since, [register.id])
    assert (customer.id in due_ids(services)) is listed
    assert (customer.id in listed_past_retention(services)) is listed


def test_a_due_entry_says_why(services, clock):
    register = register_with(services, 5, RetentionAnchor.CUSTOMER_SINCE, name="Asiakkaat")
    customer = add_since(services, date(2020, 3, 15), [register.id])
    [entry] = services.retention.due()
    assert entry.customer == replace(customer, register_ids=())
    assert (entry.register_id, entry.register_name) == (register.id, "Asiakkaat")
    assert entry.anchor == date(2020, 3, 15)
    assert entry.expired_on == date(2025, 3, 15)


@pytest.mark.parametrize(
    ("anchor", "years", "today", "listed"),
    [
        # A 29 February anchor: the period ends on 28 February in a common year.
        (date(2024, 2, 29), 1, date(2025, 2, 28), False),
        (date(2024, 2, 29), 1, date(2025, 3, 1), True),
        (date(2020, 2, 29), 5, date(2025, 2, 28), False),
        (date(2020, 2, 29), 5, date(2025, 3, 1), True),
        # A 29 February anchor and a leap year four years on: 29 February itself.
        (date(2024, 2, 29), 4, date(2028, 2, 29), False),
        (date(2024, 2, 29), 4, date(2028, 3, 1), True),
        # A 28 February anchor in a common year, ending before a 29 February "today".
        (date(2023, 2, 28), 1, date(2024, 2, 28), False),
        (date(2023, 2, 28), 1, date(2024, 2, 29), True),
        (date(2023, 2, 28), 5, date(2028, 2, 29), True),
        (date(2027, 2, 28), 1, date(2028, 2, 29), True),
        (date(2023, 3, 1), 1, date(2024, 2, 29), False),
    ],
)
def test_29_february(services, clock, anchor, years, today, listed):
    assert (plus_years(anchor, years) < today) is listed  # the table agrees with the rule
    clock.set(LATE)
    register = register_with(services, years)
    customer = add_since(services, anchor, [register.id])
    clock.set(today)
    assert (customer.id in due_ids(services)) is listed
    assert (customer.id in listed_past_retention(services)) is listed


def test_every_day_around_the_turn_of_february(services, clock):
    """Anchors on every day from mid-February to mid-March of leap and common years, against
    every 'today' around the turn of February in later leap and common years."""
    clock.set(LATE)
    registers = {years: register_with(services, years) for years in (1, 3, 4, 5)}
    anchors = [
        start + timedelta(days=offset)
        for start in (date(2019, 2, 20), date(2020, 2, 20), date(2023, 2, 20), date(2024, 2, 20))
        for offset in range(20)
    ]
    customers = {add_since(services, a, [r.id for r in registers.values()]).id: a for a in anchors}
    todays = [
        start + timedelta(days=offset)
        for start in (date(2024, 2, 26), date(2025, 2, 26), date(2028, 2, 26))
        for offset in range(6)
    ]
    wrong = []
    for today in todays:
        clock.set(today)
        for years, register in registers.items():
            expected = {c for c, a in customers.items() if plus_years(a, years) < today}
            for how, got in (
                ("due", set(due_ids(services, register.id))),
                ("list", listed_past_retention(services, register.id)),
            ):
                if got != expected:
                    missing = sorted(str(customers[c]) for c in expected - got)
                    extra = sorted(str(customers[c]) for c in got - expected)
                    wrong.append(f"{how} {today} {years} y: missing {missing} extra {extra}")
    assert wrong == []


@pytest.fixture
def anchored(services, clock):
    """Five customers in four registers that count from different anchors."""
    registers = {
        "activity": register_with(services, 5, RetentionAnchor.LAST_ACTIVITY),
        "order": register_with(services, 5, RetentionAnchor.LAST_ORDER),
        "since": register_with(services, 5, RetentionAnchor.CUSTOMER_SINCE),
        "text_only": register_with(services, None, name="Vain sanallinen sääntö"),
    }
    ids = [r.id for r in registers.values()]
    old = date(2015, 1, 1)
    people = {
        "recent_order": add_since(services, old, ids, first_name="A"),
        "recent_contact": add_since(services, old, ids, first_name="B"),
        "old_order_recent_contact": add_since(services, old, ids, first_name="C"),
        "nothing_since_2015": add_since(services, old, ids, first_name="D"),
        "new": add_since(services, date(2024, 1, 1), ids, first_name="E"),
        "old_but_in_no_register": add_since(services, old, [], first_name="F"),
    }
    services.activity.add_order(Order(people["recent_order"].id, date(2025, 6, 1)))
    services.activity.add_contact(
        ContactEntry(people["recent_contact"].id, date(2025, 6, 1), "Soitto")
    )
    services.activity.add_order(Order(people["old_order_recent_contact"].id, date(2016, 1, 1)))
    services.activity.add_contact(
        ContactEntry(people["old_order_recent_contact"].id, date(2025, 6, 1), "Soitto")
    )
    return registers, {name: c.id for name, c in people.items()}


def test_each_anchor_kind(services, anchored):
    registers, ids = anchored
    expected = {
        "activity": {ids["nothing_since_2015"]},
        "order": {
            ids["recent_contact"],  # no order at all: counted from customer since
            ids["old_order_recent_contact"],
            ids["nothing_since_2015"],
        },
        "since": {
            ids["recent_order"],
            ids["recent_contact"],
            ids["old_order_recent_contact"],
            ids["nothing_since_2015"],
        },
        "text_only": set(),
    }
    for name, register in registers.items():
        assert set(due_ids(services, register.id)) == expected[name], name
        assert listed_past_retention(services, register.id) == expected[name], name
    everyone = set().union(*expected.values())
    assert set(due_ids(services)) == everyone
    assert listed_past_retention(services) == everyone
    assert ids["old_but_in_no_register"] not in everyone


def test_due_entries_carry_the_anchor_of_their_rule(services, anchored):
    registers, ids = anchored
    entries = {(d.register_id, d.customer.id): d for d in services.retention.due()}
    customer = ids["old_order_recent_contact"]
    by_order = entries[(registers["order"].id, customer)]
    assert (by_order.anchor, by_order.expired_on) == (date(2016, 1, 1), date(2021, 1, 1))
    by_since = entries[(registers["since"].id, customer)]
    assert (by_since.anchor, by_since.expired_on) == (date(2015, 1, 1), date(2020, 1, 1))


def test_due_is_sorted_by_expiry_and_can_be_limited(services, anchored):
    entries = services.retention.due()
    keys = [(d.expired_on, d.customer.id) for d in entries]
    assert keys == sorted(keys)
    assert services.retention.due(limit=3) == entries[:3]
    assert len(entries) == 1 + 3 + 4


def test_the_customer_list_filter_agrees_with_due(services, anchored):
    registers, _ = anchored
    assert listed_past_retention(services) == set(due_ids(services))
    for register in registers.values():
        assert listed_past_retention(services, register.id) == set(due_ids(services, register.id))


def test_activity_takes_a_customer_off_the_list(services, anchored):
    registers, ids = anchored
    customer = ids["nothing_since_2015"]
    services.activity.add_contact(ContactEntry(customer, date(2026, 11, 1), "Palasi asiakkaaksi"))
    assert customer not in due_ids(services, registers["activity"].id)
    assert customer in due_ids(services, registers["order"].id)  # still no order since 2015
    assert customer in due_ids(services, registers["since"].id)


def test_an_erased_customer_leaves_the_list(services, anchored):
    _, ids = anchored
    services.erasure.erase(ids["nothing_since_2015"])
    assert ids["nothing_since_2015"] not in due_ids(services)
    assert listed_past_retention(services) == set(due_ids(services))


def test_a_changed_rule_applies_at_once(services, anchored):
    registers, ids = anchored
    register = registers["activity"]
    services.registers.update(replace(register, retention=RetentionRule(1)))
    assert set(due_ids(services, register.id)) == {
        ids["recent_order"],
        ids["recent_contact"],
        ids["old_order_recent_contact"],
        ids["nothing_since_2015"],
        ids["new"],
    }
    services.registers.update(replace(register, retention=RetentionRule(None)))
    assert due_ids(services, register.id) == []
    assert listed_past_retention(services, register.id) == set()
