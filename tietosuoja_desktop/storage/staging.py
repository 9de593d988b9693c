"""Where a restore prepares its copy, and how that place goes away on every outcome.

A backup being restored is copied into a private folder ``.restore-<random>`` inside the data
folder (the same file system, so the finished copy can take the register's name with one
atomic rename). Until the erasures made since the backup are applied again, that copy holds
people who were erased: whatever happens, the folder is overwritten and removed. On success
and on an error :func:`staged` removes it; a killed process (power cut, SIGKILL) cannot, so
the next start removes every leftover (:func:`remove_leftovers`, called by ``Database.open``
once it holds the folder lock, before anything reads the register), and says so in the log.

Partial backup copies (``backups/.<name>.part``, a copy interrupted by a kill) are removed at
the same time: they are copies of the register too."""

from __future__ import annotations

import contextlib
import logging
import secrets
from collections.abc import Iterator
from pathlib import Path

from ..paths import backup_dir
from .encryption import remove_securely

log = logging.getLogger(__name__)

PREFIX = ".restore-"
PARTIAL_BACKUP = ".*.part*"  # online_copy's temporary name, with its journal/WAL/shm


def new_staging(data_dir: Path) -> Path:
    """A new, empty staging folder that only this user can read."""
    folder = data_dir / f"{PREFIX}{secrets.token_hex(16)}"
    folder.mkdir(mode=0o700, parents=False)
    return folder


def remove_staging(folder: Path) -> None:
    """Overwrite every file in ``folder`` (WAL, shared-memory and journal files included,
    whatever their names) with zeros, delete it, and remove the folder."""
    for path in sorted(folder.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        if path.is_dir() and not path.is_symlink():
            with contextlib.suppress(OSError):
                path.rmdir()
        else:
            _remove_file(path)
    with contextlib.suppress(FileNotFoundError):
        folder.rmdir()


def _remove_file(path: Path) -> None:
    try:
        if path.is_symlink():
            path.unlink()
        else:
            remove_securely(path)
    except FileNotFoundError:
        pass  # a WAL or shm file already removed with its database


@contextlib.contextmanager
def staged(data_dir: Path) -> Iterator[Path]:
    """A staging folder for the block; removed (overwritten first) however the block ends."""
    folder = new_staging(data_dir)
    try:
        yield folder
    finally:
        remove_staging(folder)


def leftovers(data_dir: Path) -> list[Path]:
    """Staging folders and partial backup copies that a killed process left behind."""
    if not data_dir.is_dir():
        return []
    found = [p for p in data_dir.glob(f"{PREFIX}*") if p.is_dir() and not p.is_symlink()]
    folder = backup_dir(data_dir)
    if folder.is_dir():
        found += [p for p in folder.glob(PARTIAL_BACKUP) if p.is_file()]
    return sorted(found)


def remove_leftovers(data_dir: Path) -> int:
    """Remove (overwriting first) what an interrupted restore or backup left in ``data_dir``.
    Only for the holder of the folder lock: a running restore's folder is not a leftover.
    Returns how many were removed; the log says so, naming no file's content."""
    found = leftovers(data_dir)
    for path in found:
        if path.is_dir():
            remove_staging(path)
        else:
            _remove_file(path)
    if found:
        staging = sum(1 for p in found if p.name.startswith(PREFIX))
        log.warning(
            "removed what an interrupted restore or backup left in the data folder: "
            "%d staging folder(s), %d partial backup file(s)",
            staging,
            len(found) - staging,
        )
    return len(found)
