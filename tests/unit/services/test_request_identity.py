"""Identity where it matters: a request that discloses or changes a person's data is compared,
when logged, with the contact the register holds (Art 12(6))."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.sample import person

from tietosuoja_desktop.domain.enums import IdentityCheck, RequestStatus, RequestType
from tietosuoja_desktop.domain.identifiers import contact_matches
from tietosuoja_desktop.domain.records import DataRequest
from tietosuoja_desktop.domain.request_types import REQUEST_TYPES
from tietosuoja_desktop.services.errors import ValidationError

RECEIVED = date(2026, 9, 3)


@pytest.fixture
def customer(services, clock):
    clock.set(date(2026, 9, 10))
    return services.customers.add(person())


def log(services, customer, kind=RequestType.ACCESS, contact="", **values):
    request = DataRequest(
        kind, RECEIVED, customer_id=customer.id, requester_contact=contact, **values
    )
    return services.requests.add(request)


def test_the_types_that_ask_who_is_asking():
    asking = {kind for kind, spec in REQUEST_TYPES.items() if spec.identity_matters}
    assert asking == {
        RequestType.ACCESS,
        RequestType.PORTABILITY,
        RequestType.RECTIFICATION,
        RequestType.ERASURE,
    }


@pytest.mark.parametrize(
    "contact",
    [
        "Matti.Meikalainen@EXAMPLE.fi",
        "From: Matti <matti.meikalainen@example.fi>",
        "+358 40 765 4321",
        "Kauppakatu 1, 00100 Helsinki\n040-7654321",
    ],
)
def test_a_contact_the_register_holds_matches(contact):
    assert contact_matches(contact, "matti.meikalainen@example.fi", "+358407654321")


@pytest.mark.parametrize(
    "contact", ["", "matti@example.com", "040 765 4322", "Kauppakatu 1, 00100 Helsinki"]
)
def test_another_contact_does_not_match(contact):
    assert not contact_matches(contact, "matti.meikalainen@example.fi", "+358407654321")


@pytest.mark.parametrize("kind", [RequestType.ACCESS, RequestType.ERASURE])
def test_the_same_email_records_the_identity_as_matching(services, customer, kind):
    view = log(services, customer, kind, "matti.meikalainen@example.fi")
    assert view.request.identity is IdentityCheck.MATCHES_REGISTER
    assert view.request.status is RequestStatus.OPEN
    steps = [(e.action, e.note) for e in services.requests.timeline(view.request.id)]
    assert steps == [("logged", ""), ("identity_matches_register", "")]
    assert services.requests.get(view.request.id).request.identity is (
        IdentityCheck.MATCHES_REGISTER
    )


def test_the_same_phone_matches_too(services, customer):
    view = log(services, customer, RequestType.PORTABILITY, "0407654321")
    assert view.request.identity is IdentityCheck.MATCHES_REGISTER


def test_another_contact_leaves_the_identity_unconfirmed(services, customer):
    view = log(services, customer, RequestType.RECTIFICATION, "someone@example.com")
    assert view.request.identity is IdentityCheck.UNCONFIRMED
    actions = [e.action for e in services.requests.timeline(view.request.id)]
    assert actions == ["logged", "identity_unconfirmed"]
    assert services.requests.contact_matches_register(customer.id, "someone@example.com") is False
    assert services.requests.contact_matches_register(customer.id, "0407654321") is True


def test_the_user_may_be_certain_and_says_why(services, customer):
    request = DataRequest(
        RequestType.ACCESS,
        RECEIVED,
        customer_id=customer.id,
        identity=IdentityCheck.CONFIRMED,
    )
    view = services.requests.add(request, "Asked in person at the shop, known customer")
    assert view.request.identity is IdentityCheck.CONFIRMED
    last = services.requests.timeline(view.request.id)[-1]
    assert (last.action, last.note) == (
        "identity_confirmed",
        "Asked in person at the shop, known customer",
    )


def test_certain_without_a_reason_is_refused_and_nothing_is_logged(services, customer):
    request = DataRequest(
        RequestType.ACCESS, RECEIVED, customer_id=customer.id, identity=IdentityCheck.CONFIRMED
    )
    with pytest.raises(ValidationError) as raised:
        services.requests.add(request, "  ")
    assert [p.field for p in raised.value.problems] == ["identity_reason"]
    assert services.requests.list() == []


def test_types_that_disclose_nothing_are_not_asked(services, customer):
    view = log(services, customer, RequestType.MARKETING_OBJECTION, "someone@example.com")
    assert view.request.identity is IdentityCheck.NOT_NEEDED
    assert [e.action for e in services.requests.timeline(view.request.id)] == ["logged"]


def test_asking_for_proof_at_logging_stays_as_asked(services, customer):
    view = log(services, customer, contact="x@example.com", identity=IdentityCheck.REQUESTED)
    assert view.request.identity is IdentityCheck.REQUESTED
    assert view.request.status is RequestStatus.WAITING_FOR_IDENTITY
