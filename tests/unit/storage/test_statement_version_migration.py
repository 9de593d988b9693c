"""Migration 0017 from the landed schema with archived statements in it: each archived statement
becomes a version of its register's statement (numbered in the order made, dated the day made,
no note); the next export continues the numbering; the way down removes the table and keeps
the archive."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from helpers.migrations import migrate_to, previous
from helpers.registers import key_of
from helpers.sample import CONTROLLER, REGISTER

from tietosuoja_desktop.domain.enums import Language
from tietosuoja_desktop.paths import database_path
from tietosuoja_desktop.services import open_services
from tietosuoja_desktop.storage import migrate
from tietosuoja_desktop.storage.db import make_engine

# Each test builds its register from an earlier schema.
pytestmark = pytest.mark.unmigrated

REVISION = "0017"


def test_archived_statements_become_versions(data_dir, clock):
    with open_services(data_dir, clock) as services:
        services.controller.save(CONTROLLER)
        register = services.registers.add(REGISTER)
        other = services.registers.add(replace(REGISTER, name="Toinen rekisteri"))
    tables = migrate_to(data_dir, previous(REVISION), up=False)
    assert "statement_version" not in tables
    made = []  # statements archived on the landed schema, as its app made them
    days = (date(2025, 2, 1), date(2025, 9, 30), date(2026, 1, 10))
    engine = make_engine(database_path(data_dir), key_of(data_dir))
    try:
        with engine.begin() as connection:
            for number, (day, register_id) in enumerate(
                zip(days, (register.id, other.id, register.id), strict=True), start=1
            ):
                connection.exec_driver_sql(
                    "INSERT INTO document_archive (kind, title, register_id, language, "
                    "created_at, sha256, signed, pdf) VALUES ('statement', ?, ?, 'fi', ?, "
                    "'0', 0, x'25504446')",
                    (f"Seloste {number}", register_id, f"{day.isoformat()} 10:00:00.000000"),
                )
                made.append(connection.exec_driver_sql("SELECT last_insert_rowid()").scalar())
            connection.exec_driver_sql(  # a record of processing is no statement
                "INSERT INTO document_archive (kind, title, language, created_at, sha256, signed,"
                " pdf) VALUES ('processing_record', 'Seloste', 'fi', '2025-03-01 10:00:00', '0',"
                " 0, x'25504446')"
            )
    finally:
        engine.dispose()
    with open_services(data_dir, clock) as services:  # upgrades to head on opening
        assert migrate.current_revision(services.db.engine) == migrate.head_revision()
        versions = services.statement_versions.list(register.id)
        assert [(v.number, v.dated, v.note, v.document_id) for v in versions] == [
            (1, days[0], "", made[0]),
            (2, days[2], "", made[2]),
        ]
        assert [(v.number, v.document_id) for v in services.statement_versions.list(other.id)] == [
            (1, made[1])
        ]
        assert services.statement_versions.in_force(register.id, date(2025, 12, 31)).number == 1
        exported = services.documents.privacy_statement(register.id, Language.FI)
        assert exported.version.number == 3
    tables = migrate_to(data_dir, previous(REVISION), up=False)
    assert "statement_version" not in tables
    with open_services(data_dir, clock) as services:
        assert len(services.documents.archive("statement")) == 4
        assert [v.number for v in services.statement_versions.list(register.id)] == [1, 2, 3]
