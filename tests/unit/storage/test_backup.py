"""Backups and restores: consistent copies of a register that is being written to, rotation,
restoring after integrity and schema checks (migrating an older backup), a damaged register met
with the latest good backup, and nobody erased after a backup ever coming back with it."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from helpers.registers import connect as connect_register
from helpers.registers import damage_deep_pages, fixed_test_key, key_of
from helpers.sample import REGISTER, person

from tietosuoja_desktop.domain.enums import CustomerKind
from tietosuoja_desktop.domain.listing import CustomerQuery, CustomerSort
from tietosuoja_desktop.paths import backup_dir, database_path
from tietosuoja_desktop.services import RuleViolation, open_services
from tietosuoja_desktop.services.backups import BackupService, restore_closed
from tietosuoja_desktop.services.importing import Importer
from tietosuoja_desktop.storage import backup, encryption, integrity, migrate, tombstones
from tietosuoja_desktop.storage.db import Database, make_engine
from tietosuoja_desktop.storage.encryption import PassphraseRequired
from tietosuoja_desktop.storage.integrity import RegisterDamaged, integrity_check, quick_check
from tietosuoja_desktop.storage.sqlite import sqlite


def query(path: Path, sql: str, *args):
    connection = connect_register(path)
    try:
        return connection.execute(sql, args).fetchall()
    finally:
        connection.close()


def names(services) -> set[str]:
    query_ = CustomerQuery(sort=CustomerSort.ID)
    return {c.first_name for c in services.customers.page(query_, 0, 1000)}


@pytest.fixture
def backups(services):
    return BackupService(services)


def test_a_backup_is_a_whole_self_contained_copy(services, backups):
    services.registers.add(REGISTER)
    added = services.customers.add(person(first_name="Aino"))
    path = backups.create()
    assert path.parent == backup_dir(services.data_dir)
    assert path.name.startswith("backup-") and path.suffix == ".sqlite"
    assert integrity_check(path, fixed_test_key()) == []
    assert query(path, "PRAGMA journal_mode") == [("delete",)]
    assert not Path(f"{path}-wal").exists()
    assert query(path, "SELECT first_name FROM customer") == [("Aino",)]
    assert backup.read_revision(path, fixed_test_key()) == migrate.head_revision()
    info = backups.list()[0]
    assert (info.path, info.kind, info.revision) == (path, "backup", migrate.head_revision())
    assert added.id == 1

    elsewhere = backups.create(Path(services.data_dir.parent / "usb" / "kopio.sqlite"))
    assert elsewhere.exists() and integrity_check(elsewhere, fixed_test_key()) == []
    assert not list(elsewhere.parent.glob(".*part"))


def test_backups_of_a_register_being_written_are_consistent(services, backups, tmp_path):
    stop = threading.Event()
    errors: list[BaseException] = []

    def keep_writing() -> None:
        index = 0
        try:
            while not stop.is_set():
                services.customers.add(person(first_name=f"Kirjoittaja{index}", phone=""))
                index += 1
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    writer = threading.Thread(target=keep_writing)
    writer.start()
    copies = []
    try:
        for number in range(6):
            copies.append(backups.create(tmp_path / f"copy{number}.sqlite"))
    finally:
        stop.set()
        writer.join()
    assert not errors
    counts = []
    for copy in copies:
        assert integrity_check(copy, fixed_test_key()) == []
        customers = query(copy, "SELECT count(*) FROM customer")[0][0]
        searchable = query(copy, "SELECT count(*) FROM customer_search")[0][0]
        audited = query(copy, "SELECT count(*) FROM audit_log WHERE action = 'create'")[0][0]
        assert customers == searchable == audited  # each add is all there, or not at all
        query(copy, "INSERT INTO customer_fts(customer_fts) VALUES ('integrity-check')")
        counts.append(customers)
    assert counts == sorted(counts) and counts[-1] > 0


def test_rotation_keeps_the_newest_of_each_automatic_kind(services, backups, clock):
    folder = backups.folder
    assert backups.keep_last == backup.DEFAULT_KEEP == 10
    backups.set_keep_last(3)
    assert backups.keep_last == 3
    made = []
    for day in range(1, 7):
        clock.set(date(2026, 11, day))
        made.append(backups.on_exit())
    manual = [backups.create() for _ in range(4)]
    folder.joinpath("pre-migration-0001-20260101-120000.sqlite").write_bytes(manual[0].read_bytes())
    remaining = {p.name for p in folder.glob("*.sqlite")}
    assert {p.name for p in made[-3:]} <= remaining
    assert not {p.name for p in made[:3]} & remaining
    assert {p.name for p in manual} <= remaining  # backups made on request are kept
    assert backup.rotate(folder, 3) == []
    with pytest.raises(ValueError):
        backups.set_keep_last(0)


def test_restore_replaces_the_register_and_keeps_the_old_one(services, backups, clock):
    services.customers.add(person(first_name="Ennen"))
    old = backups.create()
    services.customers.add(person(first_name="Jälkeen"))
    clock.set(date(2026, 11, 23))
    report = backups.restore(old)
    assert names(services) == {"Ennen"}
    assert (report.revision, report.migrated, report.erased_again) == (
        migrate.head_revision(),
        False,
        0,
    )
    assert report.kept_copy.name.startswith("pre-restore-")
    assert query(report.kept_copy, "SELECT count(*) FROM customer") == [(2,)]
    assert services.audit.recent(1)[0].action == "restore"
    # The app keeps working on the restored file: writes, search, the WAL.
    services.customers.add(person(first_name="Uusi", email="uusi@example.fi"))
    assert [c.first_name for c in services.customers.search("uusi@")] == ["Uusi"]
    assert not list(services.data_dir.glob(".restore-*"))
    services.db.checkpoint()
    assert integrity_check(services.db.path, fixed_test_key()) == []


def test_an_erased_person_restored_from_an_older_backup_stays_erased(services, backups, clock):
    register = services.registers.add(REGISTER)
    aino = services.customers.add(
        person(first_name="Aino", email="aino@example.fi", register_ids=(register.id,))
    )
    bertta = services.customers.add(person(first_name="Bertta", email="bertta@example.fi"))
    old = backups.create()
    clock.set(date(2026, 12, 1))
    services.erasure.erase(aino.id)
    # Nothing personal is kept about her: only hashes, and the salt beside them.
    stones = query(services.db.path, "SELECT * FROM erasure_tombstone")
    assert len(stones) == 1
    flat = " ".join(str(v) for v in stones[0])
    assert "aino" not in flat.casefold() and "+358" not in flat and "407654321" not in flat
    assert query(services.db.path, "SELECT key FROM app_setting WHERE key = ?",
                 tombstones.SALT_KEY)  # fmt: skip

    report = backups.restore(old)
    assert report.erased_again == 1
    assert names(services) == {"Bertta"}
    assert services.customers.get(bertta.id).email == "bertta@example.fi"
    erase_entries = [e for e in services.audit.recent(10) if e.action == "erase"]
    assert [e.entity_id for e in erase_entries] == [aino.id]
    # The restored register carries her tombstone, so an even older backup stays safe too.
    assert len(query(services.db.path, "SELECT token FROM erasure_tombstone")) >= 1
    again = backups.restore(old)
    assert again.erased_again == 1 and names(services) == {"Bertta"}


def test_someone_erased_under_a_new_id_is_still_recognised(services, backups, clock):
    old_record = services.customers.add(person(first_name="Aino", email="Aino@Example.fi"))
    services.customers.add(person(first_name="Perhe", email="", phone="040 111 2222"))
    services.customers.add(person(first_name="Puoliso", email="puoliso@example.fi",
                                  phone="040 333 4444"))  # fmt: skip
    organisation = services.customers.add(
        person(
            kind=CustomerKind.ORGANISATION, first_name="", last_name="", email="",
            phone="", organisation="Kahvila Oy", business_id="3354302-8",
        )
    )  # fmt: skip
    contact = services.customers.add(
        person(first_name="Yhteys", email="yhteys@example.fi", organisation="Kahvila Oy",
               business_id="3354302-8", phone="")
    )  # fmt: skip
    old = backups.create()
    # After the backup: she is erased, and then she comes back under a new id (re-imported)
    # and is erased again; the family landline's owner and the organisation are erased too.
    services.erasure.erase(old_record.id)
    again = services.customers.add(person(first_name="Aino", email="aino@example.fi"))
    services.erasure.erase(again.id)
    landline = services.customers.add(person(first_name="Vanha", email="", phone="0401112222"))
    services.erasure.erase(landline.id)
    services.erasure.erase(organisation.id)

    report = backups.restore(old)
    assert names(services) == {"Puoliso", "Yhteys"}
    assert report.erased_again == 3  # Aino, the landline-only record, the organisation
    assert services.customers.get(contact.id).business_id == "3354302-8"


def test_a_person_who_came_back_before_the_backup_is_kept(services, backups):
    first = services.customers.add(person(first_name="Aino", email="aino@example.fi"))
    services.erasure.erase(first.id)
    back = services.customers.add(person(first_name="Aino", email="aino@example.fi"))
    old = backups.create()  # holds her tombstone and her new record
    report = backups.restore(old)
    assert report.erased_again == 0
    assert services.customers.get(back.id).first_name == "Aino"


def _downgraded_copy(path: Path) -> None:
    engine = make_engine(path, fixed_test_key() if encryption.is_encrypted(path) else None)
    try:
        with engine.begin() as connection:
            command.downgrade(migrate.alembic_config(connection), "0001")
    finally:
        engine.dispose()


def test_an_older_backup_is_migrated_and_erasures_reapplied(services, backups, clock):
    aino = services.customers.add(person(first_name="Aino", email="aino@example.fi"))
    services.customers.add(person(first_name="Bertta", email="bertta@example.fi"))
    old = backups.create()
    _downgraded_copy(old)
    assert backup.read_revision(old, fixed_test_key()) == "0001"
    services.erasure.erase(aino.id)
    report = backups.restore(old)
    assert (report.revision, report.migrated, report.erased_again) == ("0001", True, 1)
    assert backup.read_revision(services.db.path, fixed_test_key()) == migrate.head_revision()
    assert names(services) == {"Bertta"}


def test_damaged_newer_or_foreign_files_are_refused(services, backups, tmp_path):
    services.customers.add(person(first_name="Pysyy"))
    good = backups.create()
    damaged = tmp_path / "damaged.sqlite"
    data = bytearray(good.read_bytes())
    data[4096 * 2 : 4096 * 6] = b"\x5a" * (4096 * 4)
    damaged.write_bytes(bytes(data))
    newer = tmp_path / "newer.sqlite"
    newer.write_bytes(good.read_bytes())
    connection = connect_register(newer)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    foreign = tmp_path / "foreign.sqlite"
    connection = sqlite().connect(foreign)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    not_sqlite = tmp_path / "notes.sqlite"
    not_sqlite.write_text("kauppalista: maitoa", encoding="utf-8")

    for path, words in (
        (damaged, "damaged"),
        (newer, "newer version"),
        (foreign, "not a Tietosuoja"),
        (not_sqlite, "damaged"),
    ):
        with pytest.raises(RuleViolation, match=words):
            backups.restore(path)
    assert names(services) == {"Pysyy"}


def _corrupt(path: Path, *, crashed: bool = True) -> None:
    """Overwrite the headers of every page but the first; ``crashed`` also leaves the empty
    WAL file a killed process leaves behind."""
    data = bytearray(path.read_bytes())
    for page in range(2, len(data) // 4096):
        data[page * 4096 + 8 : page * 4096 + 64] = b"\xff" * 56
    path.write_bytes(bytes(data))
    if crashed:
        path.with_name(path.name + "-wal").write_bytes(b"")


def test_a_damaged_register_meets_a_clear_error_and_its_latest_good_backup(data_dir, clock):
    with open_services(data_dir, clock) as services:
        aino = services.customers.add(person(first_name="Aino", email="aino@example.fi"))
        services.customers.add(person(first_name="Bertta", email="bertta@example.fi"))
        older = BackupService(services).on_exit()
        clock.set(date(2026, 11, 23))
        services.erasure.erase(aino.id)
        newest = BackupService(services).on_exit()  # holds Aino's tombstone
    # The newest backup is damaged too; the register breaks in a crash.
    _corrupt(newest, crashed=False)
    path = database_path(data_dir)
    _corrupt(path)
    assert quick_check(path, fixed_test_key())

    with pytest.raises(RegisterDamaged) as caught:
        Database.open(data_dir)
    error = caught.value
    assert error.path == path and error.problems
    assert error.latest_backup == older  # the newest one that passes the check

    report = restore_closed(data_dir, error.latest_backup, clock, key_of(data_dir))
    # Aino's erasure is known only from the damaged register... which cannot be read: the
    # restore still succeeds, from what can be read.
    assert report.kept_copy.name.endswith(".damaged")
    with open_services(data_dir, clock) as services:
        assert names(services) <= {"Aino", "Bertta"} and "Bertta" in names(services)
    assert quick_check(path, fixed_test_key()) == []


def test_restore_closed_uses_the_tombstones_of_newer_backups(data_dir, clock):
    with open_services(data_dir, clock) as services:
        aino = services.customers.add(person(first_name="Aino", email="aino@example.fi"))
        services.customers.add(person(first_name="Bertta", email="bertta@example.fi"))
        old = BackupService(services).create()
        clock.set(date(2026, 11, 23))
        services.erasure.erase(aino.id)
        BackupService(services).create()  # this one knows of the erasure
    _corrupt(database_path(data_dir))
    report = restore_closed(data_dir, old, clock, key_of(data_dir))
    assert report.erased_again == 1
    with open_services(data_dir, clock) as services:
        assert names(services) == {"Bertta"}


def test_a_restore_while_imports_and_indexes_are_in_use(services, backups, tmp_path):
    """An imported register backs up and restores like any other (search included)."""
    from helpers.csv_samples import write_customers_csv

    importer = Importer(services)
    preview = importer.preview(importer.read(write_customers_csv(tmp_path / "a.csv", 500)))
    importer.run(preview)
    copy = backups.create()
    services.customers.add(replace(person(), first_name="Myöhemmin"))
    backups.restore(copy)
    assert services.customers.count() == 500
    first = services.customers.page(CustomerQuery(sort=CustomerSort.ID), 0, 1)[0]
    assert first.id in [c.id for c in services.customers.search(first.email)]


def test_a_clean_start_checks_cheaply_and_the_exit_backup_is_checked_later(data_dir, clock):
    with open_services(data_dir, clock) as services:
        services.customers.add(person(first_name="Aino"))
    path = database_path(data_dir)
    damage_deep_pages(path)
    assert (
        not integrity.needs_full_check(path) and integrity.cheap_check(path, fixed_test_key()) == []
    )
    services = open_services(data_dir, clock)  # the cheap check cannot see deep pages
    try:
        made = BackupService(services).on_exit()  # copied, not checked: quitting does not wait
        if key_of(data_dir) is not None:
            # SQLCipher refuses to copy a page that fails its checksum: no copy at all
            assert made is None and not list(backup_dir(data_dir).glob("exit-*"))
        else:
            assert made is not None and backup.check_state(made) == backup.CHECK_PENDING
            assert not integrity.marker(path).exists()
            # The next check of pending copies (at the next start, or listing) finds it.
            assert BackupService(services).check_pending() == [made]
            [info] = BackupService(services).list()
            assert info.path == made and info.check == backup.CHECK_FAILED
            assert BackupService(services).check_pending() == []  # checked once
    finally:
        services.close()
    assert integrity.needs_full_check(path)
    with pytest.raises(RegisterDamaged):
        Database.open(data_dir)


def test_an_exit_backup_is_checked_when_the_backups_are_listed(data_dir, clock):
    from tietosuoja_desktop.services.backups import list_backups

    with open_services(data_dir, clock) as services:
        services.customers.add(person(first_name="Aino"))
        made = BackupService(services).on_exit()
        first, second = BackupService(services).on_exit(), BackupService(services).create()
    assert {backup.check_state(p) for p in (made, first)} == {backup.CHECK_PENDING}
    assert backup.check_state(second) == backup.CHECK_OK  # made on request: nothing to mark
    infos = list_backups(data_dir, key_of(data_dir))  # the register closed, as the CLI lists
    assert {info.check for info in infos} == {backup.CHECK_OK}
    assert not list(backup_dir(data_dir).glob("*.unchecked"))
    assert not integrity.needs_full_check(database_path(data_dir))


def test_rotation_removes_the_marks_beside_a_backup(services, backups, clock):
    made = []
    for day in range(1, 4):
        clock.set(date(2026, 11, day))
        made.append(backups.on_exit())
    backup.rotate(backups.folder, 1)
    assert sorted(p.name for p in backups.folder.iterdir()) == [
        made[-1].name,
        made[-1].name + backup.UNCHECKED,
    ]


@pytest.mark.parametrize("damage", ["truncated", "garbage"])
def test_damage_seen_without_reading_every_page(data_dir, clock, damage, register_kind):
    with open_services(data_dir, clock) as services:
        for index in range(200):
            services.customers.add(person(first_name=f"Asiakas{index}", phone=""))
    path = database_path(data_dir)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2] if damage == "truncated" else b"x" * len(data))
    if damage == "garbage" and register_kind == "encrypted":
        # An encrypted file whose first page is garbage cannot be told from one the key does
        # not open: the key store's key is refused and the passphrase is asked for.
        with pytest.raises(PassphraseRequired):
            Database.open(data_dir)
        return
    with pytest.raises(RegisterDamaged) as caught:
        Database.open(data_dir)
    assert caught.value.problems


def test_a_passed_full_check_is_not_repeated(data_dir, clock):
    with open_services(data_dir, clock) as services:
        services.customers.add(person(first_name="Aino"))
    path = database_path(data_dir)
    integrity.request_full_check(path)
    Database.open(data_dir).close()
    assert not integrity.needs_full_check(path)


def test_quitting_leaves_the_exit_backup_to_the_next_start_even_after_a_killed_copy(
    data_dir, clock
):
    """Issue 18: quitting makes no copy (one of a million customers took 1-2 s), only a mark;
    the next start copies the register as it was closed. A start killed while copying leaves
    the mark and a partial copy: the start after removes that and copies again."""
    with open_services(data_dir, clock) as services:
        services.customers.add(person(first_name="Aino"))
        BackupService(services).mark_exit()
    folder = backup_dir(data_dir)
    assert list(folder.glob("exit-*")) == [] and backup.exit_due(folder)
    partial = folder / ".exit-20260101-120000.sqlite.part"  # what a killed copy leaves
    partial.write_bytes(b"SQLite format 3\x00 half a page")
    with open_services(data_dir, clock) as services:
        assert not partial.exists()  # removed when the register opened
        assert BackupService(services).check_at_start().failed_backups == []
    [made] = folder.glob("exit-*.sqlite")
    assert not backup.exit_due(folder) and backup.check_state(made) == backup.CHECK_OK
    assert integrity_check(made, key_of(data_dir)) == []
    with open_services(data_dir, clock) as services:
        BackupService(services).check_at_start()  # made once: no mark left
        names = [c.first_name for c in services.customers.page(CustomerQuery(), 0, 10)]
    assert list(folder.glob("exit-*.sqlite")) == [made] and names == ["Aino"]


def test_quitting_makes_the_exit_backup_itself_and_an_interrupted_copy_keeps_the_mark(
    data_dir, clock, monkeypatch
):
    """Issue 18: the quitting process makes the copy (the windows already gone) and removes the
    mark only once it is whole; a copy cut short (a kill, here an interrupt before the copy
    takes its name) leaves the mark, and the next start makes the backup."""
    with open_services(data_dir, clock) as services:
        services.customers.add(person(first_name="Aino"))
        services.backups.mark_exit()

        def interrupted(_path):
            raise KeyboardInterrupt

        monkeypatch.setattr(backup, "_sync_file", interrupted)
        with pytest.raises(KeyboardInterrupt):
            services.backups.finish_exit()
        monkeypatch.undo()
    folder = backup_dir(data_dir)
    assert list(folder.glob("*exit-*.sqlite*")) == [] and backup.exit_due(folder)
    with open_services(data_dir, clock) as services:
        services.backups.check_at_start()
        assert len(list(folder.glob("exit-*.sqlite"))) == 1 and not backup.exit_due(folder)
        services.customers.add(person(first_name="Eino"))
        services.backups.mark_exit()
        made = services.backups.finish_exit()
    assert made is not None and not backup.exit_due(folder)
    assert len(list(folder.glob("exit-*.sqlite"))) == 2
    assert integrity_check(made, key_of(data_dir)) == []
