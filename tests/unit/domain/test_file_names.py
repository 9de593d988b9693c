"""File names from typed text are valid on Windows, macOS and Linux: reserved device names,
forbidden and control characters, trailing dots and spaces, 255 bytes and Windows' 259-character
paths; each result is then written to a real folder."""

from __future__ import annotations

from pathlib import Path, PureWindowsPath

import pytest
from helpers.properties import examples
from hypothesis import given, settings
from hypothesis import strategies as st

from tietosuoja_desktop.domain.file_names import (
    MAX_NAME_BYTES,
    MAX_PATH_CHARS,
    WINDOWS_FORBIDDEN,
    is_reserved,
    safe_file_name,
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Tietosuojaseloste - Asiakasrekisteri (fi) 2026-11-22.pdf", None),
        ("Kahvila: Äijä & Åsa? <Oy>.pdf", "Kahvila Äijä & Åsa Oy.pdf"),
        ('a/b\\c|d"e*f.csv', "a b c d e f.csv"),
        ("rivi\nrivi\ttab\x7f.pdf", "rivi rivi tab.pdf"),
        ("CON", "_CON"),
        ("con.pdf", "_con.pdf"),
        ("Nul .txt", "_Nul.txt"),
        ("COM1.tar", "_COM1.tar"),
        ("lpt9.pdf", "_lpt9.pdf"),
        ("COM¹.pdf", "_COM¹.pdf"),
        ("CONSOLE.pdf", "CONSOLE.pdf"),
        ("COM10.pdf", "COM10.pdf"),
        ("raportti. . .", "raportti"),
        ("raportti .pdf", "raportti.pdf"),
        ("...", "document"),
        ("", "document"),
        ("???.pdf", "document.pdf"),
        (".pdf", "document.pdf"),
    ],
)
def test_names_are_cleaned_as_windows_needs(typed, expected):
    assert safe_file_name(typed) == (expected or typed)


def test_a_long_name_keeps_its_extension_within_255_bytes():
    name = safe_file_name("Äänekoski " * 60 + ".pdf")
    assert name.endswith(".pdf") and name.startswith("Äänekoski Äänekoski")
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES
    assert len(("Äänekoski " * 60).encode()) > MAX_NAME_BYTES  # it really had to shorten


def test_a_deep_folder_shortens_the_name_to_fit_windows_max_path():
    folder = PureWindowsPath("C:/Users/Åsa Öhman/OneDrive/Documents") / ("kansio " * 25).strip()
    name = safe_file_name("Tietosuojaseloste - Asiakasrekisteri (fi) 2026-11-22.pdf", folder=folder)
    assert name.endswith(".pdf") and name.startswith("Tietosuojaseloste")
    assert len(str(folder / name)) <= MAX_PATH_CHARS
    assert len(str(folder / "Tietosuojaseloste - Asiakasrekisteri (fi) 2026-11-22.pdf")) > 259


def test_reserved_names_are_recognised_with_any_extension_and_case():
    assert is_reserved("aux") and is_reserved("Prn.tar.gz") and is_reserved("nul ")
    assert not is_reserved("auxiliary.pdf") and not is_reserved("xCON")


@settings(max_examples=examples(300), deadline=None)
@given(st.text(max_size=400), st.sampled_from(["", ".pdf", ".csv", ".xlsx"]))
def test_any_typed_text_gives_a_valid_name(typed, suffix):
    name = safe_file_name(typed + suffix)
    assert name and not WINDOWS_FORBIDDEN & set(name)
    assert not name.endswith((" ", ".")) and not is_reserved(name)
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES
    assert name.endswith(suffix)


def test_the_cleaned_names_can_be_written_and_read_back(tmp_path: Path):
    folder = tmp_path / "Åsa Öhman" / "Documents"
    folder.mkdir(parents=True)
    typed = ["Kahvila: Äijä?.pdf", "CON.pdf", "x" * 300 + ".pdf", "tab\there .csv", "..", "a/b"]
    names = [safe_file_name(text, folder=folder) for text in typed]
    for index, name in enumerate(names):
        (folder / name).write_bytes(bytes([index]))
    assert sorted(p.name for p in folder.iterdir()) == sorted(names)
    assert [(folder / name).read_bytes() for name in names] == [bytes([i]) for i in range(6)]
