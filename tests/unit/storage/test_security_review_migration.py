"""Migration 0023 (security review and DPO decision) with a register and a business in it: the
five tables arrive empty, what was there is untouched and a review and a decision can be
recorded at once; the way down removes the tables and keeps the rest."""

from __future__ import annotations

from datetime import date

from helpers.migrations import migrate_to, previous
from helpers.sample import CONTROLLER, REGISTER
from helpers.security import decision, review

from tietosuoja_desktop.services import open_services
from tietosuoja_desktop.storage import migrate

REVISION = "0023"
TABLES = {
    "security_review",
    "security_review_register",
    "security_risk",
    "dpo_decision",
    "dpo_answer",
}
TODAY = date(2026, 11, 22)


def test_a_register_on_the_landed_schema_gets_a_review_and_a_decision(data_dir, clock):
    with open_services(data_dir, clock) as services:
        services.controller.save(CONTROLLER)
        register = services.registers.add(REGISTER)
    tables = migrate_to(data_dir, previous(REVISION), up=False)
    assert not TABLES & set(tables)
    with open_services(data_dir, clock) as services:  # upgrades to head on opening
        assert migrate.current_revision(services.db.engine) == migrate.head_revision()
        assert services.registers.get(register.id) == register
        assert services.security.latest() is None and services.dpo.get() is None
        assert services.security.due()
        services.security.record(review((register.id,), TODAY))
        services.dpo.save(decision(TODAY))
        assert services.security.latest().register_ids == (register.id,)
    tables = migrate_to(data_dir, previous(REVISION), up=False)
    assert not TABLES & set(tables) and "register_description" in tables
    with open_services(data_dir, clock) as services:
        assert services.registers.get(register.id) == register
        assert services.controller.get().name == CONTROLLER.name
