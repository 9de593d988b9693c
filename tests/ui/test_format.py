"""Dates, counts, money, days left and file sizes as the interface shows them, in each
language."""

from __future__ import annotations

from datetime import date

import pytest

from tietosuoja_desktop.domain.enums import Language
from tietosuoja_desktop.ui.format import (
    format_count,
    format_date,
    format_days_left,
    format_money,
    format_size,
)
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


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "fi",
            [
                "0 t",
                f"1{NBSP}023 t",
                "1 kt",
                "2 kt",
                "1,0 Mt",
                "3,6 Mt",
                "999 Mt",
                "1,2 Gt",
                "12 Gt",
            ],
        ),
        (
            "sv",
            [
                "0 B",
                f"1{NBSP}023 B",
                "1 kB",
                "2 kB",
                "1,0 MB",
                "3,6 MB",
                "999 MB",
                "1,2 GB",
                "12 GB",
            ],
        ),
        (
            "en",
            ["0 B", "1,023 B", "1 KB", "2 KB", "1.0 MB", "3.6 MB", "999 MB", "1.2 GB", "12 GB"],
        ),
    ],
)
def test_sizes_count_as_file_managers_do_rounded_up_in_the_languages_units(
    language, expected, english
):
    """1 KB is 1,024 bytes; kilobytes rounded up, so nothing that takes room shows as none; a
    decimal under ten; the units in the language (Finnish: tavu, kilotavu...)."""
    apply_language(language)
    sizes = [
        0,
        1023,
        1024,
        1025,
        1024**2,
        int(3.56 * 1024**2),
        999 * 1024**2,
        int(1.16 * 1024**3),
        12 * 1024**3,
    ]
    assert [format_size(size) for size in sizes] == expected
