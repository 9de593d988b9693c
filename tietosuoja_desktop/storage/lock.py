"""One process at a time per data folder: a second one gets a clear refusal instead of
two writers racing over the same file.

The lock must hold even when someone deletes ``tietosuoja.lock`` while the folder is in use: a
second process would then create a new lock file and lock that one. So on Linux and macOS the
data folder itself is locked too (``flock`` on the folder opened read-only), which no deletion
inside it can undo; the lock file is locked as well, for older versions of the app that only
look there. On Windows the open lock file cannot be deleted while it is held, so the lock on
it is enough."""

from __future__ import annotations

import os
import time
from pathlib import Path

LOCK_NAME = "tietosuoja.lock"
RETRY_SECONDS = 0.05


class DataFolderInUse(RuntimeError):
    """Another process holds the data folder."""

    def __init__(self, folder: Path) -> None:
        super().__init__(f"the data folder {folder} is in use by another process")
        self.folder = folder


class FolderLock:
    """An operating-system lock on the data folder (and ``folder/tietosuoja.lock``), released
    when the process ends even if it crashes (the OS drops the lock with the handle)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / LOCK_NAME
        self._handle = None
        self._folder_handle: int | None = None

    def acquire(self, wait: float = 0.0) -> None:
        """Take the lock, trying again for up to ``wait`` seconds while another process holds
        it (one finishing its backup on closing lets go within seconds)."""
        deadline = time.monotonic() + wait
        handle = open(self.path, "a+b")  # noqa: SIM115 - held open for the lock's lifetime
        while True:
            try:
                self._folder_handle = _lock(self.folder, handle)
                break
            except OSError:
                if time.monotonic() >= deadline:
                    handle.close()
                    raise DataFolderInUse(self.folder) from None
                time.sleep(RETRY_SECONDS)
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()).encode())
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            try:
                _unlock(self._handle)
            finally:
                self._handle.close()
                self._handle = None
                if self._folder_handle is not None:
                    os.close(self._folder_handle)  # closing drops the folder's lock
                    self._folder_handle = None

    def __enter__(self) -> FolderLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


if os.name == "nt":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _lock(folder: Path, handle) -> int | None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        return None

    def _unlock(handle) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(folder: Path, handle) -> int | None:
        """Lock the folder, then the lock file; the folder's handle, to close on release."""
        folder_handle = os.open(folder, os.O_RDONLY)
        try:
            fcntl.flock(folder_handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(folder_handle)
            raise
        return folder_handle

    def _unlock(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
