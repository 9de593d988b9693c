"""The e-mail draft of a prepared answer: addressed to the person, a covering text in the
answer's language without personal data, the PDF attached byte for byte (a signed PDF still
validates), and a clear reason when no draft can be made."""

from __future__ import annotations

from datetime import date
from email import message_from_bytes
from email.policy import default

import pytest
from helpers.sample import CONTROLLER, SIGNING_PASSPHRASE, person

from tietosuoja_desktop.domain.enums import Language, RequestType
from tietosuoja_desktop.domain.records import DataRequest
from tietosuoja_desktop.services import RuleViolation
from tietosuoja_desktop.services.email_drafts import NO_ADDRESS, NO_DOCUMENT, NOT_PREPARED

RECEIVED = date(2026, 9, 3)


def _request(services, clock, type_=RequestType.ACCESS, **customer) -> int:
    clock.set(date(2026, 9, 10))
    services.controller.save(CONTROLLER)
    added = services.customers.add(person(**customer))
    view = services.requests.add(DataRequest(type_, RECEIVED, customer_id=added.id))
    return view.request.id


def _parsed(draft):
    return message_from_bytes(draft.data, policy=default)


def _body(message) -> str:
    return message.get_body(preferencelist=("plain",)).get_content()


def _attachments(message):
    return [part for part in message.iter_attachments()]


@pytest.mark.parametrize(
    ("language", "subject", "words"),
    [
        (Language.FI, "Vastaus tietosuojapyyntöösi", "liitteenä on vastauksemme"),
        (Language.SV, "Svar på din dataskyddsbegäran", "bifogat finns vårt svar"),
        (Language.EN, "Reply to your data protection request", "please find attached"),
    ],
)
def test_a_draft_of_the_access_report_in_the_persons_language(
    services, clock, language, subject, words
):
    request_id = _request(services, clock, language=language)
    response = services.fulfilment.fulfil(request_id, language=language)
    draft = services.email_drafts.draft(request_id)
    message = _parsed(draft)
    assert message["To"] == draft.to == "matti.meikalainen@example.fi"
    assert message["From"] == CONTROLLER.contact_email
    assert message["X-Unsent"] == "1"
    assert message["Subject"] == subject
    body = _body(message)
    assert words in body and response.report.document.title in body
    assert CONTROLLER.name in body
    for personal in ("Matti", "Meikäläinen", "matti.meikalainen", "Kauppakatu", "040 765"):
        assert personal not in body and personal not in message["Subject"]
    (attachment,) = _attachments(message)
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename().endswith(f" {request_id}.pdf")
    assert attachment.get_content() == response.report.pdf
    assert draft.file_name.endswith(f" {request_id}.eml")
    assert draft.document.id == response.report.document.id


def test_a_signed_answer_stays_signed_in_the_draft(services, clock):
    request_id = _request(services, clock, type_=RequestType.RECTIFICATION)
    services.documents.create_identity(SIGNING_PASSPHRASE)
    response = services.fulfilment.fulfil(
        request_id, passphrase=SIGNING_PASSPHRASE, changed_fields=("phone",)
    )
    assert response.letter.document.signed
    (attachment,) = _attachments(_parsed(services.email_drafts.draft(request_id)))
    attached = attachment.get_content()
    assert attached == services.documents.pdf(response.letter.document.id)
    result = services.documents.verify(attached)
    assert result.intact


def test_nothing_prepared_no_draft(services, clock):
    request_id = _request(services, clock)
    view = services.requests.get(request_id)
    assert services.email_drafts.why_not(view).source == NOT_PREPARED
    with pytest.raises(RuleViolation) as raised:
        services.email_drafts.draft(request_id)
    assert raised.value.message.source == NOT_PREPARED


def test_a_person_without_an_e_mail_address_gets_the_reason(services, clock):
    request_id = _request(services, clock, email="")
    services.fulfilment.fulfil(request_id)
    view = services.requests.get(request_id)
    assert services.email_drafts.why_not(view).source == NO_ADDRESS
    with pytest.raises(RuleViolation) as raised:
        services.email_drafts.draft(request_id)
    assert raised.value.message.source == NO_ADDRESS


def test_someone_not_in_the_register_gets_it_at_the_address_they_wrote_from(services, clock):
    clock.set(date(2026, 9, 10))
    services.controller.save(CONTROLLER)
    view = services.requests.add(
        DataRequest(
            RequestType.ACCESS,
            RECEIVED,
            requester_name="Liisa Tuntematon",
            requester_contact="sähköposti: liisa@example.org",
        )
    )
    response = services.fulfilment.fulfil(view.request.id)
    draft = services.email_drafts.draft(view.request.id)
    assert draft.to == "liisa@example.org"
    (attachment,) = _attachments(_parsed(draft))
    assert attachment.get_content() == response.letter.pdf
    assert "Liisa" not in _body(_parsed(draft))


def test_an_erasure_answer_has_no_address_left(services, clock):
    request_id = _request(services, clock, type_=RequestType.ERASURE)
    services.fulfilment.fulfil(request_id)
    view = services.requests.get(request_id)
    assert services.email_drafts.why_not(view).source == NO_ADDRESS


def test_an_answer_prepared_without_a_document_has_nothing_to_attach(services, clock):
    request_id = _request(services, clock)
    view = services.requests.prepare(request_id, "Vastattu puhelimessa")
    assert services.email_drafts.why_not(view).source == NO_DOCUMENT
    with pytest.raises(RuleViolation) as raised:
        services.email_drafts.draft(request_id)
    assert raised.value.message.source == NO_DOCUMENT
