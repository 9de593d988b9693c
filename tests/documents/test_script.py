"""Right-to-left names print in their order and shape; characters the fonts cannot draw print as
a visible marker and are collected for a warning; Finnish and Swedish text is left alone.

pdftotext and pypdf both put right-to-left text back into reading order when they extract it,
so the order drawn is read from the content stream itself: every shown string is decoded
through its font's ToUnicode map, which is the order the glyphs stand on the page."""

from __future__ import annotations

import dataclasses
import re
from io import BytesIO

from pypdf import PdfReader
from pypdf.generic import ContentStream

from tietosuoja_desktop.documents import build_access_report, default_authority
from tietosuoja_desktop.documents.script import MARKER, collecting, drawable, shown
from tietosuoja_desktop.domain.enums import Language

HEBREW = ("שלום", "כהן")
ARABIC = ("محمد", "علي")
_BFCHAR = re.compile(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
# pdftotext wraps right-to-left runs in embedding marks (U+202B ... U+202C).
_BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def reading_order(pdf_text, pdf: bytes) -> str:
    return _BIDI_MARKS.sub("", pdf_text(pdf))


def _to_unicode(font) -> dict[int, str]:
    cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
    return {int(code, 16): chr(int(char, 16)) for code, char in _BFCHAR.findall(cmap)}


def drawn_strings(pdf: bytes, page: int = 0) -> list[str]:
    """Each string shown on ``page``, in the order its glyphs are drawn (left to right)."""
    reader = PdfReader(BytesIO(pdf))
    fonts = reader.pages[page]["/Resources"]["/Font"]
    maps = {name: _to_unicode(font.get_object()) for name, font in fonts.items()}
    content = ContentStream(reader.pages[page].get_contents(), reader)
    shown_strings, current = [], {}
    for operands, operator in content.operations:
        if operator == b"Tf":
            current = maps[operands[0]]
        elif operator == b"Tj":
            shown_strings.append("".join(current.get(b, "?") for b in operands[0].original_bytes))
    return shown_strings


def report(access_data, signature, first: str, last: str) -> bytes:
    customer = dataclasses.replace(access_data.customer, first_name=first, last_name=last)
    data = dataclasses.replace(access_data, customer=customer)
    return build_access_report(
        data, Language.FI, authority=default_authority(Language.FI), signature=signature
    )


def test_a_hebrew_name_is_drawn_right_to_left(access_data, signature, pdf_text):
    pdf = report(access_data, signature, *HEBREW)
    logical = " ".join(HEBREW)
    drawn = drawn_strings(pdf)
    # Drawn left to right, a right-to-left name stands reversed: its first letter at the right.
    assert logical[::-1] in drawn
    assert logical not in drawn
    assert f"Hyvä {logical[::-1]}" in drawn
    # Read back in reading order, it is the name as typed.
    assert f"Hyvä {logical}" in reading_order(pdf_text, pdf)


def test_an_arabic_name_is_joined_and_right_to_left(access_data, signature, pdf_text):
    pdf = report(access_data, signature, *ARABIC)
    greeting = next(s for s in drawn_strings(pdf) if s.startswith("Hyvä "))
    name = greeting.removeprefix("Hyvä ")
    # Every letter in its joined (positional) form, none left as an unjoined letter.
    assert all(0xFE70 <= ord(c) <= 0xFEFF for c in name.replace(" ", ""))
    assert len(name) == len(" ".join(ARABIC))
    # Meem opening "محمد" takes its initial form (U+FEE3) and is drawn at the right end.
    assert name.index("\ufee3") > name.index(" ")
    assert "\ufee3" in pdf_text(pdf)


def test_a_right_to_left_text_wraps_from_its_first_line(access_data, signature, pdf_text):
    words = [f"{HEBREW[0]}{n}" for n in range(40)]  # digits mark each word's place
    customer = dataclasses.replace(access_data.customer, notes=" ".join(words))
    data = dataclasses.replace(access_data, customer=customer)
    pdf = build_access_report(
        data, Language.FI, authority=default_authority(Language.FI), signature=signature
    )
    lines = [s for page in range(2) for s in drawn_strings(pdf, page) if HEBREW[0][::-1] in s]
    assert len(lines) >= 2  # the notes wrap
    assert "0" in lines[0] and "39" in lines[-1]  # the first words on the first line


def test_an_emoji_prints_as_the_marker_and_is_collected(access_data, signature, pdf_text):
    with collecting() as found:
        pdf = report(access_data, signature, "Matti", "😀")
    assert f"Hyvä Matti {MARKER}" in pdf_text(pdf)
    assert {(entry.character, entry.code, entry.name) for entry in found} == {
        ("😀", "U+1F600", "GRINNING FACE")
    }
    assert "Matti 😀" in {entry.text for entry in found}


def test_finnish_and_swedish_text_is_unchanged():
    for value in ("Åsa Öberg, Strandvägen 3 B 12", "Pääkäyttäjä – “lainaus” € 12,50", "Юлия"):
        with collecting() as found:
            assert drawable(value) == value
            assert shown(value) == value
        assert not found


def test_nothing_is_collected_outside_a_build():
    assert drawable("🦄") == MARKER  # still marked, nowhere to note it
