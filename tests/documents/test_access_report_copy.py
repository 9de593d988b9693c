"""The access report's whole copy (Art 15(3)): the changes recorded about the person, the earlier
requests with what they asked and their timelines, the documents archived about them, the
backups that may hold them, the recipients by name, and the register texts a report in another
language prints untranslated; read back from the PDF in Finnish and Swedish."""

from __future__ import annotations

import dataclasses
import re
from datetime import date, datetime
from io import BytesIO

import pytest
from pypdf import PdfReader

from tietosuoja_desktop.documents import build_access_report, default_authority
from tietosuoja_desktop.documents.model import BackupHolding, Untranslated
from tietosuoja_desktop.documents.texts import text
from tietosuoja_desktop.domain.enums import Language, RequestStatus, RequestType
from tietosuoja_desktop.domain.records import (
    ArchivedDocument,
    AuditEntry,
    DataRequest,
    RequestEvent,
)

FI, SV, EN = Language.FI, Language.SV, Language.EN
SHA = "ab12cd34ef56ab78" + "0" * 48


def build(data, lang, signature) -> bytes:
    return build_access_report(data, lang, authority=default_authority(lang), signature=signature)


@pytest.fixture
def full_data(access_data):
    request = DataRequest(
        RequestType.RECTIFICATION,
        date(2025, 3, 3),
        id=7,
        customer_id=42,
        description="Sukunimeni on muuttunut, korjatkaa se.",
        status=RequestStatus.COMPLETED,
        completed_on=date(2025, 3, 10),
    )
    events = (
        RequestEvent(7, datetime(2025, 3, 3, 9, 15), "logged"),
        RequestEvent(7, datetime(2025, 3, 4, 10, 0), "letter_acknowledgement"),
        RequestEvent(7, datetime(2025, 3, 10, 12, 30), "rectified", "last_name, email"),
        RequestEvent(7, datetime(2025, 3, 10, 12, 31), "complete"),
    )
    audit = (
        AuditEntry(datetime(2025, 3, 10, 12, 29), "update", "customer", 42, ("last_name",), 9),
        AuditEntry(datetime(2019, 5, 3, 8, 0), "create", "customer", 42, ("first_name",), 1),
    )
    document = ArchivedDocument(
        5, "letter_acknowledgement", "Vahvistus", FI, datetime(2025, 3, 4, 10, 0), SHA, False
    )
    backups = BackupHolding(
        automatic=3,
        on_request=1,
        oldest=datetime(2026, 10, 1, 18, 0),
        newest=datetime(2026, 11, 21, 18, 0),
        keep_last=7,
    )
    return dataclasses.replace(
        access_data,
        requests=(request,),
        request_events=events,
        audit=audit,
        audit_limit=500,
        documents=(document,),
        backups=backups,
    )


# What each section of the copy prints, in Finnish and Swedish, in the order it prints it.
COPY = {
    ("changes", FI): (
        "Tietoihisi tehdyt muutokset",
        "3.5.2019 klo 8.00 Lisätty rekisteriin etunimi",
        "10.3.2025 klo 12.29 Tietoja muutettu sukunimi",
    ),
    ("changes", SV): (
        "Ändringar i dina uppgifter",
        "3.5.2019 kl. 8.00 Införd i registret förnamn",
        "10.3.2025 kl. 12.29 Uppgifterna ändrade efternamn",
    ),
    ("requests", FI): (
        "Tietojen oikaiseminen, tietosuoja-asetuksen 16 artikla",
        "Vastaanotettu 3.3.2025. Tila: Käsitelty 10.3.2025.",
        "Pyynnön sisältö: Sukunimeni on muuttunut, korjatkaa se.",
        "3.3.2025 klo 9.15 Pyyntö kirjattu",
        "4.3.2025 klo 10.00 Vastaanottovahvistus lähetetty",
        "Oikaistut tiedot kirjattu: sukunimi, sähköposti",
        "Pyyntö toteutettu",
    ),
    ("requests", SV): (
        "Rättelse av uppgifter, artikel 16 i dataskyddsförordningen",
        "Mottagen den 3.3.2025. Status: Behandlad den 10.3.2025.",
        "Begärans innehåll: Sukunimeni on muuttunut, korjatkaa se.",
        "3.3.2025 kl. 9.15 Begäran antecknad",
        "De rättade uppgifterna antecknade: efternamn, e-post",
        "Begäran verkställd",
    ),
    ("documents", FI): (
        "Sinusta arkistoidut asiakirjat",
        "4.3.2025 klo 10.00",
        "Vahvistus pyyntösi vastaanottamisesta",
        "ab12cd34ef56ab78",
    ),
    ("documents", SV): (
        "Arkiverade dokument om dig",
        "4.3.2025 kl. 10.00",
        "Bekräftelse på mottagen begäran",
        "ab12cd34ef56ab78",
    ),
    ("backups", FI): (
        "on 4; vanhin on otettu 1.10.2026 ja uusin 21.11.2026",
        "Niistä 3 on otettu automaattisesti",
        "säilytetään kustakin lajista 7 uusinta",
        "Niistä 1 on otettu erikseen; ne säilyvät, kunnes poistamme ne.",
        "siitä poistetaan ensin kaikki ne henkilöt",
    ),
    ("backups", SV): (
        "Det finns 4 säkerhetskopior",
        "den äldsta är från den 1.10.2026 och den senaste från den 21.11.2026",
        "sparas de 7 senaste av varje slag",
        "Av dem har 1 tagits separat; de sparas tills vi tar bort dem.",
    ),
}


@pytest.mark.parametrize(("section", "lang"), list(COPY))
def test_each_part_of_the_copy_in_words(full_data, signature, pdf_text, section, lang):
    """The changes recorded about the person (oldest first), the earlier requests with what
    they asked and their timelines, the documents archived about them (the start of the
    SHA-256 only) and the backups that may hold them, with until when."""
    content = pdf_text(build(full_data, lang, signature))
    at = 0
    for line in COPY[section, lang]:
        assert line in content[at:], line
        at = content.index(line, at)
    assert SHA not in content


@pytest.mark.parametrize("lang", [FI, SV, EN])
def test_a_request_type_prints_its_article_once_in_one_pair_of_brackets(
    access_data, signature, pdf_text, lang
):
    request = DataRequest(RequestType.ACCESS, date(2025, 1, 7), id=3, customer_id=42)
    content = pdf_text(
        build(dataclasses.replace(access_data, requests=(request,)), lang, signature)
    )
    named = text(lang, "request.access")
    article = text(lang, "request_article.access")
    assert content.count(f"{named}, ") == 1 and article in content
    assert not re.search(r"\)\s+\(", content)  # never "(...) (...)"


def test_no_backups_says_so(full_data, signature, pdf_text):
    data = dataclasses.replace(full_data, backups=BackupHolding(keep_last=10))
    content = pdf_text(build(data, FI, signature))
    assert text(FI, "copy.backups_none") in content


@pytest.mark.parametrize("lang", [FI, SV])
def test_recipients_by_name_say_the_register_names_none(access_data, signature, pdf_text, lang):
    content = pdf_text(build(access_data, lang, signature))
    assert "Kirjanpitotoimisto Numero Oy (kirjanpito)" in content  # the categories as written
    assert text(lang, "copy.recipients_named") in content
    assert " ".join(text(lang, "copy.recipients_not_named").split()) in content


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (FI, "Rekisterin Kanta-asiakasrekisteri seuraavat tekstit ovat osassa 2"),
        (SV, "Följande texter om registret Kanta-asiakasrekisteri står i del 2"),
        (EN, "The following texts about the register Kanta-asiakasrekisteri"),
    ],
)
def test_untranslated_register_texts_are_named_on_the_first_page(
    access_data, signature, pdf_text, lang, expected
):
    fields = ("name", "purposes[0].description", "recipients", "security_manual")
    untranslated = (Untranslated("Kanta-asiakasrekisteri", FI, fields),)
    pdf = build(dataclasses.replace(access_data, untranslated=untranslated), lang, signature)
    first = " ".join((PdfReader(BytesIO(pdf)).pages[0].extract_text() or "").split())
    assert expected in first
    label = text(lang, "label.recipients")
    assert label[:1].lower() + label[1:] in first
    assert text(lang, "label.security_manual").lower() not in first.lower()  # not printed


TABLE_HEADERS = (
    "label.time",
    "label.purpose",
    "label.action",
    "label.channel",
    "label.evidence",
    "label.date",
    "label.reference",
    "label.description",
    "label.amount",
    "label.status",
    "label.kind",
    "label.summary",
    "copy.col.time",
    "copy.col.event",
    "copy.col.fields",
    "copy.col.document",
    "copy.col.checksum",
)


@pytest.mark.parametrize("lang", [FI, SV, EN])
def test_no_table_header_breaks_inside_a_word(full_data, signature, pdf_text, lang):
    content = pdf_text(build(full_data, lang, signature))
    for key in TABLE_HEADERS:
        assert text(lang, key) in content, (lang, key)
