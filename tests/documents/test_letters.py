"""The request letters: every kind in every language, the facts each must state (due dates,
reasons, the authority and judicial remedy in a refusal, what an erasure kept and why)."""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader

from tietosuoja_desktop.documents import (
    LetterData,
    LetterKind,
    build_letter,
    default_authority,
)
from tietosuoja_desktop.documents.model import BackupHolding
from tietosuoja_desktop.documents.texts import text
from tietosuoja_desktop.domain.enums import Language, RequestType
from tietosuoja_desktop.domain.erasure import KEPT_REASON
from tietosuoja_desktop.domain.records import DataRequest, ErasureSummary, KeptOrder

RECEIVED = date(2026, 11, 30)
ERASURE = ErasureSummary(
    customer_id=42,
    deleted={
        "customer": 1,
        "consents": 2,
        "contacts": 1,
        "orders": 0,
        "register_memberships": 1,
        "documents": 3,
        "request_personal_details": 1,
    },
    anonymised_orders=(
        KeptOrder(order_id=501, ordered_on=date(2025, 3, 1), keep_until=date(2031, 12, 31)),
        KeptOrder(order_id=502, ordered_on=date(2026, 1, 5), keep_until=date(2032, 12, 31)),
    ),
    kept_reason=KEPT_REASON.source,
)


@pytest.fixture
def letter_data(controller) -> LetterData:
    return LetterData(
        controller=controller,
        recipient_name="Åsa Öberg",
        recipient_address="Strandvägen 3 B 12\n00100 Helsingfors",
        request=DataRequest(RequestType.ERASURE, RECEIVED, id=17, customer_id=42),
        due=date(2026, 12, 30),
        extended_due=date(2027, 3, 1),
        reason="Pyyntö koskee yli tuhatta tilausta kolmessa eri järjestelmässä.",
        erasure=ERASURE,
        done_items=("Asiakastiedot poistettiin", "Kirjanpitotoimistolle ilmoitettiin"),
        today=date(2026, 12, 2),
    )


def build(kind, data, lang, signature) -> bytes:
    return build_letter(kind, data, lang, authority=default_authority(lang), signature=signature)


@pytest.mark.parametrize("lang", list(Language))
@pytest.mark.parametrize("kind", list(LetterKind))
def test_every_letter_in_every_language(kind, lang, letter_data, signature, pdf_text):
    pdf = build(kind, letter_data, lang, signature)
    content = pdf_text(pdf)
    title = text(lang, f"letter.{kind.value}.title")
    assert title in content
    assert "Åsa Öberg" in content and "Strandvägen 3 B 12 00100 Helsingfors" in content
    assert text(lang, "request.erasure") in content
    assert text(lang, "common.regards") in content
    assert "Maija Meikäläinen" in content
    reader = PdfReader(BytesIO(pdf))
    assert reader.metadata.title == title
    assert reader.trailer["/Root"]["/Lang"] == lang.value


@pytest.mark.parametrize("lang", list(Language))
def test_refusal_names_the_authority_and_the_judicial_remedy(
    lang, letter_data, signature, pdf_text
):
    content = pdf_text(build(LetterKind.REFUSAL, letter_data, lang, signature))
    authority = default_authority(lang)
    assert authority.name in content
    assert authority.postal_address in content
    assert authority.phone in content and authority.email in content
    assert text(lang, "letter.refusal.court") in content
    assert text(lang, "letter.refusal.basis") in content  # Art 12(4)
    assert "yli tuhatta tilausta" in content  # the reason


def test_refusal_and_extension_need_reasons(letter_data, signature):
    without_reason = dataclasses.replace(letter_data, reason="  ")
    for kind in (LetterKind.REFUSAL, LetterKind.EXTENSION_NOTICE):
        with pytest.raises(ValueError):
            build(kind, without_reason, Language.FI, signature)
    without_date = dataclasses.replace(letter_data, extended_due=None)
    with pytest.raises(ValueError):
        build(LetterKind.EXTENSION_NOTICE, without_date, Language.FI, signature)


def test_acknowledgement_states_the_due_date(letter_data, signature, pdf_text):
    content = pdf_text(build(LetterKind.ACKNOWLEDGEMENT, letter_data, Language.FI, signature))
    assert "Vastaamme pyyntöösi viipymättä ja viimeistään 30.12.2026." in content
    assert "vastaanotettu 30.11.2026" in content
    assert "Viitteemme: 17" in content
    undated = dataclasses.replace(letter_data, due=None)
    content = pdf_text(build(LetterKind.ACKNOWLEDGEMENT, undated, Language.FI, signature))
    assert text(Language.FI, "letter.acknowledgement.due_unknown") in content


def test_identity_request_cites_article_12_6(letter_data, signature, pdf_text):
    content = pdf_text(build(LetterKind.IDENTITY_REQUEST, letter_data, Language.EN, signature))
    assert "GDPR Article 12(6)" in content
    assert "reply by 30 December 2026 at the latest" in content


def test_extension_notice_gives_reasons_and_new_date(letter_data, signature, pdf_text):
    content = pdf_text(build(LetterKind.EXTENSION_NOTICE, letter_data, Language.SV, signature))
    assert "artikel 12.3" in content
    assert "yli tuhatta tilausta" in content
    assert "Vi besvarar din begäran senast 1.3.2027." in content


def test_erasure_completion_says_what_was_erased_and_what_was_kept(
    letter_data, signature, pdf_text
):
    content = pdf_text(build(LetterKind.COMPLETION, letter_data, Language.FI, signature))
    assert "Asiakastiedot poistettiin" in content
    assert "Perus- ja yhteystiedot" in content and "Suostumustiedot" in content
    assert "Sinulle laaditut asiakirjat (kirjeet ja tarkastusselvitykset) 3" in content
    assert "Tilaukset 0" not in content  # nothing deleted is not listed
    assert "kirjanpitolaki (1336/1997, 2 luvun 10 §)" in content
    assert "17 artiklan 3 kohdan b alakohta" in content
    assert "501" in content and "31.12.2031" in content and "31.12.2032" in content
    assert KEPT_REASON.source not in content  # the standard reason is worded in Finnish


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            Language.FI,
            (
                "Ilmoitamme poistosta jokaiselle vastaanottajalle",
                "(tietosuoja-asetuksen 19 artikla)",
                "Kirjanpitotoimisto Numero Oy (kirjanpito)",
                "Verkkokauppa-alustan toimittaja",
                "Kerromme pyynnöstäsi, keitä nämä vastaanottajat ovat.",
                "varmuuskopioissa, jotka on otettu ennen poistoa",
                "kustakin lajista 7 uusinta",
                "kunnes poistamme ne",
                "tietosi poistetaan siitä uudelleen",
            ),
        ),
        (
            Language.SV,
            (
                "Vi meddelar raderingen till varje mottagare",
                "(artikel 19 i dataskyddsförordningen)",
                "Kirjanpitotoimisto Numero Oy (kirjanpito)",
                "På begäran meddelar vi vilka dessa mottagare är.",
                "säkerhetskopior av registret som tagits före raderingen",
                "de 7 senaste av varje slag",
                "raderas dina uppgifter ur den på nytt",
            ),
        ),
    ],
)
def test_erasure_letter_tells_of_recipients_and_backups(
    letter_data, signature, pdf_text, lang, expected
):
    data = dataclasses.replace(
        letter_data,
        recipients=("Kirjanpitotoimisto Numero Oy (kirjanpito)", "Verkkokauppa-alustan toimittaja"),
        backups=BackupHolding(automatic=3, keep_last=7),
    )
    content = pdf_text(build(LetterKind.COMPLETION, data, lang, signature))
    for line in expected:
        assert line in content, line


def test_erasure_letter_without_recipients_says_none_are_recorded(letter_data, signature, pdf_text):
    content = pdf_text(build(LetterKind.COMPLETION, letter_data, Language.SV, signature))
    assert " ".join(text(Language.SV, "letter.completion.no_recipients").split()) in content
    assert "säkerhetskopior" not in content  # backups unknown: nothing said


@pytest.mark.parametrize("lang", list(Language))
def test_the_request_type_is_named_once_with_its_article(letter_data, signature, pdf_text, lang):
    access = dataclasses.replace(
        letter_data, request=DataRequest(RequestType.ACCESS, RECEIVED, id=19), erasure=None
    )
    content = pdf_text(build(LetterKind.ACKNOWLEDGEMENT, access, lang, signature))
    named = text(lang, "request.access")
    assert f"{named}, " in content and text(lang, "request_article.access") in content
    assert not re.search(r"\)\s+\(", content)  # never "(...) (...)"


@pytest.mark.parametrize("lang", [Language.FI, Language.SV])
def test_the_sign_off_never_stands_alone_on_a_page(letter_data, signature, lang):
    """However long the list of kept orders, the page with the closing also holds the body's
    last paragraph (the user's note) and the contact line."""
    regards = text(lang, "common.regards")
    contact = text(lang, "letter.contact", contact="")[:20]
    for count in range(6, 26, 2):
        kept = tuple(
            KeptOrder(order_id=500 + n, ordered_on=date(2025, 3, 1), keep_until=date(2031, 12, 31))
            for n in range(count)
        )
        erasure = dataclasses.replace(ERASURE, anonymised_orders=kept)
        data = dataclasses.replace(letter_data, erasure=erasure, reason="Loppuhuomautus.")
        pages = PdfReader(BytesIO(build(LetterKind.COMPLETION, data, lang, signature))).pages
        texts = [" ".join((page.extract_text() or "").split()) for page in pages]
        closing = next(page for page in texts if regards in page)
        assert "Loppuhuomautus." in closing and contact in closing, (count, len(pages))


def test_completion_without_erasure(letter_data, signature, pdf_text):
    data = dataclasses.replace(
        letter_data,
        request=DataRequest(RequestType.RECTIFICATION, RECEIVED, id=18),
        erasure=None,
        reason="",
        done_items=("Osoite korjattiin",),
    )
    content = pdf_text(build(LetterKind.COMPLETION, data, Language.FI, signature))
    assert "Osoite korjattiin" in content
    assert "kirjanpitolaki" not in content


def test_no_data_held(letter_data, signature, pdf_text):
    data = dataclasses.replace(
        letter_data,
        request=DataRequest(RequestType.ACCESS, RECEIVED, requester_name="Юлия Иванова"),
        recipient_name="Юлия Иванова",
        recipient_address="",
        erasure=None,
    )
    content = pdf_text(build(LetterKind.NO_DATA_HELD, data, Language.EN, signature))
    assert "Dear Юлия Иванова" in content
    assert "Kahvila Esimerkki Tmi does not process any personal data concerning you" in content


def test_recipient_with_markup_is_printed_literally(letter_data, signature, markup, pdf_text):
    data = dataclasses.replace(
        letter_data, recipient_name=markup, recipient_address=markup, reason=markup
    )
    content = pdf_text(build(LetterKind.REFUSAL, data, Language.FI, signature))
    assert content.count(markup) >= 3


def test_swedish_erasure_letter_uses_the_bookkeeping_acts_terms(letter_data, signature, pdf_text):
    content = pdf_text(build(LetterKind.COMPLETION, letter_data, Language.SV, signature))
    assert (
        "kräver att verifikat bevaras i sex år från utgången av det år under vilket "
        "räkenskapsperioden gick ut" in content
    )
    assert "verifikationer" not in content and "upphörde" not in content


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            Language.FI,
            "Pyyntö: Tarkastusoikeus (pääsy omiin tietoihin), tietosuoja-asetuksen 15 artikla; "
            "vastaanotettu 30.11.2026",
        ),
        (
            Language.SV,
            "Begäran: Rätt till tillgång (insyn i egna uppgifter), artikel 15 i "
            "dataskyddsförordningen; mottagen den 30.11.2026",
        ),
    ],
)
def test_the_request_type_is_printed_with_one_set_of_brackets(
    letter_data, signature, pdf_text, lang, line
):
    request = dataclasses.replace(letter_data.request, type=RequestType.ACCESS)
    data = dataclasses.replace(letter_data, request=request)
    content = pdf_text(build(LetterKind.ACKNOWLEDGEMENT, data, lang, signature))
    assert line in content
    assert ") (" not in content
