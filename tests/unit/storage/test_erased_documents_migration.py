"""Migration 0016 from the landed schema with an answered request in it: the timeline's steps
gain an empty ``document_erased_on`` and keep their documents; an erasure after the upgrade
dates the removed ones; the way down drops the column and keeps the steps."""

from __future__ import annotations

from datetime import date

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from helpers.registers import key_of
from helpers.sample import CONTROLLER, REGISTER, person
from sqlalchemy import inspect

from tietosuoja_desktop.domain.enums import RequestType
from tietosuoja_desktop.domain.records import DataRequest
from tietosuoja_desktop.paths import database_path
from tietosuoja_desktop.services import open_services
from tietosuoja_desktop.storage import migrate
from tietosuoja_desktop.storage.db import make_engine

# Each test builds its register from an earlier schema.
pytestmark = pytest.mark.unmigrated

REVISION = "0016"


def _previous() -> str:
    """The revision 0016 is chained after, read from the script (the lead re-chains it)."""
    script = ScriptDirectory.from_config(migrate.alembic_config())
    return script.get_revision(REVISION).down_revision


def _migrate(data_dir, target: str, *, up: bool) -> list[str]:
    engine = make_engine(database_path(data_dir), key_of(data_dir))
    try:
        with engine.begin() as connection:
            step = command.upgrade if up else command.downgrade
            step(migrate.alembic_config(connection), target)
            return [column["name"] for column in inspect(connection).get_columns("request_event")]
    finally:
        engine.dispose()


def test_an_answered_request_keeps_its_timeline_and_dates_an_erasure_after_the_upgrade(
    data_dir, clock
):
    with open_services(data_dir, clock) as services:
        services.controller.save(CONTROLLER)
        register = services.registers.add(REGISTER)
        customer = services.customers.add(person(register_ids=(register.id,)))
        request = services.requests.add(
            DataRequest(RequestType.ACCESS, date(2026, 11, 10), customer_id=customer.id)
        ).request
        services.fulfilment.acknowledge(request.id)
        before = services.requests.timeline(request.id)
    assert "document_erased_on" not in _migrate(data_dir, _previous(), up=False)
    with open_services(data_dir, clock) as services:  # upgrades to head on opening
        assert migrate.current_revision(services.db.engine) == migrate.head_revision()
        assert services.requests.timeline(request.id) == before
        assert any(event.document_id for event in before)
        services.erasure.erase(customer.id)
        after = services.requests.timeline(request.id)
        assert [e.document_erased_on for e in after if e.document_sha256] == [clock.today()]
    columns = _migrate(data_dir, _previous(), up=False)
    assert "document_erased_on" not in columns and "document_sha256" in columns
    with open_services(data_dir, clock) as services:
        assert [e.id for e in services.requests.timeline(request.id)] == [e.id for e in after]
