"""What an erasure says about the traces beyond the customer's own data (issue 20): the person's
requests kept as the erased person's entries, the archived documents deleted (none kept), the
backups taken while the person was in the register, and afterwards a timeline that says which
documents the erasure removed."""

from __future__ import annotations

from datetime import date, time

import pytest
from helpers.sample import CONTROLLER, REGISTER, person

from tietosuoja_desktop.domain.enums import RequestStatus, RequestType
from tietosuoja_desktop.domain.records import (
    BackupsHolding,
    DataRequest,
    ErasedRequest,
)
from tietosuoja_desktop.services.errors import NotFound


@pytest.fixture
def register(services):
    services.controller.save(CONTROLLER)
    return services.registers.add(REGISTER)


@pytest.fixture
def customer(services, register):
    return services.customers.add(
        person(
            first_name="Päivi",
            last_name="Poistettava",
            register_ids=(register.id,),
            customer_since=date(2026, 6, 1),
        )
    )


def _log(services, customer, kind, received):
    return services.requests.add(
        DataRequest(kind, received, customer_id=customer.id, description="Päivin pyyntö")
    ).request


@pytest.fixture
def answered(services, customer):
    """An access request acknowledged and answered (two archived documents) and an open one."""
    access = _log(services, customer, RequestType.ACCESS, date(2026, 11, 10))
    services.fulfilment.acknowledge(access.id)
    services.fulfilment.fulfil(access.id)
    services.requests.attach(access.id, "kirje.txt", b"Paivi kirjoitti")
    objection = _log(services, customer, RequestType.OBJECTION, date(2026, 11, 20))
    return access, objection


def test_the_preview_lists_the_requests_that_stay_and_the_documents_that_go(
    services, customer, answered
):
    access, objection = answered
    preview = services.erasure.preview(customer.id)
    assert preview.requests == (
        ErasedRequest(
            access.id, RequestType.ACCESS, date(2026, 11, 10), RequestStatus.READY_TO_SEND
        ),
        ErasedRequest(objection.id, RequestType.OBJECTION, date(2026, 11, 20), RequestStatus.OPEN),
    )
    archived = services.documents.about_person(customer.id, [access.id, objection.id])
    assert len(archived) == 2
    assert {d.document_id for d in preview.documents} == {d.id for d in archived}
    assert [d.title for d in preview.documents] == [d.title for d in reversed(archived)]
    # the attached original counts with the documents, as before
    assert preview.deleted["documents"] == 3

    summary = services.erasure.erase(customer.id)
    assert summary == preview
    assert services.documents.about_person(customer.id, [access.id, objection.id]) == []
    kept = services.requests.get(access.id).request
    assert (kept.type, kept.received, kept.status) == (
        RequestType.ACCESS,
        date(2026, 11, 10),
        RequestStatus.READY_TO_SEND,
    )
    assert kept.description == ""


def test_the_preview_counts_the_backups_taken_while_the_person_was_in_the_register(
    services, customer, clock
):
    clock.set(date(2026, 5, 31), time(12))
    services.backups.create()  # before they became a customer: does not hold them
    clock.set(date(2026, 6, 1), time(9))
    services.backups.create()  # on the day: may hold them
    clock.set(date(2026, 7, 1), time(9))
    services.backups.on_exit()
    services.backups.set_keep_last(4)
    assert len(services.backups.list()) == 3

    preview = services.erasure.preview(customer.id)
    assert preview.backups == BackupsHolding(automatic=1, on_request=1, keep_last=4)
    assert preview.backups.count == 2
    assert services.erasure.erase(customer.id).backups == preview.backups


def test_a_person_with_no_backups_is_told_so(services, customer):
    assert services.erasure.preview(customer.id).backups == BackupsHolding(0, 0, 10)


def test_after_the_erasure_the_timeline_dates_the_removed_documents(
    services, customer, answered, clock
):
    access, _objection = answered
    before = services.requests.timeline(access.id)
    with_documents = [e.action for e in before if e.document_id]
    assert len(with_documents) == 2
    assert all(e.document_erased_on is None for e in before)

    clock.set(date(2026, 12, 3))
    services.erasure.erase(customer.id)
    after = services.requests.timeline(access.id)
    assert [e.id for e in after] == [e.id for e in before]
    removed = {e.action: e.document_erased_on for e in after if e.document_erased_on}
    assert removed == {
        **{action: date(2026, 12, 3) for action in with_documents},
        "attached": date(2026, 12, 3),
    }
    assert all(e.document_id is None for e in after)
    for event in before:
        if event.document_id:
            with pytest.raises(NotFound):
                services.documents.pdf(event.document_id)


def test_scrubbing_a_request_from_outside_the_register_dates_its_documents(services, clock):
    services.controller.save(CONTROLLER)
    view = services.requests.add(
        DataRequest(RequestType.ACCESS, date(2026, 11, 10), requester_name="Ulla Ulkopuolinen")
    )
    services.fulfilment.acknowledge(view.request.id)
    services.erasure.erase_request_subject(view.request.id)
    events = services.requests.timeline(view.request.id)
    assert [e.document_erased_on for e in events if e.action == "letter_acknowledgement"] == [
        clock.today()
    ]
    assert all(e.document_erased_on is None for e in events if e.action == "logged")
