"""Encryption at rest: nothing readable in the register, its WAL or its backups; the wrong key
refused with the file untouched; conversion both ways keeping every row; the key store."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from helpers.registers import CUSTOMER_NAME, TEST_PASSPHRASE, fixed_test_key
from helpers.sample import REGISTER, person
from keyring.errors import KeyringError

from tietosuoja_desktop.domain.listing import CustomerQuery
from tietosuoja_desktop.paths import backup_dir, database_path
from tietosuoja_desktop.services import RuleViolation, open_services
from tietosuoja_desktop.services.backups import BackupService
from tietosuoja_desktop.storage import encryption, keystore
from tietosuoja_desktop.storage.encryption import (
    PassphraseRequired,
    RegisterKey,
    WrongPassphrase,
)

NAME = CUSTOMER_NAME.encode()

encrypted_only = pytest.mark.parametrize("register_kind", ["encrypted"])
plain_only = pytest.mark.parametrize("register_kind", ["plain"])


def fill(services) -> None:
    register = services.registers.add(REGISTER)
    for index in range(30):
        services.customers.add(
            person(
                last_name=CUSTOMER_NAME,
                first_name=f"Asiakas{index}",
                email=f"asiakas{index}@example.fi",
                register_ids=(register.id,),
            )
        )
    services.erasure.erase(services.customers.search("asiakas3@")[0].id)


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def digest(folder: Path) -> dict[str, str]:
    return {name: hashlib.sha256(data).hexdigest() for name, data in folder_bytes(folder).items()}


def counts(services) -> dict[str, int]:
    connection = encryption.connect(services.db.path, services.db.key)
    try:
        return encryption.table_counts(connection)
    finally:
        connection.close()


@encrypted_only
def test_the_register_its_wal_and_its_backups_hold_no_plaintext(services, data_dir):
    fill(services)
    services.customers.add(person(last_name=CUSTOMER_NAME, first_name="Viimeinen"))
    wal = database_path(data_dir).with_name("tietosuoja.sqlite-wal")
    assert wal.exists() and wal.stat().st_size > 0  # written and not yet checkpointed
    backups = BackupService(services)
    made = [backups.create(), backups.on_exit(), backups.create(data_dir.parent / "usb.sqlite")]
    files = folder_bytes(data_dir)
    assert files and not [name for name, data in files.items() if NAME in data]
    for path in made:
        data = path.read_bytes()
        assert NAME not in data and not data.startswith(encryption.HEADER)
    assert services.customers.search(CUSTOMER_NAME[:6])[0].last_name == CUSTOMER_NAME
    # The same query on a plain register would find the name in the file: the check can fail.
    services.encryption.decrypt()
    services.db.checkpoint()
    assert NAME in database_path(data_dir).read_bytes()


@encrypted_only
def test_a_backup_is_a_standard_sqlcipher_file_that_opens_with_the_passphrase(services):
    fill(services)
    made = BackupService(services).create()
    connection = encryption.sqlcipher().connect(str(made))
    try:
        connection.execute(f"PRAGMA key = '{TEST_PASSPHRASE}'")  # SQLCipher's own derivation
        found = connection.execute(
            "SELECT count(*) FROM customer WHERE last_name = ?", (CUSTOMER_NAME,)
        )
        assert found.fetchone()[0] == 29
    finally:
        connection.close()


@encrypted_only
def test_the_wrong_passphrase_is_refused_and_nothing_changes(data_dir, clock, key_store):
    with open_services(data_dir, clock) as services:
        fill(services)
    before = digest(data_dir)
    with pytest.raises(WrongPassphrase):
        open_services(data_dir, clock, passphrase="not the passphrase")
    keystore.forget(data_dir)
    with pytest.raises(PassphraseRequired):
        open_services(data_dir, clock)
    after = digest(data_dir)
    after.pop("encryption.json"), before.pop("encryption.json")
    assert after == before  # register, backups, no WAL left: byte for byte
    with open_services(data_dir, clock, passphrase=TEST_PASSPHRASE) as services:
        assert services.customers.count() == 29
        assert services.encryption.encrypted and not services.encryption.key_in_key_store


@encrypted_only
def test_a_wrong_key_in_the_key_store_asks_for_the_passphrase(data_dir, clock, key_store):
    with open_services(data_dir, clock) as services:
        fill(services)
    keystore.remember(data_dir, RegisterKey.derive("another one", bytes(16)))
    with pytest.raises(PassphraseRequired):
        open_services(data_dir, clock)


@plain_only
def test_encrypting_and_decrypting_keep_every_row(services, data_dir, key_store):
    fill(services)
    plain_backup = BackupService(services).create()
    before = counts(services)
    report = services.encryption.encrypt("uusi salasana 123", remember=True)
    assert report.encrypted and report.rows == sum(before.values()) + 0
    assert report.plain_backups == [plain_backup]  # offered for deletion
    path = database_path(data_dir)
    assert encryption.is_encrypted(path) and NAME not in path.read_bytes()
    assert not list(data_dir.glob(".*"))  # no converted or replaced file left behind
    after = counts(services)
    audited = after.pop("audit_log") - before.pop("audit_log")
    assert after == before and audited == 1
    assert services.encryption.key_in_key_store and key_store.secrets
    # The app keeps working on the new file, search index included.
    services.customers.add(person(last_name="Uusi", email="uusi@example.fi"))
    assert [c.last_name for c in services.customers.search("uusi@")] == ["Uusi"]
    services.close()

    with open_services(data_dir) as reopened:  # one click: the key is in the key store
        assert reopened.customers.count() == 30
        middle = counts(reopened)
        report = reopened.encryption.decrypt()
        assert not report.encrypted and not keystore.remembers(data_dir)
        assert not key_store.secrets
        final = counts(reopened)
        assert final.pop("audit_log") == middle.pop("audit_log") + 1 and final == middle
    assert path.read_bytes().startswith(encryption.HEADER)
    assert not keystore.marked_encrypted(data_dir)


@plain_only
def test_plain_backups_of_an_encrypted_register_can_be_deleted(services):
    fill(services)
    backups = BackupService(services)
    old = backups.create()
    assert backups.plain_backups() == []  # a plain register's backups are as plain as it is
    services.encryption.encrypt("uusi salasana 123")
    new = backups.create()
    assert backups.plain_backups() == [old]
    assert backups.delete_plain_backups() == 1
    assert not old.exists() and new.exists()
    assert services.audit.recent(1)[0].entity == "backup"


@plain_only
def test_a_plain_backup_restored_into_an_encrypted_register_comes_back_encrypted(services):
    fill(services)
    backups = BackupService(services)
    old = backups.create()
    services.encryption.encrypt("uusi salasana 123")
    services.customers.add(person(last_name="Myöhempi"))
    report = backups.restore(old)
    assert report.erased_again == 0
    assert encryption.is_encrypted(services.db.path)
    assert NAME not in services.db.path.read_bytes()
    assert services.customers.count() == 29
    assert encryption.is_encrypted(report.kept_copy)


@encrypted_only
def test_a_new_passphrase_replaces_the_old_one(services, data_dir, clock, key_store):
    fill(services)
    remembered = key_store.secrets.copy()
    old_backup = BackupService(services).create()
    services.encryption.change_passphrase("toinen salasana 456")
    assert key_store.secrets != remembered  # the key store follows
    assert services.encryption.matches("toinen salasana 456")
    assert not services.encryption.matches(TEST_PASSPHRASE)
    with pytest.raises(RuleViolation, match="passphrase"):
        BackupService(services).restore(old_backup)  # made with the old passphrase
    services.close()
    with pytest.raises(WrongPassphrase):
        open_services(data_dir, clock, passphrase=TEST_PASSPHRASE)
    with open_services(data_dir, clock, passphrase="toinen salasana 456") as reopened:
        assert reopened.customers.count() == 29


@encrypted_only
def test_a_backup_from_before_a_passphrase_change_restores_with_its_passphrase(
    services, data_dir, clock, key_store
):
    fill(services)
    backups = BackupService(services)
    old_backup = backups.create()
    services.customers.add(person(first_name="Myöhempi", last_name="Lisäys", email=""))
    services.encryption.change_passphrase("toinen salasana 456")
    assert backups.needs_passphrase(old_backup)
    assert not backups.needs_passphrase(backups.create())  # made with the present key
    text_file = data_dir / "not-a-backup.sqlite"
    text_file.write_text("ei tietokanta", encoding="utf-8")
    assert not backups.needs_passphrase(text_file)  # reported as damaged, not prompted for
    with pytest.raises(RuleViolation, match="does not open the backup"):
        backups.restore(old_backup, backup_passphrase="väärä salasana 789")
    assert services.customers.count() == 30  # nothing changed

    report = backups.restore(old_backup, backup_passphrase=TEST_PASSPHRASE)
    assert report.backup == old_backup
    assert services.customers.count() == 29
    # The restored register has the present passphrase, not the backup's.
    assert services.encryption.matches("toinen salasana 456")
    services.close()
    with pytest.raises(WrongPassphrase):
        open_services(data_dir, clock, passphrase=TEST_PASSPHRASE)
    with open_services(data_dir, clock, passphrase="toinen salasana 456") as reopened:
        assert reopened.customers.count() == 29
        assert NAME not in reopened.db.path.read_bytes()


@encrypted_only
def test_an_encrypted_backup_restores_into_a_register_no_longer_encrypted(services, key_store):
    fill(services)
    backups = BackupService(services)
    encrypted_backup = backups.create()
    services.encryption.decrypt()
    assert backups.needs_passphrase(encrypted_backup)
    backups.restore(encrypted_backup, backup_passphrase=TEST_PASSPHRASE)
    assert not encryption.is_encrypted(services.db.path)
    assert services.customers.count() == 29


@plain_only
def test_weak_passphrases_and_double_conversions_are_refused(services):
    with pytest.raises(RuleViolation, match="at least 8"):
        services.encryption.encrypt("lyhyt")
    with pytest.raises(RuleViolation, match="not encrypted"):
        services.encryption.decrypt()
    services.encryption.encrypt("pitkä salasana")
    with pytest.raises(RuleViolation, match="already"):
        services.encryption.encrypt("pitkä salasana")


class RefusingKeyring:
    """A key store that is there but refuses (locked, or the user said no)."""

    priority = 1

    def set_password(self, *_args) -> None:
        raise KeyringError("locked")

    def get_password(self, *_args) -> None:
        raise KeyringError("locked")


@plain_only
def test_a_refusing_key_store_is_a_clear_error_and_the_passphrase_still_works(
    services, data_dir, clock, monkeypatch
):
    import keyring

    monkeypatch.setattr(keyring, "set_password", RefusingKeyring().set_password)
    services.encryption.encrypt("pitkä salasana")
    with pytest.raises(RuleViolation, match="key store"):
        services.encryption.remember_key(True)
    services.close()
    with open_services(data_dir, clock, passphrase="pitkä salasana") as reopened:
        assert reopened.encryption.encrypted


@plain_only
@pytest.mark.unmigrated  # a folder that never held a register
def test_a_new_register_is_created_encrypted_with_a_passphrase(data_dir, clock):
    with open_services(data_dir, clock, passphrase="alusta asti salattu") as services:
        services.customers.add(person(last_name=CUSTOMER_NAME))
        assert services.encryption.encrypted
    assert encryption.is_encrypted(database_path(data_dir))
    assert keystore.marked_encrypted(data_dir)
    with pytest.raises(PassphraseRequired):
        open_services(data_dir, clock)


def test_a_key_never_shows_itself_and_checks_a_passphrase():
    key = fixed_test_key()
    assert "hidden" in repr(key) and key.key.hex() not in repr(key)
    assert key.matches(TEST_PASSPHRASE) and not key.matches(TEST_PASSPHRASE + "x")
    assert RegisterKey.from_text(key.to_text()) == key
    assert RegisterKey.from_text("garbage") is None


@encrypted_only
def test_a_migration_copy_of_an_encrypted_register_is_encrypted(services, data_dir):
    from tietosuoja_desktop.storage.db import keep_copy

    fill(services)
    copy = keep_copy(services.db.path, backup_dir(data_dir), "0002", services.db.key)
    assert encryption.is_encrypted(copy) and NAME not in copy.read_bytes()


KILLED_AFTER_THE_SWAP = """
import os, sys
from pathlib import Path
sys.path.insert(0, sys.argv[3])
import keyring
from helpers.keyring_backend import MemoryKeyring
keyring.set_keyring(MemoryKeyring())
from tietosuoja_desktop.services import open_services
from tietosuoja_desktop.storage import encryption

swap_in = encryption.swap_in

def swap_and_die(*args):
    swap_in(*args)
    os._exit(9)  # killed before encryption.json records the new kind

encryption.swap_in = swap_and_die
services = open_services(Path(sys.argv[1]), passphrase=sys.argv[2])
if services.encryption.encrypted:
    services.encryption.decrypt()
else:
    services.encryption.encrypt(sys.argv[2])
"""


@pytest.mark.slow  # a child process that is killed (about 4 s)
def test_a_conversion_killed_between_the_swap_and_its_record_is_completed(
    data_dir, clock, register_kind
):
    import subprocess
    import sys

    with open_services(data_dir, clock) as services:
        services.customers.add(person(first_name="Aino"))
    tests = Path(__file__).resolve().parents[2]
    child = subprocess.run(
        [sys.executable, "-c", KILLED_AFTER_THE_SWAP, str(data_dir), TEST_PASSPHRASE, str(tests)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert child.returncode == 9, child.stderr
    now_encrypted = register_kind == "plain"
    assert encryption.is_encrypted(database_path(data_dir)) is now_encrypted
    assert keystore.marked_encrypted(data_dir) is not now_encrypted  # the record is behind

    passphrase = TEST_PASSPHRASE if now_encrypted else None
    with open_services(data_dir, clock, passphrase=passphrase) as services:
        assert services.encryption.encrypted is now_encrypted
        assert [c.first_name for c in services.customers.page(CustomerQuery())] == ["Aino"]
    assert keystore.marked_encrypted(data_dir) is now_encrypted
    assert not [p.name for p in data_dir.iterdir() if p.name.startswith(".")]


def test_a_conversion_killed_before_the_swap_leaves_the_register_as_recorded(
    data_dir, clock, register_kind
):
    with open_services(data_dir, clock) as services:
        services.customers.add(person(first_name="Aino"))
    was_encrypted = register_kind == "encrypted"
    keystore.begin_conversion(data_dir, encrypted=not was_encrypted)  # then killed
    with open_services(data_dir, clock) as services:
        assert services.encryption.encrypted is was_encrypted
        assert services.customers.count() == 1
    assert keystore.marked_encrypted(data_dir) is was_encrypted
    assert keystore.remembers(data_dir) is was_encrypted  # the key store choice kept
    assert (data_dir / keystore.CHOICE_FILE).exists() is was_encrypted
