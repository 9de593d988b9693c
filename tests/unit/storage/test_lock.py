"""The folder lock holds against a deleted lock file: the folder itself is locked."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.holder import held_elsewhere

from tietosuoja_desktop.services import open_services
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
