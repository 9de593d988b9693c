"""Migration 0012 (request sending) on a register of the landed schema (0009): requests completed
before it count as sent on their completion date, by means not recorded; open ones are not sent."""

from __future__ import annotations

from datetime import date

import pytest
from alembic import command
from helpers.registers import connect, key_of
from helpers.sample import person

from tietosuoja_desktop.domain.enums import RequestStatus, RequestType, SentVia
from tietosuoja_desktop.domain.records import DataRequest
from tietosuoja_desktop.paths import database_path
from tietosuoja_desktop.services import open_services
from tietosuoja_desktop.storage import migrate
from tietosuoja_desktop.storage.db import make_engine

# Each test builds its register from an earlier schema.
pytestmark = pytest.mark.unmigrated


def to_revision(data_dir, revision: str) -> None:
    engine = make_engine(database_path(data_dir), key_of(data_dir))
    try:
        with engine.begin() as connection:
            command.downgrade(migrate.alembic_config(connection), revision)
    finally:
        engine.dispose()


def test_completed_requests_migrate_as_sent_on_their_completion_date(data_dir, clock):
    with open_services(data_dir, clock) as services:
        customer = services.customers.add(person())
        received = date(2026, 9, 3)
        ids = [
            services.requests.add(
                DataRequest(RequestType.ACCESS, received, customer_id=customer.id)
            ).request.id
            for _ in range(3)
        ]
    to_revision(data_dir, "0009")
    # The landed schema, written as 0009 wrote it: one completed, one refused, one open.
    connection = connect(database_path(data_dir))
    try:
        columns = {row[1] for row in connection.execute("PRAGMA table_info(data_request)")}
        assert "sent_on" not in columns
        connection.execute(
            "UPDATE data_request SET status='completed', completed_on='2026-09-28', "
            "outcome='access report sent' WHERE id=?",
            (ids[0],),
        )
        connection.execute(
            "UPDATE data_request SET status='refused', completed_on='2026-09-20', "
            "outcome='Perusteeton' WHERE id=?",
            (ids[1],),
        )
        connection.commit()
    finally:
        connection.close()

    with open_services(data_dir, clock) as services:
        completed, refused, still_open = (services.requests.get(i).request for i in ids)
    assert completed.status is RequestStatus.COMPLETED
    assert completed.sent_on == completed.completed_on == date(2026, 9, 28)
    assert completed.sent_via is SentVia.NOT_RECORDED and completed.sent_reference == ""
    assert completed.outcome == "access report sent"
    assert refused.sent_on is None and refused.sent_via is None
    assert still_open.status is RequestStatus.OPEN and still_open.sent_on is None


def test_a_prepared_request_goes_back_open_on_downgrade(data_dir, clock):
    with open_services(data_dir, clock) as services:
        customer = services.customers.add(person())
        view = services.requests.add(
            DataRequest(RequestType.ACCESS, clock.today(), customer_id=customer.id)
        )
        services.requests.prepare(view.request.id)
    to_revision(data_dir, "0009")
    with open_services(data_dir, clock) as services:
        request = services.requests.get(view.request.id).request
    assert request.status is RequestStatus.IN_PROGRESS  # 0009 knew no "ready to send"
