"""Migration 0013 (interest assessments) with registers in it: the assessment table
arrives empty, the registers and their purposes are untouched, and assessments can be kept
at once; the way down removes the table and keeps the registers."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.migrations import migrate_to, previous
from helpers.sample import REGISTER

from tietosuoja_desktop.domain.interest_assessments import InterestAssessment
from tietosuoja_desktop.services import open_services
from tietosuoja_desktop.storage import migrate

# Each test builds its register from an earlier schema.
pytestmark = pytest.mark.unmigrated

REVISION = "0013"


def test_registers_on_the_landed_schema_gain_an_empty_assessment_table(data_dir, clock):
    with open_services(data_dir, clock) as services:
        register = services.registers.add(REGISTER)
    tables = migrate_to(data_dir, previous(REVISION), up=False)
    assert "interest_assessment" not in tables
    with open_services(data_dir, clock) as services:  # upgrades to head on opening
        assert migrate.current_revision(services.db.engine) == migrate.head_revision()
        assert services.registers.get(register.id) == register
        assert services.assessments.list(register.id) == []
        saved = services.assessments.save(
            InterestAssessment(
                register.id,
                1,
                interest="Asiakassuhteen ylläpito",
                necessity="Muuten ei voi kertoa muutoksista.",
                balancing="Asiakas odottaa sitä.",
                assessed_on=date(2026, 6, 1),
                reviewer="Aino Esimerkki",
            )
        )
    assert saved.purpose == REGISTER.purposes[1].description
    tables = migrate_to(data_dir, previous(REVISION), up=False)
    assert "interest_assessment" not in tables and "register_description" in tables
    with open_services(data_dir, clock) as services:
        assert services.registers.get(register.id) == register
        assert services.assessments.list(register.id) == []
