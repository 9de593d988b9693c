"""The access report (Art 15): the cover letter, a copy of every record about the person with
the henkilötunnus masked by default, the registers' facts, the rights, long order histories,
names in any script, and user text that looks like markup."""

from __future__ import annotations

import dataclasses
import time
from io import BytesIO

import pytest
from pypdf import PdfReader

from tietosuoja_desktop.documents import build_access_report, default_authority
from tietosuoja_desktop.documents.texts import text
from tietosuoja_desktop.domain.enums import Language
from tietosuoja_desktop.domain.records import Order


def build(data, lang, signature, **options) -> bytes:
    return build_access_report(
        data, lang, authority=default_authority(lang), signature=signature, **options
    )


def test_report_holds_everything_about_the_person(access_data, signature, pdf_text):
    content = pdf_text(build(access_data, Language.SV, signature))
    for expected in (
        # the cover letter
        "Registerutdrag: dina personuppgifter",
        "Strandvägen 3 B 12 00100 Helsingfors",
        "Bästa Åsa Öberg",
        "Du bad den 3.11.2026 om att få veta om Kahvila Esimerkki Tmi behandlar",
        "Vi bekräftar att vi behandlar personuppgifter som gäller dig.",
        # contact data
        "Kundnummer 42",
        "asa.oberg@example.fi",
        "040 123 4567",  # shown in the national grouping
        "Födelsedatum 1.1.1990",
        "Kund sedan 3.5.2019",
        "från och med 1.2.2024",
        "Allergisk mot nötter. Föredrar havremjölk.",
        # consents with their history, orders, contacts, earlier requests
        "4.3.2021 kl. 14.05",
        "Givet",
        "1.2.2024 kl. 9.30",
        "Återkallat",
        "Lomake 881",
        "T-10000",
        "Kaffe och bulle",
        "3,50 €",
        "Beställningar sammanlagt: 3.",
        "Kaffet var kallt",
        "Reklamation",
        "Förbud mot direktmarknadsföring",
        "2.2.2024",
        # the register
        "Kanta-asiakasrekisteri",
        "Tilausten toimittaminen ja laskutus",
        "fullgörande av avtal",
        "Kirjanpitotoimisto Numero Oy",
        "Uppgifterna sparas i 5 år räknat från den senaste beställningen.",
        "Uppgifterna överförs inte utanför Europeiska unionen",
        "används inte för automatiserat beslutsfattande",
        # rights and the authority
        "Rätt till radering (artikel 17).",
        "Dataombudsmannens byrå",
        "Fågelviksgränden 4, 00530 Helsingfors",
        "Med vänliga hälsningar",
        "Maija Meikäläinen",
    ):
        assert expected in content, expected


def test_personal_id_is_masked_by_default(access_data, signature, pdf_text):
    content = pdf_text(build(access_data, Language.FI, signature))
    assert "010190-****" in content
    assert "010190-123A" not in content
    assert text(Language.FI, "access.masked") in content


def test_personal_id_is_shown_when_asked(access_data, signature, pdf_text):
    content = pdf_text(build(access_data, Language.FI, signature, mask_personal_id=False))
    assert "010190-123A" in content
    assert text(Language.FI, "access.masked") not in content


@pytest.mark.parametrize(
    ("first", "last"),
    [("Åsa", "Öberg"), ("Łukasz", "Żółć"), ("Юлия", "Иванова"), ("Jüri", "Õunapuu")],
)
def test_names_in_any_script_extract_correctly(access_data, signature, pdf_text, first, last):
    customer = dataclasses.replace(access_data.customer, first_name=first, last_name=last)
    data = dataclasses.replace(access_data, customer=customer)
    content = pdf_text(build(data, Language.EN, signature))
    assert f"Dear {first} {last}" in content
    assert f"Name {first} {last}" in content


def test_user_text_with_markup_appears_literally(access_data, signature, markup, pdf_text):
    customer = dataclasses.replace(access_data.customer, first_name=markup, notes=markup)
    order = Order(42, access_data.today, reference=markup, description=markup, amount_cents=100)
    data = dataclasses.replace(access_data, customer=customer, orders=(order,))
    pdf = build(data, Language.FI, signature)
    content = pdf_text(pdf)
    assert content.count(markup) >= 4  # address, salutation, name, notes, order row...
    reader = PdfReader(BytesIO(pdf))
    for page in reader.pages:  # no image was pulled in from the file system
        assert "/XObject" not in page["/Resources"]


def test_empty_history_says_nothing_is_recorded(access_data, signature, pdf_text):
    data = dataclasses.replace(access_data, consents=(), orders=(), contacts=(), requests=())
    content = pdf_text(build(data, Language.EN, signature))
    # consents, orders, contacts, requests, changes and documents
    assert content.count(text(Language.EN, "common.none_recorded")) == 6


def test_report_without_request_date_or_registers(access_data, signature, pdf_text):
    data = dataclasses.replace(access_data, request_received=None, registers=())
    content = pdf_text(build(data, Language.FI, signature))
    assert "Tässä selvityksessä kerromme" in content
    assert text(Language.FI, "access.no_registers") in content


def test_a_thousand_orders_split_over_pages_quickly(access_data, signature, pdf_text, many_orders):
    data = dataclasses.replace(access_data, orders=many_orders(1000))
    build(access_data, Language.FI, signature)  # fonts registered, modules warm
    # CPU time, not wall time: other processes on a busy machine must not fail the test.
    timings = []
    for _ in range(2):
        started = time.process_time()
        pdf = build(data, Language.FI, signature)
        timings.append(time.process_time() - started)
    assert min(timings) < 1.0, timings
    pages = PdfReader(BytesIO(pdf)).pages
    assert 12 <= len(pages) <= 40, len(pages)  # about sixty rows a page
    content = pdf_text(pdf)
    assert "T-10000" in content and "T-10999" in content
    assert "Tilauksia yhteensä: 1000." in content
    # the header row is repeated on every page the table runs over
    headers = ("Päivämäärä", "Viite", "Kuvaus", "Summa", "Tila")
    with_orders = [page.extract_text() for page in pages if "T-10" in page.extract_text()]
    assert len(with_orders) >= len(pages) - 3
    assert all(all(word in page for word in headers) for page in with_orders)


def test_a_very_long_order_description_splits_inside_the_row(access_data, signature, pdf_text):
    description = "Juhlatarjoilu " + "kahvi ja pulla " * 700
    order = Order(42, access_data.today, reference="T-1", description=description)
    data = dataclasses.replace(access_data, orders=(order,))
    pdf = build(data, Language.FI, signature)  # must not raise a LayoutError
    assert len(PdfReader(BytesIO(pdf)).pages) >= 3
