"""A printed letter or access report goes straight into a C5/E5 window envelope: the
recipient's address lines lie inside the SFS 2487 address field (20 mm from the left edge, its
top 40-45 mm from the top edge, about 90 mm wide and 45 mm tall), read back from the PDF with
``pdftotext -bbox`` in Finnish and Swedish."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from html import unescape
from pathlib import Path

import pytest

from tietosuoja_desktop.documents import (
    LetterData,
    LetterKind,
    build_access_report,
    build_letter,
    default_authority,
)
from tietosuoja_desktop.domain.enums import Language, RequestType
from tietosuoja_desktop.domain.records import DataRequest

MM = 72 / 25.4
# The window's area on the page, in points from the top-left corner: what the envelope shows.
LEFT, RIGHT = 20 * MM, (20 + 90) * MM
TOP, BOTTOM = 40 * MM, (45 + 45) * MM
ADDRESS = ("Åsa", "Öberg", "Strandvägen", "3", "B", "12", "00100", "Helsingfors")

WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)


def first_page_words(pdf: bytes, tmp_path: Path) -> list[tuple[float, float, float, float, str]]:
    source = tmp_path / "doc.pdf"
    source.write_bytes(pdf)
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(source), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [
        (float(x0), float(y0), float(x1), float(y1), unescape(word))
        for x0, y0, x1, y1, word in WORD.findall(html)
    ]


def address_words(words):
    """The address's words: the first run of the name, street and town words in reading order
    (the salutation repeats the name further down)."""
    start = next(i for i, w in enumerate(words) if w[4] == "Åsa")
    found = words[start : start + len(ADDRESS)]
    assert [w[4] for w in found] == list(ADDRESS)
    return found


def assert_in_window(found) -> None:
    for x0, y0, x1, y1, word in found:
        assert x0 >= LEFT - 0.5 and x1 <= RIGHT, (word, x0 / MM, x1 / MM)
        assert y0 >= TOP and y1 <= BOTTOM, (word, y0 / MM, y1 / MM)
    # The field starts at 20 mm from the left and 40-45 mm (+ a line's ascent) from the top.
    assert abs(min(w[0] for w in found) - 20 * MM) < 1 * MM
    assert 40 * MM <= min(w[1] for w in found) <= 47 * MM


@pytest.mark.parametrize("lang", [Language.FI, Language.SV])
@pytest.mark.parametrize("kind", [LetterKind.ACKNOWLEDGEMENT, LetterKind.EXTENSION_NOTICE])
def test_a_letters_address_shows_in_the_window(kind, lang, controller, signature, tmp_path):
    data = LetterData(
        controller=controller,
        recipient_name="Åsa Öberg",
        recipient_address="Strandvägen 3 B 12\n00100 Helsingfors",
        request=DataRequest(RequestType.ACCESS, date(2026, 11, 30), id=17, customer_id=42),
        due=date(2026, 12, 30),
        extended_due=date(2027, 3, 1),
        reason="Pyyntö koskee useaa järjestelmää.",
        today=date(2026, 12, 2),
    )
    pdf = build_letter(kind, data, lang, authority=default_authority(lang), signature=signature)
    assert_in_window(address_words(first_page_words(pdf, tmp_path)))


@pytest.mark.parametrize("lang", [Language.FI, Language.SV])
def test_the_access_reports_address_shows_in_the_window(lang, access_data, signature, tmp_path):
    pdf = build_access_report(
        access_data, lang, authority=default_authority(lang), signature=signature
    )
    assert_in_window(address_words(first_page_words(pdf, tmp_path)))


def test_nothing_else_shows_through_the_window(access_data, signature, tmp_path):
    """Only the address lies in the window: the letterhead ends above it, the title below."""
    pdf = build_access_report(
        access_data, Language.FI, authority=default_authority(Language.FI), signature=signature
    )
    words = first_page_words(pdf, tmp_path)
    address = address_words(words)
    others = [w for w in words if w not in address]
    inside = [w[4] for w in others if w[0] < RIGHT and w[2] > LEFT and w[1] < BOTTOM and w[3] > TOP]
    assert inside == []
