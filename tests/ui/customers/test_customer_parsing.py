"""Reading euros and dates as people type them on the customer page."""

from __future__ import annotations

from datetime import date

import pytest

from tietosuoja_desktop.ui.customers.parsing import cents_to_text, parse_date, parse_euros


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("12,50", 1250),
        ("12.50", 1250),
        ("12,5", 1250),
        ("12", 1200),
        ("0,05", 5),
        (" 1 234,56 € ", 123456),
        ("1\u00a0234,56", 123456),
        ("1.234,56", 123456),
        ("€12.50", 1250),
        ("12,50 EUR", 1250),
        ("0", 0),
    ],
)
def test_euros_become_whole_cents(text, cents):
    assert parse_euros(text) == cents


@pytest.mark.parametrize("text", ["", "abc", "12,345", "-5", "12,50,1", "1,2.3", "1e3", "€"])
def test_what_is_not_an_amount(text):
    assert parse_euros(text) is None


def test_cents_back_to_text():
    assert cents_to_text(123450) == "1234,50"
    assert parse_euros(cents_to_text(7)) == 7


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("31.1.2026", date(2026, 1, 31)),
        ("01.02.2026", date(2026, 2, 1)),
        (" 2026-01-31 ", date(2026, 1, 31)),
        ("29.2.2024", date(2024, 2, 29)),
    ],
)
def test_dates(text, day):
    assert parse_date(text) == day


@pytest.mark.parametrize("text", ["", "31.2.2026", "1.13.2026", "1/2/2026", "1.1.26"])
def test_what_is_not_a_date(text):
    assert parse_date(text) is None
