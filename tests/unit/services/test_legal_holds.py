"""Legal holds: placing one (reason and end date required, the end not in the past), changing
and releasing it, the day it stops applying, and an audit entry that names fields only."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from helpers.sample import person

from tietosuoja_desktop.domain.legal_holds import LegalHold
from tietosuoja_desktop.services.errors import NotFound, ValidationError

REASON = "Riita laskusta, käräjäoikeus 2027"


def test_a_hold_is_placed_changed_and_released(services, clock):
    customer = services.customers.add(person())
    today = clock.today()
    placed = services.holds.place(customer.id, f"  {REASON} ", date(2027, 6, 30))
    assert placed == LegalHold(customer.id, REASON, date(2027, 6, 30), today)
    assert services.holds.get(customer.id) == placed
    changed = services.holds.place(customer.id, "Toinen syy", date(2028, 1, 31))
    assert (changed.reason, changed.until, changed.placed_on) == (
        "Toinen syy",
        date(2028, 1, 31),
        today,
    )
    assert services.holds.held_ids(today) == {customer.id}
    assert services.holds.release(customer.id) is True
    assert services.holds.get(customer.id) is None
    assert services.holds.release(customer.id) is False
    assert services.holds.held_ids(today) == set()


def test_a_hold_applies_through_its_last_day(services, clock):
    customer = services.customers.add(person())
    last_day = clock.today() + timedelta(days=3)
    hold = services.holds.place(customer.id, REASON, last_day)
    assert hold.applies(last_day) and not hold.applies(last_day + timedelta(days=1))
    assert services.holds.held_ids(last_day) == {customer.id}
    assert services.holds.held_ids(last_day + timedelta(days=1)) == set()


@pytest.mark.parametrize(
    ("reason", "days", "fields"),
    [("", 10, ["reason"]), ("   ", -1, ["reason", "until"]), ("x" * 501, 0, ["reason"])],
)
def test_a_bad_hold_is_refused_with_every_problem_and_nothing_stored(
    services, clock, reason, days, fields
):
    customer = services.customers.add(person())
    with pytest.raises(ValidationError) as refused:
        services.holds.place(customer.id, reason, clock.today() + timedelta(days=days))
    assert [p.field for p in refused.value.problems] == fields
    assert services.holds.get(customer.id) is None


def test_an_unknown_person_cannot_be_held(services, clock):
    with pytest.raises(NotFound):
        services.holds.place(999, REASON, date(2027, 1, 1))


def test_the_audit_names_the_fields_and_never_the_reason(services, clock):
    customer = services.customers.add(person())
    services.holds.place(customer.id, REASON, date(2027, 6, 30))
    services.holds.release(customer.id)
    entries = services.audit.history("customer", customer.id)[::-1]
    actions = [(e.action, e.fields) for e in entries if "hold" in e.action]
    assert actions == [("place_hold", ("reason", "until")), ("release_hold", ())]
    assert not any(REASON in str(e) for e in entries)


def test_erasing_the_person_removes_the_hold(services, clock):
    customer = services.customers.add(person())
    services.holds.place(customer.id, REASON, date(2027, 6, 30))
    services.erasure.erase(customer.id)
    assert services.holds.held_ids(clock.today()) == set()
