"""Answering each kind of request end to end on a real register, papers parsed back."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import date, datetime
from io import BytesIO

import pytest
from helpers.sample import CONTROLLER, REGISTER, person
from pypdf import PdfReader

from tietosuoja_desktop.domain.enums import (
    Channel,
    ConsentAction,
    IdentityCheck,
    Language,
    OrderStatus,
    RequestStatus,
    RequestType,
    SentVia,
)
from tietosuoja_desktop.domain.marketing import (
    ConsentMethod,
    Exclusion,
    MarketingChannel,
    MarketingPurpose,
)
from tietosuoja_desktop.domain.recipients import ToldVia
from tietosuoja_desktop.domain.records import ConsentEvent, DataRequest, Order
from tietosuoja_desktop.services.errors import RuleViolation
from tietosuoja_desktop.storage.models import RequestRow


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


@pytest.fixture
def register(services):
    services.controller.save(CONTROLLER)
    return services.registers.add(REGISTER)


@pytest.fixture
def customer(services, register):
    added = services.customers.add(
        person(first_name="Saara", last_name="Rekisteröity", register_ids=(register.id,))
    )
    services.activity.add_order(
        Order(
            customer_id=added.id,
            ordered_on=date(2025, 5, 2),
            reference="T-77",
            description="Saaran lahjakortti",
            amount_cents=2500,
            status=OrderStatus.PAID,
        )
    )
    services.activity.add_order(
        Order(
            customer_id=added.id,
            ordered_on=date(2015, 5, 2),
            reference="T-1",
            amount_cents=900,
            status=OrderStatus.PAID,
        )
    )
    for action in (ConsentAction.GIVEN, ConsentAction.GIVEN):
        services.activity.add_consent(
            ConsentEvent(added.id, action, "Uutiskirje", datetime(2026, 1, 5, 10))
        )
    services.activity.add_consent(
        ConsentEvent(added.id, ConsentAction.GIVEN, "Tekstiviestit", datetime(2026, 1, 5, 10))
    )
    return added


def log(services, customer=None, kind=RequestType.ACCESS, received=date(2026, 11, 16), **kw):
    return services.requests.add(
        DataRequest(
            type=kind, received=received, customer_id=customer.id if customer else None, **kw
        )
    )


def test_access_report_is_prepared_and_the_request_completes_when_sent(services, customer, clock):
    view = log(services, customer)
    services.fulfilment.acknowledge(view.request.id)
    response = services.fulfilment.fulfil(view.request.id)
    prepared = response.request.request
    assert prepared.status is RequestStatus.READY_TO_SEND
    assert prepared.completed_on is None and prepared.sent_on is None
    text = pdf_text(response.report.pdf)
    assert "Rekisteröity" in text and "T-77" in text and "Uutiskirje" in text
    with pytest.raises(RuleViolation):  # prepared once: the next step is sending it
        services.fulfilment.fulfil(view.request.id)
    sent = services.requests.mark_sent(view.request.id, SentVia.LETTER, reference="JJFI123")
    assert sent.request.status is RequestStatus.COMPLETED
    assert sent.request.completed_on == sent.request.sent_on == clock.today()
    actions = [e.action for e in services.requests.timeline(view.request.id)]
    assert actions == [
        "logged",
        "identity_unconfirmed",  # logged without the contact it came from
        "letter_acknowledgement",
        "access_report",
        "prepared",
        "sent",
    ]
    kinds = {d.kind for d in services.documents.archive()}
    assert {"access_report", "letter_acknowledgement"} <= kinds


def test_extension_letter_and_refusal_after_the_notice_deadline(services, customer, clock):
    early = log(services, customer, RequestType.ERASURE, received=date(2026, 11, 2))
    response = services.fulfilment.extend(early.request.id, "Laaja pyyntö")
    assert response.request.deadlines.extended_due == date(2027, 2, 2)
    assert "2.2.2027" in pdf_text(response.letter.pdf)

    late = log(services, customer, RequestType.ACCESS, received=date(2026, 10, 1))
    with pytest.raises(RuleViolation) as error:
        services.fulfilment.extend(late.request.id, "Kiire")
    assert error.value.field == "extended_on"
    assert [e.action for e in services.requests.timeline(late.request.id)] == [
        "logged",
        "identity_unconfirmed",
    ]  # the failed extension added nothing


def test_erasure_keeps_orders_anonymised_and_the_request_keeps_no_personal_data(
    services, customer, data_dir
):
    view = log(services, customer, RequestType.ERASURE, description="Poistakaa Saaran tiedot")
    services.requests.attach(view.request.id, "kirje.txt", b"Saara Rekisteroity pyytaa")
    preview = services.fulfilment.preview_erasure(view.request.id)
    assert len(preview.anonymised_orders) == 1  # 2025 order kept, 2015 order past retention
    response = services.fulfilment.fulfil(view.request.id)
    assert response.erasure.anonymised_orders[0].keep_until == date(2031, 12, 31)
    letter = pdf_text(response.letter.pdf)
    assert "Saara Rekisteröity" in letter  # addressed to the person before erasure
    assert "Poistimme" in letter and "10 §" in letter
    assert response.letter.document.id == 0  # handed out, not archived

    done = services.requests.get(view.request.id).request
    assert done.status is RequestStatus.READY_TO_SEND and done.subject_erased
    assert done.customer_id is None and done.description == ""
    assert services.requests.attachments(view.request.id) == []
    events = services.requests.timeline(view.request.id)
    assert any(e.action == "letter_completion" and len(e.document_sha256) == 64 for e in events)
    with services.db.reading() as session:
        row = session.get(RequestRow, view.request.id)
        assert "Saara" not in (row.requester_name + row.description + row.outcome)
    services.db.checkpoint()
    assert b"Rekister\xc3\xb6ity" not in (data_dir / "tietosuoja.sqlite").read_bytes()


def test_unknown_person_gets_the_no_data_held_letter(services, register):
    view = log(
        services,
        None,
        RequestType.ACCESS,
        requester_name="Outi Outsider",
        requester_contact="Kuja 1\n00100 Helsinki",
    )
    response = services.fulfilment.fulfil(view.request.id)
    assert response.request.request.status is RequestStatus.READY_TO_SEND
    text = pdf_text(response.letter.pdf)
    assert "Outi Outsider" in text


@pytest.mark.parametrize(
    ("kind", "check"),
    [
        (RequestType.RESTRICTION, lambda c: c.restricted_on == date(2026, 11, 22)),
        (RequestType.OBJECTION, lambda c: c.objected_on == date(2026, 11, 22)),
        (RequestType.MARKETING_OBJECTION, lambda c: c.marketing_prohibited_on is not None),
    ],
)
def test_flag_requests_set_the_flag_and_send_the_completion_letter(services, customer, kind, check):
    view = log(services, customer, kind)
    response = services.fulfilment.fulfil(view.request.id, language=Language.SV)
    assert check(services.customers.get(customer.id))
    assert response.letter.document.language is Language.SV
    assert response.request.request.status is RequestStatus.READY_TO_SEND


def test_consent_withdrawal_withdraws_what_is_in_force(services, customer):
    view = log(services, customer, RequestType.CONSENT_WITHDRAWAL)
    response = services.fulfilment.fulfil(view.request.id, purposes=("Uutiskirje",))
    assert "peruutuksen seuraavien käyttötarkoitusten osalta: Uutiskirje" in " ".join(
        pdf_text(response.letter.pdf).split()
    )
    assert not services.activity.has_consent(customer.id, "Uutiskirje")
    assert services.activity.has_consent(customer.id, "Tekstiviestit")
    history = services.activity.consents(customer.id)
    assert history[-1].action is ConsentAction.WITHDRAWN and len(history) == 4


def test_rectification_records_changed_fields_and_recipients(services, customer, clock):
    view = log(services, customer, RequestType.RECTIFICATION)
    with pytest.raises(RuleViolation):
        services.fulfilment.fulfil(view.request.id)  # nothing corrected yet
    from dataclasses import replace

    services.customers.update(
        replace(services.customers.get(customer.id), street_address="Uusikatu 5")
    )
    response = services.fulfilment.fulfil(view.request.id)
    assert services.requests.get(view.request.id).request.changed_fields == ("street_address",)
    assert "Oikaisimme seuraavat tiedot: Osoite" in " ".join(pdf_text(response.letter.pdf).split())
    assert response.recipients_to_tell == (REGISTER.recipients,)


def test_portability_zip_has_json_and_csv(services, customer):
    view = log(services, customer, RequestType.PORTABILITY)
    response = services.fulfilment.fulfil(view.request.id)
    archive = zipfile.ZipFile(io.BytesIO(response.portability_zip))
    assert set(archive.namelist()) == {"data.json", "contact.csv", "consents.csv", "orders.csv"}
    data = json.loads(archive.read("data.json"))
    assert data["contact"]["last_name"] == "Rekisteröity"
    orders = list(csv.DictReader(io.StringIO(archive.read("orders.csv").decode())))
    assert {o["reference"] for o in orders} == {"T-77", "T-1"}
    assert "customer_id" not in orders[0]


def test_refusal_names_the_authority(services, customer):
    view = log(services, customer, RequestType.ERASURE)
    response = services.fulfilment.refuse(view.request.id, "Tiedot tarvitaan sopimukseen")
    text = pdf_text(response.letter.pdf)
    assert "Tietosuojavaltuutetun toimisto" in text
    assert response.request.request.status is RequestStatus.REFUSED


def test_waiting_for_identity_blocks_fulfilment(services, customer):
    view = log(services, customer)
    services.fulfilment.request_identity(view.request.id, "Allekirjoitus puuttuu")
    with pytest.raises(RuleViolation) as error:
        services.fulfilment.fulfil(view.request.id)
    assert error.value.field == "identity"
    services.requests.mark_identity(view.request.id, IdentityCheck.RECEIVED)
    assert services.fulfilment.fulfil(view.request.id).report is not None


def test_request_log_pdf_and_csv(services, customer):
    first = log(services, customer, received=date(2026, 10, 1))
    log(services, customer, RequestType.ERASURE, received=date(2026, 11, 20))
    services.requests.complete(first.request.id, '=HYPERLINK("x")')
    pdf, text = services.fulfilment.request_log(date(2026, 10, 1), date(2026, 11, 30), Language.FI)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["type"] for r in rows] == ["access", "erasure"]
    assert rows[0]["on_time"] == "no" and rows[0]["outcome"].startswith("'=")
    assert "Luettelo rekisteröityjen pyynnöistä" in pdf_text(pdf)


def test_request_log_shows_when_and_how_each_answer_was_sent(services, customer, clock):
    letter = log(services, customer, received=date(2026, 11, 2))
    email = log(services, customer, RequestType.RESTRICTION, received=date(2026, 11, 3))
    waiting = log(services, customer, RequestType.OBJECTION, received=date(2026, 11, 4))
    for view in (letter, email, waiting):
        services.fulfilment.fulfil(view.request.id)
    services.requests.mark_sent(letter.request.id, SentVia.LETTER, date(2026, 11, 20), "JJFI1")
    services.recipients.not_disclosed(email.request.id, 1)  # Art 19: nobody left to tell
    services.requests.mark_sent(email.request.id, SentVia.IN_PERSON, date(2026, 11, 21))
    pdf, text = services.fulfilment.request_log(date(2026, 11, 1), date(2026, 11, 30), Language.FI)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [(r["sent_on"], r["sent_via"], r["status"]) for r in rows] == [
        ("2026-11-20", "letter", "completed"),
        ("2026-11-21", "in-person", "completed"),
        ("", "", "ready-to-send"),
    ]
    words = " ".join(pdf_text(pdf).split())
    assert "20.11.2026 kirje" in words and "21.11.2026 luovutettu käteen" in words
    assert "Valmis lähetettäväksi" in words
    assert words.count("lähetetty") == 1  # the first one's outcome; the waiting one says none
    sv = " ".join(
        pdf_text(
            services.fulfilment.request_log(date(2026, 11, 1), date(2026, 11, 30), Language.SV)[0]
        ).split()
    )
    assert "20.11.2026 brev" in sv and "överlämnat personligen" in sv


@pytest.mark.parametrize(
    ("lang", "access", "marketing"),
    [
        (Language.FI, "tarkastusselvitys lähetetty", "suoramarkkinointikielto kirjattu"),
        (Language.SV, "registerutdrag skickat", "förbud mot direktmarknadsföring antecknat"),
    ],
)
def test_request_log_shows_default_outcomes_in_the_documents_language(
    services, customer, lang, access, marketing
):
    """A request answered without a note stores a code; the log says it in words."""
    services.fulfilment.fulfil(log(services, customer).request.id)
    objection = log(services, customer, RequestType.MARKETING_OBJECTION)
    services.fulfilment.fulfil(objection.request.id)
    own = log(services, customer, RequestType.RESTRICTION)
    services.fulfilment.fulfil(own.request.id, note="Rajoitettu riidan ajaksi")
    stored = [v.request.outcome for v in services.requests.list()]
    assert sorted(stored) == sorted(
        ["access report sent", "marketing_objection", "Rajoitettu riidan ajaksi"]
    )
    services.recipients.tell(own.request.id, 1, ToldVia.EMAIL)  # Art 19
    for view in services.requests.list():
        services.requests.mark_sent(view.request.id, SentVia.LETTER)

    pdf, _csv = services.fulfilment.request_log(date(2026, 11, 1), date(2026, 11, 30), lang)
    words = " ".join(pdf_text(pdf).split())
    assert access in words and marketing in words
    assert "Rajoitettu riidan ajaksi" in words
    assert "access report sent" not in words and "marketing_objection" not in words


def test_withdrawal_request_ends_consents_given_per_channel(services, register):
    """A consent given on e-mail and SMS, the SMS one withdrawn before: the request still
    withdraws the e-mail consent, and the permissions show it, with the letter saying so."""
    saara = services.customers.add(person(first_name="Saara", last_name="Kanavat"))
    news = MarketingPurpose("Uutiskirje")
    for channel, action, day in (
        (MarketingChannel.EMAIL, ConsentAction.GIVEN, 5),
        (MarketingChannel.SMS, ConsentAction.GIVEN, 5),
        (MarketingChannel.SMS, ConsentAction.WITHDRAWN, 9),
    ):
        services.activity.add_consent(
            ConsentEvent(
                saara.id, action, news.id, datetime(2026, 1, day, 10), marketing_channel=channel
            )
        )
    assert services.marketing.permissions(saara.id, news)[MarketingChannel.EMAIL].allowed
    view = log(services, saara, RequestType.CONSENT_WITHDRAWAL, channel=Channel.EMAIL)
    response = services.fulfilment.fulfil(view.request.id, purposes=("Uutiskirje",))
    permissions = services.marketing.permissions(saara.id, news)
    assert permissions[MarketingChannel.EMAIL].exclusion is Exclusion.CONSENT_WITHDRAWN
    assert permissions[MarketingChannel.SMS].exclusion is Exclusion.CONSENT_WITHDRAWN
    last = services.activity.consents(saara.id)[-1]
    # Recorded the way it was given: by e-mail, through the request.
    assert (last.action, last.method, last.marketing_channel) == (
        ConsentAction.WITHDRAWN,
        ConsentMethod.EMAIL,
        None,
    )
    assert f"#{view.request.id}" in last.evidence
    assert "Uutiskirje" in " ".join(pdf_text(response.letter.pdf).split())


def test_marketing_objection_request_closes_every_channel(services, customer):
    news = MarketingPurpose("Uutiskirje")
    assert services.marketing.permissions(customer.id, news)[MarketingChannel.POST].allowed
    view = log(services, customer, RequestType.MARKETING_OBJECTION)
    response = services.fulfilment.fulfil(view.request.id, language=Language.FI)
    permissions = services.marketing.permissions(customer.id, news)
    assert {v.exclusion for v in permissions.values()} == {Exclusion.PROHIBITED}
    assert response.letter.document.language is Language.FI
    assert pdf_text(response.letter.pdf).strip()


@pytest.mark.parametrize(
    ("lang", "matches", "confirmed", "not_needed"),
    [
        (
            Language.FI,
            "Henkilöllisyys: yhteystieto vastaa rekisterin tietoja",
            "Henkilöllisyys: varmistettu (Tunnen asiakkaan, asioi myymälässä)",
            "Henkilöllisyys: ei tarvittu (vastaus ei luovuta eikä muuta henkilötietoja)",
        ),
        (
            Language.SV,
            "Identitet: kontaktuppgiften stämmer med registret",
            "Identitet: säkerställd (Tunnen asiakkaan, asioi myymälässä)",
            "Identitet: behövdes inte (svaret varken lämnar ut eller ändrar personuppgifter)",
        ),
        (
            Language.EN,
            "Identity: the contact matches the register",
            "Identity: confirmed (Tunnen asiakkaan, asioi myymälässä)",
            "Identity: not needed (the answer neither discloses nor changes personal data)",
        ),
    ],
)
def test_request_log_shows_each_identity_decision(
    services, customer, lang, matches, confirmed, not_needed
):
    log(services, customer, requester_contact=customer.email)
    services.requests.add(
        DataRequest(
            RequestType.RECTIFICATION,
            date(2026, 11, 17),
            customer_id=customer.id,
            identity=IdentityCheck.CONFIRMED,
        ),
        identity_reason="Tunnen asiakkaan, asioi myymälässä",
    )
    log(services, customer, RequestType.MARKETING_OBJECTION, received=date(2026, 11, 18))
    pdf, _csv = services.fulfilment.request_log(date(2026, 11, 1), date(2026, 11, 30), lang)
    words = " ".join(pdf_text(pdf).split())
    for decision in (matches, confirmed, not_needed):
        assert decision in words
