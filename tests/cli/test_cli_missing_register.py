"""A register file that is missing, empty or not what the folder records is never replaced by a
new empty one: every command stops, names the newest backup, and writes nothing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers.cli_runner import cli_runner
from helpers.holder import held_elsewhere
from helpers.lost_register import lose, snapshot
from helpers.registers import TEST_PASSPHRASE

from tietosuoja_desktop.paths import backup_dir, database_path
from tietosuoja_desktop.storage import keystore
from tietosuoja_desktop.storage.lock import LOCK_NAME

COMMANDS = {
    "check": ("check",),
    "list": ("customers", "list"),
    "add": ("customers", "add", "--first-name", "Uusi", "--email", "uusi@example.fi"),
}


@pytest.fixture
def run(data_dir: Path, clock, capsys):
    """Text output in English unless a test asks otherwise."""
    return cli_runner(data_dir, clock, capsys, json_mode=False, lang="en")


@pytest.fixture
def kept(run, data_dir: Path) -> Path:
    """A register with a customer and one backup of it; returns the backup."""
    assert run("init", "--name", "Testi Tmi", "--business-id", "3354302-8")[0] == 0
    assert run("customers", "add", "--first-name", "Matti", "--email", "m@example.fi")[0] == 0
    assert run("backup", "create")[0] == 0
    (made,) = backup_dir(data_dir).glob("*.sqlite")
    return made


def expect_refused(run, data_dir: Path, command: str, backup: Path | None) -> str:
    before = snapshot(data_dir)
    status, out, err = run(*COMMANDS[command])
    assert status == 1, (out, err)
    text = out + err
    if backup is not None:
        assert backup.name in text
    assert "intact" not in text
    assert snapshot(data_dir) == before  # nothing written, no new file
    return text


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("how", ["missing", "empty", "garbage"])
def test_a_lost_register_stops_every_command(run, data_dir, kept, how, command):
    lose(data_dir, how)
    text = expect_refused(run, data_dir, command, kept)
    if how != "garbage" or keystore.marked_encrypted(data_dir):
        assert "no new, empty register" in text
    assert f"tietosuoja backup restore {kept}" in text


@pytest.mark.parametrize("command", list(COMMANDS))
def test_an_empty_register_without_backups_is_not_made_anew(run, data_dir, command):
    assert run("init", "--name", "Testi Tmi", "--business-id", "3354302-8")[0] == 0
    lose(data_dir, "empty")
    text = expect_refused(run, data_dir, command, None)
    assert "There is no backup to restore" in text
    assert database_path(data_dir).stat().st_size == 0


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("register_kind", ["encrypted"])
def test_a_plain_file_where_an_encrypted_register_is_recorded(run, data_dir, kept, command):
    lose(data_dir, "plain")
    text = expect_refused(run, data_dir, command, kept)
    assert "not encrypted" in text


@pytest.mark.parametrize("register_kind", ["plain"])
def test_an_encrypted_looking_file_where_a_plain_register_is_recorded(run, data_dir, kept):
    database_path(data_dir).write_bytes(os.urandom(8192))  # whole pages, no SQLite header
    for command in COMMANDS:
        assert "damaged" in expect_refused(run, data_dir, command, kept)


@pytest.mark.parametrize("register_kind", ["encrypted"])
def test_an_encrypted_register_lost_from_a_folder_without_backups(run, data_dir):
    """encryption.json alone shows there was a register."""
    assert run("init", "--name", "Testi Tmi", "--business-id", "3354302-8")[0] == 0
    lose(data_dir, "missing")
    for command in COMMANDS:
        expect_refused(run, data_dir, command, None)
    assert not database_path(data_dir).exists()


def test_check_says_so_in_json(run, data_dir, kept):
    lose(data_dir, "empty")
    status, out, _ = run("check", json_mode=True)
    result = out
    assert status == 1 and result["ok"] is False
    assert result["latest_good_backup"] == str(kept)
    assert "empty" in result["problems"][0]


def test_the_message_is_in_the_users_language(run, data_dir, kept):
    lose(data_dir, "missing")
    status, _, err = run("customers", "list", lang="fi")
    assert status == 1
    assert "puuttuu" in err and kept.name in err
    status, _, err = run("customers", "list", lang="sv")
    assert status == 1
    assert "saknas" in err and kept.name in err


@pytest.mark.parametrize("how", ["missing", "empty"])
def test_restoring_the_named_backup_brings_the_register_back(run, data_dir, kept, how):
    lose(data_dir, how)
    status, out, err = run("backup", "restore", str(kept), "--yes", json_mode=True)
    assert status == 0, err
    # Nothing is kept of a missing or empty file: an empty "pre-restore" copy would pass the
    # quick check and become the newest backup a later message names.
    assert out["kept_copy"] is None
    assert [p.name for p in backup_dir(data_dir).iterdir()] == [kept.name]
    status, out, _ = run("customers", "list", json_mode=True)
    assert status == 0
    assert [c["first_name"] for c in out] == ["Matti"]
    assert run("check")[0] == 0


@pytest.mark.parametrize("register_kind", ["encrypted"])
def test_restoring_a_lost_encrypted_register_with_its_passphrase(run, data_dir, kept, monkeypatch):
    """The key is not in the key store: the passphrase is checked against the backup."""
    keystore.forget(data_dir)
    lose(data_dir, "missing")
    monkeypatch.setenv("TIETOSUOJA_DB_PASSPHRASE", TEST_PASSPHRASE)
    status, _, err = run("backup", "restore", str(kept), "--yes")
    assert status == 0, err
    header = database_path(data_dir).read_bytes()[:16]
    assert header != b"SQLite format 3\x00"  # encrypted, as encryption.json says
    status, out, _ = run("customers", "list", json_mode=True)
    assert status == 0
    assert [c["first_name"] for c in out] == ["Matti"]


@pytest.mark.unmigrated  # a folder that never held a register
@pytest.mark.parametrize("register_kind", ["plain"])
def test_a_fresh_folder_still_gets_a_new_register(run, data_dir):
    assert not data_dir.exists()
    status, out, _ = run("customers", "list", json_mode=True)
    assert status == 0 and out == []
    assert database_path(data_dir).stat().st_size > 0


def test_check_refuses_while_another_process_holds_the_folder(run, data_dir, kept):
    with held_elsewhere(data_dir):
        (data_dir / LOCK_NAME).unlink()  # not even a deleted lock file lets it in
        status, _, err = run("check")
    assert status == 1
    assert "another program" in err
    assert run("check")[0] == 0


def test_a_register_open_on_another_computer_is_refused_in_the_users_language(run, data_dir, kept):
    # The lock file as a sync service brings it over while the register is open elsewhere.
    (data_dir / LOCK_NAME).write_text("4321\nTOIMISTO-PC\n")
    before = database_path(data_dir).read_bytes()
    status, _, err = run("customers", "list", lang="fi")
    assert status == 1
    assert "TOIMISTO-PC" in err and "varmuuskopio" in err
    assert database_path(data_dir).read_bytes() == before
    assert (data_dir / LOCK_NAME).read_text() == "4321\nTOIMISTO-PC\n"
