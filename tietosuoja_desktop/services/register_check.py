"""``tietosuoja check``: the closed register file, checked under the folder lock like every
other use of the folder, for being there (``storage/presence.py``) and whole."""

from __future__ import annotations

from pathlib import Path

from ..paths import database_path
from ..storage import encryption, keystore, migrate, presence, search_grams
from ..storage.encryption import RegisterKey
from ..storage.lock import FolderLock
from ..storage.migrate import RegisterTooNew
from ..storage.presence import RegisterMissing
from .backups import check_register

__all__ = ["RegisterMissing", "RegisterTooNew", "check_closed", "rebuild_search_counts"]


def check_closed(
    data_dir: Path, *, full: bool = False, key: RegisterKey | None = None
) -> tuple[list[str], Path | None]:
    """The problems ``check_register`` finds and the latest good backup. Raises
    :class:`~..storage.lock.DataFolderInUse` while another process has the folder open and
    :class:`RegisterMissing` when the register file is not what the folder expects, and
    :class:`RegisterTooNew` for a whole register a newer version migrated
    (this version cannot tell whether it is as that version expects)."""
    if not data_dir.is_dir():  # no folder: nothing to lock, and no register expected
        return check_register(data_dir, full=full, key=key)
    with FolderLock(data_dir):
        keystore.settle_conversion(data_dir)  # a conversion killed after its swap
        presence.ensure_present(data_dir, key)
        problems, latest = check_register(data_dir, full=full, key=key)
        if not problems:
            migrate.refuse_unknown(data_dir, _revision(data_dir, key))
        return problems, latest


def _revision(data_dir: Path, key: RegisterKey | None) -> str | None:
    # Read-write like the check's own connections: a read-only one would leave the WAL's
    # side files behind.
    connection = encryption.connect(database_path(data_dir), key)
    try:
        return migrate.revision_of(connection)
    finally:
        connection.close()


def rebuild_search_counts(data_dir: Path, key: RegisterKey | None = None) -> bool:
    """Whether the counts a short search shows (storage/search_grams.py) had drifted from the
    customers' search lines; if so they are rebuilt, in one transaction. For a register that
    passed its check: a recount reads every line (about 16 µs each)."""
    if not database_path(data_dir).is_file():  # nothing to count (and nothing to create)
        return False
    with FolderLock(data_dir):
        connection = encryption.connect(database_path(data_dir), key)
        try:
            with connection:  # commits, or rolls back on an error
                return search_grams.rebuild_if_drifted(connection)
        finally:
            connection.close()
