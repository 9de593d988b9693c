"""The data folder's lock: it holds against a deleted lock file (the folder itself is locked);
the Windows code path (``msvcrt.locking`` on the lock file's first
byte) run here on a primitive with the same contract (``helpers.msvcrt_like``), the choice of
path by operating system, and the refusal of a register that the lock file says is open on
another computer (a synchronised or shared folder)."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import pytest
from helpers.holder import held_by, held_elsewhere
from helpers.msvcrt_like import LK_NBLCK, LK_UNLCK, ByteRangeLocking
from helpers.registers import key_of
from helpers.sample import person

from tietosuoja_desktop.paths import backup_dir
from tietosuoja_desktop.services import open_services
from tietosuoja_desktop.storage import backup, integrity
from tietosuoja_desktop.storage.db import Database
from tietosuoja_desktop.storage.lock import (
    LOCK_NAME,
    DataFolderInUse,
    FolderLock,
    OpenOnAnotherComputer,
    PosixLocking,
    WindowsLocking,
    platform_locking,
)


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
        other = tmp_path / "toinen"
        other.mkdir()
        (other / LOCK_NAME).write_text("4321\nTOIMISTO-PC")
        before = len(os.listdir("/dev/fd"))
        for _ in range(20):
            with pytest.raises(OpenOnAnotherComputer):
                FolderLock(other).acquire()
        assert len(os.listdir("/dev/fd")) == before
    finally:
        holder.release()
    again = FolderLock(tmp_path)
    again.acquire()
    again.release()


def windows(primitive: ByteRangeLocking | None = None) -> WindowsLocking:
    return WindowsLocking(primitive or ByteRangeLocking(), LK_NBLCK, LK_UNLCK)


def test_the_operating_system_chooses_the_locking():
    assert isinstance(platform_locking("posix"), PosixLocking)
    assert isinstance(FolderLock(Path("."))._locking, PosixLocking)  # this machine is Linux
    with pytest.raises(ModuleNotFoundError, match="msvcrt"):  # Windows' path wants msvcrt
        platform_locking("nt")


def test_the_windows_lock_refuses_a_second_holder_until_the_first_lets_go(tmp_path):
    (tmp_path / LOCK_NAME).write_text("4321")  # an older version's lock file: not at byte 0
    primitive = ByteRangeLocking()
    first = FolderLock(tmp_path, locking=windows(primitive))
    second = FolderLock(tmp_path, locking=windows(primitive))
    first.acquire()
    assert list(primitive.held) == [(0, 1)]
    with pytest.raises(DataFolderInUse):
        second.acquire()
    first.release()
    assert primitive.held == {}
    with second:
        assert list(primitive.held) == [(0, 1)]
    assert (tmp_path / LOCK_NAME).read_text() == ""


HOLD_WITH_WINDOWS_LOCKING = """
    import sys
    from pathlib import Path
    sys.path.insert(0, "tests")
    from helpers.msvcrt_like import LK_NBLCK, LK_UNLCK, ByteRangeLocking
    from tietosuoja_desktop.storage.lock import FolderLock, WindowsLocking
    locking = WindowsLocking(ByteRangeLocking(), LK_NBLCK, LK_UNLCK)
    with FolderLock(Path(sys.argv[1]), locking=locking):
        print("ready", flush=True)
        sys.stdin.readline()
"""


def test_the_windows_lock_holds_against_another_process(tmp_path):
    with held_by(HOLD_WITH_WINDOWS_LOCKING, tmp_path), pytest.raises(DataFolderInUse):
        FolderLock(tmp_path, locking=windows()).acquire()
    with FolderLock(tmp_path, locking=windows()):
        pass


def synced_copy(source: Path, target: Path) -> None:
    """What a sync service does with the lock file: the other computer gets a copy."""
    target.mkdir(exist_ok=True)
    shutil.copyfile(source / LOCK_NAME, target / LOCK_NAME)


@pytest.mark.parametrize("kind", ["posix", "windows"])
def test_a_register_open_on_another_computer_is_refused_there(tmp_path, kind):
    locking = (lambda: windows()) if kind == "windows" else PosixLocking
    office, home = tmp_path / "toimisto", tmp_path / "koti"
    office.mkdir()
    with FolderLock(office, host="TOIMISTO-PC", locking=locking()):
        synced_copy(office, home)
    synced_copy_while_open = (home / LOCK_NAME).read_text()
    assert synced_copy_while_open.splitlines()[1] == "TOIMISTO-PC"

    with pytest.raises(OpenOnAnotherComputer) as refused:
        FolderLock(home, host="kotikone", locking=locking()).acquire()
    assert refused.value.host == "TOIMISTO-PC"
    assert (home / LOCK_NAME).read_text() == synced_copy_while_open  # left as it was
    text = refused.value.message.render()
    assert "TOIMISTO-PC" in text and str(home / LOCK_NAME) in text and "backup" in text
    with FolderLock(home, host="toimisto-pc", locking=locking()):  # the same computer, any case
        pass


def test_a_register_closed_on_the_other_computer_opens_here(tmp_path):
    office, home = tmp_path / "toimisto", tmp_path / "koti"
    office.mkdir()
    with FolderLock(office, host="TOIMISTO-PC"):
        pass
    synced_copy(office, home)
    assert (home / LOCK_NAME).read_text() == ""  # closing empties it
    with FolderLock(home, host="kotikone"):
        assert (home / LOCK_NAME).read_text().splitlines()[1] == "kotikone"


@pytest.mark.parametrize("left_behind", ["", "4321", "4321\n", "4321\nkotikone\n"])
def test_a_lock_file_from_this_computer_or_an_older_version_does_not_refuse(tmp_path, left_behind):
    (tmp_path / LOCK_NAME).write_text(left_behind)  # e.g. after a crash here
    with FolderLock(tmp_path, host="KOTIKONE"):
        pass


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
