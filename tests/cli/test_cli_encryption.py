"""``init --encrypt``, ``encrypt`` and ``decrypt``, and every command on an encrypted register:
the passphrase from TIETOSUOJA_DB_PASSPHRASE (the tests have no terminal)."""

from __future__ import annotations

import pytest
from helpers.registers import CUSTOMER_NAME

from tietosuoja_desktop.paths import database_path
from tietosuoja_desktop.storage import encryption, keystore

PASSPHRASE = "kahvilan salasana 2026"

PROFILE = ("--name", "Kahvila Tmi", "--business-id", "3354302-8", "--email", "info@kahvila.fi")

plain_only = pytest.mark.parametrize("register_kind", ["plain"])


@pytest.fixture
def run(run_en):
    """Messages in English here (``--lang en``)."""
    return run_en


def add_customer(run) -> None:
    status, _, err = run(
        "customers",
        "add",
        "--first-name",
        "Aino",
        "--last-name",
        CUSTOMER_NAME,
        "--email",
        "aino@example.fi",
    )
    assert status == 0, err


@plain_only
def test_init_encrypt_creates_an_encrypted_register(run, data_dir, monkeypatch):
    monkeypatch.setenv("TIETOSUOJA_DB_PASSPHRASE", PASSPHRASE)
    status, profile, err = run("init", "--encrypt", *PROFILE)
    assert status == 0, err and profile["name"] == "Kahvila Tmi"
    add_customer(run)
    path = database_path(data_dir)
    assert encryption.is_encrypted(path)
    assert CUSTOMER_NAME.encode() not in path.read_bytes()
    status, found, _ = run("customers", "search", CUSTOMER_NAME[:5])
    assert status == 0 and found[0]["last_name"] == CUSTOMER_NAME
    # Without the passphrase (and no terminal): a clear message, exit status 1.
    monkeypatch.delenv("TIETOSUOJA_DB_PASSPHRASE")
    status, _, err = run("customers", "list")
    assert status == 1 and "TIETOSUOJA_DB_PASSPHRASE" in err
    monkeypatch.setenv("TIETOSUOJA_DB_PASSPHRASE", "väärä salasana")
    before = path.read_bytes()
    status, _, err = run("customers", "list")
    assert status == 1 and "passphrase does not open" in err
    assert path.read_bytes() == before


@plain_only
def test_encrypt_and_decrypt_an_existing_register(run, data_dir, monkeypatch, key_store):
    assert run("init", *PROFILE)[0] == 0
    add_customer(run)
    assert run("backup", "create")[0] == 0
    monkeypatch.setenv("TIETOSUOJA_DB_PASSPHRASE", "lyhyt")
    status, _, err = run("encrypt")
    assert (
        status == 2 and "at least 8" in err and not encryption.is_encrypted(database_path(data_dir))
    )
    monkeypatch.setenv("TIETOSUOJA_DB_PASSPHRASE", PASSPHRASE)
    status, report, err = run("encrypt", "--remember")
    assert status == 0, err
    assert report["encrypted"] and report["rows"] > 0 and len(report["plain_backups"]) == 1
    assert keystore.remembers(data_dir) and key_store.secrets
    status, report, _ = run("encrypt", "--delete-plain-backups")
    assert status == 0 and report["deleted_plain_backups"] == 1
    monkeypatch.delenv("TIETOSUOJA_DB_PASSPHRASE")
    # The key store opens it: every command works, the closed-file ones too.
    status, backups, _ = run("backup", "list")
    assert status == 0 and backups == []
    assert run("backup", "create")[0] == 0
    status, backups, _ = run("backup", "list")
    assert backups[0]["encrypted"] and backups[0]["revision"]
    status, checked, _ = run("check", "--full")
    assert status == 0 and checked["ok"]
    status, text, _ = run("customers", "list", json_mode=False)
    assert CUSTOMER_NAME in text

    status, _, err = run("decrypt")
    assert status == 2 and "--yes" in err  # no terminal: confirmation is needed
    status, report, err = run("decrypt", "--yes")
    assert status == 0, err
    assert report == {
        "encrypted": False,
        "tables": report["tables"],
        "rows": report["rows"],
        "plain_backups": [],
        "deleted_plain_backups": 0,
    }
    assert database_path(data_dir).read_bytes().startswith(encryption.HEADER)
    assert not key_store.secrets
    status, found, _ = run("customers", "search", "aino@")
    assert status == 0 and len(found) == 1


def test_every_command_opens_the_register_of_either_kind(run, register_kind):
    """The parameterised fixture: the encrypted one opens through the (test) key store."""
    assert run("init", *PROFILE)[0] == 0
    add_customer(run)
    status, listed, _ = run("customers", "list")
    assert status == 0 and listed[0]["last_name"] == CUSTOMER_NAME
    status, checked, _ = run("check")
    assert status == 0 and checked["ok"]


@plain_only
def test_change_passphrase(run, data_dir, monkeypatch):
    assert run("init", *PROFILE)[0] == 0
    status, _, err = run("change-passphrase")
    assert status == 2 and "not encrypted" in err
    monkeypatch.setenv("TIETOSUOJA_DB_PASSPHRASE", PASSPHRASE)
    assert run("encrypt")[0] == 0
    add_customer(run)
    status, earlier, _ = run("backup", "create")
    assert status == 0

    status, _, err = run("change-passphrase")  # no terminal and no new passphrase given
    assert status == 1 and "TIETOSUOJA_NEW_DB_PASSPHRASE" in err
    monkeypatch.setenv("TIETOSUOJA_NEW_DB_PASSPHRASE", "lyhyt")
    status, _, err = run("change-passphrase")
    assert status == 2 and "at least 8" in err
    monkeypatch.setenv("TIETOSUOJA_NEW_DB_PASSPHRASE", "uusi kahvilan salasana")
    status, report, err = run("change-passphrase")
    assert status == 0, err
    assert report["encrypted"] and report["rows"] > 0

    status, _, err = run("customers", "list")  # the old passphrase no longer opens it
    assert status != 0 and err
    monkeypatch.setenv("TIETOSUOJA_DB_PASSPHRASE", "uusi kahvilan salasana")
    status, text, _ = run("customers", "list", json_mode=False)
    assert status == 0 and CUSTOMER_NAME in text
    assert encryption.is_encrypted(database_path(data_dir))

    # A backup from before the change takes its own passphrase to restore.
    status, _, err = run("backup", "restore", earlier["path"], "--yes")
    assert status == 1 and "TIETOSUOJA_BACKUP_PASSPHRASE" in err
    monkeypatch.setenv("TIETOSUOJA_BACKUP_PASSPHRASE", PASSPHRASE)
    status, report, err = run("backup", "restore", earlier["path"], "--yes")
    assert status == 0, err
    status, text, _ = run("customers", "list", json_mode=False)  # still the new passphrase
    assert status == 0 and CUSTOMER_NAME in text


@plain_only
def test_the_closed_register_is_checked_only_with_its_passphrase(run, data_dir, monkeypatch):
    # The key of the closed register (check, backup list, restore) comes from the services.
    monkeypatch.setenv("TIETOSUOJA_DB_PASSPHRASE", PASSPHRASE)
    assert run("init", "--encrypt", *PROFILE)[0] == 0
    status, result, err = run("check")
    assert status == 0, err
    assert result["problems"] == []
    monkeypatch.setenv("TIETOSUOJA_DB_PASSPHRASE", "väärä salasana")
    status, _, err = run("check")
    assert status == 1
    assert f"passphrase does not open the register {database_path(data_dir)}" in err
