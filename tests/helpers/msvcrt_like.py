"""``msvcrt.locking``'s contract on Linux, so that the lock's Windows code (``WindowsLocking``)
runs in the tests here: it locks ``nbytes`` from the file's current position, ``LK_NBLCK``
raises OSError at once when the range is held by another handle (in this process or another
one), and ``LK_UNLCK`` of a range this handle has not locked raises OSError, as Windows'
UnlockFile does. Across processes it is a POSIX byte-range lock (``lockf``); within one process,
where POSIX would let the second handle in, the ranges this object has handed out decide."""

from __future__ import annotations

import fcntl
import os

LK_UNLCK = 0  # msvcrt's values
LK_NBLCK = 2


class ByteRangeLocking:
    def __init__(self) -> None:
        self.held: dict[tuple[int, int], int] = {}  # (start, length) -> the fd holding it

    def __call__(self, fd: int, mode: int, nbytes: int) -> None:
        start = os.lseek(fd, 0, os.SEEK_CUR)
        key = (start, nbytes)
        if mode == LK_NBLCK:
            if key in self.held:
                raise PermissionError(13, "Permission denied")  # Windows: EACCES
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, nbytes, start, os.SEEK_SET)
            self.held[key] = fd
        elif mode == LK_UNLCK:
            if self.held.get(key) != fd:
                raise PermissionError(13, f"bytes {start}-{start + nbytes} are not locked")
            fcntl.lockf(fd, fcntl.LOCK_UN, nbytes, start, os.SEEK_SET)
            del self.held[key]
        else:
            raise ValueError(mode)
