"""Migration 0017 from the landed schema with customers in it: the suppression table arrives
empty, the customers are untouched and the list can be used at once; the way down removes the
table and the list's secret."""

from __future__ import annotations

from alembic import command
from alembic.script import ScriptDirectory
from helpers.registers import key_of
from helpers.sample import person
from sqlalchemy import inspect

from tietosuoja_desktop.domain.suppression import SuppressionKind
from tietosuoja_desktop.paths import database_path
from tietosuoja_desktop.services import open_services
from tietosuoja_desktop.services.suppression import SECRET_SETTING
from tietosuoja_desktop.storage import migrate
from tietosuoja_desktop.storage.db import make_engine

REVISION = "0015"


def _previous() -> str:
    """The revision 0017 is chained after, read from the script (the lead re-chains it)."""
    script = ScriptDirectory.from_config(migrate.alembic_config())
    return script.get_revision(REVISION).down_revision


def _migrate(data_dir, target: str, *, up: bool) -> list[str]:
    engine = make_engine(database_path(data_dir), key_of(data_dir))
    try:
        with engine.begin() as connection:
            step = command.upgrade if up else command.downgrade
            step(migrate.alembic_config(connection), target)
            return inspect(connection).get_table_names()
    finally:
        engine.dispose()


def test_customers_on_the_landed_schema_gain_an_empty_suppression_list(data_dir, clock):
    with open_services(data_dir, clock) as services:
        customer = services.customers.add(person())
    assert "marketing_suppression" not in _migrate(data_dir, _previous(), up=False)
    with open_services(data_dir, clock) as services:  # upgrades to head on opening
        assert migrate.current_revision(services.db.engine) == migrate.head_revision()
        assert services.customers.get(customer.id) == customer
        assert sum(services.marketing.suppression.count().values()) == 0
        assert services.marketing.suppression.add(SuppressionKind.EMAIL, customer.email)
    tables = _migrate(data_dir, _previous(), up=False)
    assert "marketing_suppression" not in tables and "customer" in tables
    with open_services(data_dir, clock) as services:
        assert services.customers.get(customer.id) == customer
        assert sum(services.marketing.suppression.count().values()) == 0
        assert services.settings.get(SECRET_SETTING) == ""  # a new one with the next entry
