"""Migration 0019 (DPIA) with registers in it: the four DPIA tables arrive empty, the registers
are untouched and can be screened at once; the way down removes the tables and keeps the
registers."""

from __future__ import annotations

from helpers.dpia import light_dpia, screening
from helpers.migrations import migrate_to, previous
from helpers.sample import REGISTER

from tietosuoja_desktop.domain.dpia import DpiaStatus
from tietosuoja_desktop.services import open_services
from tietosuoja_desktop.storage import migrate

REVISION = "0019"
TABLES = {"dpia_screening", "dpia_answer", "dpia", "dpia_risk"}


def test_registers_on_the_landed_schema_are_unscreened_and_can_be_screened(data_dir, clock):
    with open_services(data_dir, clock) as services:
        register = services.registers.add(REGISTER)
    tables = migrate_to(data_dir, previous(REVISION), up=False)
    assert not TABLES & set(tables)
    with open_services(data_dir, clock) as services:  # upgrades to head on opening
        assert migrate.current_revision(services.db.engine) == migrate.head_revision()
        assert services.registers.get(register.id) == register
        assert services.dpia.statuses() == {register.id: DpiaStatus.UNSCREENED}
        services.dpia.save_screening(screening(register.id))
        services.dpia.save_dpia(light_dpia(register.id))
        assert services.dpia.get(register.id).status is DpiaStatus.DONE
    tables = migrate_to(data_dir, previous(REVISION), up=False)
    assert not TABLES & set(tables) and "register_description" in tables
    with open_services(data_dir, clock) as services:
        assert services.registers.get(register.id) == register
        assert services.dpia.get(register.id).screening is None
