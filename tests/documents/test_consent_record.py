"""The consent record of one person: in each language every consent and withdrawal with its
wording, text version, statement version, way given, who recorded it and the evidence's
SHA-256, read back from the PDF; a consent from before versioned texts says the text was not
recorded; made through the services it is archived with the person and erased with them."""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from io import BytesIO

import pytest
from helpers.sample import CONTROLLER, REGISTER, person
from pypdf import PdfReader

from tietosuoja_desktop.documents.consent_record import build_consent_record
from tietosuoja_desktop.domain.consent_texts import ConsentProof, ConsentText
from tietosuoja_desktop.domain.enums import ConsentAction, Language
from tietosuoja_desktop.domain.marketing import ConsentMethod, MarketingChannel
from tietosuoja_desktop.domain.records import ConsentEvent

TODAY = date(2026, 11, 22)
SCAN = b"%PDF-1.4 allekirjoitettu lomake"
DIGEST = hashlib.sha256(SCAN).hexdigest()
PROOFS = (
    ConsentProof(
        ConsentEvent(
            7, ConsentAction.GIVEN, "Uutiskirje", datetime(2024, 5, 2, 10),
            method=ConsentMethod.OTHER,
        ),
    ),
    ConsentProof(
        ConsentEvent(
            7, ConsentAction.GIVEN, "Uutiskirje", datetime(2026, 1, 5, 10, 30),
            marketing_channel=MarketingChannel.EMAIL, method=ConsentMethod.PAPER_FORM,
            text="Haluan <b>uutiskirjeen</b> sähköpostiini.", evidence_file="lomake.pdf",
            evidence_sha256=DIGEST, recorded_by="Maija Myyjä", consent_text_id=3,
        ),
        text_version=2, register_name="Asiakasrekisteri", statement_version=4,
        evidence_archived=True,
    ),
    ConsentProof(
        ConsentEvent(
            7, ConsentAction.WITHDRAWN, "Uutiskirje", datetime(2026, 6, 1, 8),
            method=ConsentMethod.EMAIL, evidence="data-subject request #12",
        ),
    ),
)  # fmt: skip
EXPECTED = {
    Language.FI: (
        "Selvitys suostumuksista", "Suostumus annettu", "Suostumus peruttu",
        "Tekstiä ei kirjattu.", "Asiakasrekisteri, versio 2", "versio 4, voimassa tuona päivänä",
        "paperilomake", "sähköposti", "lomake.pdf (arkistoitu)",
    ),
    Language.SV: (
        "Sammanställning av samtycken", "Samtycke givet", "Samtycke återkallat",
        "Texten har inte registrerats.", "Asiakasrekisteri, version 2",
        "version 4, gällande den dagen", "pappersblankett", "lomake.pdf (arkiverad)",
    ),
    Language.EN: (
        "Consent record", "Consent given", "Consent withdrawn", "Text not recorded.",
        "Asiakasrekisteri, version 2", "version 4, in force that day", "paper form",
        "lomake.pdf (archived)",
    ),
}  # fmt: skip


def words(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages).split())


@pytest.mark.parametrize("lang", list(Language))
def test_every_event_with_its_proof_in_each_language(controller, lang):
    pdf = build_consent_record(controller, "Matti Meikäläinen", PROOFS, lang, today=TODAY)
    assert len(PdfReader(BytesIO(pdf)).pages) == 1
    shown = words(pdf)
    for expected in EXPECTED[lang]:
        assert expected in shown, expected
    assert "Matti Meikäläinen" in shown and "Maija Myyjä" in shown
    assert "Haluan <b>uutiskirjeen</b> sähköpostiini." in shown  # typed text stays text
    assert DIGEST[:40] in shown.replace(" ", "")
    assert "data-subject request #12" in shown
    assert shown.index("2.5.2024" if lang is not Language.EN else "2 May 2024") < shown.index(
        "lomake.pdf"
    )


def test_no_consents_says_so(controller):
    assert "Henkilöltä ei ole kirjattu suostumuksia." in words(
        build_consent_record(controller, "Aino", (), Language.FI, today=TODAY)
    )


def test_made_archived_with_the_person_and_erased_with_them(services, tmp_path):
    services.controller.save(CONTROLLER)
    register = services.registers.add(REGISTER)
    services.documents.privacy_statement(register.id, Language.FI)
    text = services.consent_texts.add(
        ConsentText(register.id, 0, date(2025, 1, 1), "Haluan uutiskirjeen.", "Jag vill.")
    )
    customer = services.customers.add(person(first_name="Saara", last_name="Suostuja"))
    scan = tmp_path / "lomake.pdf"
    scan.write_bytes(SCAN)
    services.marketing.add_consent(
        ConsentEvent(
            customer.id, ConsentAction.GIVEN, "Uutiskirje", datetime(2026, 11, 22, 9),
            method=ConsentMethod.WEB_FORM, consent_text_id=text.id,
        ),
        evidence_path=scan,
    )  # fmt: skip
    made = services.documents.consent_record(customer.id, Language.SV)
    shown = words(made.pdf)
    assert "Jag vill." not in shown  # the words shown to the (Finnish-speaking) person
    assert "Haluan uutiskirjeen." in shown and f"{REGISTER.name}, version 1" in shown
    assert "version 1, gällande den dagen" in shown and DIGEST[:40] in shown.replace(" ", "")
    (archived,) = services.documents.about_person(customer.id, [])
    assert (archived.kind, archived.customer_id) == ("consent_record", customer.id)
    assert archived.title == "Sammanställning av samtycken: Saara Suostuja"
    services.erasure.erase(customer.id)
    assert services.documents.archive("consent_record") == []
