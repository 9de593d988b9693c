"""The counts of one- and two-character texts in the search lines (storage/search_grams.py):
equal to a recount made in Python from the stored lines after every kind of write (adds,
updates, erasure, demo generation, CSV import, plain and encrypted), and the count a common
short text shows equal to the lines that hold it, counted the old way with instr()."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest
from helpers.csv_samples import write_customers_csv
from helpers.properties import examples
from helpers.sample import person
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from tietosuoja_desktop.domain.listing import CustomerQuery
from tietosuoja_desktop.services.demo import generate_demo
from tietosuoja_desktop.services.importing import (
    ImportCancelled,
    Importer,
    ImportOptions,
    OnDuplicate,
)
from tietosuoja_desktop.storage import customer_queries, search_grams

SHORT_TEXTS = ("a", "ne", "en", " ", "ä", "ö", "å", "@", ".", "0", "40", "e.", "zz", "äi")


def stored_and_recounted(services) -> tuple[dict, dict]:
    with services.db.reading() as session:
        raw = session.connection().connection.driver_connection
        return search_grams.stored(raw), dict(search_grams.recount(raw))


def assert_in_step(services) -> None:
    stored, recounted = stored_and_recounted(services)
    assert stored == recounted
    assert 0 not in stored.values()


def instr_count(services, key: str) -> int:
    """The count as it was made before the table: every line read."""
    with services.db.reading() as session:
        statement = text("SELECT count(*) FROM customer_search WHERE instr(text, :key) > 0")
        return session.scalar(statement, {"key": key})


def test_line_grams_counts_each_gram_once_per_line():
    assert search_grams.line_grams("anna") == {"a", "n", "an", "nn", "na"}
    assert search_grams.count_lines(["anna", "ann", ""]) == {
        "a": 2,
        "n": 2,
        "an": 2,
        "nn": 2,
        "na": 1,
    }


@settings(max_examples=examples(400), deadline=None)
@given(st.lists(st.text(max_size=12), max_size=30))
def test_counting_lines_at_once_counts_what_each_line_holds(lines):
    """The bulk count reads pairs of characters as numbers from the lines' UTF-32 (at even and
    odd offsets): the same as each line's grams, for any text (letters beyond the BMP, a
    character twice in a row, lines of 0-3 characters)."""
    expected = Counter()
    for line in lines:
        expected.update(search_grams.line_grams(line))
    assert search_grams.count_lines(lines) == expected
    assert search_grams.count_lines(iter(lines)) == expected


def test_a_bulk_count_over_many_lines_meets_the_batches_edges():
    lines = [f"{n % 7}😀{n}ää" for n in range(12_003)]
    expected = Counter()
    for line in lines:
        expected.update(search_grams.line_grams(line))
    assert search_grams.count_lines(line for line in lines) == expected


def test_adds_updates_and_erasure_keep_the_counts(services):
    first = services.customers.add(person(first_name="Äijä", last_name="Öhman"))
    second = services.customers.add(person(first_name="Åsa", email="asa@example.se", phone=""))
    third = services.customers.add(person(first_name="Anna", email="", phone="050 123 4567"))
    assert_in_step(services)
    services.customers.update(replace(first, email="aijä@example.fi", last_name="Nieminen"))
    services.customers.update(replace(third, first_name="Anna"))  # the line unchanged
    assert_in_step(services)
    services.erasure.erase(second.id)
    stored, _ = stored_and_recounted(services)
    assert "å" not in stored and "ås" not in stored  # only the erased person had them
    assert_in_step(services)
    services.erasure.erase(first.id)
    services.erasure.erase(third.id)
    assert stored_and_recounted(services) == ({}, {})


def test_a_line_of_thousands_of_characters_counts_every_gram(services):
    # Fields stop at 200 characters, but the triggers bound no line's length.
    long_line = "".join(chr(0x4E00 + n) for n in range(3000))  # 3,000 distinct characters
    customer = services.customers.add(person())
    rewrite = text("UPDATE customer_search SET text = :line WHERE customer_id = :id")
    with services.db.transaction() as session:
        session.execute(rewrite, {"line": long_line, "id": customer.id})
    stored, recounted = stored_and_recounted(services)
    assert stored == recounted
    assert stored[long_line[-1]] == 1 and stored[long_line[-2:]] == 1
    with services.db.transaction() as session:
        session.execute(rewrite, {"line": long_line[:10], "id": customer.id})
    stored, recounted = stored_and_recounted(services)
    assert stored == recounted and long_line[-1] not in stored


def test_demo_generation_and_csv_import_keep_the_counts(services, tmp_path):
    services.customers.add(person())
    generate_demo(services, 300, seed=2)
    assert_in_step(services)
    generate_demo(services, 120, seed=3)  # into a register that has customers
    assert_in_step(services)
    importer = Importer(services)
    path = write_customers_csv(tmp_path / "customers.csv", 200, seed=5)
    preview = importer.preview(importer.read(path), None, ImportOptions())
    importer.run(preview)
    assert_in_step(services)
    # The same people again, merged: their lines are updated row by row (the triggers).
    merge = ImportOptions(on_duplicate=OnDuplicate.MERGE)
    importer.run(importer.preview(importer.read(path), None, merge))
    assert_in_step(services)
    # Triggers are back after the bulk writers: a single add still counts.
    services.customers.add(person(first_name="Ꙩ", email="", phone=""))
    assert stored_and_recounted(services)[0]["ꙩ"] == 1


def test_a_common_short_text_is_counted_from_its_row_as_instr_counts_it(services):
    generate_demo(services, 600, seed=4)
    services.customers.add(person(first_name="Åke", last_name="Öberg", email="ake@x.fi"))
    with services.db.reading() as session:
        common = [k for k in SHORT_TEXTS if customer_queries.short_is_common(session, k)]
    assert {"a", " ", "@", "."} <= set(common)  # the path the table serves is taken
    for key in SHORT_TEXTS:
        assert services.customers.count(CustomerQuery(text=key)) == instr_count(services, key)
    assert services.customers.count(CustomerQuery(text="A")) == instr_count(services, "a")


@pytest.mark.parametrize("key", ["a", "ne"])
def test_the_count_reads_one_row_not_the_lines(services, key):
    generate_demo(services, 400, seed=1)
    with services.db.reading() as session:
        match = customer_queries.match_text(session, key)
        assert match is not None and not match.indexed  # common: counted from the table
        statement = customer_queries.text_count_statement(match)
        sql = str(statement.compile(compile_kwargs={"literal_binds": True}))
        details = [
            row[3] for row in session.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql)
        ]
    # A primary-key lookup in the counts; the search lines themselves are not read.
    assert "SEARCH customer_search_grams USING PRIMARY KEY (gram=?)" in details
    assert not [detail for detail in details if "customer_search " in detail + " "]


def test_drift_is_found_and_a_fill_repairs_it(services):
    generate_demo(services, 200, seed=6)
    with services.db.transaction() as session:
        raw = session.connection().connection.driver_connection
        assert not search_grams.drifted(raw)
        raw.execute("UPDATE customer_search_grams SET customers = customers + 1 WHERE gram = 'a'")
        assert search_grams.drifted(raw)
        search_grams.fill(raw)
        assert not search_grams.drifted(raw)


def test_a_cancelled_import_leaves_the_triggers_and_counts_as_they_were(services, tmp_path):
    services.customers.add(person())
    importer = Importer(services)
    path = write_customers_csv(tmp_path / "customers.csv", 50, seed=7)
    with pytest.raises(ImportCancelled):
        importer.run(
            importer.preview(importer.read(path), None, ImportOptions()), cancel=lambda: True
        )
    assert_in_step(services)
    services.customers.add(person(first_name="Ꙩ", email="", phone=""))  # the triggers count it
    assert stored_and_recounted(services)[0]["ꙩ"] == 1
