"""Migration 0020 from the landed schema with customers in it: the register upgrades with its
people untouched and none on hold; a hold can be placed after; the way down drops the table."""

from __future__ import annotations

from datetime import date

from helpers.migrations import migrate_to, previous
from helpers.sample import person

from tietosuoja_desktop.services import open_services
from tietosuoja_desktop.storage import migrate

REVISION = "0020"


def test_customers_upgrade_with_no_hold_and_can_be_held(data_dir, clock):
    with open_services(data_dir, clock) as services:
        kept = [services.customers.add(person(first_name=n)) for n in ("Aino", "Eero")]
    tables = migrate_to(data_dir, previous(REVISION), up=False)
    assert "legal_hold" not in tables
    with open_services(data_dir, clock) as services:  # upgrades to head on opening
        assert migrate.current_revision(services.db.engine) == migrate.head_revision()
        assert [services.customers.get(c.id) for c in kept] == kept
        assert services.holds.held_ids(clock.today()) == set()
        services.holds.place(kept[1].id, "Riita", date(2027, 12, 31))
        assert services.holds.held_ids(clock.today()) == {kept[1].id}
    tables = migrate_to(data_dir, previous(REVISION), up=False)
    assert "legal_hold" not in tables and "customer" in tables
