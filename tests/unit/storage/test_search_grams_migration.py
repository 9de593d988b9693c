"""Migration 0026 from the landed schema with customers in it: the gram counts are made for the
lines already there (equal to a recount), kept by the triggers from then on, and the way down
removes the table and its triggers."""

from __future__ import annotations

from helpers.migrations import migrate_to, previous, schema_names
from helpers.sample import person

from tietosuoja_desktop.domain.listing import CustomerQuery
from tietosuoja_desktop.services import open_services
from tietosuoja_desktop.storage import search_grams

REVISION = "0026"


def grams(services) -> tuple[dict, dict, set]:
    with services.db.reading() as session:
        raw = session.connection().connection.driver_connection
        triggers = raw.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        names = {name for (name,) in triggers}
        return search_grams.stored(raw), dict(search_grams.recount(raw)), names


def test_the_counts_are_made_for_the_lines_already_there(data_dir, clock):
    with open_services(data_dir, clock) as services:
        for first, last in (("Zoe", "Qvist"), ("Åke", "Ahola"), ("Aino", "Virtanen")):
            services.customers.add(person(first_name=first, last_name=last))
    tables = migrate_to(data_dir, previous(REVISION), up=False)
    assert search_grams.TABLE not in tables
    with open_services(data_dir, clock) as services:  # upgrades to head on opening
        stored, recounted, triggers = grams(services)
        assert stored == recounted and stored["å"] == 1 and stored["a"] == 3
        assert set(search_grams.TRIGGERS) <= triggers
        services.customers.add(person(first_name="Åsa", email="", phone=""))
        assert services.customers.count(CustomerQuery(text="å")) == 2
        stored, recounted, _ = grams(services)
        assert stored == recounted
    tables = migrate_to(data_dir, previous(REVISION), up=False)
    assert search_grams.TABLE not in tables
    assert not set(search_grams.TRIGGERS) & schema_names(data_dir, "trigger")
