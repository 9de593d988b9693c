"""Data-subject requests: logged with their legal clock, listed by what is due, moved along
(identity, extension, closing) only as the rules allow."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.sample import person
from sqlalchemy import func, select

from tietosuoja_desktop.domain.clock import Urgency
from tietosuoja_desktop.domain.enums import (
    Channel,
    CustomerKind,
    IdentityCheck,
    RequestStatus,
    RequestType,
)
from tietosuoja_desktop.domain.records import Customer, DataRequest
from tietosuoja_desktop.services import NotFound, RuleViolation
from tietosuoja_desktop.services.errors import ValidationError
from tietosuoja_desktop.storage.models import AuditRow, RequestRow

# Thu 3 Sep 2026: one month ends Sat 3 Oct, so the answer is due Mon 5 Oct (domain.md);
# three months end Thu 3 Dec.
RECEIVED = date(2026, 9, 3)
DUE = date(2026, 10, 5)
EXTENDED_DUE = date(2026, 12, 3)


@pytest.fixture
def customer(services):
    return services.customers.add(person())


@pytest.fixture
def on_time(services, clock, customer):
    """An access request received 3 Sep 2026, logged on 10 Sep."""
    clock.set(date(2026, 9, 10))
    return services.requests.add(DataRequest(RequestType.ACCESS, RECEIVED, customer_id=customer.id))


def stored_due(services, request_id: int) -> date:
    with services.db.reading() as session:
        return session.get(RequestRow, request_id).due_on


def count(services, model) -> int:
    with services.db.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


# -- logging a request --------------------------------------------------------------------


def test_a_new_request_gets_its_legal_clock(services, clock, customer, on_time):
    view = on_time
    assert view.request.id is not None
    assert view.request.status is RequestStatus.OPEN
    assert view.deadlines.due == DUE
    assert view.deadlines.extended_due == EXTENDED_DUE
    assert view.deadlines.extension_notice_by == DUE
    assert view.deadlines.effective_due == DUE
    assert view.days_left == (DUE - date(2026, 9, 10)).days == 25
    assert view.urgency is Urgency.OK
    assert view.subject == "Matti Meikäläinen"
    assert stored_due(services, view.request.id) == DUE
    assert services.requests.get(view.request.id) == view


@pytest.mark.parametrize(
    ("received", "due", "extended_due"),
    [
        (date(2026, 9, 3), date(2026, 10, 5), date(2026, 12, 3)),  # Saturday -> Monday
        (date(2025, 1, 31), date(2025, 2, 28), date(2025, 4, 30)),  # clamped, not +30 days
        (date(2026, 11, 30), date(2026, 12, 30), date(2027, 3, 1)),  # 28 Feb 2027 is a Sunday
        (date(2026, 10, 1), date(2026, 11, 2), date(2027, 1, 4)),
        (date(2026, 11, 6), date(2026, 12, 7), date(2027, 2, 8)),  # over Independence Day
    ],
)
def test_due_dates_follow_the_legal_clock(services, clock, received, due, extended_due):
    clock.set(received)  # logged the day it arrived
    view = services.requests.add(
        DataRequest(RequestType.ERASURE, received, requester_name="Ville Vieras")
    )
    assert (view.deadlines.due, view.deadlines.extended_due) == (due, extended_due)
    assert stored_due(services, view.request.id) == due


def test_a_request_from_someone_not_in_the_register(services):
    view = services.requests.add(
        DataRequest(
            RequestType.ACCESS,
            date(2026, 11, 20),
            requester_name="  Ville Vieras ",
            requester_contact=" ville.vieras@example.fi ",
            channel=Channel.LETTER,
            description=" Mitä tietoja minusta on? ",
        )
    )
    request = view.request
    assert request.customer_id is None
    assert request.requester_name == "Ville Vieras"
    assert request.requester_contact == "ville.vieras@example.fi"
    assert request.description == "Mitä tietoja minusta on?"
    assert request.channel is Channel.LETTER
    assert view.subject == "Ville Vieras"
    assert [v.subject for v in services.requests.list()] == ["Ville Vieras"]


def test_an_organisation_is_named_by_its_organisation(services):
    org = services.customers.add(Customer(kind=CustomerKind.ORGANISATION, organisation="Oy Ab"))
    view = services.requests.add(
        DataRequest(RequestType.PORTABILITY, date(2026, 11, 1), customer_id=org.id)
    )
    assert view.subject == "Oy Ab"


def test_a_request_needs_a_subject_and_a_past_received_date(services, clock):
    with pytest.raises(ValidationError) as refused:
        services.requests.add(
            DataRequest(RequestType.ACCESS, date(2026, 11, 23), requester_name="   ")
        )
    assert [p.field for p in refused.value.problems] == ["received", "requester_name"]
    with pytest.raises(ValidationError) as refused:
        services.requests.add(
            DataRequest(RequestType.ACCESS, date(2026, 11, 23), requester_name="Ville")
        )
    assert [p.field for p in refused.value.problems] == ["received"]
    # Received today is fine.
    services.requests.add(DataRequest(RequestType.ACCESS, clock.today(), requester_name="Ville"))
    assert count(services, RequestRow) == 1


def test_a_request_about_an_unknown_customer_is_refused(services):
    with pytest.raises(NotFound):
        services.requests.add(DataRequest(RequestType.ACCESS, date(2026, 11, 1), customer_id=8))
    assert count(services, RequestRow) == 0
    assert count(services, AuditRow) == 0


def test_logging_is_audited_without_values(services, customer, on_time):
    [entry] = services.audit.history("request", on_time.request.id)
    assert (entry.action, entry.entity, entry.fields) == ("create", "request", ("type",))


def test_get_an_unknown_request(services):
    with pytest.raises(NotFound):
        services.requests.get(12)


# -- urgency ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("days_left", "urgency"),
    [
        (25, Urgency.OK),
        (10, Urgency.OK),
        (9, Urgency.SOON),
        (5, Urgency.SOON),
        (4, Urgency.URGENT),
        (1, Urgency.URGENT),
        (0, Urgency.URGENT),  # due today: still within the period
        (-1, Urgency.OVERDUE),
        (-30, Urgency.OVERDUE),
    ],
)
def test_urgency_follows_the_days_left(services, clock, on_time, days_left, urgency):
    clock.set(date.fromordinal(DUE.toordinal() - days_left))
    view = services.requests.get(on_time.request.id)
    assert view.days_left == days_left
    assert view.urgency is urgency
    [listed] = services.requests.list()
    assert (listed.days_left, listed.urgency) == (days_left, urgency)


# -- listing ------------------------------------------------------------------------------


@pytest.fixture
def many(services, clock, customer):
    """Requests around today (Sun 22 Nov 2026), by name."""
    other = services.customers.add(person(first_name="Aino", email="aino@example.fi"))

    def add(received, type_=RequestType.ACCESS, who=customer.id):
        return services.requests.add(DataRequest(type_, received, customer_id=who)).request.id

    ids = {
        "overdue": add(date(2026, 10, 20)),  # due Fri 20 Nov
        "tomorrow": add(date(2026, 10, 22), RequestType.ERASURE),  # due Mon 23 Nov
        "in_three": add(date(2026, 10, 25), RequestType.RECTIFICATION, other.id),  # 25 Nov
        "in_eighteen": add(date(2026, 11, 10)),  # due Thu 10 Dec
        "closed_overdue": add(date(2026, 10, 5), RequestType.ERASURE),  # due 5 Nov, completed
        "closed_soon": add(date(2026, 10, 26), RequestType.ACCESS, other.id),  # 26 Nov, refused
    }
    services.requests.complete(ids["closed_overdue"], "Poistettu")
    services.requests.refuse(ids["closed_soon"], "Ilmeisen perusteeton")
    ids["other_customer"] = other.id
    return ids


def listed(services, **filters) -> list[int]:
    return [v.request.id for v in services.requests.list(**filters)]


def test_list_everything_soonest_due_first(services, many):
    assert listed(services) == [
        many["closed_overdue"],
        many["overdue"],
        many["tomorrow"],
        many["in_three"],
        many["closed_soon"],
        many["in_eighteen"],
    ]


def test_list_filters(services, customer, many):
    m = many
    assert listed(services, open_only=True) == [
        m["overdue"],
        m["tomorrow"],
        m["in_three"],
        m["in_eighteen"],
    ]
    assert listed(services, overdue=True) == [m["overdue"]]
    assert listed(services, due_within=7) == [m["tomorrow"], m["in_three"]]
    assert listed(services, due_within=1) == [m["tomorrow"]]
    assert listed(services, due_within=0) == []
    assert listed(services, due_within=18) == [m["tomorrow"], m["in_three"], m["in_eighteen"]]
    assert listed(services, due_within=7, overdue=True) == [
        m["overdue"],
        m["tomorrow"],
        m["in_three"],
    ]
    assert listed(services, statuses=(RequestStatus.COMPLETED, RequestStatus.REFUSED)) == [
        m["closed_overdue"],
        m["closed_soon"],
    ]
    assert listed(services, types=(RequestType.ERASURE,)) == [m["closed_overdue"], m["tomorrow"]]
    assert listed(services, types=(RequestType.ERASURE,), open_only=True) == [m["tomorrow"]]
    assert listed(services, customer_id=m["other_customer"]) == [m["in_three"], m["closed_soon"]]
    assert listed(services, customer_id=customer.id, due_within=7) == [m["tomorrow"]]
    assert listed(services, customer_id=999) == []
    assert [v.request.id for v in services.requests.due_soon_or_overdue(7)] == [
        m["overdue"],
        m["tomorrow"],
        m["in_three"],
    ]
    assert services.requests.open_count() == 4


def test_list_shows_subjects_and_closed_clocks(services, many):
    views = {v.request.id: v for v in services.requests.list()}
    assert views[many["in_three"]].subject == "Aino Meikäläinen"
    assert views[many["overdue"]].subject == "Matti Meikäläinen"
    closed = views[many["closed_overdue"]]
    assert (closed.days_left, closed.urgency) == (None, Urgency.CLOSED)
    assert views[many["overdue"]].urgency is Urgency.OVERDUE
    assert views[many["overdue"]].days_left == -2


# -- extension ----------------------------------------------------------------------------


def test_extend_within_the_first_month(services, clock, on_time):
    clock.set(DUE)  # the last day to tell the person
    view = services.requests.extend(on_time.request.id, "  Pyyntöjä on poikkeuksellisen paljon ")
    request = view.request
    assert request.status is RequestStatus.EXTENDED
    assert request.extended_on == DUE
    assert request.extension_reason == "Pyyntöjä on poikkeuksellisen paljon"
    assert view.deadlines.effective_due == EXTENDED_DUE
    assert view.days_left == (EXTENDED_DUE - DUE).days
    assert stored_due(services, request.id) == EXTENDED_DUE
    assert listed(services, due_within=60) == [request.id]
    entry = services.audit.history("request", request.id)[0]
    assert (entry.action, entry.fields) == (
        "extend",
        ("extended_on", "extension_reason", "status"),
    )


def test_extension_is_refused_after_the_notice_deadline(services, clock, on_time):
    clock.set(date(2026, 10, 6))
    with pytest.raises(RuleViolation) as refused:
        services.requests.extend(on_time.request.id, "Monimutkainen pyyntö")
    assert refused.value.field == "extended_on"
    assert "5.10.2026" in str(refused.value)
    unchanged = services.requests.get(on_time.request.id)
    assert unchanged.request.status is RequestStatus.OPEN
    assert unchanged.request.extended_on is None
    assert stored_due(services, on_time.request.id) == DUE


def test_extension_is_refused_twice(services, clock, on_time):
    services.requests.extend(on_time.request.id, "Monimutkainen")
    clock.set(date(2026, 9, 20))
    with pytest.raises(RuleViolation) as refused:
        services.requests.extend(on_time.request.id, "Uudelleen")
    assert refused.value.field == "extended_on"
    request = services.requests.get(on_time.request.id).request
    assert (request.extended_on, request.extension_reason) == (date(2026, 9, 10), "Monimutkainen")


@pytest.mark.parametrize("reason", ["", "   ", "\n"])
def test_extension_needs_a_reason(services, on_time, reason):
    with pytest.raises(ValidationError) as refused:
        services.requests.extend(on_time.request.id, reason)
    assert [p.field for p in refused.value.problems] == ["extension_reason"]
    assert services.requests.get(on_time.request.id) == on_time
    assert len(services.audit.history("request", on_time.request.id)) == 1


def test_extend_an_unknown_request(services):
    with pytest.raises(NotFound):
        services.requests.extend(5, "Syy")


# -- identity -----------------------------------------------------------------------------


def test_identity_requested_when_logged_then_received(services, clock, customer):
    view = services.requests.add(
        DataRequest(
            RequestType.ACCESS,
            date(2026, 11, 20),
            customer_id=customer.id,
            identity=IdentityCheck.REQUESTED,
        )
    )
    assert view.request.status is RequestStatus.WAITING_FOR_IDENTITY
    assert view.request.identity_requested_on == date(2026, 11, 22)
    assert view.days_left is not None  # the clock keeps running

    clock.set(date(2026, 11, 25))
    received = services.requests.mark_identity(view.request.id, IdentityCheck.RECEIVED)
    assert received.request.identity is IdentityCheck.RECEIVED
    assert received.request.identity_received_on == date(2026, 11, 25)
    assert received.request.identity_requested_on == date(2026, 11, 22)
    assert received.request.status is RequestStatus.IN_PROGRESS
    assert [e.action for e in services.audit.history("request", view.request.id)] == [
        "identity_received",
        "create",
    ]


def test_identity_requested_later(services, clock, on_time):
    clock.set(date(2026, 9, 12))
    view = services.requests.mark_identity(on_time.request.id, IdentityCheck.REQUESTED)
    assert view.request.status is RequestStatus.WAITING_FOR_IDENTITY
    assert view.request.identity is IdentityCheck.REQUESTED
    assert view.request.identity_requested_on == date(2026, 9, 12)
    assert view.deadlines.effective_due == DUE  # asking for identity does not stop the clock


def test_identity_received_on_an_extended_request_keeps_it_extended(services, clock, on_time):
    services.requests.mark_identity(on_time.request.id, IdentityCheck.REQUESTED)
    services.requests.extend(on_time.request.id, "Paljon aineistoa")
    clock.set(date(2026, 9, 20))
    view = services.requests.mark_identity(on_time.request.id, IdentityCheck.RECEIVED)
    assert view.request.status is RequestStatus.EXTENDED
    assert view.deadlines.effective_due == EXTENDED_DUE


def test_identity_check_failed(services, on_time):
    view = services.requests.mark_identity(on_time.request.id, IdentityCheck.FAILED)
    assert view.request.identity is IdentityCheck.FAILED
    assert view.request.status is RequestStatus.OPEN


def test_start_moves_an_open_request_in_progress(services, on_time):
    view = services.requests.start(on_time.request.id)
    assert view.request.status is RequestStatus.IN_PROGRESS
    again = services.requests.start(on_time.request.id)
    assert again.request.status is RequestStatus.IN_PROGRESS


# -- closing ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("close", "text", "status"),
    [
        ("complete", " Vastaus lähetetty ", RequestStatus.COMPLETED),
        ("refuse", " Pyyntö ilmeisen perusteeton ", RequestStatus.REFUSED),
        ("withdraw", " Peruttu puhelimessa ", RequestStatus.WITHDRAWN),
    ],
)
def test_closing_stops_the_clock_and_refuses_further_changes(
    services, clock, on_time, close, text, status
):
    clock.set(date(2026, 9, 30))
    view = getattr(services.requests, close)(on_time.request.id, text)
    assert view.request.status is status
    assert view.request.completed_on == date(2026, 9, 30)
    assert view.request.outcome == text.strip()
    assert view.days_left is None
    assert view.urgency is Urgency.CLOSED
    clock.set(date(2027, 1, 1))  # long past the due date: a closed request is never overdue
    assert services.requests.get(on_time.request.id).urgency is Urgency.CLOSED
    assert listed(services, overdue=True) == []

    closed = services.requests.get(on_time.request.id)
    attempts = [
        lambda: services.requests.extend(on_time.request.id, "Syy"),
        lambda: services.requests.complete(on_time.request.id),
        lambda: services.requests.refuse(on_time.request.id, "Syy"),
        lambda: services.requests.withdraw(on_time.request.id),
        lambda: services.requests.start(on_time.request.id),
        lambda: services.requests.mark_identity(on_time.request.id, IdentityCheck.RECEIVED),
    ]
    for attempt in attempts:
        with pytest.raises(RuleViolation) as refused:
            attempt()
        assert refused.value.field == "status"
        assert status.value in str(refused.value)
    assert services.requests.get(on_time.request.id) == closed
    assert len(services.audit.history("request", on_time.request.id)) == 2


def test_complete_without_an_outcome(services, on_time):
    view = services.requests.complete(on_time.request.id)
    assert view.request.status is RequestStatus.COMPLETED
    assert view.request.outcome == ""


@pytest.mark.parametrize("reason", ["", "  "])
def test_refusal_needs_a_reason(services, on_time, reason):
    with pytest.raises(ValidationError) as refused:
        services.requests.refuse(on_time.request.id, reason)
    assert [p.field for p in refused.value.problems] == ["outcome"]
    assert services.requests.get(on_time.request.id).request.status is RequestStatus.OPEN


def test_an_extended_request_closes_normally(services, clock, on_time):
    services.requests.extend(on_time.request.id, "Paljon aineistoa")
    clock.set(date(2026, 11, 30))
    view = services.requests.complete(on_time.request.id, "Valmis")
    assert view.request.status is RequestStatus.COMPLETED
    assert view.request.extended_on == date(2026, 9, 10)  # the history of the request stays
    assert view.deadlines.effective_due == EXTENDED_DUE
