"""The folder lock holds against a deleted lock file: the folder itself is locked."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from helpers.holder import held_elsewhere
from helpers.registers import key_of
from helpers.sample import person

from tietosuoja_desktop.paths import backup_dir
from tietosuoja_desktop.services import open_services
from tietosuoja_desktop.storage import backup, integrity
from tietosuoja_desktop.storage.db import Database
from tietosuoja_desktop.storage.lock import LOCK_NAME, DataFolderInUse, FolderLock


def test_deleting_the_lock_file_does_not_let_a_second_writer_in(data_dir: Path, clock):
    with held_elsewhere(data_dir):
        (data_dir / LOCK_NAME).unlink()
        with pytest.raises(DataFolderInUse):
            open_services(data_dir, clock)
        with pytest.raises(DataFolderInUse):
            FolderLock(data_dir).acquire()
    # Free again once the holder is gone, with a new lock file.
    Database.open(data_dir).close()
    assert (data_dir / LOCK_NAME).exists()


def test_a_refused_lock_leaves_no_handle_open(tmp_path: Path):
    import os

    holder = FolderLock(tmp_path)
    holder.acquire()
    try:
        before = len(os.listdir("/dev/fd"))  # this process's open handles (Linux, macOS)
        for _ in range(20):
            with pytest.raises(DataFolderInUse):
                FolderLock(tmp_path).acquire()
        assert len(os.listdir("/dev/fd")) == before
    finally:
        holder.release()
    again = FolderLock(tmp_path)
    again.acquire()
    again.release()


def test_a_start_waits_for_a_quitting_process_s_backup_instead_of_being_refused(
    data_dir: Path, clock
):
    """Issue 18: a quitting process makes its backup on closing after its windows are gone,
    holding the folder; a start meanwhile (the mark in the backup folder tells why the folder
    is held) waits, then opens the register with the copy whole and the mark gone."""
    quitting = open_services(data_dir, clock)
    quitting.customers.add(person(first_name="Aino"))
    quitting.backups.mark_exit()  # the quit's first step; then the windows go, then the copy
    opened: list[Database] = []
    second = threading.Thread(target=lambda: opened.append(Database.open(data_dir)))
    second.start()
    time.sleep(0.3)
    assert opened == [] and second.is_alive()  # waiting, not refused
    made = quitting.backups.finish_exit()
    quitting.close()
    second.join(timeout=20)
    [database] = opened
    database.close()
    folder = backup_dir(data_dir)
    assert list(folder.glob("exit-*.sqlite")) == [made] and not backup.exit_due(folder)
    assert integrity.quick_check(made, key_of(data_dir)) == []


def test_a_start_is_refused_at_once_while_a_session_is_open(data_dir: Path, clock):
    with open_services(data_dir, clock):
        started = time.monotonic()
        with pytest.raises(DataFolderInUse):
            Database.open(data_dir)
        assert time.monotonic() - started < 1  # no mark: nothing to wait for
