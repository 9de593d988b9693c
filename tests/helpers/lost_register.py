"""Losing a register file the ways seen in the field (deleted, emptied, overwritten, swapped for
a plain one), and a fingerprint of a data folder to show that nothing was written after."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from tietosuoja_desktop.paths import database_path
from tietosuoja_desktop.storage.lock import LOCK_NAME
from tietosuoja_desktop.storage.sqlite import sqlite

WAYS = ("missing", "empty", "garbage", "plain")


def lose(data_dir: Path, how: str) -> None:
    path = database_path(data_dir)
    if how == "missing":
        path.unlink()
    elif how == "empty":
        path.write_bytes(b"")
    elif how == "garbage":
        path.write_bytes(os.urandom(1000))
    elif how == "plain":  # a plain SQLite file in place of the register
        path.unlink()
        connection = sqlite().connect(str(path))
        connection.execute("CREATE TABLE t (x)")
        connection.commit()
        connection.close()
    else:
        raise ValueError(how)


def snapshot(folder: Path) -> dict[str, str]:
    """Every file in the folder (but the lock file and the logs) and a hash of its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != LOCK_NAME and "logs" not in p.relative_to(folder).parts
    }
