"""The embedded fonts of every document.

DejaVu Sans covers Finnish, Swedish, Polish and Cyrillic names; the PDF base fonts (Helvetica)
do not. The TrueType files live in ``resources/fonts`` of a source checkout; a packaged build
may copy them into ``tietosuoja_desktop/resources/fonts`` instead. Registration with reportlab
happens on first use, never at import time, and only once per process.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}
_lock = threading.Lock()
_registered = False


class FontsMissingError(RuntimeError):
    """The DejaVu font files were not found next to the program."""


def _candidates() -> list[Path]:
    package_dir = Path(__file__).resolve().parents[1]  # tietosuoja_desktop/
    return [
        package_dir.parent / "resources" / "fonts",  # source checkout: repo-root/resources/fonts
        package_dir / "resources" / "fonts",  # packaged: copied into the package
    ]


def fonts_dir() -> Path:
    """The folder holding the DejaVu TrueType files; raises :class:`FontsMissingError`."""
    for candidate in _candidates():
        if all((candidate / name).is_file() for name in _FILES.values()):
            return candidate
    searched = ", ".join(str(path) for path in _candidates())
    raise FontsMissingError(f"DejaVu fonts not found; looked in: {searched}")


def register_fonts() -> None:
    """Register DejaVu Sans (regular, bold, oblique) with reportlab; safe to call repeatedly and
    from several threads. ``<b>`` and ``<i>`` in paragraphs map to the bold and oblique faces."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        directory = fonts_dir()
        for font_name, file_name in _FILES.items():
            pdfmetrics.registerFont(TTFont(font_name, str(directory / file_name)))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD)  # no bold oblique shipped; bold is the closer match
        _registered = True
