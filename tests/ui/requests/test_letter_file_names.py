"""The file names the request steps suggest for their letters, exports and reports come from
the one shared cleaner (``domain.file_names``): valid on Windows as on Linux, and written to a
real folder here."""

from __future__ import annotations

import pytest

from tietosuoja_desktop.domain.file_names import MAX_NAME_BYTES, WINDOWS_FORBIDDEN, is_reserved
from tietosuoja_desktop.ui.requests import letters


@pytest.mark.parametrize(
    ("title", "request_id", "suffix", "expected"),
    [
        ("Vastaus tietopyyntöön", 12, ".pdf", "Vastaus tietopyyntöön 12.pdf"),
        ("Data export", 3, ".zip", "Data export 3.zip"),
        ("Kahvila: Äijä? <Oy>", 7, ".pdf", "Kahvila Äijä Oy 7.pdf"),
        ("CON", None, ".pdf", "_CON.pdf"),
        ("aux", None, ".zip", "_aux.zip"),
        ("Raportti 2026-11-22. . .", None, ".pdf", "Raportti 2026-11-22.pdf"),
        ("", None, ".pdf", "document.pdf"),
        ("?:*", 5, ".pdf", "5.pdf"),
    ],
)
def test_a_letters_file_name_is_valid_on_windows(title, request_id, suffix, expected, tmp_path):
    name = letters.file_name(title, request_id, suffix)
    assert name == expected
    assert not set(name) & WINDOWS_FORBIDDEN
    assert not is_reserved(name)
    (tmp_path / name).write_bytes(b"%PDF")
    assert (tmp_path / name).read_bytes() == b"%PDF"


def test_a_long_title_is_shortened_to_255_bytes_keeping_its_suffix(tmp_path):
    name = letters.file_name("Äänekosken kahvila " * 30, 41, ".pdf")
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES
    assert name.startswith("Äänekosken kahvila") and name.endswith(".pdf")
    (tmp_path / name).write_bytes(b"%PDF")
    assert (tmp_path / name).exists()
