"""Deciding a CSV file's encoding from its bytes: byte-order marks, the NUL-byte pattern of
UTF-16 and UTF-32, strict UTF-8, Windows-1252 for files with no UTF-8 text at all, and a
refusal with the lines and bytes for a file that is UTF-8 except for a few bytes."""

from __future__ import annotations

import codecs

import pytest

from tietosuoja_desktop.domain.csv_encoding import UndecodableFile, decode, nul_pattern, scan

TEXT = "Etunimi;Sukunimi;Sähköposti\nPäivi;Mäkelä;paivi@example.fi\nÅsa;Öhman;asa@example.fi\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode(), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode(), "utf-8-sig"),
        (TEXT.encode("cp1252"), "cp1252"),
        (TEXT.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("utf-32"), "utf-32"),
        (codecs.BOM_UTF32_BE + TEXT.encode("utf-32-be"), "utf-32"),
        (TEXT.encode("utf-32-le"), "utf-32-le"),
        (TEXT.encode("utf-32-be"), "utf-32-be"),
    ],
)
def test_each_encoding_is_read_whole(data, encoding):
    assert decode(data) == (TEXT, encoding)


def test_one_invalid_byte_in_utf8_is_refused_with_its_line_and_byte():
    data = TEXT.encode().replace("Öhman".encode(), b"\xd6hman")
    with pytest.raises(UndecodableFile) as caught:
        decode(data)
    report = caught.value.report
    assert (report.bad_bytes, report.bad_lines, report.encoding) == (1, 1, "utf-8")
    assert [(p.line, p.hex) for p in report.places] == [(3, "D6")]
    assert [m.render() for m in caught.value.places()] == ["line 3: byte D6"]
    assert "Öhman" not in str(caught.value) and "Mäkelä" not in str(caught.value)


def test_many_bad_places_are_counted_and_the_first_five_shown():
    rows = "".join(f"Rivi;{n};ok ä\n" for n in range(40)).encode()
    data = rows.replace(b"ok", b"\xe4\xf6", 12)
    report = scan(data, "utf-8")
    assert (report.bad_bytes, report.bad_lines, report.other_text) == (24, 12, True)
    assert [(p.line, p.hex) for p in report.places] == [(n, "E4 F6") for n in range(1, 6)]


def test_windows_1252_forced_on_a_mixed_file_reads_every_byte():
    data = TEXT.encode().replace("Öhman".encode(), b"\xd6hman")
    text, used = decode(data, "cp1252")
    assert used == "cp1252"
    assert "MÃ¤kelÃ¤" in text and "Öhman" in text  # what will be stored, shown in the preview
    # Bytes Windows-1252 leaves undefined read as browsers read them, not as errors.
    assert decode(b"A;B\nx\x81y;z\n", "cp1252")[0] == "A;B\nx\x81y;z\n"


def test_utf8_asked_for_on_a_windows_1252_file_is_refused_naming_it():
    with pytest.raises(UndecodableFile) as caught:
        decode(TEXT.encode("cp1252"), "utf-8")
    assert "cannot be read as UTF-8" in str(caught.value)
    assert caught.value.report.bad_lines == 3  # the header and both rows


def test_utf16_without_bom_that_does_not_decode_is_refused_naming_utf16():
    data = TEXT.encode("utf-16-le") + b"x"  # an odd byte at the end
    with pytest.raises(UndecodableFile, match="UTF-16 LE"):
        decode(data)


def test_a_stray_nul_byte_is_not_taken_for_utf16():
    assert nul_pattern(b"Etunimi;Sukunimi\nAino;Vir\x00tanen\n") is None
    assert decode(b"Etunimi;Sukunimi\nAino;Vir\x00tanen\n")[1] == "utf-8"


def test_a_file_with_no_utf8_text_stays_windows_1252_or_latin_1():
    assert decode("Nimi\nMäkelä €\n".encode("cp1252"))[1] == "cp1252"
    assert decode(b"Nimi\nB\x81erg\n")[1] == "latin-1"
