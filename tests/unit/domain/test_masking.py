"""Masked identifiers: recognisable, never the secret part."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tietosuoja_desktop.domain.masking import mask_email, mask_personal_id, mask_phone

CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY"


@pytest.mark.parametrize(
    ("code", "masked"),
    [
        ("010190-123A", "010190-****"),
        ("010190-123a", "010190-****"),
        ("  131052-308T ", "131052-****"),
        ("010100A123B", "010100A****"),  # new century signs too, checksum not needed
        ("010199Y123B", "010199Y****"),
        ("010190+123A", "010190+****"),
        ("", ""),
        ("   ", ""),
        ("12345", "12***"),  # malformed: all but the first two characters
        ("131052308T", "13********"),
        ("x", "x"),
        ("ab", "ab"),
    ],
)
def test_mask_personal_id(code, masked):
    assert mask_personal_id(code) == masked


@given(
    st.dates(min_value=date(1800, 1, 1), max_value=date(2099, 12, 31)),
    st.integers(min_value=2, max_value=899),
)
def test_masked_personal_id_keeps_only_the_birth_date(born, individual):
    digits = f"{born:%d%m}{born.year % 100:02d}{individual:03d}"
    sign = {18: "+", 19: "-", 20: "A"}[born.year // 100]
    code = f"{digits[:6]}{sign}{digits[6:]}{CHECK_CHARACTERS[int(digits) % 31]}"
    assert mask_personal_id(code) == code[:7] + "****"


@given(st.text(max_size=30))
def test_mask_personal_id_never_shows_more_than_seven_characters(text):
    masked = mask_personal_id(text)
    assert len(masked.replace("*", "")) <= 7


@pytest.mark.parametrize(
    ("address", "masked"),
    [
        ("matti@example.fi", "m***@example.fi"),
        ("matti.meikalainen@example.fi", "m***@example.fi"),  # length not revealed
        ("m@example.fi", "m***@example.fi"),
        ("äiti@esimerkkiä.fi", "ä***@esimerkkiä.fi"),
        (" matti@example.fi ", "m***@example.fi"),
        ("", ""),
        ("  ", ""),
        ("no-at-sign", "n***"),
        ("@example.fi", "@***"),
    ],
)
def test_mask_email(address, masked):
    assert mask_email(address) == masked


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        ("+358401234567", "+358 40 *** **67"),
        ("040 123 4567", "+358 40 *** **67"),
        ("+35891234567", "+358 9 *** **67"),
        ("+46701234567", "+46 70 *** **67"),
        ("+14155552671", "+1 415 *** **71"),
        ("+3581812345", "+358 18 ***45"),
        ("", ""),
        ("12", "12"),
        ("puh. 12-34", "puh. **-34"),  # no phone number: all digits but the last two hidden
    ],
)
def test_mask_phone(number, masked):
    assert mask_phone(number) == masked


def test_mask_phone_other_default_region():
    assert mask_phone("070 123 45 67", region="SE") == "+46 70 *** **67"


@given(st.from_regex(r"\+358 ?4[0-9] ?[0-9]{7}", fullmatch=True))
def test_masked_finnish_mobile_hides_the_subscriber_number(number):
    digits = number.replace(" ", "")
    masked = mask_phone(number)
    assert masked == f"+358 {digits[4:6]} *** **{digits[-2:]}"
