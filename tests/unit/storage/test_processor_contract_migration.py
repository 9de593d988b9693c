"""Migration 0025 from the landed schema with processors in it: they upgrade untouched, with no
contract copy, and one can be attached after; the way down drops the table and keeps them."""

from __future__ import annotations

from helpers.migrations import migrate_to, previous
from helpers.sample import REGISTER

from tietosuoja_desktop.domain.processors import Processor, TransferMechanism
from tietosuoja_desktop.services import open_services
from tietosuoja_desktop.storage import migrate

REVISION = "0025"


def test_processors_upgrade_without_a_copy_and_can_take_one(data_dir, clock):
    with open_services(data_dir, clock) as services:
        register = services.registers.add(REGISTER)
        kept = [
            services.processors.add(
                Processor(name=n, mechanism=TransferMechanism.SCC, register_ids=(register.id,))
            )
            for n in ("Mailer Inc.", "Tilitoimisto Oy")
        ]
    tables = migrate_to(data_dir, previous(REVISION), up=False)
    assert "processor_contract" not in tables and "processor" in tables
    with open_services(data_dir, clock) as services:  # upgrades to head on opening
        assert migrate.current_revision(services.db.engine) == migrate.head_revision()
        assert services.processors.list() == kept
        assert [services.processors.contract(p.id) for p in kept] == [None, None]
        copy = services.processors.attach_contract(kept[0].id, "sopimus.pdf", b"%PDF-1.4")
        assert services.processors.contract(kept[0].id) == copy
    tables = migrate_to(data_dir, previous(REVISION), up=False)
    assert "processor_contract" not in tables
    with open_services(data_dir, clock) as services:
        assert services.processors.list() == kept
