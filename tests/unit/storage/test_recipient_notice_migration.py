"""Migration 0018 from the landed schema with requests in it: prepared and completed requests
keep everything they had and get no checklist (a prepared one is not held back by one), a
checklist can be made for one afterwards; the way down removes the checklists and keeps the
requests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from helpers.migrations import migrate_to, previous
from helpers.registers import key_of
from helpers.sample import CONTROLLER, REGISTER, person

from tietosuoja_desktop.domain.enums import RequestStatus, RequestType, SentVia
from tietosuoja_desktop.domain.processors import Processor
from tietosuoja_desktop.domain.recipients import NoticeStatus
from tietosuoja_desktop.domain.records import DataRequest
from tietosuoja_desktop.paths import database_path
from tietosuoja_desktop.services import open_services
from tietosuoja_desktop.storage import migrate
from tietosuoja_desktop.storage.db import make_engine

REVISION = "0018"


def test_requests_of_the_landed_schema_keep_their_state(data_dir, clock):
    with open_services(data_dir, clock) as services:
        services.controller.save(CONTROLLER)
        register = services.registers.add(replace(REGISTER, recipients="Kuljetusliike"))
        services.processors.add(Processor(name="Alusta Oy", register_ids=(register.id,)))
        customer = services.customers.add(person(register_ids=(register.id,)))
        ids = []
        for kind in (RequestType.RESTRICTION, RequestType.RECTIFICATION):
            request = DataRequest(kind, date(2026, 11, 2), customer_id=customer.id)
            ids.append(services.requests.add(request).request.id)
    tables = migrate_to(data_dir, previous(REVISION), up=False)
    assert "recipient_notice" not in tables
    # on the landed schema, as its app left them: one answer prepared, one completed
    engine = make_engine(database_path(data_dir), key_of(data_dir))
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(
                "UPDATE data_request SET status='ready_to_send', outcome='rajoitettu' WHERE id=?",
                (ids[0],),
            )
            connection.exec_driver_sql(
                "UPDATE data_request SET status='completed', completed_on='2026-11-20', "
                "sent_on='2026-11-20', sent_via='letter', outcome='korjattu' WHERE id=?",
                (ids[1],),
            )
    finally:
        engine.dispose()
    with open_services(data_dir, clock) as services:  # upgrades to head on opening
        assert migrate.current_revision(services.db.engine) == migrate.head_revision()
        prepared, completed = (services.requests.get(i).request for i in ids)
        assert (prepared.status, prepared.outcome) == (RequestStatus.READY_TO_SEND, "rajoitettu")
        assert (completed.status, completed.outcome) == (RequestStatus.COMPLETED, "korjattu")
        assert services.recipients.checklist(ids[0]) == []
        made = services.recipients.make(ids[0])
        assert [(n.name, n.status) for n in made] == [
            ("Alusta Oy", NoticeStatus.OPEN),
            ("Kuljetusliike", NoticeStatus.OPEN),
        ]
        services.requests.mark_sent(ids[0], SentVia.LETTER, recipients_reason="kerrotaan myöhemmin")
    tables = migrate_to(data_dir, previous(REVISION), up=False)
    assert "recipient_notice" not in tables
    engine = make_engine(database_path(data_dir), key_of(data_dir))
    try:
        with engine.connect() as connection:
            statuses = connection.exec_driver_sql("SELECT status FROM data_request ORDER BY id")
            assert [row[0] for row in statuses] == ["completed", "completed"]
    finally:
        engine.dispose()
