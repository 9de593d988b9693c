"""Reading spreadsheet columns: headers in three languages and web-shop shapes, and values as
people write them."""

from __future__ import annotations

from datetime import date

import pytest

from tietosuoja_desktop.domain.csv_mapping import ColumnMapping, RowReader, Target, guess_target
from tietosuoja_desktop.domain.csv_values import (
    parse_cents,
    parse_date,
    split_full_name,
    unneutralised,
)
from tietosuoja_desktop.domain.enums import CustomerKind, Language, OrderStatus


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("Sähköposti", Target.EMAIL),
        ("SÄHKÖPOSTIOSOITE", Target.EMAIL),
        ("sahkoposti", Target.EMAIL),
        ("E-post", Target.EMAIL),
        ("billing_email", Target.EMAIL),
        ("Asiakkaan sähköposti (työ)", Target.EMAIL),
        ("Accepts Email Marketing", Target.MARKETING_EMAIL),  # a consent column (issue 22)
        ("Email verified", Target.IGNORE),
        ("Förnamn", Target.FIRST_NAME),
        ("billing_first_name", Target.FIRST_NAME),
        ("Nimi", Target.FULL_NAME),
        ("Y-tunnus", Target.BUSINESS_ID),
        ("FO-nummer", Target.BUSINESS_ID),
        ("Default Address Zip", Target.POSTAL_CODE),
        ("Postnummer", Target.POSTAL_CODE),
        ("Postitoimipaikka", Target.CITY),
        ("Henkilötunnus", Target.PERSONAL_ID),
        ("Customer ID", Target.IGNORE),
        ("Total Spent", Target.IGNORE),
        ("order_total", Target.ORDER_AMOUNT),
        ("Tilausnumero", Target.ORDER_REFERENCE),
        ("", Target.IGNORE),
        ("\ufeffEtunimi", Target.FIRST_NAME),
    ],
)
def test_headers_are_recognised(header, target):
    assert guess_target(header) is target


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31.1.2026", date(2026, 1, 31)),
        ("01.02.2026", date(2026, 2, 1)),
        ("2026-01-31", date(2026, 1, 31)),
        ("2022-09-14 18:02:11", date(2022, 9, 14)),
        ("2022-09-14T18:02:11+03:00", date(2022, 9, 14)),
        ("12/05/2021", date(2021, 5, 12)),
        ("31.2.2026", None),
        ("31.1.26", None),
        ("eilen", None),
    ],
)
def test_dates(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("12,50", 1250),
        ("12.50", 1250),
        ("1 234,50 €", 123450),
        ("1.234,50", 123450),
        ("1,234.50", 123450),
        ("EUR 12", 1200),
        ("12,505", None),
        ("kaksi", None),
        ("-5,00", -500),
    ],
)
def test_amounts(text, cents):
    assert parse_cents(text) == cents


def test_names_and_apostrophes():
    assert split_full_name("Meikäläinen, Matti") == ("Matti", "Meikäläinen")
    assert split_full_name("Anna Maria Virtanen") == ("Anna Maria", "Virtanen")
    assert split_full_name("Cher") == ("", "Cher")
    assert unneutralised("'=1+1") == "=1+1"
    assert unneutralised("'00100") == "00100"
    assert unneutralised("'Ohana") == "'Ohana"


def test_a_row_read_through_a_mapping():
    headers = ["Nimi", "Yritys", "Y-tunnus", "Kieli", "Tilauspäivä", "Summa", "Tila", "Tyyppi"]
    mapping = ColumnMapping.guess(headers)
    reader = RowReader(mapping, len(headers), with_orders=True)
    parsed = reader.read(
        ["Virtanen, Aino", "Kahvila Aino", "FI33543028", "svenska", "2.3.2024", "45,80",
         "toimitettu", ""]
    )  # fmt: skip
    customer = parsed.customer
    assert (customer.first_name, customer.last_name) == ("Aino", "Virtanen")
    assert customer.business_id == "3354302-8"
    assert customer.kind is CustomerKind.ORGANISATION
    assert customer.language is Language.SV
    assert parsed.order.amount_cents == 4580 and parsed.order.status is OrderStatus.DELIVERED
    assert parsed.problems == ()

    bad = reader.read(["Aino", "", "", "klingon", "30.2.2024", "paljon", "kadonnut", "alien"])
    assert [p.field for p in bad.problems] == [
        "kind", "language", "order_date", "order_amount", "order_status",
    ]  # fmt: skip
    short = reader.read(["Aino"])
    assert [p.field for p in short.problems] == ["row"]
