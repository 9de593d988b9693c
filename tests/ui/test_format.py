"""Dates, counts, money and days left as the interface shows them, in each language."""

from __future__ import annotations

from datetime import date

import pytest

from tietosuoja_desktop.domain.enums import Language
from tietosuoja_desktop.ui.format import format_count, format_date, format_days_left, format_money
from tietosuoja_desktop.ui.preferences import apply_language

NBSP = "\u00a0"


def test_dates_print_the_finnish_way_in_every_language():
    assert format_date(date(2026, 1, 5)) == "5.1.2026"
    assert format_date(None) == ""


@pytest.mark.parametrize(
    ("language", "money", "count"),
    [
        (Language.FI, f"-1{NBSP}234,50{NBSP}€", f"12{NBSP}345"),
        (Language.SV, f"-1{NBSP}234,50{NBSP}€", f"12{NBSP}345"),
        (Language.EN, "-€1,234.50", "12,345"),
    ],
)
def test_money_and_counts_are_grouped_as_the_language_writes_them(language, money, count):
    assert format_money(-123_450, language) == money
    assert format_count(12_345, language) == count


def test_days_left_are_told_in_the_interface_language(qapp):
    try:
        apply_language("fi", remember=False)
        finnish = [format_days_left(days) for days in (None, 0, 3, -2)]
        apply_language("en", remember=False)
        english = [format_days_left(days) for days in (None, 0, 1, -2)]
    finally:
        apply_language("en", remember=False)
    assert finnish[0] == "" and all(finnish[1:]) and "3" in finnish[2] and "2" in finnish[3]
    assert finnish[1] != "due today"
    assert english == ["", "due today", "1 day left", "2 days overdue"]
