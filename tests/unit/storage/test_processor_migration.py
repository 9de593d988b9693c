"""Migration 0014 (processors) from the schema before it, with registers in it: the processor tables
arrive empty, the registers are untouched, processors can be kept and linked at once; the way
down removes the tables and keeps the registers."""

from __future__ import annotations

from datetime import date

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from helpers.registers import key_of
from helpers.sample import REGISTER
from sqlalchemy import inspect

from tietosuoja_desktop.domain.processors import Processor, TransferMechanism
from tietosuoja_desktop.paths import database_path
from tietosuoja_desktop.services import open_services
from tietosuoja_desktop.storage import migrate
from tietosuoja_desktop.storage.db import make_engine

# Each test builds its register from an earlier schema.
pytestmark = pytest.mark.unmigrated

REVISION = "0014"


def _previous() -> str:
    """The revision 0015 is chained after, read from the script (the lead re-chains it)."""
    script = ScriptDirectory.from_config(migrate.alembic_config())
    return script.get_revision(REVISION).down_revision


def _downgrade(data_dir) -> list[str]:
    engine = make_engine(database_path(data_dir), key_of(data_dir))
    try:
        with engine.begin() as connection:
            command.downgrade(migrate.alembic_config(connection), _previous())
            return inspect(connection).get_table_names()
    finally:
        engine.dispose()


def test_registers_on_the_landed_schema_gain_empty_processor_tables(data_dir, clock):
    with open_services(data_dir, clock) as services:
        register = services.registers.add(REGISTER)
    tables = _downgrade(data_dir)
    assert "processor" not in tables and "processor_register" not in tables
    with open_services(data_dir, clock) as services:  # upgrades to head on opening
        assert migrate.current_revision(services.db.engine) == migrate.head_revision()
        assert services.registers.get(register.id) == register
        assert services.processors.list() == []
        saved = services.processors.add(
            Processor(
                name="Tilitoimisto Oy",
                service="Kirjanpito",
                country="Suomi",
                mechanism=TransferMechanism.EEA,
                contract_on=date(2025, 1, 2),
                register_ids=(register.id,),
            )
        )
        assert services.processors.list(register.id) == [saved]
    tables = _downgrade(data_dir)
    assert "processor" not in tables and "register_description" in tables
    with open_services(data_dir, clock) as services:
        assert services.registers.get(register.id) == register
        assert services.processors.list() == []
