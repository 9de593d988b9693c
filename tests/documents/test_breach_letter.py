"""The breach documents: the Art 34 letter in each language states what Art 34(2) requires, user
text stays text, and the one-page report holds the record."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from io import BytesIO

import pytest
from pypdf import PdfReader

from tietosuoja_desktop.documents import SignatureBlock, default_authority
from tietosuoja_desktop.documents.breach_letter import build_breach_letter, build_breach_report
from tietosuoja_desktop.documents.texts import text
from tietosuoja_desktop.domain.breaches import (
    Breach,
    BreachNature,
    BreachRisk,
    InformExemption,
)
from tietosuoja_desktop.domain.enums import Language

TODAY = date(2026, 11, 22)
BREACH = Breach(
    id=7,
    discovered_at=datetime(2026, 11, 20, 9, 30),
    recorded_at=datetime(2026, 11, 20, 10, 0),
    description="Kannettava tietokone varastettiin autosta.",
    natures=(BreachNature.CONFIDENTIALITY,),
    data_categories="Nimi, osoite, tilaushistoria",
    people_affected=40,
    records_affected=55,
    consequences="Huijausviestien riski.",
    measures_taken="Salasanat vaihdettu.",
    measures_proposed="Levyn salaus kaikille koneille.",
    risk=BreachRisk.HIGH,
    risk_reasoning="Salaamaton levy.",
    authority_notified_at=datetime(2026, 11, 21, 15, 0),
    authority_reference="TSV/1234/2026",
)


def signature(lang) -> SignatureBlock:
    return SignatureBlock(place="Kaarina", date=TODAY, name="Maija Meikäläinen")


def letter(customer, controller, lang, breach=BREACH) -> bytes:
    return build_breach_letter(
        breach,
        customer,
        controller,
        lang,
        authority=default_authority(lang),
        signature=signature(lang),
        today=TODAY,
    )


@pytest.mark.parametrize("lang", list(Language))
def test_letter_states_what_article_34_requires(lang, customer, controller, pdf_text):
    pdf = letter(customer, controller, lang)
    content = pdf_text(pdf)
    assert text(lang, "breach.letter.title") in content
    assert BREACH.description in content  # nature of the breach
    assert text(lang, "breach.nature.confidentiality").split(" (")[0] in content
    assert BREACH.consequences in content  # likely consequences
    assert BREACH.measures_taken in content and BREACH.measures_proposed in content
    assert "tietosuoja@kahvilaesimerkki.fi" in content  # the contact point
    assert default_authority(lang).name in content  # complaint to the authority
    assert "Åsa Öberg" in content and "Strandvägen 3 B 12" in content
    assert len(PdfReader(BytesIO(pdf)).pages) <= 2


def test_letter_names_the_dpo_as_contact_point_when_appointed(customer, controller, pdf_text):
    with_dpo = replace(controller, dpo_name="Tiina Tietosuoja", dpo_email="dpo@example.fi")
    content = pdf_text(letter(customer, with_dpo, Language.FI))
    assert "Tiina Tietosuoja, dpo@example.fi" in content


def test_user_text_is_not_markup(customer, controller, markup, pdf_text):
    content = pdf_text(
        letter(customer, controller, Language.EN, replace(BREACH, description=markup))
    )
    assert markup in content


def test_unknown_consequences_are_said_so(customer, controller, pdf_text):
    content = pdf_text(letter(customer, controller, Language.SV, replace(BREACH, consequences="")))
    assert text(Language.SV, "breach.letter.consequences_unknown") in content


@pytest.mark.parametrize("lang", list(Language))
def test_report_holds_the_record_on_one_page(lang, controller, pdf_text):
    exempt = replace(
        BREACH,
        inform_exemption=InformExemption.PUBLIC_COMMUNICATION,
        inform_exemption_reason="Osoitteet puuttuvat",
        notified_in_phases=True,
    )
    pdf = build_breach_report(exempt, controller, lang, today=TODAY)
    content = pdf_text(pdf)
    assert text(lang, "breach.report.title", id=7) in content
    assert "TSV/1234/2026" in content and "Osoitteet puuttuvat" in content
    assert text(lang, "breach.risk.high") in content
    assert len(PdfReader(BytesIO(pdf)).pages) == 1
