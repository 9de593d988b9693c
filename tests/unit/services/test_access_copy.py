"""The access report made from a real register: the request being answered is not among the
earlier ones, and the copy carries the changes recorded about the person, the documents
archived about them and the backups that may hold them; the erasure letter names the
recipients and the backups; a report in English prints the register's English texts and names
the ones left in Finnish. Read back from the PDF in Finnish and Swedish."""

from __future__ import annotations

import dataclasses
from datetime import date, time
from io import BytesIO

import pytest
from helpers.sample import CONTROLLER, REGISTER, person
from pypdf import PdfReader

from tietosuoja_desktop.documents.texts import text
from tietosuoja_desktop.domain.enums import Language, RequestType
from tietosuoja_desktop.domain.records import DataRequest, TextTranslation
from tietosuoja_desktop.domain.register_languages import originals
from tietosuoja_desktop.services import access_copy

FI, SV, EN = Language.FI, Language.SV, Language.EN


def pdf_text(pdf: bytes) -> str:
    pages = PdfReader(BytesIO(pdf)).pages
    return " ".join(" ".join((page.extract_text() or "").split()) for page in pages)


@pytest.fixture
def register(services):
    services.controller.save(CONTROLLER)
    return services.registers.add(
        dataclasses.replace(
            REGISTER,
            recipients="Kirjanpitotoimisto Numero Oy (kirjanpito)",
            processors="Verkkokauppa-alustan toimittaja",
        )
    )


@pytest.fixture
def customer(services, register, clock):
    clock.set(date(2026, 9, 1), time(9, 30))
    added = services.customers.add(
        person(first_name="Saara", last_name="Rekisteröity", register_ids=(register.id,))
    )
    clock.set(date(2026, 10, 5), time(14, 5))
    services.customers.update(dataclasses.replace(added, email="saara@example.fi"))
    clock.set(date(2026, 11, 22), time(12))
    return services.customers.get(added.id)


def log(services, customer, kind=RequestType.ACCESS, received=date(2026, 11, 2), **extra):
    request = DataRequest(type=kind, received=received, customer_id=customer.id, **extra)
    return services.requests.add(request)


@pytest.mark.parametrize("lang", [FI, SV])
def test_the_request_being_answered_is_not_among_the_earlier_ones(services, customer, clock, lang):
    earlier = log(services, customer, RequestType.MARKETING_OBJECTION, date(2026, 9, 10))
    services.fulfilment.fulfil(earlier.request.id)
    view = log(services, customer, description="Mitä tietoja minusta on?")
    services.fulfilment.acknowledge(view.request.id, language=lang)
    services.fulfilment.extend(view.request.id, "Paljon pyyntöjä", language=lang)
    response = services.fulfilment.fulfil(view.request.id, language=lang)
    content = pdf_text(response.report.pdf)
    history = content[content.index(text(lang, "access.requests")) :]
    history = history[: history.index(text(lang, "copy.audit"))]
    assert text(lang, "request.marketing_objection") in history  # the earlier one
    assert text(lang, "request.access") not in history
    assert text(lang, "status.extended") not in history
    assert "Mitä tietoja minusta on?" not in history


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            FI,
            (
                "1.9.2026 klo 9.30 Lisätty rekisteriin",
                "5.10.2026 klo 14.05 Tietoja muutettu sähköposti",
                "Vahvistus pyyntösi vastaanottamisesta",  # the letter archived about them
                "Varmuuskopiot",
                "Varmuuskopioita, jotka on otettu sen jälkeen, kun tietosi tallennettiin, on 2",
                "Niistä 1 on otettu automaattisesti",
                "Niistä 1 on otettu erikseen",
                "Vastaanottajat nimeltä",
                "Kirjanpitotoimisto Numero Oy (kirjanpito)",
            ),
        ),
        (
            SV,
            (
                "1.9.2026 kl. 9.30 Införd i registret",
                "5.10.2026 kl. 14.05 Uppgifterna ändrade e-post",
                "Bekräftelse på mottagen begäran",
                "Säkerhetskopior",
                "Det finns 2 säkerhetskopior",
                "Mottagare till namnet",
            ),
        ),
    ],
)
def test_the_copy_from_a_real_register(services, customer, clock, lang, expected):
    clock.set(date(2026, 8, 1))
    services.backups.create()  # before the person was added: cannot hold them
    clock.set(date(2026, 10, 6))
    services.backups.create()
    services.backups.on_exit()
    clock.set(date(2026, 11, 22))
    view = log(services, customer)
    services.fulfilment.acknowledge(view.request.id, language=lang)
    content = pdf_text(services.fulfilment.fulfil(view.request.id, language=lang).report.pdf)
    for line in expected:
        assert line in content, line
    acknowledgement = next(
        d for d in services.documents.archive() if d.kind == "letter_acknowledgement"
    )
    assert acknowledgement.sha256[:16] in content


def test_the_copy_reads_a_bounded_audit_trail_and_says_when_it_is_cut(services, customer):
    for _ in range(3):
        services.customers.restrict(customer.id)
        services.customers.lift_restriction(customer.id)
    entries = access_copy.audit_about(services, customer.id)
    assert len(entries) == 8 and entries[0].at >= entries[-1].at  # newest first
    assert access_copy.first_recorded(entries) == entries[-1].at
    cut = tuple(entries) * access_copy.AUDIT_LIMIT
    assert access_copy.first_recorded(cut[: access_copy.AUDIT_LIMIT]) is None


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            FI,
            (
                "Ilmoitamme poistosta jokaiselle vastaanottajalle",
                "Kirjanpitotoimisto Numero Oy (kirjanpito)",
                "Verkkokauppa-alustan toimittaja",
                "Kerromme pyynnöstäsi, keitä nämä vastaanottajat ovat.",
                "kustakin lajista 10 uusinta",
                "tietosi poistetaan siitä uudelleen",
            ),
        ),
        (
            SV,
            (
                "Vi meddelar raderingen till varje mottagare",
                "Kirjanpitotoimisto Numero Oy (kirjanpito)",
                "de 10 senaste av varje slag",
                "raderas dina uppgifter ur den på nytt",
            ),
        ),
    ],
)
def test_the_erasure_letter_names_recipients_and_backups(services, customer, lang, expected):
    services.backups.create()
    view = log(services, customer, RequestType.ERASURE)
    response = services.fulfilment.fulfil(view.request.id, language=lang)
    content = pdf_text(response.letter.pdf)
    for line in expected:
        assert line in content, line


def test_an_english_report_prints_the_english_texts_and_names_the_finnish_ones(
    services, register, customer
):
    texts = originals(register)
    english = (
        TextTranslation(EN, "name", texts["name"], "Customer register"),
        TextTranslation(EN, "sources", texts["sources"], "From the customers themselves"),
    )
    services.registers.update(dataclasses.replace(register, translations=english))
    report = services.documents.access_report(customer.id, EN)
    pages = PdfReader(BytesIO(report.pdf)).pages
    first = " ".join((pages[0].extract_text() or "").split())
    content = pdf_text(report.pdf)
    assert "From the customers themselves" in content
    assert texts["sources"] not in content
    assert "The following texts about the register Customer register" in first
    assert "recipients" in first.lower() and "purposes of processing" in first
    assert "sources" not in first.split("Customer register", 1)[1].split(".")[0].lower()
