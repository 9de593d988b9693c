"""Migration 0024 (the access list and the data protection policy) on a register with data:
the new tables arrive empty, the registers and processors are untouched and can be used at
once; the way down removes the tables and keeps the rest."""

from __future__ import annotations

from helpers.migrations import migrate_to, previous
from helpers.sample import REGISTER

from tietosuoja_desktop.domain.access_list import AccessHolder, AccessRole
from tietosuoja_desktop.domain.processors import Processor
from tietosuoja_desktop.services import open_services
from tietosuoja_desktop.storage import migrate

REVISION = "0024"
TABLES = {
    "access_holder",
    "access_holder_register",
    "access_undertaking",
    "policy_addition",
    "policy_version",
}


def test_the_landed_schema_with_data_upgrades_and_downgrades(data_dir, clock):
    with open_services(data_dir, clock) as services:
        register = services.registers.add(REGISTER)
        processor = services.processors.add(
            Processor(name="Tilitoimisto Oy", register_ids=(register.id,))
        )
    tables = migrate_to(data_dir, previous(REVISION), up=False)
    assert not TABLES & set(tables) and "processor" in tables
    with open_services(data_dir, clock) as services:  # upgrades to head on opening
        assert migrate.current_revision(services.db.engine) == migrate.head_revision()
        assert services.registers.get(register.id) == register
        assert services.processors.get(processor.id) == processor
        assert services.access.list() == []
        holder = services.access.add(
            AccessHolder(name="Apulainen", role=AccessRole.HELPER, register_ids=(register.id,)),
            ("allekirjoitettu.pdf", b"scan"),
        )
        assert services.access.get(holder.id).undertaking_file == "allekirjoitettu.pdf"
    tables = migrate_to(data_dir, previous(REVISION), up=False)
    assert not TABLES & set(tables) and "register_description" in tables
    with open_services(data_dir, clock) as services:
        assert services.registers.get(register.id) == register
        assert services.access.list() == []
