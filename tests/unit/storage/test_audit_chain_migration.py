"""Migration 0004 chains the audit entries a register already has, in id order, exactly as the
app would have (its own copy of the hash agrees with domain/audit_chain.py)."""

from __future__ import annotations

import time
from datetime import datetime, timedelta

import pytest
from alembic import command
from helpers.registers import key_of

from tietosuoja_desktop.domain.audit_chain import GENESIS, entry_hash
from tietosuoja_desktop.paths import database_path
from tietosuoja_desktop.services import open_services
from tietosuoja_desktop.storage import migrate
from tietosuoja_desktop.storage.db import Database, make_engine

# Each test builds its register from an earlier schema.
pytestmark = pytest.mark.unmigrated

ACTIONS = ("create", "update", "erase", "export")


def register_at_0003_with_entries(data_dir, count: int) -> None:
    Database.open(data_dir, run_migrations=False).close()
    engine = make_engine(database_path(data_dir), key_of(data_dir))
    try:
        with engine.begin() as connection:
            command.upgrade(migrate.alembic_config(connection), "0003")
            start = datetime(2026, 1, 1, 8, 30)
            if not count:
                return
            connection.exec_driver_sql(
                "INSERT INTO audit_log (at, action, entity, entity_id, fields) "
                "VALUES (?, ?, ?, ?, ?)",
                [
                    (
                        (start + timedelta(minutes=n, microseconds=n % 7)).isoformat(sep=" "),
                        ACTIONS[n % 4],
                        "customer" if n % 3 else "setting",
                        n if n % 3 else None,
                        "email,phone" if n % 2 else "",
                    )
                    for n in range(count)
                ],
            )
        assert migrate.current_revision(engine) == "0003"
    finally:
        engine.dispose()


def test_existing_entries_are_chained(data_dir, clock):
    register_at_0003_with_entries(data_dir, 300)
    with open_services(data_dir, clock) as services:
        assert migrate.current_revision(services.db.engine) == migrate.HEAD
        check = services.audit.verify()
        assert check.ok and check.checked == 300
        oldest = services.audit.entries(limit=1, offset=299)[0]
        assert oldest.prev_hash == GENESIS
        assert oldest.hash == entry_hash(
            GENESIS, datetime(2026, 1, 1, 8, 30), "create", "setting", None, ""
        )
        migrated_head = services.audit.head()
        assert migrated_head.count == 300
        # New entries continue the migrated chain.
        services.settings.set("signature.title", "Yrittäjä")
        check = services.audit.verify()
        assert check.ok and check.checked == 301
        assert services.audit.entries(limit=1)[0].prev_hash == migrated_head.hash


def test_an_empty_audit_log_migrates(data_dir, clock):
    register_at_0003_with_entries(data_dir, 0)
    with open_services(data_dir, clock) as services:
        assert services.audit.verify().ok
        services.settings.set("signature.title", "Yrittäjä")
        (entry,) = services.audit.entries()
        assert entry.prev_hash == GENESIS


def test_the_backfill_is_quick(data_dir, clock):
    register_at_0003_with_entries(data_dir, 50_000)
    started = time.perf_counter()
    with open_services(data_dir, clock) as services:
        took = time.perf_counter() - started
        assert services.audit.verify().checked == 50_000
    assert took < 10  # about a second on the reference machine
