"""Art 19: a rectification, erasure or restriction keeps a checklist of the recipients of the
person's registers, made when the answer is prepared; each is ticked as told (date, how) or as
not disclosed to; a request is sent or completed while one is open only with the user's reason,
which goes on the timeline and never into the audit trail."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import date

import pytest
from helpers.sample import CONTROLLER, REGISTER, person

from tietosuoja_desktop.domain.enums import RequestStatus, RequestType, SentVia
from tietosuoja_desktop.domain.processors import Processor
from tietosuoja_desktop.domain.recipients import (
    Candidate,
    NoticeStatus,
    RecipientSource,
    ToldVia,
    candidates,
)
from tietosuoja_desktop.domain.records import DataRequest
from tietosuoja_desktop.services.errors import NotFound, RuleViolation, ValidationError

RECEIVED = date(2026, 11, 2)
WORDS = "Kuljetusliike toimituksia varten"


@pytest.fixture
def register(services):
    services.controller.save(CONTROLLER)
    return services.registers.add(replace(REGISTER, recipients=WORDS, processors="Tilitoimisto"))


@pytest.fixture
def other(services):
    return services.registers.add(replace(REGISTER, name="Uutiskirje", recipients="Ei luovutuksia"))


@pytest.fixture
def customer(services, register):
    shop = Processor(name="Verkkokauppa Alusta Oy", service="verkkokauppa")
    services.processors.add(replace(shop, register_ids=(register.id,)))
    services.processors.add(Processor(name="Postituspalvelu Oy"))  # serves no register
    return services.customers.add(person(register_ids=(register.id,)))


def logged(services, customer, kind=RequestType.RECTIFICATION):
    request = DataRequest(kind, RECEIVED, customer_id=customer.id)
    return services.requests.add(request).request.id


def prepared(services, customer, kind=RequestType.RESTRICTION) -> int:
    request_id = logged(services, customer, kind)
    services.fulfilment.fulfil(request_id)
    return request_id


def pdf_text(pdf: bytes) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()


def actions(services, request_id) -> list[str]:
    return [event.action for event in services.requests.timeline(request_id)]


# -- which recipients -----------------------------------------------------------------------


def test_candidates_list_each_processor_once_then_the_registers_words():
    processors = [(7, "Alusta Oy", (1, 2)), (8, "Muu Oy", (3,))]
    texts = [(1, "Kuljetus", "Tilitoimisto"), (2, "kuljetus ", ""), (3, "Ei näy", "")]
    assert candidates((1, 2), processors, texts) == [
        Candidate("Alusta Oy", RecipientSource.PROCESSOR, processor_id=7),
        Candidate("Kuljetus", RecipientSource.REGISTER_TEXT, register_id=1),
    ]
    # a register without a processor on record: its processors in words count
    assert candidates((1,), [], texts) == [
        Candidate("Kuljetus", RecipientSource.REGISTER_TEXT, register_id=1),
        Candidate("Tilitoimisto", RecipientSource.REGISTER_TEXT, register_id=1),
    ]
    assert candidates((), processors, texts) == []


@pytest.mark.parametrize(
    "kind", [RequestType.RECTIFICATION, RequestType.ERASURE, RequestType.RESTRICTION]
)
def test_preparing_the_answer_makes_the_checklist(services, customer, register, other, kind):
    # the city corrected too, for the rectification to have something to report
    services.customers.update(replace(customer, register_ids=(register.id, other.id), city="Espoo"))
    request_id = logged(services, customer, kind)
    assert services.recipients.checklist(request_id) == []
    response = services.fulfilment.fulfil(request_id)
    checklist = services.recipients.checklist(request_id)
    assert [(n.position, n.name, n.source, n.status) for n in checklist] == [
        (1, "Verkkokauppa Alusta Oy", RecipientSource.PROCESSOR, NoticeStatus.OPEN),
        (2, WORDS, RecipientSource.REGISTER_TEXT, NoticeStatus.OPEN),
        (3, "Ei luovutuksia", RecipientSource.REGISTER_TEXT, NoticeStatus.OPEN),
    ]
    assert response.recipients_to_tell == tuple(n.name for n in checklist)
    assert "recipients_listed" in actions(services, request_id)
    assert response.request.request.status is RequestStatus.READY_TO_SEND


def test_an_erased_persons_checklist_was_made_before_the_erasure(services, customer):
    request_id = prepared(services, customer, RequestType.ERASURE)
    with pytest.raises(NotFound):
        services.customers.get(customer.id)
    assert [n.name for n in services.recipients.checklist(request_id)] == [
        "Verkkokauppa Alusta Oy",
        WORDS,
    ]


def test_making_it_again_keeps_the_ticks(services, customer):
    request_id = prepared(services, customer)
    services.recipients.tell(request_id, 1, ToldVia.EMAIL)
    again = services.recipients.make(request_id)
    assert [n.status for n in again] == [NoticeStatus.TOLD, NoticeStatus.OPEN]
    assert actions(services, request_id).count("recipients_listed") == 1


def test_only_the_three_types_have_a_checklist(services, customer):
    request_id = logged(services, customer, RequestType.ACCESS)
    with pytest.raises(RuleViolation):
        services.recipients.make(request_id)
    with pytest.raises(NotFound):
        services.recipients.checklist(9999)


# -- ticking --------------------------------------------------------------------------------


def test_told_records_the_date_and_how(services, customer, clock):
    request_id = prepared(services, customer)
    told = services.recipients.tell(request_id, 2, ToldVia.PHONE, date(2026, 11, 20))
    assert (told.status, told.told_on, told.told_via) == (
        NoticeStatus.TOLD,
        date(2026, 11, 20),
        ToldVia.PHONE,
    )
    today = services.recipients.tell(request_id, 1, ToldVia.SYSTEM)
    assert today.told_on == clock.today()
    events = services.requests.timeline(request_id)
    assert [(e.action, e.note) for e in events][-2:] == [
        ("recipient_told", WORDS),
        ("recipient_told", "Verkkokauppa Alusta Oy"),
    ]


def test_not_disclosed_and_reopened(services, customer):
    request_id = prepared(services, customer)
    services.recipients.tell(request_id, 1, ToldVia.LETTER, RECEIVED)
    marked = services.recipients.not_disclosed(request_id, 1)
    assert (marked.status, marked.told_on, marked.told_via) == (
        NoticeStatus.NOT_DISCLOSED,
        None,
        None,
    )
    reopened = services.recipients.reopen(request_id, 1)
    assert reopened.is_open and reopened.told_on is None


def test_a_told_date_in_the_future_or_before_the_request_is_refused(services, customer):
    request_id = prepared(services, customer)
    for day in (date(2099, 1, 1), date(2026, 11, 1)):
        with pytest.raises(ValidationError) as refused:
            services.recipients.tell(request_id, 1, ToldVia.EMAIL, day)
        assert [p.field for p in refused.value.problems] == ["told_on"]
    assert services.recipients.checklist(request_id)[0].is_open  # nothing changed
    with pytest.raises(NotFound):
        services.recipients.tell(request_id, 3, ToldVia.EMAIL)


# -- closing the request --------------------------------------------------------------------


def test_sending_is_refused_while_a_recipient_is_open(services, customer):
    request_id = prepared(services, customer)
    services.recipients.tell(request_id, 1, ToldVia.EMAIL)
    with pytest.raises(RuleViolation) as refused:
        services.requests.mark_sent(request_id, SentVia.LETTER)
    assert refused.value.field == "recipients_reason" and "1" in str(refused.value)
    assert services.requests.get(request_id).request.status is RequestStatus.READY_TO_SEND
    with pytest.raises(RuleViolation):
        services.requests.complete(request_id)


def test_a_reason_lets_it_close_and_goes_on_the_timeline_not_the_audit(services, customer):
    request_id = prepared(services, customer)
    reason = "Kuljetusliike ei saanut Matin tietoja"
    view = services.requests.mark_sent(request_id, SentVia.LETTER, recipients_reason=reason)
    assert view.request.status is RequestStatus.COMPLETED
    events = services.requests.timeline(request_id)
    assert [(e.action, e.note) for e in events][-2:] == [
        ("recipients_unfinished", reason),
        ("sent", "letter"),
    ]
    (entry,) = [e for e in services.audit.history("request", request_id) if e.action == "sent"]
    assert "recipients_reason" in entry.fields
    assert all(reason not in str(e) for e in services.audit.history("request", request_id))


def test_a_checklist_done_closes_without_a_reason(services, customer):
    request_id = prepared(services, customer)
    services.recipients.tell(request_id, 1, ToldVia.EMAIL)
    services.recipients.not_disclosed(request_id, 2)
    view = services.requests.complete(request_id)
    assert view.request.status is RequestStatus.COMPLETED
    assert "recipients_unfinished" not in actions(services, request_id)
    # ticks after closing are still recorded (a recipient told late)
    assert services.recipients.reopen(request_id, 2).is_open


def test_a_person_with_no_recipients_is_not_held_back(services, register, clock):
    bare = services.registers.add(replace(REGISTER, name="Tyhjä", recipients=""))
    customer = services.customers.add(person(register_ids=(bare.id,)))
    request_id = prepared(services, customer)
    assert services.recipients.checklist(request_id) == []
    assert services.requests.mark_sent(request_id, SentVia.EMAIL).request.sent_on == clock.today()


def test_a_control_character_in_the_reason_is_refused(services, customer):
    request_id = prepared(services, customer)
    with pytest.raises(ValidationError):
        services.requests.mark_sent(request_id, SentVia.LETTER, recipients_reason="syy\x00")
    assert services.requests.get(request_id).request.status is RequestStatus.READY_TO_SEND


# -- the list for the person ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "told", "to_tell", "title"),
    [
        ("fi", "ilmoitettu 20.11.2026", "ilmoitetaan", "Vastaanottajat, joille tietojasi"),
        ("sv", "underrättad 20.11.2026", "underrättas", "Mottagare som dina uppgifter"),
        ("en", "informed on 20 November 2026", "to be informed", "The recipients your data was"),
    ],
)
def test_the_person_is_given_the_list_of_recipients(
    services, customer, register, other, lang, told, to_tell, title
):
    services.customers.update(replace(customer, register_ids=(register.id, other.id)))
    request_id = prepared(services, customer)
    services.recipients.tell(request_id, 1, ToldVia.EMAIL, date(2026, 11, 20))
    services.recipients.not_disclosed(request_id, 3)  # "Ei luovutuksia": left out
    letter = services.fulfilment.recipient_letter(request_id, language=lang)
    words = " ".join(pdf_text(letter.pdf).split())
    assert title in words
    assert f"Verkkokauppa Alusta Oy: {told}" in words
    assert f"{WORDS}: {to_tell}" in words
    assert "Ei luovutuksia" not in words
    assert "Matti Meikäläinen" in words  # addressed to the person
    events = services.requests.timeline(request_id)
    (event,) = [e for e in events if e.action == "letter_recipient_list"]
    assert services.documents.pdf(event.document_id) == letter.pdf  # archived with the request


def test_a_list_without_recipients_says_so(services, customer):
    request_id = prepared(services, customer)
    for position in (1, 2):
        services.recipients.not_disclosed(request_id, position)
    letter = services.fulfilment.recipient_letter(request_id, language="en")
    assert "has not been disclosed to any recipient" in " ".join(pdf_text(letter.pdf).split())
