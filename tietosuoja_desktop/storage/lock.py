"""One process at a time per data folder: a second one gets a clear refusal instead of
two writers racing over the same file.

The lock must hold even when someone deletes ``tietosuoja.lock`` while the folder is in use: a
second process would then create a new lock file and lock that one. So on Linux and macOS the
data folder itself is locked too (``flock`` on the folder opened read-only), which no deletion
inside it can undo; the lock file is locked as well, for older versions of the app that only
look there. On Windows the open lock file cannot be deleted while it is held, so the lock on
it (``msvcrt.locking`` on its first byte) is enough. Which of the two is used is chosen once,
by :func:`platform_locking`; both have the same two methods, so the Windows one runs in the
tests here too, on a byte-range primitive with ``msvcrt.locking``'s contract.

An operating-system lock binds only the computer that holds it. A data folder that a cloud
service synchronises (or a network share) can be open on two computers at once, each holding
its own lock. So the lock file names the computer and the process holding it, and is emptied
when the register closes: a lock file that names another computer means the register is open
there (or the app did not close there), and it is refused with :class:`OpenOnAnotherComputer`;
working on two computers goes through a backup carried over and restored."""

from __future__ import annotations

import os
import socket
import time
from pathlib import Path
from typing import Protocol

from ..domain.i18n import QT_TRANSLATE_NOOP, Message

LOCK_NAME = "tietosuoja.lock"
RETRY_SECONDS = 0.05


class DataFolderInUse(RuntimeError):
    """Another process holds the data folder."""

    def __init__(self, folder: Path) -> None:
        super().__init__(f"the data folder {folder} is in use by another process")
        self.folder = folder


class OpenOnAnotherComputer(DataFolderInUse):
    """The lock file names another computer: the register is open there, through a synchronised
    or shared folder, or the app did not close there."""

    def __init__(self, folder: Path, host: str) -> None:
        super().__init__(folder)
        self.host = host
        self.args = (f"the data folder {folder} is open on the computer {host}",)

    @property
    def message(self) -> Message:
        return Message(
            "Lock",
            QT_TRANSLATE_NOOP(
                "Lock",
                "The register in %1 is open on the computer %2, or Tietosuoja Desktop did not "
                "close there. A register must not be used from two computers at once through a "
                "synchronised or shared folder: it can be corrupted. Close it on %2, make a "
                "backup there and restore it on this computer. If it is not open on %2 any "
                "more, delete the file %3 and start again.",
            ),
            (str(self.folder), self.host, str(self.folder / LOCK_NAME)),
        )


class Locking(Protocol):
    """An operating system's way of locking: ``lock`` raises OSError when the folder is held
    and returns a handle to close on release (or None); ``unlock`` drops the lock file's lock."""

    def lock(self, folder: Path, handle) -> int | None: ...

    def unlock(self, handle) -> None: ...


class WindowsLocking:
    """``msvcrt.locking`` on the lock file's first byte. It locks from the file's current
    position, so both calls seek to 0 first (writing the holder moves the position)."""

    def __init__(self, locking, lock_mode: int, unlock_mode: int) -> None:
        self._locking = locking
        self._lock_mode = lock_mode
        self._unlock_mode = unlock_mode

    def lock(self, folder: Path, handle) -> int | None:
        handle.seek(0)
        self._locking(handle.fileno(), self._lock_mode, 1)
        return None

    def unlock(self, handle) -> None:
        handle.seek(0)
        self._locking(handle.fileno(), self._unlock_mode, 1)


class PosixLocking:
    """``flock`` on the folder, then on the lock file."""

    def __init__(self) -> None:
        import fcntl  # not on Windows: chosen only by platform_locking

        self._fcntl = fcntl

    def lock(self, folder: Path, handle) -> int | None:
        folder_handle = os.open(folder, os.O_RDONLY)
        try:
            self._fcntl.flock(folder_handle, self._fcntl.LOCK_EX | self._fcntl.LOCK_NB)
            self._fcntl.flock(handle.fileno(), self._fcntl.LOCK_EX | self._fcntl.LOCK_NB)
        except OSError:
            os.close(folder_handle)
            raise
        return folder_handle

    def unlock(self, handle) -> None:
        self._fcntl.flock(handle.fileno(), self._fcntl.LOCK_UN)


def platform_locking(os_name: str = os.name) -> Locking:
    """The locking for ``os_name`` (``os.name``: ``"nt"`` on Windows)."""
    if os_name == "nt":
        import msvcrt  # only on Windows

        return WindowsLocking(msvcrt.locking, msvcrt.LK_NBLCK, msvcrt.LK_UNLCK)
    return PosixLocking()


def holder_text(host: str, pid: int) -> str:
    """What the lock file says while it is held: the process on its first line, the computer
    on its second."""
    return f"{pid}\n{host}"


def holding_host(text: str) -> str | None:
    """The computer a lock file names, or None when it is empty or from an older version."""
    lines = text.splitlines()
    return lines[1].strip() or None if len(lines) > 1 else None


class FolderLock:
    """An operating-system lock on the data folder (and ``folder/tietosuoja.lock``), released
    when the process ends even if it crashes (the OS drops the lock with the handle)."""

    def __init__(
        self, folder: Path, *, locking: Locking | None = None, host: str | None = None
    ) -> None:
        self.folder = folder
        self.path = folder / LOCK_NAME
        self.host = host or socket.gethostname()
        self._locking = locking or platform_locking()
        self._handle = None
        self._folder_handle: int | None = None

    def acquire(self, wait: float = 0.0) -> None:
        """Take the lock, trying again for up to ``wait`` seconds while another process holds
        it (one finishing its backup on closing lets go within seconds)."""
        deadline = time.monotonic() + wait
        handle = open(self.path, "a+b")  # noqa: SIM115 - held open for the lock's lifetime
        while True:
            try:
                self._folder_handle = self._locking.lock(self.folder, handle)
                break
            except OSError:
                if time.monotonic() >= deadline:
                    handle.close()
                    raise DataFolderInUse(self.folder) from None
                time.sleep(RETRY_SECONDS)
        self._handle = handle
        handle.seek(0)
        other = holding_host(handle.read().decode("utf-8", "replace"))
        if other is not None and other.casefold() != self.host.casefold():
            self.release(clear=False)
            raise OpenOnAnotherComputer(self.folder, other)
        self._write(holder_text(self.host, os.getpid()))

    def release(self, *, clear: bool = True) -> None:
        """Drop the lock; ``clear`` empties the lock file first, saying nobody holds it."""
        if self._handle is not None:
            try:
                if clear:
                    self._write("")
                self._locking.unlock(self._handle)
            finally:
                self._handle.close()
                self._handle = None
                if self._folder_handle is not None:
                    os.close(self._folder_handle)  # closing drops the folder's lock
                    self._folder_handle = None

    def _write(self, text: str) -> None:
        self._handle.seek(0)
        self._handle.truncate()
        self._handle.write(text.encode("utf-8"))
        self._handle.flush()

    def __enter__(self) -> FolderLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
