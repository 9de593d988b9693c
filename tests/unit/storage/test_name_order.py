"""Names, organisations and cities in Finnish and Swedish alphabetical order: Å, Ä, Ö after Z in
that order, case and name particles ("von") not ahead of the alphabet, through every path that
writes customers."""

from __future__ import annotations

import csv
import importlib
from dataclasses import replace

import pytest
from alembic import command
from helpers.registers import key_of
from helpers.sample import person

from tietosuoja_desktop.domain.listing import CustomerQuery, CustomerSort
from tietosuoja_desktop.paths import database_path
from tietosuoja_desktop.services import open_services
from tietosuoja_desktop.services.importing import Importer
from tietosuoja_desktop.storage import migrate
from tietosuoja_desktop.storage.collation import sort_key, sort_key_sql
from tietosuoja_desktop.storage.db import make_engine

# As a Finnish or Swedish reader expects them (Ü sorts as Y, É as E).
ALPHABETICAL = [
    "Aalto",
    "Ekholm",
    "Émond",
    "Laine",
    "Virtanen",
    "von Wright",
    "Üskül",
    "Zetterberg",
    "Åberg",
    "åkerlund",
    "Äijälä",
    "Öhman",
    "Østergaard",
]
SHUFFLED = [ALPHABETICAL[(i * 5) % len(ALPHABETICAL)] for i in range(len(ALPHABETICAL))]


def test_the_key_orders_the_nordic_letters_after_z():
    assert sorted(SHUFFLED, key=sort_key) == ALPHABETICAL
    assert sorted(ALPHABETICAL) != ALPHABETICAL  # plain code point order gets it wrong


def listed(services, sort=CustomerSort.NAME, descending=False) -> list[str]:
    query = CustomerQuery(sort=sort, descending=descending)
    return [c.last_name for c in services.customers.page(query, 0, 100)]


def test_the_customer_list_sorts_names_alphabetically(services):
    for name in SHUFFLED:
        services.customers.add(person(first_name="Ilse", last_name=name, email=""))
    assert listed(services) == ALPHABETICAL
    assert listed(services, descending=True) == ALPHABETICAL[::-1]
    # the same order when the register is searched (the page walks the key index)
    found = services.customers.page(CustomerQuery(text="an"), 0, 100)
    assert [c.last_name for c in found] == [n for n in ALPHABETICAL if "an" in n.lower()]


def test_a_renamed_customer_moves_to_its_new_place(services):
    aalto = services.customers.add(person(first_name="Anna", last_name="Aalto", email=""))
    services.customers.add(person(first_name="Anna", last_name="Öhman", email=""))
    services.customers.update(replace(aalto, last_name="Åberg"))
    assert listed(services) == ["Åberg", "Öhman"]


def test_first_names_sort_the_same_way(services):
    for first in ("Östen", "Åke", "Ärla", "Zacharias"):
        services.customers.add(person(first_name=first, last_name="Berg", email=""))
    query = CustomerQuery(sort=CustomerSort.FIRST_NAME)
    assert [c.first_name for c in services.customers.page(query, 0, 10)] == [
        "Zacharias",
        "Åke",
        "Ärla",
        "Östen",
    ]


def test_imported_customers_sort_alphabetically(services, tmp_path):
    source = tmp_path / "asiakkaat.csv"
    with source.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Etunimi", "Sukunimi"])
        writer.writerows(["Anna", name] for name in SHUFFLED)
    importer = Importer(services)
    importer.run(importer.preview(importer.read(source)))
    assert listed(services) == ALPHABETICAL


def test_organisations_and_cities_sort_the_same_way(services):
    """The list's Organisation and City columns, both directions."""
    for name in SHUFFLED:
        services.customers.add(
            person(
                first_name="Ilse", last_name="Berg", email="", organisation=f"{name} Oy", city=name
            )
        )

    def column(sort, descending=False):
        query = CustomerQuery(sort=sort, descending=descending)
        return [(c.organisation, c.city) for c in services.customers.page(query, 0, 100)]

    expected = [(f"{name} Oy", name) for name in ALPHABETICAL]
    assert column(CustomerSort.ORGANISATION) == expected
    assert column(CustomerSort.CITY) == expected
    assert column(CustomerSort.CITY, descending=True) == expected[::-1]


def migration(name):
    return importlib.import_module(f"tietosuoja_desktop.storage.migrations.versions.{name}")


def test_the_migrations_write_out_the_models_keys():
    names = migration("0006_name_sort_keys")
    assert sort_key_sql("last_name") == names.LAST_NAME_KEY
    assert sort_key_sql("first_name") == names.FIRST_NAME_KEY
    places = migration("0007_organisation_city_sort_keys")
    assert sort_key_sql("organisation") == places.ORGANISATION_KEY
    assert sort_key_sql("city") == places.CITY_KEY


def test_a_register_from_before_the_keys_sorts_alphabetically_once_migrated(data_dir, clock):
    with open_services(data_dir, clock) as services:
        for name in SHUFFLED:
            services.customers.add(
                person(first_name="Anna", last_name=name, email="", organisation=name, city=name)
            )
    engine = make_engine(database_path(data_dir), key_of(data_dir))
    try:
        with engine.begin() as connection:
            command.downgrade(migrate.alembic_config(connection), "0005")
        with engine.connect() as connection:
            columns = [row[1] for row in connection.exec_driver_sql("PRAGMA table_xinfo(customer)")]
        assert "last_name_key" not in columns and "city_key" not in columns
    finally:
        engine.dispose()
    with open_services(data_dir, clock) as services:
        assert listed(services) == ALPHABETICAL
        for sort in (CustomerSort.ORGANISATION, CustomerSort.CITY):
            query = CustomerQuery(sort=sort)
            assert [c.city for c in services.customers.page(query, 0, 100)] == ALPHABETICAL


@pytest.mark.parametrize("name", ["Åberg", "von Wright"])
def test_any_sqlite_can_write_the_file(services, name):
    """The key uses SQLite's own functions: a plain connection (no app code) inserts a row."""
    from helpers.registers import connect

    services.customers.add(person(first_name="Anna", last_name="Öhman", email=""))
    connection = connect(services.db.path)
    try:
        connection.execute(
            "INSERT INTO customer (kind, first_name, last_name, organisation, business_id, "
            "street_address, postal_code, city, country, phone, email, personal_id, language, "
            "notes, created_at, updated_at) VALUES ('person', 'Anna', ?, '', '', '', '', '', "
            "'', '', '', '', 'fi', '', '2026-01-01 00:00:00', '2026-01-01 00:00:00')",
            (name,),
        )
        connection.commit()
        key = connection.execute(
            "SELECT last_name_key FROM customer WHERE last_name = ?", (name,)
        ).fetchone()[0]
    finally:
        connection.close()
    assert key == sort_key(name)
