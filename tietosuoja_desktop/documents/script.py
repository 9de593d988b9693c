"""Text as the embedded fonts can draw it: right-to-left scripts in their order and shape, and a
visible marker for every character the fonts cannot draw.

reportlab lays text out left to right in the order it is stored. Hebrew and Arabic are stored in
logical (reading) order, so without help a Hebrew name comes out mirrored and Arabic letters
unjoined. Arabic is shaped here into its presentation forms (``arabic_reshaper``, which DejaVu Sans
covers) and every line holding right-to-left text is put into visual order with the Unicode
bidirectional algorithm (``python-bidi``) after reportlab has broken it into lines, so a long
right-to-left text still reads from its first line down.

A character the fonts lack would print as an empty box. Characters beyond the Basic Multilingual
Plane (emoji among them) are treated the same, because reportlab 5 writes them into the PDF's
text layer as invalid code (copying or searching the PDF would give another character). Each is
replaced by :data:`MARKER` and noted in the :func:`collecting` list, so the services can warn
before the document is kept.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache

from reportlab import platypus
from reportlab.pdfbase import pdfmetrics

from .fonts import BOLD, REGULAR, register_fonts

MARKER = "\ufffd"  # "�": the replacement character, which DejaVu Sans draws

# Strong right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation
# forms) and the explicit right-to-left marks; text without any is left exactly as it is.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f\u202b\u202e\u2067]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
# Tab and newline are laid out, never drawn as glyphs.
_LAID_OUT = frozenset("\t\n\r")


@dataclass(frozen=True)
class Unprintable:
    """A character the document cannot print, and the text it was found in."""

    character: str
    text: str

    @property
    def code(self) -> str:
        """ "U+1F600" """
        return f"U+{ord(self.character):04X}"

    @property
    def name(self) -> str:
        return unicodedata.name(self.character, self.code)


_found: ContextVar[dict[Unprintable, None] | None] = ContextVar("unprintable", default=None)


@contextmanager
def collecting() -> Iterator[dict[Unprintable, None]]:
    """Collect every unprintable character the documents built inside meet (once per
    character and text, in the order met: iterate the dict)."""
    found: dict[Unprintable, None] = {}
    token = _found.set(found)
    try:
        yield found
    finally:
        _found.reset(token)


@cache
def _coverage() -> frozenset[int]:
    """The code points both faces user text is drawn in (regular and bold) hold a glyph for.
    The oblique face, used only for fixed wording, has no Arabic."""
    register_fonts()
    faces = [pdfmetrics.getFont(name).face.charToGlyph for name in (REGULAR, BOLD)]
    return frozenset(code for code in faces[0] if code in faces[1] and code <= 0xFFFF)


def _printable(character: str) -> bool:
    return character in _LAID_OUT or ord(character) in _coverage()


@cache
def _unprintable() -> re.Pattern[str]:
    """Any one character the fonts lack: one search in C instead of a loop over the text."""
    codes = sorted(_coverage() | {ord(character) for character in _LAID_OUT})
    ranges, start, end = [], codes[0], codes[0]
    for code in codes[1:]:
        if code != end + 1:
            ranges.append((start, end))
            start = code
        end = code
    ranges.append((start, end))
    allowed = "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges)
    return re.compile(f"[^{allowed}]")


@cache
def _reshapers():
    from arabic_reshaper import ArabicReshaper  # only for text in Arabic script

    with_ligatures = ArabicReshaper()
    without = ArabicReshaper(configuration={"support_ligatures": False})
    return with_ligatures, without


def _shape_arabic(value: str) -> str:
    """Arabic letters in their joined forms (logical order kept). Ligatures are used only
    where the font has them all."""
    with_ligatures, without = _reshapers()
    shaped = with_ligatures.reshape(value)
    if all(_printable(character) for character in shaped):
        return shaped
    return without.reshape(value)


def drawable(value: str) -> str:
    """``value`` in logical order with Arabic shaped and every character the fonts cannot draw
    replaced by :data:`MARKER` (and noted when collecting). Plain Latin text comes back as is."""
    missing = set(_unprintable().findall(value))
    if missing:
        found = _found.get()
        if found is not None:
            for character in sorted(missing, key=value.index):
                found.setdefault(Unprintable(character, value))
        value = "".join(MARKER if character in missing else character for character in value)
    if _ARABIC.search(value):
        value = _shape_arabic(value)
    return value


def has_rtl(value: str) -> bool:
    return _RTL.search(value) is not None


def visual(line: str) -> str:
    """One line of text in the order it is drawn, left to right, in a left-to-right document."""
    if not has_rtl(line):
        return line
    from bidi import get_display  # only for right-to-left text

    return get_display(line, base_dir="L")


def shown(value: str) -> str:
    """A one-line text ready to be drawn as is (table cells, running headers and footers)."""
    return visual(drawable(value))


def _line_text(kind: int, line) -> str:
    if kind == 0:
        return " ".join(line[1])
    return "".join(getattr(word, "text", "") or "" for word in line.words)


def _visual_lines(lines):
    """reportlab's broken lines (``Paragraph.blPara``) with each line's right-to-left text in
    drawing order, or None when no line holds any (the common case, checked cheaply)."""
    if not any(has_rtl(_line_text(lines.kind, line)) for line in lines.lines):
        return None
    if lines.kind == 0:
        changed = [(extra, [visual(" ".join(words))]) for extra, words in lines.lines]
    else:
        changed = [
            line.clone(words=[_visual_frag(word) for word in line.words]) for line in lines.lines
        ]
    return lines.clone(lines=changed)


def _visual_frag(word):
    text = getattr(word, "text", None)
    if not text or not has_rtl(text):
        return word
    return word.clone(text=visual(text))


class Paragraph(platypus.Paragraph):
    """A paragraph that draws right-to-left text in visual order. Lines are broken and split
    across pages in logical order; only drawing sees the reordered copy."""

    def drawPara(self, debug: int = 0):
        logical = self.blPara
        drawn = _visual_lines(logical)
        if drawn is None:
            return super().drawPara(debug)
        self.blPara = drawn
        try:
            return super().drawPara(debug)
        finally:
            self.blPara = logical
