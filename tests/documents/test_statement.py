"""The privacy statement: all fifteen sections in every language, the register's own facts,
the "none" wordings, the page set-up and the PDF's metadata."""

from __future__ import annotations

import dataclasses
import re
import time
from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader

from tietosuoja_desktop.documents import (
    SignatureBlock,
    build_privacy_statement,
    default_authority,
)
from tietosuoja_desktop.documents.texts import text
from tietosuoja_desktop.domain.enums import Answer, Language

DRAWN_UP = date(2025, 1, 2)
CHANGED = date(2026, 11, 22)


def build(controller, register, lang, signature, **changes) -> bytes:
    register = dataclasses.replace(register, **changes)
    return build_privacy_statement(
        controller,
        register,
        lang,
        authority=default_authority(lang),
        signature=signature,
        drawn_up=DRAWN_UP,
        changed=CHANGED,
    )


@pytest.mark.parametrize("lang", list(Language))
def test_every_section_heading_is_present_in_order(controller, register, signature, lang, pdf_text):
    content = pdf_text(build(controller, register, lang, signature))
    positions = []
    for number in range(1, 16):
        heading = f"{number}. {text(lang, f'statement.s{number}')}"
        assert heading in content, heading
        positions.append(content.index(heading))
    assert positions == sorted(positions)


def test_finnish_statement_tells_the_registers_facts(controller, register, signature, pdf_text):
    content = pdf_text(build(controller, register, Language.FI, signature))
    for expected in (
        "Kahvila Esimerkki Tmi",
        "3354302-8",
        "Oraskatu 4, 20780 Kaarina",
        "Maija Meikäläinen",
        "tietosuoja@kahvilaesimerkki.fi",
        "Kanta-asiakasrekisteri",
        "Tilausten toimittaminen ja laskutus",
        "sopimuksen täytäntöönpano",
        "6 artiklan 1 kohdan b alakohta",
        "Oikeutettu etu: Asiakassuhteen ylläpito ja palvelun parantaminen",
        "Kirjanpitotoimisto Numero Oy",
        "Tietoja säilytetään 5 vuotta viimeisestä tilauksesta.",
        "Tietosuojavaltuutetun toimisto",
        "Lintulahdenkuja 4, 00530 Helsinki",
        "tietosuoja@om.fi",
        "Paperilomakkeet lukitussa kaapissa",
        "Laatimispäivä 2.1.2025",
        "Viimeisin muutos 22.11.2026",
    ):
        assert expected in content, expected


@pytest.mark.parametrize("lang", list(Language))
def test_none_wordings_when_nothing_is_declared(controller, register, signature, lang, pdf_text):
    content = pdf_text(build(controller, register, lang, signature))
    for key in (
        "statement.no_dpo",
        "statement.no_transfers",
        "statement.no_requirement",
        "statement.no_automated",
        "statement.no_cookies",
    ):
        assert text(lang, key) in content, key


UNANSWERED = dict.fromkeys(
    ("transfers", "provision_required", "automated", "profiling"), Answer.UNANSWERED
)
NO_SENTENCES = (
    "statement.no_transfers",
    "statement.transfers",
    "statement.no_requirement",
    "statement.no_automated",
    "statement.no_automated_decisions",
    "statement.no_profiling",
)


def _between(content: str, lang: Language, first: int) -> str:
    start = content.index(f"{first}. {text(lang, f'statement.s{first}')}")
    end = content.index(f"{first + 1}. {text(lang, f'statement.s{first + 1}')}")
    return content[start:end]


@pytest.mark.parametrize("lang", list(Language))
def test_silence_prints_nothing_rather_than_no(controller, register, signature, lang, pdf_text):
    content = pdf_text(build(controller, register, lang, signature, **UNANSWERED))
    for key in NO_SENTENCES:
        assert text(lang, key) not in content, key
    for number in (8, 11, 12):  # the heading stays, with nothing claimed under it
        heading = f"{number}. {text(lang, f'statement.s{number}')}"
        body = _between(content, lang, number).removeprefix(heading)
        assert body.strip() == "", (number, body)


@pytest.mark.parametrize("lang", list(Language))
def test_each_answer_prints_its_own_sentence(controller, register, signature, lang, pdf_text):
    content = pdf_text(
        build(
            controller,
            register,
            lang,
            signature,
            transfers=Answer.WHEN_NECESSARY,
            transfer_safeguards="Vakiosopimuslausekkeet 2021/914",
            profiling=Answer.UNANSWERED,
        )
    )
    transfers = _between(content, lang, 8)
    assert text(lang, "statement.transfers_when_necessary")[:40] in transfers
    assert "Vakiosopimuslausekkeet 2021/914" in transfers
    automated = _between(content, lang, 12)
    assert text(lang, "statement.no_automated_decisions")[:40] in automated
    assert text(lang, "statement.no_profiling")[:30] not in automated
    assert text(lang, "statement.no_automated")[:40] not in automated


@pytest.mark.parametrize("lang", list(Language))
def test_organisational_measures_print_between_manual_and_electronic(
    controller, register, signature, lang, pdf_text
):
    organisational = "Vaitiolositoumus ja käyttöoikeudet vain tarvitseville"
    content = pdf_text(
        build(controller, register, lang, signature, security_organisational=organisational)
    )
    security = _between(content, lang, 13)
    order = [
        text(lang, "label.security_manual"),
        "Paperilomakkeet lukitussa kaapissa",
        text(lang, "label.security_organisational"),
        organisational,
        text(lang, "label.security_electronic"),
        "Salasanasuojattu, salattu kannettava tietokone",
    ]
    positions = [security.index(part) for part in order]
    assert positions == sorted(positions)


def test_declared_dpo_transfers_automation_and_cookies(controller, register, signature, pdf_text):
    controller = dataclasses.replace(
        controller, dpo_name="Tiina Tietosuoja", dpo_email="dpo@example.fi"
    )
    content = pdf_text(
        build(
            controller,
            register,
            Language.EN,
            signature,
            transfers=Answer.YES,
            transfer_safeguards="EU standard contractual clauses",
            automated_decisions="Credit limit set automatically from payment history",
            cookies="Essential cookies only; no analytics",
        )
    )
    assert "Tiina Tietosuoja" in content
    assert text(Language.EN, "statement.no_dpo") not in content
    assert text(Language.EN, "statement.transfers") in content
    assert "Safeguards: EU standard contractual clauses" in content
    assert "Credit limit set automatically" in content
    assert "Essential cookies only; no analytics" in content
    assert text(Language.EN, "statement.no_cookies") not in content


def test_swedish_statement_uses_the_swedish_authority(controller, register, signature, pdf_text):
    content = pdf_text(build(controller, register, Language.SV, signature))
    assert "Dataombudsmannens byrå" in content
    assert "Fågelviksgränden 4, 00530 Helsingfors" in content
    assert "FO-nummer 3354302-8" in content


def test_page_setup_metadata_and_fonts(controller, register, signature):
    pdf = build(controller, register, Language.FI, signature)
    reader = PdfReader(BytesIO(pdf))
    assert reader.metadata.title == "Tietosuojaseloste: Kanta-asiakasrekisteri"
    assert reader.metadata.author == "Kahvila Esimerkki Tmi"
    assert "13 ja 14 artiklan" in reader.metadata.subject
    assert reader.trailer["/Root"]["/Lang"] == "fi"
    for page in reader.pages:
        assert [round(float(value)) for value in page.mediabox] == [0, 0, 595, 842]
        fonts = page["/Resources"]["/Font"]
        names = {str(font.get_object()["/BaseFont"]) for font in fonts.values()}
        assert names and all("DejaVuSans" in name for name in names)
    font = next(iter(reader.pages[0]["/Resources"]["/Font"].values())).get_object()
    descriptor = font["/FontDescriptor"].get_object()
    assert "/FontFile2" in descriptor  # embedded, not referenced


def test_page_numbers_and_signature(controller, register, pdf_text):
    signature = SignatureBlock(
        "Kaarina", CHANGED, "Maija Meikäläinen", "yrittäjä", digital_signer="Kahvila Esimerkki Tmi"
    )
    pdf = build(controller, register, Language.FI, signature)
    pages = len(PdfReader(BytesIO(pdf)).pages)
    content = pdf_text(pdf)
    # pdftotext drops the narrow spaces of the footer ("1/3"); the page itself says "1 / 3".
    assert re.search(rf"\b1 ?/ ?{pages}\b", content)
    assert re.search(rf"\b{pages} ?/ ?{pages}$", content)
    footer = PdfReader(BytesIO(pdf)).pages[0].extract_text()
    assert f"1 / {pages}" in footer
    assert "Kaarina 22.11.2026" in content
    assert "Allekirjoittaja: Kahvila Esimerkki Tmi." in content
    assert content.index("Maija Meikäläinen yrittäjä") > content.index("15. ")


def test_user_text_with_markup_is_printed_literally(
    controller, register, signature, markup, pdf_text
):
    pdf = build(controller, register, Language.FI, signature, name=markup)
    assert markup in pdf_text(pdf)


def test_statement_builds_fast(controller, register, signature):
    build(controller, register, Language.FI, signature)  # fonts registered
    started = time.process_time()
    build(controller, register, Language.SV, signature)
    assert time.process_time() - started < 1.0
