"""Sent is not prepared: preparing an answer leaves the request open (its clock running, overdue
when late); marking it sent records how, when and the reference, and only that completes it."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.sample import person

from tietosuoja_desktop.domain.clock import Urgency
from tietosuoja_desktop.domain.enums import RequestStatus, RequestType, SentVia
from tietosuoja_desktop.domain.records import DataRequest
from tietosuoja_desktop.services import RuleViolation
from tietosuoja_desktop.services.errors import ValidationError

RECEIVED = date(2026, 9, 3)  # due Mon 5 Oct 2026


@pytest.fixture
def prepared(services, clock):
    """An access request received 3 Sep 2026, its answer prepared on 10 Sep."""
    clock.set(date(2026, 9, 10))
    customer = services.customers.add(person())
    view = services.requests.add(DataRequest(RequestType.ACCESS, RECEIVED, customer_id=customer.id))
    return services.requests.prepare(view.request.id, "Selvitys laadittu")


def problems(error) -> list[str]:
    return [problem.field for problem in error.value.problems]


def test_a_prepared_answer_keeps_the_request_open(services, prepared):
    request = prepared.request
    assert request.status is RequestStatus.READY_TO_SEND and not request.status.is_closed
    assert request.completed_on is None and request.sent_on is None and request.sent_via is None
    assert request.outcome == "Selvitys laadittu"
    assert prepared.days_left == 25
    listed = services.requests.list(open_only=True)
    assert [v.request.id for v in listed] == [request.id]


def test_prepared_but_not_sent_by_the_due_date_is_overdue(services, clock, prepared):
    clock.set(date(2026, 10, 6))
    view = services.requests.get(prepared.request.id)
    assert view.urgency is Urgency.OVERDUE and view.days_left == -1
    assert [v.request.id for v in services.requests.list(overdue=True)] == [prepared.request.id]


def test_marking_sent_completes_on_the_day_it_was_sent(services, clock, prepared):
    clock.set(date(2026, 10, 8))
    view = services.requests.mark_sent(
        prepared.request.id, SentVia.LETTER, date(2026, 10, 2), "  JJFI 6543 2100  "
    )
    request = view.request
    assert request.status is RequestStatus.COMPLETED
    assert request.sent_on == request.completed_on == date(2026, 10, 2)
    assert request.sent_via is SentVia.LETTER and request.sent_reference == "JJFI 6543 2100"
    assert request.outcome == "Selvitys laadittu"  # what was prepared stays the outcome
    assert view.urgency is Urgency.CLOSED  # sent before the due date, though marked after it
    events = services.requests.timeline(request.id)
    assert [(e.action, e.note) for e in events[-2:]] == [
        ("prepared", "Selvitys laadittu"),
        ("sent", "letter"),
    ]
    (entry,) = [e for e in services.audit.history("request", request.id) if e.action == "sent"]
    assert set(entry.fields) == {"status", "completed_on", "sent_on", "sent_via", "sent_reference"}


def test_the_sending_date_defaults_to_today(services, clock, prepared):
    view = services.requests.mark_sent(prepared.request.id, SentVia.IN_PERSON)
    assert view.request.sent_on == clock.today() and view.request.sent_reference == ""


@pytest.mark.parametrize(
    ("via", "on", "field"),
    [
        (SentVia.EMAIL, date(2026, 9, 11), "sent_on"),  # tomorrow
        (SentVia.EMAIL, date(2026, 9, 2), "sent_on"),  # before the request arrived
        (SentVia.NOT_RECORDED, date(2026, 9, 10), "sent_via"),  # only old registers carry it
    ],
)
def test_a_sending_that_cannot_be_true_is_refused(services, prepared, via, on, field):
    with pytest.raises(ValidationError) as refused:
        services.requests.mark_sent(prepared.request.id, via, on)
    assert problems(refused) == [field]
    assert services.requests.get(prepared.request.id) == prepared


def test_nothing_prepared_cannot_be_sent(services, clock):
    clock.set(date(2026, 9, 10))
    view = services.requests.add(DataRequest(RequestType.ACCESS, RECEIVED, requester_name="Outi"))
    with pytest.raises(RuleViolation) as refused:
        services.requests.mark_sent(view.request.id, SentVia.EMAIL)
    assert refused.value.field == "status"
    assert services.requests.get(view.request.id).request.status is RequestStatus.OPEN


def test_a_sent_request_cannot_be_sent_again(services, prepared):
    services.requests.mark_sent(prepared.request.id, SentVia.EMAIL)
    with pytest.raises(RuleViolation) as refused:
        services.requests.mark_sent(prepared.request.id, SentVia.LETTER)
    assert refused.value.field == "status"


def test_completing_without_the_app_records_the_means_as_not_recorded(services, prepared):
    view = services.requests.complete(prepared.request.id, "Vastattu puhelimessa")
    assert view.request.sent_via is SentVia.NOT_RECORDED
    assert view.request.sent_on == view.request.completed_on
