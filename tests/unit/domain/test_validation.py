"""Identifier, contact and record validation: every problem at once, with the right field."""

from __future__ import annotations

import ast
import re
import socket
import sys
import unicodedata
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.fi import hetu

from tietosuoja_desktop.domain import (
    activity_validation,
    customer_validation,
    field_rules,
    identifiers,
    register_validation,
)
from tietosuoja_desktop.domain import validation as v
from tietosuoja_desktop.domain.enums import Answer, CustomerKind, LegalBasis
from tietosuoja_desktop.domain.records import (
    ControllerProfile,
    Customer,
    Purpose,
    RegisterDescription,
    RetentionRule,
)
from tietosuoja_desktop.domain.validation import (
    MSG_NAME_DIRECTION,
    MSG_NAME_LETTER,
    Problem,
    ValidationError,
    birth_date_from_personal_id,
    business_id_problem,
    clean_controller,
    clean_customer,
    email_problem,
    format_phone,
    is_finland,
    name_problem,
    normalise_business_id,
    normalise_email,
    normalise_personal_id,
    normalise_phone,
    personal_id_problem,
    phone_problem,
    postal_code_problem,
    raise_for_problems,
    register_problems,
    register_warnings,
    text_problem,
)

TODAY = date(2026, 3, 15)
CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
SIGNS = {1800: "+", 1900: "-UVWXY", 2000: "ABCDEF"}
Y_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)


def make_hetu(born: date, individual: int, sign: str | None = None) -> str:
    """A personal identity code by the modulo-31 rule, independent of the code under test."""
    sign = sign or SIGNS[born.year // 100 * 100][0]
    digits = f"{born:%d%m}{born.year % 100:02d}{individual:03d}"
    return f"{digits[:6]}{sign}{digits[6:]}{CHECK_CHARACTERS[int(digits) % 31]}"


def business_id_with_check(seven: str) -> str:
    remainder = sum(w * int(d) for w, d in zip(Y_WEIGHTS, seven, strict=True)) % 11
    assert remainder != 1, "no check digit exists for this number"
    return f"{seven}-{0 if remainder == 0 else 11 - remainder}"


def sources(problems: list[Problem]) -> list[str]:
    return [p.message.source for p in problems]


def fields_of(problems: list[Problem]) -> list[str]:
    return [p.field for p in problems]


# --- Problem and ValidationError ------------------------------------------------------------


def test_validation_error_carries_problems_and_lists_them():
    problems = [business_id_problem("1"), email_problem("nope")]
    error = ValidationError(problems)
    assert isinstance(error, ValueError)
    assert error.problems == tuple(problems)
    assert str(error) == f"business_id: {v.MSG_BUSINESS_ID_FORMAT}; email: {v.MSG_EMAIL}"


def test_raise_for_problems_only_raises_when_there_are_some():
    raise_for_problems([])
    with pytest.raises(ValidationError) as caught:
        raise_for_problems([email_problem("x")])
    assert fields_of(list(caught.value.problems)) == ["email"]


def test_problem_renders_placeholders_and_translates():
    problem = text_problem("x" * 201, "city")
    assert problem is not None
    assert problem.message.context == "Validation"
    assert problem.render() == "The text is too long: at most 200 characters."
    assert problem.render(lambda context, source: "Enintään %1 merkkiä.") == "Enintään 200 merkkiä."


@pytest.mark.parametrize(
    "module",
    [field_rules, identifiers, customer_validation, register_validation, activity_validation],
    ids=lambda module: module.__name__.rsplit(".", 1)[-1],
)
def test_every_message_is_marked_for_lupdate_in_the_validation_context(module):
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    marked = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
            context, source = node.args
            assert isinstance(context, ast.Constant) and context.value == "Validation"
            assert isinstance(source, ast.Constant) and isinstance(source.value, str)
            marked.append(source.value)
    defined = [
        target.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name) and target.id.startswith("MSG_")
    ]
    constants = {getattr(module, name) for name in defined}
    assert set(marked) == constants
    assert len(marked) == len(constants), "two constants share one text"
    for text in marked:
        placeholders = sorted({int(n) for n in re.findall(r"%(\d)", text)})
        assert placeholders == list(range(1, len(placeholders) + 1))


# --- Y-tunnus -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "normal"),
    [
        ("3354302-8", "3354302-8"),
        (" 3354302-8 ", "3354302-8"),
        ("33543028", "3354302-8"),
        ("3354302 - 8", "3354302-8"),
        (" 12345 ", "12345"),  # not a business ID: only stripped
        ("FI33543028", "FI33543028"),  # the VAT number form is not taken as a business ID
    ],
)
def test_normalise_business_id(typed, normal):
    assert normalise_business_id(typed) == normal


@pytest.mark.parametrize(
    "number",
    [
        "3354302-8",
        "2077474-0",
        "0112038-9",
        "33543028",
        business_id_with_check("1234567"),
        business_id_with_check("7654321"),
        business_id_with_check("0000001"),
    ],
)
def test_valid_business_ids(number):
    assert business_id_problem(number) is None


@pytest.mark.parametrize(
    "number",
    [
        "3354302-7",
        "3354302-9",
        "2077474-1",
        # The weighted sum of 1000008 leaves remainder 1: no check digit can make it valid.
        *(f"1000008-{digit}" for digit in range(10)),
    ],
)
def test_business_id_with_wrong_check_digit(number):
    problem = business_id_problem(number)
    assert problem is not None
    assert problem.field == "business_id"
    assert problem.message.source == v.MSG_BUSINESS_ID_CHECK


@pytest.mark.parametrize(
    "number",
    [
        "",
        "   ",
        "335430-8",
        "33543022-8",
        "3354302-88",
        "3354302_8",
        "FI33543028",
        "ABCDEFG-H",
        "٣٣٥٤٣٠٢-٨",  # Arabic-Indic digits are digits to Python, not to the register
    ],
)
def test_business_id_with_wrong_format(number):
    problem = business_id_problem(number, field="organisation_id")
    assert problem is not None
    assert problem.field == "organisation_id"
    assert problem.message.source == v.MSG_BUSINESS_ID_FORMAT


# --- henkilötunnus --------------------------------------------------------------------------


def test_known_personal_id_is_valid():
    assert personal_id_problem("131052-308T") is None
    assert birth_date_from_personal_id("131052-308T") == date(1952, 10, 13)


@pytest.mark.parametrize(
    ("sign", "year"),
    [("+", 1890), *((s, 1990) for s in "-UVWXY"), *((s, 2010) for s in "ABCDEF")],
)
def test_every_century_sign_including_the_2023_additions(sign, year):
    born = date(year, 7, 4)
    code = make_hetu(born, 123, sign)
    assert personal_id_problem(code) is None
    assert birth_date_from_personal_id(code) == born
    # Pinned: the installed python-stdnum knows the new signs too.
    assert hetu.is_valid(code)


def test_personal_id_is_normalised_to_upper_case_without_spaces():
    assert normalise_personal_id("  131052-308t \n") == "131052-308T"
    assert personal_id_problem(" 131052-308t ") is None
    code = make_hetu(date(2000, 1, 1), 123, "A")
    assert birth_date_from_personal_id(f" {code.lower()} ") == date(2000, 1, 1)


@pytest.mark.parametrize(
    "code",
    [
        "",
        "131052308T",
        "131052 308T",
        "131052-308",
        "131052-3088T",
        "131052G308T",
        "131052Z308T",
        "13105-2308T",
        "1310522-308T",
        "AB1052-308T",
        "131052-3O8T",
        "131052-308Ä",
    ],
)
def test_personal_id_with_wrong_format(code):
    problem = personal_id_problem(code, field="hetu")
    assert problem is not None
    assert problem.field == "hetu"
    assert problem.message.source == v.MSG_PERSONAL_ID_FORMAT


@pytest.mark.parametrize(
    "digits_and_sign",
    [("290223", "A"), ("310452", "-"), ("001052", "-"), ("131352", "-"), ("290200", "-")],
)
def test_personal_id_with_impossible_date(digits_and_sign):
    digits, sign = digits_and_sign
    check = CHECK_CHARACTERS[int(digits + "308") % 31]
    problem = personal_id_problem(f"{digits}{sign}308{check}")
    assert problem is not None
    assert problem.message.source == v.MSG_PERSONAL_ID_DATE


def test_leap_days_follow_the_century():
    assert personal_id_problem(make_hetu(date(2000, 2, 29), 55)) is None
    assert personal_id_problem(make_hetu(date(2024, 2, 29), 55, "B")) is None


@pytest.mark.parametrize("individual", ["000", "001", "900", "999"])
def test_personal_id_individual_number_outside_002_to_899(individual):
    digits = "131052" + individual
    code = f"131052-{individual}{CHECK_CHARACTERS[int(digits) % 31]}"
    problem = personal_id_problem(code)
    assert problem is not None
    assert problem.message.source == v.MSG_PERSONAL_ID_INDIVIDUAL


@pytest.mark.parametrize("code", ["131052-308U", "131052-3080", "131052-308G", "131052-308Z"])
def test_personal_id_with_wrong_check_character(code):
    problem = personal_id_problem(code)
    assert problem is not None
    assert problem.message.source == v.MSG_PERSONAL_ID_CHECK


def test_birth_date_from_invalid_personal_id_raises_with_the_problem():
    with pytest.raises(ValidationError) as caught:
        birth_date_from_personal_id("131052-308U")
    assert sources(list(caught.value.problems)) == [v.MSG_PERSONAL_ID_CHECK]
    assert "131052" not in str(caught.value), "messages never quote the identity code"


@st.composite
def valid_hetus(draw):
    born = draw(st.dates(min_value=date(1800, 1, 1), max_value=date(2099, 12, 31)))
    individual = draw(st.integers(min_value=2, max_value=899))
    sign = draw(st.sampled_from(SIGNS[born.year // 100 * 100]))
    return make_hetu(born, individual, sign), born


@given(valid_hetus())
def test_any_generated_valid_hetu_validates(generated):
    code, born = generated
    assert personal_id_problem(code) is None
    assert personal_id_problem(code.lower()) is None
    assert birth_date_from_personal_id(code) == born


@given(valid_hetus(), st.data())
def test_changing_any_one_digit_breaks_the_code(generated, data):
    code, _born = generated
    positions = [i for i, char in enumerate(code) if char.isdigit()]
    position = data.draw(st.sampled_from(positions))
    digit = data.draw(st.sampled_from([d for d in "0123456789" if d != code[position]]))
    changed = code[:position] + digit + code[position + 1 :]
    problem = personal_id_problem(changed)
    assert problem is not None
    assert problem.message.source in {
        v.MSG_PERSONAL_ID_CHECK,
        v.MSG_PERSONAL_ID_DATE,
        v.MSG_PERSONAL_ID_INDIVIDUAL,
    }


@given(valid_hetus(), st.sampled_from(CHECK_CHARACTERS))
def test_any_other_check_character_is_reported_as_such(generated, check):
    code, _born = generated
    if check != code[-1]:
        problem = personal_id_problem(code[:-1] + check)
        assert problem is not None
        assert problem.message.source == v.MSG_PERSONAL_ID_CHECK


# --- phone ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "e164"),
    [
        ("040 123 4567", "+358401234567"),
        ("0401234567", "+358401234567"),
        ("040-1234567", "+358401234567"),
        ("+358 40 123 4567", "+358401234567"),
        ("00358 40 123 4567", "+358401234567"),
        ("(09) 1234 567", "+35891234567"),
        ("018 12345", "+3581812345"),  # Åland
        ("020 123 456", "+35820123456"),
        ("+46 70 123 45 67", "+46701234567"),  # Swedish stays Swedish
        ("0046 70 123 45 67", "+46701234567"),
        ("+1 415 555 2671", "+14155552671"),
        ("+44 20 7946 0958", "+442079460958"),
        (" not a number ", "not a number"),  # invalid: only stripped
        ("+358 0 1234567", "+358 0 1234567"),
    ],
)
def test_normalise_phone(typed, e164):
    assert normalise_phone(typed) == e164


def test_normalise_phone_with_another_default_region():
    assert normalise_phone("070 123 45 67", region="SE") == "+46701234567"


@pytest.mark.parametrize("number", ["040 123 4567", "+46 70 123 45 67", "+1 415 555 2671"])
def test_valid_phones(number):
    assert phone_problem(number) is None


@pytest.mark.parametrize("number", ["", "abc", "12", "040", "+46 10 123", "040 123 4567 890 12"])
def test_phone_with_wrong_format(number):
    problem = phone_problem(number, field="contact_phone")
    assert problem is not None
    assert problem.field == "contact_phone"
    assert problem.message.source == v.MSG_PHONE_FORMAT


@pytest.mark.parametrize("number", ["+358 0 1234567", "+358 99 1234567", "+1 123 456 7890"])
def test_phone_of_the_right_length_in_no_numbering_plan(number):
    problem = phone_problem(number)
    assert problem is not None
    assert problem.message.source == v.MSG_PHONE_INVALID


@pytest.mark.parametrize(
    ("e164", "shown"),
    [
        ("+358403281986", "040 328 1986"),
        ("+35891234567", "09 123 4567"),
        ("+358912345678", "09 1234 5678"),
        ("+3589123456", "09 123 456"),
        ("+3581812345", "018 12 345"),
        ("+358501234", "050 1234"),
        ("+358295666700", "029 566 6700"),
        ("+358800123456", "0800 123 456"),
        ("+358100100", "0100 100"),
        ("+46701234567", "+46 70 123 45 67"),
        ("+14155552671", "+1 415-555-2671"),
        ("not a number", "not a number"),
        ("", ""),
    ],
)
def test_format_phone(e164, shown):
    assert format_phone(e164) == shown


@pytest.mark.parametrize(
    ("e164", "shown"),
    [
        ("+358403281986", "+358 40 328 1986"),
        ("+35891234567", "+358 9 123 4567"),
        ("+358295666700", "+358 29 566 6700"),
        ("+46701234567", "+46 70 123 45 67"),
        ("no number", "no number"),
    ],
)
def test_format_phone_international(e164, shown):
    assert format_phone(e164, international=True) == shown


# --- e-mail ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "normal"),
    [
        ("matti@esimerkki.fi", "matti@esimerkki.fi"),
        ("  matti@esimerkki.fi ", "matti@esimerkki.fi"),
        ("Matti.Meikalainen@Esimerkki.FI", "Matti.Meikalainen@esimerkki.fi"),  # local part kept
        ("äiti@example.fi", "äiti@example.fi"),  # internationalised local part accepted
        ("Äiti@Ääkkönen.FI", "Äiti@ääkkönen.fi"),
        ("matti@Esimerkkiä.FI", "matti@esimerkkiä.fi"),  # IDN domain kept in Unicode
        ("matti@xn--esimerkki-32a.fi", "matti@esimerkkiä.fi"),  # punycode shown as Unicode
        ("etu.suku+uutiskirje@sub.example.com", "etu.suku+uutiskirje@sub.example.com"),
    ],
)
def test_valid_emails_and_their_normal_form(typed, normal):
    assert email_problem(typed) is None
    assert normalise_email(typed) == normal


@pytest.mark.parametrize(
    "address",
    [
        "",
        "matti",
        "matti@",
        "@example.fi",
        "matti@localhost",
        "matti @example.fi",
        "matti@@example.fi",
        "Matti <matti@example.fi>",
        "matti@foo.test",
        "matti@example..fi",
    ],
)
def test_invalid_emails(address):
    problem = email_problem(address, field="dpo_email")
    assert problem is not None
    assert problem.field == "dpo_email"
    assert problem.message.source == v.MSG_EMAIL
    assert normalise_email(address) == address.strip()


def test_email_check_never_touches_the_network(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("network used")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    assert email_problem("matti@tata-verkkotunnusta-ei-ole-olemassa.fi") is None


# --- postal code ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "country",
    [
        "",
        "  ",
        "FI",
        "fi",
        "FIN",
        "Suomi",
        "SUOMI",
        "Finland",
        "finland",
        "Finnland",
        "AX",
        "Åland",
        "åland",
        "Ahvenanmaa",
    ],
)
def test_finland_and_aland_spellings(country):
    assert is_finland(country)
    assert postal_code_problem("00100", country) is None
    assert postal_code_problem(" 22100 ", country) is None
    problem = postal_code_problem("0010", country)
    assert problem is not None
    assert problem.message.source == v.MSG_POSTAL_CODE_FINLAND


@pytest.mark.parametrize("code", ["", "0010", "001000", "FI-00100", "00 100", "ABCDE", "١٢٣٤٥"])
def test_finnish_postal_code_is_five_ascii_digits(code):
    problem = postal_code_problem(code, "Suomi", field="visiting_postal_code")
    assert problem is not None
    assert problem.field == "visiting_postal_code"


@pytest.mark.parametrize(
    ("code", "country"),
    [
        ("114 55", "Sverige"),
        ("11455", "SE"),
        ("SW1A 1AA", "United Kingdom"),
        ("10115", "DE"),
        ("D-10115", "Deutschland"),
        ("101", "Iceland"),
        ("K1A 0B1", "Canada"),
        ("0150", "Norge"),
    ],
)
def test_other_countries_only_get_a_sanity_check(code, country):
    assert not is_finland(country)
    assert postal_code_problem(code, country) is None


@pytest.mark.parametrize("code", ["", "1", "1234567890123", "12#45", "-1234", "1234-", "日本123"])
def test_implausible_foreign_postal_codes(code):
    problem = postal_code_problem(code, "Sverige")
    assert problem is not None
    assert problem.message.source == v.MSG_POSTAL_CODE_OTHER


# --- plain text -----------------------------------------------------------------------------


def test_text_problem_length_and_control_characters():
    assert text_problem("x" * 200, "city") is None
    assert sources([text_problem("x" * 201, "city")]) == [v.MSG_TOO_LONG]
    for bad in ["a\x00b", "a\nb", "a\tb", "a\x7fb", "a\x85b", "a\u2028b", "a\ud800b"]:
        assert sources([text_problem(bad, "city")]) == [v.MSG_CONTROL_CHARACTERS]
    assert text_problem("rivi 1\nrivi 2\tsarake", "notes", 5000, multiline=True) is None
    assert text_problem("a\x07b", "notes", 5000, multiline=True) is not None
    assert text_problem("Åke Öberg-Ääkkönen 😀 \u00ad", "city") is None


def test_the_refused_characters_are_exactly_unicodes_controls_surrogates_and_separators():
    """text_problem and the import's quick check find them with one character class: at every
    code point it agrees with unicodedata's categories Cc, Cs, Zl and Zp."""
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    categories = {"Cc", "Cs", "Zl", "Zp"}
    refused = {i for i, c in enumerate(every) if unicodedata.category(c) in categories}
    assert {m.start() for m in field_rules.FORBIDDEN_IN_LINE.finditer(every)} == refused
    in_multiline = {m.start() for m in field_rules.FORBIDDEN_IN_MULTILINE.finditer(every)}
    assert in_multiline == refused - {ord("\n"), ord("\t")}


def test_name_problem_direction_controls_and_letters():
    assert name_problem("Åsa", "first_name") is None
    assert name_problem("", "first_name") is None
    for control in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069":
        assert sources([name_problem(f"Aino{control}", "first_name")]) == [MSG_NAME_DIRECTION]
    for no_letter in ["123", "-- .", "\u200b", "½²"]:
        assert sources([name_problem(no_letter, "first_name")]) == [MSG_NAME_LETTER]
    assert sources([name_problem("A\x00", "first_name")]) == [v.MSG_CONTROL_CHARACTERS]


# --- clean_customer -------------------------------------------------------------------------


def test_clean_customer_normalises_every_field():
    customer = Customer(
        first_name="  Matti ",
        last_name=" Meikäläinen\t",
        organisation=" Tmi Matti ",
        business_id=" 33543028 ",
        street_address=" Katu 1 ",
        postal_code=" 00100 ",
        city=" Helsinki ",
        phone=" 040 123 4567 ",
        email=" Matti@Esimerkki.FI ",
        personal_id=" 131052-308t ",
        notes="  rivi 1\r\nrivi 2\rrivi 3\n  ",
        customer_since=TODAY,
    )
    cleaned, problems = clean_customer(customer, today=TODAY)
    assert problems == []
    assert cleaned == replace(
        customer,
        first_name="Matti",
        last_name="Meikäläinen",
        organisation="Tmi Matti",
        business_id="3354302-8",
        street_address="Katu 1",
        postal_code="00100",
        city="Helsinki",
        phone="+358401234567",
        email="Matti@esimerkki.fi",
        personal_id="131052-308T",
        birth_date=date(1952, 10, 13),
        notes="rivi 1\nrivi 2\nrivi 3",
    )


def test_clean_customer_with_only_a_last_name_is_fine():
    cleaned, problems = clean_customer(Customer(last_name="Virtanen"), today=TODAY)
    assert problems == []
    assert cleaned == Customer(last_name="Virtanen")


def test_clean_customer_reports_every_problem_at_once_in_field_order():
    customer = Customer(
        first_name="   ",
        business_id="123",
        street_address="x" * 201,
        postal_code="ABC",
        city="Hel\x00sinki",
        phone="abc",
        email="ei osoite",
        birth_date=date(2030, 1, 1),
        personal_id="131052-308U",
        customer_since=date(2026, 3, 16),
        notes="y" * 5001,
    )
    cleaned, problems = clean_customer(customer, today=TODAY)
    assert [(p.field, p.message.source) for p in problems] == [
        ("first_name", v.MSG_PERSON_NAME),
        ("business_id", v.MSG_BUSINESS_ID_FORMAT),
        ("street_address", v.MSG_TOO_LONG),
        ("postal_code", v.MSG_POSTAL_CODE_FINLAND),
        ("city", v.MSG_CONTROL_CHARACTERS),
        ("phone", v.MSG_PHONE_FORMAT),
        ("email", v.MSG_EMAIL),
        ("birth_date", v.MSG_DATE_IN_FUTURE),
        ("personal_id", v.MSG_PERSONAL_ID_CHECK),
        ("customer_since", v.MSG_DATE_IN_FUTURE),
        ("notes", v.MSG_TOO_LONG),
    ]
    assert problems[-1].render() == "The text is too long: at most 5000 characters."
    # Invalid values come back trimmed, not lost.
    assert (cleaned.phone, cleaned.email, cleaned.first_name) == ("abc", "ei osoite", "")


def test_clean_customer_organisation_needs_its_name_not_a_person_name():
    _, problems = clean_customer(Customer(kind=CustomerKind.ORGANISATION), today=TODAY)
    assert [(p.field, p.message.source) for p in problems] == [
        ("organisation", v.MSG_ORGANISATION_NAME)
    ]
    organisation = Customer(kind=CustomerKind.ORGANISATION, organisation="Oy Ab")
    assert clean_customer(organisation, today=TODAY)[1] == []


def test_clean_customer_one_problem_per_field():
    # A control character is reported alone, not also as a malformed address.
    _, problems = clean_customer(Customer(last_name="V", email="a\x00@b.fi"), today=TODAY)
    assert sources(problems) == [v.MSG_CONTROL_CHARACTERS]


def test_clean_customer_postal_code_follows_the_country():
    swede = Customer(last_name="Svensson", postal_code="114 55", country="Sverige")
    assert clean_customer(swede, today=TODAY)[1] == []
    finn = replace(swede, country="Finland")
    assert fields_of(clean_customer(finn, today=TODAY)[1]) == ["postal_code"]


def test_clean_customer_birth_date_must_match_personal_id():
    customer = Customer(last_name="V", personal_id="131052-308T", birth_date=date(1952, 10, 14))
    _, problems = clean_customer(customer, today=TODAY)
    assert [(p.field, p.message.source) for p in problems] == [
        ("birth_date", v.MSG_BIRTH_DATE_MISMATCH)
    ]
    agreeing = replace(customer, birth_date=date(1952, 10, 13))
    assert clean_customer(agreeing, today=TODAY)[1] == []


def test_clean_customer_invalid_personal_id_leaves_birth_date_alone():
    customer = Customer(last_name="V", personal_id="131052-308U")
    cleaned, problems = clean_customer(customer, today=TODAY)
    assert cleaned.birth_date is None
    assert fields_of(problems) == ["personal_id"]
    given_date = replace(customer, birth_date=date(1980, 1, 1))
    assert fields_of(clean_customer(given_date, today=TODAY)[1]) == ["personal_id"]


def test_clean_customer_birth_date_range():
    early = Customer(last_name="V", birth_date=date(1899, 12, 31))
    problems = clean_customer(early, today=TODAY)[1]
    assert [(p.field, p.render()) for p in problems] == [
        ("birth_date", "The birth date cannot be before 1900.")
    ]
    for fine in (date(1900, 1, 1), TODAY):
        assert clean_customer(replace(early, birth_date=fine), today=TODAY)[1] == []


def test_clean_customer_birth_date_taken_from_personal_id_is_range_checked_there():
    born_1890 = Customer(last_name="V", personal_id=make_hetu(date(1890, 5, 1), 20))
    cleaned, problems = clean_customer(born_1890, today=TODAY)
    assert cleaned.birth_date == date(1890, 5, 1)
    assert [(p.field, p.message.source) for p in problems] == [
        ("personal_id", v.MSG_BIRTH_DATE_TOO_EARLY)
    ]
    unborn = Customer(last_name="V", personal_id=make_hetu(date(2030, 5, 1), 20))
    assert sources(clean_customer(unborn, today=TODAY)[1]) == [v.MSG_DATE_IN_FUTURE]


def test_clean_customer_today_is_a_keyword_with_a_default():
    assert clean_customer(Customer(last_name="V", customer_since=date.today()))[1] == []
    with pytest.raises(TypeError):
        clean_customer(Customer(last_name="V"), TODAY)  # type: ignore[misc]


def test_clean_customer_notes_keep_newlines_and_tabs_but_not_other_controls():
    ok = Customer(last_name="V", notes="Soitto:\n\tpalautus")
    assert clean_customer(ok, today=TODAY)[1] == []
    bad = replace(ok, notes="piip\x07")
    assert fields_of(clean_customer(bad, today=TODAY)[1]) == ["notes"]
    single_line = replace(ok, city="Hel\nsinki")
    assert fields_of(clean_customer(single_line, today=TODAY)[1]) == ["city"]


def test_clean_customer_name_length_limit():
    assert clean_customer(Customer(last_name="x" * 200), today=TODAY)[1] == []
    problems = clean_customer(Customer(first_name="x" * 201, last_name="V"), today=TODAY)[1]
    assert fields_of(problems) == ["first_name"]


# --- clean_controller -----------------------------------------------------------------------


def test_clean_controller_minimal_profile():
    cleaned, problems = clean_controller(ControllerProfile(" Tmi Testi ", business_id="33543028"))
    assert problems == []
    assert (cleaned.name, cleaned.business_id) == ("Tmi Testi", "3354302-8")


def test_clean_controller_requires_name_and_business_id():
    _, problems = clean_controller(ControllerProfile("  "))
    assert [(p.field, p.message.source) for p in problems] == [
        ("name", v.MSG_REQUIRED),
        ("business_id", v.MSG_BUSINESS_ID_REQUIRED),
    ]


def test_clean_controller_normalises_contacts():
    profile = ControllerProfile(
        "Tmi Testi",
        business_id="3354302-8",
        postal_code=" 00530 ",
        phone="09 1234 567",
        email="Info@Testi.FI",
        contact_phone="040 123 4567",
        contact_email="matti@TESTI.fi",
        dpo_phone="+46 70 123 45 67",
        dpo_email=" dpo@testi.fi ",
    )
    cleaned, problems = clean_controller(profile)
    assert problems == []
    assert cleaned.postal_code == "00530"
    assert (cleaned.phone, cleaned.contact_phone, cleaned.dpo_phone) == (
        "+35891234567",
        "+358401234567",
        "+46701234567",
    )
    assert (cleaned.email, cleaned.contact_email, cleaned.dpo_email) == (
        "info@testi.fi",  # role names (RFC 2142) are lower-cased by email_validator
        "matti@testi.fi",
        "dpo@testi.fi",
    )


def test_clean_controller_reports_every_bad_contact():
    profile = ControllerProfile(
        "Tmi Testi",
        business_id="3354302-7",
        postal_code="530",
        phone="12",
        email="info",
        website="https://testi.fi",
        contact_phone="x",
        contact_email="@",
        dpo_email="dpo@",
        dpo_phone="040",
    )
    _, problems = clean_controller(profile)
    assert fields_of(problems) == [
        "business_id",
        "postal_code",
        "phone",
        "email",
        "contact_phone",
        "contact_email",
        "dpo_email",
        "dpo_phone",
    ]
    assert problems[0].message.source == v.MSG_BUSINESS_ID_CHECK


def test_clean_controller_abroad_postal_code():
    profile = ControllerProfile("AB", business_id="3354302-8", postal_code="114 55", country="SE")
    assert clean_controller(profile)[1] == []


# --- register descriptions ------------------------------------------------------------------


def complete_register(**changes) -> RegisterDescription:
    register = RegisterDescription(
        name="Asiakasrekisteri",
        purposes=(
            Purpose("Asiakassuhteen hoito", LegalBasis.CONTRACT),
            Purpose("Suoramarkkinointi", LegalBasis.LEGITIMATE_INTERESTS, "Asiakassuhde"),
        ),
        data_subject_categories="Asiakkaat",
        data_categories="Nimi, yhteystiedot, tilaukset",
        sources="Asiakkaalta itseltään",
        recipients="Ei säännönmukaisia luovutuksia",
        retention=RetentionRule(years=5),
        retention_text="Viisi vuotta viimeisestä tilauksesta",
        security_manual="Lukittu kaappi",
        security_organisational="Vaitiolositoumus, pääsy vain tarvitseville",
        security_electronic="Salasana ja salattu levy",
        transfers=Answer.NO,
        provision_required=Answer.NO,
        automated=Answer.NO,
        profiling=Answer.NO,
    )
    return replace(register, **changes)


def test_complete_register_has_no_problems_or_warnings():
    assert register_problems(complete_register()) == []
    assert register_warnings(complete_register()) == []


def test_register_problems_all_at_once():
    register = complete_register(
        name="  ",
        purposes=(
            Purpose("Asiakassuhde", LegalBasis.CONTRACT),
            Purpose(" ", LegalBasis.LEGITIMATE_INTERESTS, "  "),
        ),
        transfers=Answer.YES,
        retention=RetentionRule(years=0),
    )
    problems = register_problems(register)
    assert [(p.field, p.message.source) for p in problems] == [
        ("name", v.MSG_REGISTER_NAME),
        ("purposes[1].description", v.MSG_PURPOSE_DESCRIPTION),
        ("purposes[1].legitimate_interest", v.MSG_LEGITIMATE_INTEREST),
        ("transfer_safeguards", v.MSG_TRANSFER_SAFEGUARDS),
        ("retention.years", v.MSG_RETENTION_YEARS),
    ]
    assert problems[1].render() == "Describe purpose 2."
    assert problems[-1].render() == "The retention period must be from 1 to 100 years."


@pytest.mark.parametrize(("years", "ok"), [(None, True), (1, True), (100, True), (101, False)])
def test_register_retention_years(years, ok):
    problems = register_problems(complete_register(retention=RetentionRule(years=years)))
    assert (problems == []) is ok


def test_register_transfers_with_safeguards_are_fine():
    register = complete_register(transfers=Answer.YES, transfer_safeguards="EU:n SCC")
    assert register_problems(register) == []


@pytest.mark.parametrize("answer", [Answer.YES, Answer.WHEN_NECESSARY])
def test_transfers_answered_yes_need_their_safeguards(answer):
    problems = register_problems(complete_register(transfers=answer))
    assert [(p.field, p.message.source) for p in problems] == [
        ("transfer_safeguards", v.MSG_TRANSFER_SAFEGUARDS)
    ]


@pytest.mark.parametrize("field", ["automated", "profiling"])
def test_automated_decisions_or_profiling_answered_yes_must_be_described(field):
    problems = register_problems(complete_register(**{field: Answer.YES}))
    assert [(p.field, p.message.source) for p in problems] == [
        ("automated_decisions", v.MSG_DESCRIBE_AUTOMATED)
    ]
    described = complete_register(**{field: Answer.YES}, automated_decisions="Luottoraja")
    assert register_problems(described) == []


def test_data_required_answered_yes_must_say_what_and_why():
    problems = register_problems(complete_register(provision_required=Answer.YES))
    assert [(p.field, p.message.source) for p in problems] == [
        ("statutory_requirement", v.MSG_DESCRIBE_PROVISION)
    ]


@pytest.mark.parametrize("field", ["provision_required", "automated", "profiling"])
def test_only_transfers_take_when_necessary(field):
    problems = register_problems(complete_register(**{field: Answer.WHEN_NECESSARY}))
    assert [(p.field, p.message.source) for p in problems] == [(field, v.MSG_ANSWER)]


def test_each_unanswered_claim_is_a_warning_of_its_own():
    for field in ("transfers", "provision_required", "automated", "profiling"):
        warnings = register_warnings(complete_register(**{field: Answer.UNANSWERED}))
        assert fields_of(warnings) == [field]
        assert warnings[0].render().startswith("Not yet answered")


def test_register_name_too_long_or_with_controls():
    assert sources(register_problems(complete_register(name="x" * 201))) == [v.MSG_TOO_LONG]
    assert sources(register_problems(complete_register(name="a\x00"))) == [v.MSG_CONTROL_CHARACTERS]


@pytest.mark.parametrize("section", register_validation.SECTION_TEXTS)
def test_every_statement_section_is_bounded_and_free_of_controls(section):
    paragraphs = "Ensimmäinen kappale.\n\n\tToinen kappale." + "x" * 4950
    assert register_problems(complete_register(**{section: paragraphs})) == []
    too_long = register_problems(complete_register(**{section: "x" * 5001}))
    assert [(p.field, p.message.source) for p in too_long] == [(section, v.MSG_TOO_LONG)]
    escaped = register_problems(complete_register(**{section: "Nimi\x1b[31m"}))
    assert [(p.field, p.message.source) for p in escaped] == [(section, v.MSG_CONTROL_CHARACTERS)]


def test_purposes_are_bounded_and_free_of_controls():
    register = complete_register(
        purposes=(
            Purpose("x" * 501, LegalBasis.CONTRACT),
            Purpose("Markkinointi", LegalBasis.LEGITIMATE_INTERESTS, "x" * 5001),
            Purpose("Uutis\x00kirje", LegalBasis.CONSENT),
            Purpose("Kaksi\nriviä", LegalBasis.LEGITIMATE_INTERESTS, "Perustelu\n\tjatkuu"),
        )
    )
    assert [(p.field, p.message.source) for p in register_problems(register)] == [
        ("purposes[0].description", v.MSG_TOO_LONG),
        ("purposes[1].legitimate_interest", v.MSG_TOO_LONG),
        ("purposes[2].description", v.MSG_CONTROL_CHARACTERS),
    ]
    assert (
        register_problems(register)[0].render() == "The text is too long: at most 500 characters."
    )


def test_register_warnings_for_every_empty_statement_section():
    warnings = register_warnings(RegisterDescription(name="Uusi", retention_text="  "))
    assert fields_of(warnings) == [
        "purposes",
        "data_subject_categories",
        "data_categories",
        "sources",
        "recipients",
        "transfers",
        "retention_text",
        "provision_required",
        "automated",
        "profiling",
        "security_manual",
        "security_organisational",
        "security_electronic",
    ]
    assert all(p.message.context == "Validation" for p in warnings)
    # Warnings are not errors: an otherwise empty register with a name can be saved.
    assert register_problems(RegisterDescription(name="Uusi")) == []
