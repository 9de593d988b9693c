"""The fast checks of an import give exactly what clean_customer gives: generated customers,
e-mail addresses and phone numbers of every shape, compared one by one."""

from __future__ import annotations

import random
import sys
from dataclasses import fields
from datetime import date

import phonenumbers
import pytest
from helpers.csv_samples import HEADERS, import_rows
from helpers.properties import examples
from hypothesis import given, settings
from hypothesis import strategies as st

from tietosuoja_desktop.domain.bulk_validation import (
    clean_for_import,
    clean_values,
    is_valid_finnish_number,
    quick_clean,
    quick_email,
    quick_phone,
)
from tietosuoja_desktop.domain.csv_mapping import ColumnMapping, RowReader
from tietosuoja_desktop.domain.enums import CustomerKind
from tietosuoja_desktop.domain.records import Customer
from tietosuoja_desktop.domain.validation import (
    clean_customer,
    email_problem,
    normalise_email,
    normalise_phone,
    phone_problem,
)

TODAY = date(2026, 11, 22)

pieces = st.sampled_from(
    [
        "", " ", "Aino", "Mäkelä", "Ö", "x" * 199, "x" * 201, "\x07", "\u2028", "\t", "A\nB",
        "Rantakatu 4 B 12", "00100", "0010", "FI", "Suomi", "Sverige", "SE-123 45", "3354302-8",
        "3354302-9", "33543028", "131052-308T", "131052-308A", "=1+1", "'+358", "🙂", "\r\n",
        "Aino\u202e", "\u2066Åsa", "½",
    ]
)  # fmt: skip
emails = st.one_of(
    st.sampled_from(
        [
            "", "aino@example.fi", "Aino.Makela@Example.FI", "info@example.com",
            "Postmaster@example.com", "a..b@example.fi", ".a@example.fi", "a@example",
            "a@-example.fi", "äiti@example.fi", "matti@esimerkkiä.fi", "a@xn--esimerkki-5za.fi",
            "a@example.fi.", "a b@example.fi", '"a"@example.fi', "a@[127.0.0.1]", "@example.fi",
            "a@example..fi", "x" * 65 + "@example.fi", "a@" + "b" * 64 + ".fi", "a@localhost",
            "a@example.invalid", "a@example.test", "a@example.arpa", "a@1.2.3.4",
            "first.last+tag@sub.example.co.uk", "a@example.fi ", " a@example.fi",
        ]
    ),
    st.from_regex(r"[A-Za-z0-9._%+!#'-]{1,12}@[a-z0-9.-]{1,15}\.[a-z]{1,4}", fullmatch=True),
)  # fmt: skip
phones = st.one_of(
    st.sampled_from(
        [
            "", "040 123 4567", "0401234567", "+358 40 123 4567", "+358401234567",
            "+3580401234567", "00358 40 123 4567", "(040) 123 4567", "040-123-4567",
            "09 123 4567", "018 12345", "+46 70 123 45 67", "123", "0800 123 456",
            "0600 12345", "020 123 456", "029 123 4567", "040 123 4567 ext 5", "+358 18 12345",
        ]
    ),
    st.from_regex(r"(0|\+358 ?|00358)[1-9][0-9 -]{2,14}", fullmatch=True),
)  # fmt: skip


@st.composite
def customers(draw) -> Customer:
    return Customer(
        kind=draw(st.sampled_from(CustomerKind)),
        first_name=draw(pieces),
        last_name=draw(pieces),
        organisation=draw(pieces),
        business_id=draw(pieces),
        street_address=draw(pieces),
        postal_code=draw(pieces),
        city=draw(pieces),
        country=draw(pieces),
        phone=draw(phones),
        email=draw(emails),
        personal_id=draw(st.sampled_from(["", "131052-308T", "131052-308A", " 131052-308t "])),
        notes=draw(pieces),
        birth_date=draw(st.sampled_from([None, date(1952, 10, 13), date(1990, 1, 1)])),
        customer_since=draw(st.sampled_from([None, date(2020, 1, 1), date(2027, 1, 1)])),
    )


@settings(max_examples=examples(1500), deadline=None)
@given(customers())
def test_clean_for_import_is_clean_customer(customer):
    expected = clean_customer(customer, today=TODAY)
    assert clean_for_import(customer, TODAY) == expected
    values = {name: getattr(customer, name) for name in customer.__dataclass_fields__}
    assert clean_values(values, TODAY) == expected


@settings(max_examples=examples(1500), deadline=None)
@given(emails)
def test_quick_email_agrees_with_email_validator(text):
    quick = quick_email(text)
    if quick is not None:
        assert email_problem(text) is None
        assert normalise_email(text) == quick


@settings(max_examples=examples(1500), deadline=None)
@given(phones)
def test_quick_phone_agrees_with_phonenumbers(text):
    quick = quick_phone(text)
    if quick is not None:
        assert phone_problem(text) is None
        assert normalise_phone(text) == quick


def test_finnish_validity_agrees_with_phonenumbers_on_random_numbers():
    rng = random.Random(20261122)
    for length in range(1, 18):
        for _ in range(1500):
            digits = str(rng.randrange(1, 10)) + "".join(
                rng.choice("0123456789") for _ in range(length - 1)
            )
            number = phonenumbers.PhoneNumber(country_code=358, national_number=int(digits))
            assert is_valid_finnish_number(digits) == phonenumbers.is_valid_number(number), digits


def test_the_short_cut_answers_ordinary_rows():
    """Not a correctness check: the common shapes really take the fast path."""
    assert quick_phone("040 123 4567") == "+358401234567"
    assert quick_phone("+358 50 765 4321") == "+358507654321"
    assert quick_email("Aino.Makela@Example.FI") == "Aino.Makela@example.fi"
    assert quick_email("Info@example.fi") is None  # RFC 2142 names go the long way


def _import_file_rows(count: int) -> list:
    """Issue 18's import rows, read as the import reads them: values parsed by the mapping."""
    headers = (*HEADERS, "Syntymäaika")
    reader = RowReader(ColumnMapping.guess(headers), len(headers))
    rows = import_rows(count, seed=18, birth_dates=0.6, bad_emails=0.03, bad_birth_dates=0.1)
    return [reader.read(row) for row in rows]


@pytest.mark.parametrize(
    "count", [1_000, pytest.param(10_000, marks=pytest.mark.slow)], ids=["1k", "10k"]
)
def test_import_rows_with_birth_dates_are_checked_as_clean_customer_checks_them(count):
    parsed_rows = _import_file_rows(count)
    births, refused, quick = 0, 0, 0
    for parsed in parsed_rows:
        values = parsed.values
        expected = clean_customer(Customer(**values), today=TODAY)
        assert clean_values(values, TODAY) == expected, values
        births += values["birth_date"] is not None
        refused += bool(expected[1])
        quick += quick_clean(values, TODAY) is not None
    shapes = {p.problems[0].field for p in parsed_rows if p.problems}
    # Every kind of row is there: birth dates, refused ones (bad dates too), and the fast path.
    assert births > count // 2 and refused > count // 50 and quick > count * 0.85
    assert shapes == {"birth_date"}


def test_a_birth_date_keeps_a_row_on_the_fast_path():
    values = _import_file_rows(1)[0].values | {"birth_date": date(1980, 1, 31)}
    assert quick_clean(values, TODAY) is not None
    for refused in (date(1899, 12, 31), date(2026, 11, 23)):
        assert quick_clean(values | {"birth_date": refused}, TODAY) is None


def test_a_record_from_the_fast_path_is_as_small_as_one_built_by_the_dataclass():
    """Issue 18: the preview of a 100,000-row import holds every row's record; one with a dict
    of its own (832 bytes instead of the class's shared-key one) cost 55 MB of its peak."""
    built = Customer(first_name="Aino", last_name="Virtanen", email="aino@example.fi")
    values = {field.name: getattr(built, field.name) for field in fields(Customer)}
    record, problems = clean_values(values, date(2026, 11, 22))
    assert problems == [] and record == built
    assert sys.getsizeof(record.__dict__) <= sys.getsizeof(built.__dict__)


@pytest.mark.parametrize("phone", ["040 123 4567", " +358 50 765 4321 ", "123", "", "09 1\x07"])
def test_a_refused_row_is_cleaned_as_clean_customer_cleans_it_whatever_its_phone(phone):
    """A row the short cut refuses goes to clean_customer without a phone number the short
    cut accepts; the number is put back in its normal form."""
    values = _import_file_rows(1)[0].values | {"phone": phone, "email": "aino@@example.fi"}
    expected = clean_customer(Customer(**values), today=TODAY)
    assert expected[1] and clean_values(values, TODAY) == expected
