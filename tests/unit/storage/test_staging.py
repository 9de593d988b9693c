"""A restore's staging folder: private, removed (overwritten first) on every outcome, and what a
killed process left removed by the next start (the kills themselves:
tests/cli/test_restore_kills.py)."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from tietosuoja_desktop.paths import backup_dir
from tietosuoja_desktop.services import open_services
from tietosuoja_desktop.storage import staging

SECRET = b"Vahakangas 150385-401Y"


def leave_copy(folder: Path, outside: Path) -> list[Path]:
    """A staged copy with its side files, each hard-linked from ``outside`` so that what
    happens to the bytes stays visible after the names are gone."""
    links = []
    for name in ("tietosuoja.sqlite", "tietosuoja.sqlite-wal", "tietosuoja.sqlite-journal"):
        (folder / name).write_bytes(SECRET * 100)
        link = outside / f"{folder.name}-{name}"
        os.link(folder / name, link)
        links.append(link)
    return links


def test_the_staging_folder_is_private_and_goes_on_success_and_on_error(tmp_path):
    with staging.staged(tmp_path) as folder:
        assert folder.name.startswith(staging.PREFIX)
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        (folder / "tietosuoja.sqlite").write_bytes(SECRET)
    assert not folder.exists()
    with pytest.raises(RuntimeError), staging.staged(tmp_path) as folder:
        (folder / "tietosuoja.sqlite").write_bytes(SECRET)
        raise RuntimeError("the restore failed")
    assert not folder.exists()
    assert list(tmp_path.iterdir()) == []


def test_the_next_start_overwrites_and_removes_what_a_killed_restore_left(tmp_path, clock, caplog):
    data_dir, outside = tmp_path / "data", tmp_path / "links"
    outside.mkdir()
    open_services(data_dir, clock).close()
    left = data_dir / ".restore-0123abcd"
    left.mkdir()
    links = leave_copy(left, outside)
    backup_dir(data_dir).mkdir()
    partial = backup_dir(data_dir) / ".pre-restore-20261122-120000.sqlite.part"
    partial.write_bytes(SECRET)
    kept = backup_dir(data_dir) / "backup-20261122-120000.sqlite"
    kept.write_bytes(SECRET)  # a real backup is not a leftover

    with caplog.at_level(logging.WARNING, logger="tietosuoja_desktop"):
        open_services(data_dir, clock).close()

    assert not left.exists() and not partial.exists() and kept.exists()
    for link in links:  # the bytes themselves were overwritten, not only the names removed
        assert set(link.read_bytes()) == {0}
    assert "1 staging folder(s), 1 partial backup file(s)" in caplog.text
    assert "Vahakangas" not in caplog.text and "0123abcd" not in caplog.text


def test_a_clean_start_removes_nothing_and_says_nothing(tmp_path, clock, caplog):
    data_dir = tmp_path / "data"
    open_services(data_dir, clock).close()
    caplog.clear()  # the migrations' own lines
    with caplog.at_level(logging.WARNING, logger="tietosuoja_desktop"):
        assert staging.remove_leftovers(data_dir) == 0
        assert staging.remove_leftovers(tmp_path / "missing") == 0
    assert caplog.text == ""
