"""The fixed wording: every language has the same keys and placeholders, and dates and money
are formatted the way each language writes them."""

from __future__ import annotations

import re
import string
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tietosuoja_desktop.documents.texts import (
    TABLES,
    enum_text,
    format_date,
    format_datetime,
    format_money,
    legal_basis_text,
    text,
)
from tietosuoja_desktop.domain.enums import (
    Channel,
    ConsentAction,
    ContactKind,
    IdentityCheck,
    Language,
    LegalBasis,
    OrderStatus,
    RequestStatus,
    RequestType,
    RetentionAnchor,
)

FI, SV, EN = Language.FI, Language.SV, Language.EN


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_language_has_exactly_the_same_keys():
    keys = {lang: set(table) for lang, table in TABLES.items()}
    assert keys[SV] == keys[FI]
    assert keys[EN] == keys[FI]


def test_every_language_uses_the_same_placeholders():
    for key, template in TABLES[FI].items():
        for lang in (SV, EN):
            assert _placeholders(TABLES[lang][key]) == _placeholders(template), (lang, key)


def test_no_text_is_empty_or_carries_markup():
    for lang, table in TABLES.items():
        for key, value in table.items():
            assert value.strip(), (lang, key)
            assert not re.search(r"<[a-zA-Z/]", value), (lang, key)


@pytest.mark.parametrize(
    ("prefix", "enum"),
    [
        ("request", RequestType),
        ("request_article", RequestType),
        ("status", RequestStatus),
        ("order_status", OrderStatus),
        ("channel", Channel),
        ("consent", ConsentAction),
        ("contact_kind", ContactKind),
        ("basis", LegalBasis),
        ("retention.anchor", RetentionAnchor),
        ("language", Language),
        ("identity", IdentityCheck),
    ],
)
def test_every_enum_member_has_a_name_in_every_language(prefix, enum):
    for lang in Language:
        for member in enum:
            assert enum_text(lang, prefix, member)


def test_statement_has_fifteen_section_headings():
    for lang in Language:
        headings = [text(lang, f"statement.s{number}") for number in range(1, 16)]
        assert len(set(headings)) == 15


@pytest.mark.parametrize(
    ("lang", "expected"),
    [(FI, "31.1.2026"), (SV, "31.1.2026"), (EN, "31 January 2026")],
)
def test_dates(lang, expected):
    assert format_date(date(2026, 1, 31), lang) == expected
    assert format_date(None, lang) == ""


def test_date_and_time():
    moment = datetime(2026, 11, 22, 9, 5)
    assert format_datetime(moment, FI) == "22.11.2026 klo 9.05"
    assert format_datetime(moment, SV) == "22.11.2026 kl. 9.05"
    assert format_datetime(moment, EN) == "22 November 2026 09:05"


@pytest.mark.parametrize(
    ("cents", "finnish", "english"),
    [
        (123450, "1 234,50 €", "€1,234.50"),
        (5, "0,05 €", "€0.05"),
        (0, "0,00 €", "€0.00"),
        (-1999, "-19,99 €", "-€19.99"),
        (123456789, "1 234 567,89 €", "€1,234,567.89"),
    ],
)
def test_money(cents, finnish, english):
    assert format_money(cents, FI).replace("\u00a0", " ") == finnish
    assert format_money(cents, SV).replace("\u00a0", " ") == finnish
    assert format_money(cents, EN) == english


def test_money_is_never_a_float():
    with pytest.raises(TypeError):
        format_money(12.5, FI)


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_money_reads_back_as_the_same_cents(cents):
    finnish = format_money(cents, FI).replace("\u00a0", "").removesuffix("€")
    english = format_money(cents, EN).replace("€", "").replace(",", "")
    assert int(finnish.replace(",", "")) == cents
    assert int(english.replace(".", "")) == cents


def test_legal_basis_names_the_article_point():
    assert legal_basis_text(FI, LegalBasis.CONSENT) == (
        "rekisteröidyn suostumus (tietosuoja-asetuksen 6 artiklan 1 kohdan a alakohta)"
    )
    assert "artikel 6.1 f" in legal_basis_text(SV, LegalBasis.LEGITIMATE_INTERESTS)
    assert "Article 6(1)(c)" in legal_basis_text(EN, LegalBasis.LEGAL_OBLIGATION)
