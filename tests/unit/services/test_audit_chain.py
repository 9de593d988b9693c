"""The audit trail is a hash chain: a whole register verifies, and an entry edited, removed or
moved with plain SQL behind the app's back is found, at the first broken link."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from itertools import pairwise

import pytest
from helpers.sample import REGISTER, person

from tietosuoja_desktop.domain.audit_chain import (
    GENESIS,
    ChainEntry,
    LinkProblem,
    entry_hash,
    parse_head,
    walk,
)
from tietosuoja_desktop.services import audit
from tietosuoja_desktop.storage.models import AuditRow


def sql(services, statement: str, *params) -> list[tuple]:
    """Plain SQL on the register, as someone editing the file with a SQLite tool would."""
    with services.db.engine.begin() as connection:
        result = connection.exec_driver_sql(statement, params or ())
        return result.fetchall() if result.returns_rows else []


def busy_register(services, clock, people: int = 6) -> list[int]:
    register = services.registers.add(REGISTER)
    ids = []
    for n in range(people):
        clock.set(date(2026, 11, 1 + n))
        customer = services.customers.add(
            person(email=f"p{n}@example.fi", register_ids=(register.id,))
        )
        services.customers.update(replace(customer, city="Espoo"))
        ids.append(customer.id)
    return ids


def test_a_new_register_verifies(services):
    check = services.audit.verify()
    assert check.ok and check.checked == 0 and check.head.hash == GENESIS
    services.registers.add(REGISTER)
    check = services.audit.verify()
    assert check.ok and check.checked == 1
    assert check.head == services.audit.head()
    (first,) = services.audit.entries()
    assert first.prev_hash == GENESIS
    assert first.hash == entry_hash(GENESIS, first.at, "create", "register", first.entity_id, "")


def test_each_entry_carries_the_previous_hash(services, clock):
    busy_register(services, clock)
    entries = list(reversed(services.audit.entries(limit=1000)))
    assert len(entries) == 13
    assert entries[0].prev_hash == GENESIS
    for before, after in pairwise(entries):
        assert after.prev_hash == before.hash
    check = services.audit.verify()
    assert check.ok and check.checked == 13
    assert check.head.count == 13 and check.head.hash == entries[-1].hash


def test_several_entries_in_one_transaction_chain(services, clock):
    with services.db.transaction() as session:
        for n in range(5):
            audit.record(session, clock.now(), "update", "setting", None, [f"key_{n}"])
    with services.db.transaction() as session:
        audit.record(session, clock.now(), "update", "setting", None, ["again"])
        session.flush()
        audit.record(session, clock.now(), "update", "setting", None, ["after_flush"])
    check = services.audit.verify()
    assert check.ok and check.checked == 7


def test_a_rolled_back_transaction_leaves_the_chain_whole(services, clock):
    services.registers.add(REGISTER)
    with pytest.raises(RuntimeError), services.db.transaction() as session:
        audit.record(session, clock.now(), "update", "setting", None, ["lost"])
        raise RuntimeError("the write fails")
    services.registers.add(replace(REGISTER, name="Toinen"))
    assert services.audit.verify().ok


@pytest.mark.parametrize(
    "change",
    [
        "UPDATE audit_log SET fields = 'email' WHERE id = ?",
        "UPDATE audit_log SET action = 'delete' WHERE id = ?",
        "UPDATE audit_log SET entity_id = 999 WHERE id = ?",
        "UPDATE audit_log SET at = '2026-01-01 00:00:00.000000' WHERE id = ?",
        "UPDATE audit_log SET hash = '" + "a" * 64 + "' WHERE id = ?",
    ],
)
def test_an_edited_entry_is_found(services, clock, change):
    busy_register(services, clock)
    sql(services, change, 6)
    check = services.audit.verify()
    assert not check.ok
    assert check.broken.entry_id == 6
    assert check.broken.problem is LinkProblem.EDITED
    assert check.checked == 6
    assert check.head.count == 5  # the whole part before the break


def test_an_edited_entry_with_its_hash_recomputed_breaks_the_next_link(services, clock):
    """Someone who knows the scheme rewrites entry 6 and its hash: entry 7 no longer follows."""
    busy_register(services, clock)
    (row,) = sql(services, "SELECT prev_hash, at, action, entity, entity_id FROM audit_log "
                           "WHERE id = 6")  # fmt: skip
    prev_hash, at, action, entity, entity_id = row
    forged = entry_hash(prev_hash, datetime.fromisoformat(at), action, entity, entity_id, "x")
    sql(services, "UPDATE audit_log SET fields = 'x', hash = ? WHERE id = 6", forged)
    check = services.audit.verify()
    assert check.broken.entry_id == 7
    assert check.broken.problem is LinkProblem.MISSING


def test_a_changed_previous_hash_is_named(services, clock):
    busy_register(services, clock)
    sql(services, "UPDATE audit_log SET prev_hash = ? WHERE id = 4", "b" * 64)
    check = services.audit.verify()
    assert check.broken.entry_id == 4
    assert check.broken.problem is LinkProblem.LINK_CHANGED


def test_a_deleted_middle_entry_is_found(services, clock):
    busy_register(services, clock)
    sql(services, "DELETE FROM audit_log WHERE id = 5")
    check = services.audit.verify()
    assert check.broken.entry_id == 6
    assert check.broken.problem is LinkProblem.MISSING
    assert check.head.last_id == 4


def test_deleted_first_entries_are_found(services, clock):
    busy_register(services, clock)
    sql(services, "DELETE FROM audit_log WHERE id <= 2")
    check = services.audit.verify()
    assert check.broken.entry_id == 3
    assert check.broken.problem is LinkProblem.MISSING
    assert check.checked == 1


def test_a_deleted_entry_with_the_rest_renumbered_is_found(services, clock):
    busy_register(services, clock)
    sql(services, "DELETE FROM audit_log WHERE id = 5")
    sql(services, "UPDATE audit_log SET id = id - 1 WHERE id > 5")
    check = services.audit.verify()
    assert check.broken.entry_id == 5
    assert check.broken.problem is LinkProblem.MISSING


def test_reordered_entries_are_found(services, clock):
    busy_register(services, clock)
    sql(services, "UPDATE audit_log SET id = -1 WHERE id = 7")
    sql(services, "UPDATE audit_log SET id = 7 WHERE id = 8")
    sql(services, "UPDATE audit_log SET id = 8 WHERE id = -1")
    check = services.audit.verify()
    assert check.broken.entry_id == 7
    assert check.broken.problem is LinkProblem.REORDERED


def test_removing_the_newest_entries_shows_only_against_a_kept_head(services, clock):
    """The honest limit: a chain cut short is still whole. A head kept elsewhere shows it."""
    busy_register(services, clock)
    kept = services.audit.head()
    assert services.audit.verify(expected_head=kept.text).ok
    services.registers.add(replace(REGISTER, name="Myöhempi"))
    assert services.audit.verify(expected_head=kept.text).ok  # later entries are fine
    sql(services, "DELETE FROM audit_log WHERE id >= 12")
    cut = services.audit.verify()
    assert cut.ok  # undetectable without the kept head
    against_kept = services.audit.verify(expected_head=kept.text)
    assert not against_kept.ok and against_kept.broken is None
    assert against_kept.expected_head_found is False
    assert services.audit.verify(expected_head=kept.hash).expected_head_found is False


def test_a_malformed_kept_head_is_refused(services):
    with pytest.raises(ValueError):
        services.audit.verify(expected_head="12:abc")
    with pytest.raises(ValueError):
        parse_head("x:" + "a" * 64)
    assert parse_head("3:" + "A" * 64) == (3, "a" * 64)


def test_the_chain_stays_whole_across_import_erasure_and_demo(services, clock, tmp_path):
    from helpers.csv_samples import write_customers_csv

    from tietosuoja_desktop.services.demo import generate_demo
    from tietosuoja_desktop.services.importing import Importer

    ids = busy_register(services, clock, people=3)
    importer = Importer(services)
    csv_path = write_customers_csv(tmp_path / "people.csv", 50)
    importer.run(importer.preview(importer.read(csv_path)))
    services.erasure.erase(ids[1])
    generate_demo(services, 20, seed=3)
    for n in range(30):
        services.settings.set("signature.title", f"Yrittäjä {n}")
    check = services.audit.verify()
    actions = [e.action for e in services.audit.entries(limit=5000)]
    assert check.ok and check.checked == len(actions)
    assert {"import", "erase", "demo"} <= set(actions)


def test_the_stored_rows_match_the_mapping(services, clock):
    busy_register(services, clock, people=1)
    with services.db.reading() as session:
        rows = session.query(AuditRow).order_by(AuditRow.id).all()
    assert all(len(r.hash) == 64 and len(r.prev_hash) == 64 for r in rows)


def test_walk_reports_an_entry_written_first_found_later():
    at = datetime(2026, 1, 1, 12, 0)
    first = entry_hash(GENESIS, at, "create", "register", 1, "")
    second = entry_hash(first, at, "update", "register", 1, "name")
    entries = [
        ChainEntry(1, at, "update", "register", 1, "name", first, second),
        ChainEntry(2, at, "create", "register", 1, "", GENESIS, first),
    ]
    check = walk(entries, lambda digest: None)
    assert check.broken.entry_id == 1 and check.broken.problem is LinkProblem.MISSING
    swapped = [replace(entries[1], id=1), replace(entries[0], id=2)]
    assert walk(swapped, lambda digest: None).ok
    other = entry_hash(GENESIS, at, "create", "setting", None, "")
    late_start = [swapped[0], ChainEntry(2, at, "create", "setting", None, "", GENESIS, other)]
    check = walk(late_start, lambda digest: None)
    assert check.broken.entry_id == 2 and check.broken.problem is LinkProblem.REORDERED
