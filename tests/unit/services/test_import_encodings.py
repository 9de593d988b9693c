"""Importing files whose encoding has to be decided: a UTF-8 file with one invalid byte is
refused with its line (nothing written), read as Windows-1252 only when asked, and then the
preview shows what will be stored and names the column that is no longer recognised; UTF-16
and UTF-32 files, with and without a byte-order mark, import their names and e-mails."""

from __future__ import annotations

import pytest
from helpers.csv_samples import HEADERS, with_one_bad_byte, write_customers_csv

from tietosuoja_desktop.domain.csv_encoding import UndecodableFile
from tietosuoja_desktop.domain.csv_mapping import Target
from tietosuoja_desktop.domain.listing import CustomerQuery, CustomerSort
from tietosuoja_desktop.services.importing import Importer, RowStatus


@pytest.fixture
def importer(services):
    return Importer(services)


def test_one_invalid_byte_refuses_the_file_with_its_line(services, importer, tmp_path):
    path = with_one_bad_byte(tmp_path / "asiakkaat.csv", 200, line=57)
    with pytest.raises(UndecodableFile) as caught:
        importer.read(path)
    report = caught.value.report
    assert (report.encoding, report.bad_bytes, report.bad_lines) == ("utf-8", 1, 1)
    assert [(place.line, place.hex) for place in report.places] == [(57, "E4")]
    assert services.customers.count() == 0


def test_windows_1252_when_asked_previews_what_will_be_stored(services, importer, tmp_path):
    path = with_one_bad_byte(tmp_path / "asiakkaat.csv", 20, line=5)
    table = importer.read(path, encoding="cp1252")
    assert table.encoding == "cp1252"
    assert table.utf8_only_columns == ((2, "Sähköposti", Target.EMAIL),)
    preview = importer.preview(table)
    # The e-mail column is not silently dropped: the preview says so and names it.
    assert [w.render() for w in preview.warnings] == [
        "The column “SÃ¤hkÃ¶posti” is recognised only when the file is read as UTF-8 (as "
        "“Sähköposti”); read as Windows-1252 it is not imported unless you choose what to "
        "import it as."
    ]
    shown = [row.customer.display_name for row in preview.rows]
    assert any("Ã¤" in name or "Ã¶" in name for name in shown)
    result = importer.run(preview)
    stored = services.customers.page(CustomerQuery(sort=CustomerSort.ID), 0, 100)
    assert result.created == len(stored) == 20
    assert sorted(c.display_name for c in stored) == sorted(shown)


def test_a_pure_windows_1252_file_imports_as_before(services, importer, tmp_path):
    path = write_customers_csv(tmp_path / "excel.csv", 30, encoding="cp1252")
    table = importer.read(path)
    assert (table.encoding, table.utf8_only_columns) == ("cp1252", ())
    preview = importer.preview(table)
    assert preview.warnings == [] and preview.counts["new"] == 30
    importer.run(preview)
    names = {c.last_name for c in services.customers.page(CustomerQuery(), 0, 100)}
    assert names & {"Mäkinen", "Hämäläinen", "Järvinen"}


@pytest.mark.parametrize(
    ("encoding", "bom", "read_as"),
    [
        ("utf-8", b"\xef\xbb\xbf", "utf-8-sig"),
        ("utf-16-le", b"", "utf-16-le"),
        ("utf-16-be", b"", "utf-16-be"),
        ("utf-16-le", b"\xff\xfe", "utf-16"),
        ("utf-16-be", b"\xfe\xff", "utf-16"),
        ("utf-32-le", b"\xff\xfe\x00\x00", "utf-32"),
        ("utf-32-be", b"", "utf-32-be"),
    ],
)
def test_unicode_files_import_names_and_emails(services, importer, tmp_path, encoding, bom,
                                               read_as):  # fmt: skip
    source = write_customers_csv(tmp_path / "source.csv", 12, encoding="utf-8")
    path = tmp_path / "unicode.csv"
    path.write_bytes(bom + source.read_text(encoding="utf-8").encode(encoding))
    table = importer.read(path)
    assert (table.encoding, table.headers) == (read_as, HEADERS)
    preview = importer.preview(table)
    assert not preview.problems and preview.counts["new"] == 12
    assert all(row.status is RowStatus.NEW and row.customer.email for row in preview.rows)
    importer.run(preview)
    assert services.customers.count() == 12
