"""Migration 0015 (suppression list) with customers in the register: the suppression table arrives
empty, the customers are untouched and the list can be used at once; the way down removes the
table and the list's secret."""

from __future__ import annotations

import pytest
from helpers.migrations import migrate_to, previous
from helpers.sample import person

from tietosuoja_desktop.domain.suppression import SuppressionKind
from tietosuoja_desktop.services import open_services
from tietosuoja_desktop.services.suppression import SECRET_SETTING
from tietosuoja_desktop.storage import migrate

# Each test builds its register from an earlier schema.
pytestmark = pytest.mark.unmigrated

REVISION = "0015"


def test_customers_on_the_landed_schema_gain_an_empty_suppression_list(data_dir, clock):
    with open_services(data_dir, clock) as services:
        customer = services.customers.add(person())
    assert "marketing_suppression" not in migrate_to(data_dir, previous(REVISION), up=False)
    with open_services(data_dir, clock) as services:  # upgrades to head on opening
        assert migrate.current_revision(services.db.engine) == migrate.head_revision()
        assert services.customers.get(customer.id) == customer
        assert sum(services.marketing.suppression.count().values()) == 0
        assert services.marketing.suppression.add(SuppressionKind.EMAIL, customer.email)
    tables = migrate_to(data_dir, previous(REVISION), up=False)
    assert "marketing_suppression" not in tables and "customer" in tables
    with open_services(data_dir, clock) as services:
        assert services.customers.get(customer.id) == customer
        assert sum(services.marketing.suppression.count().values()) == 0
        assert services.settings.get(SECRET_SETTING) == ""  # a new one with the next entry
