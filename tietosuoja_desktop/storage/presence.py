"""Is the register file there, and of the kind the folder records? Opening a data folder never
replaces a lost register with a new empty one.

A register is expected in a data folder when the folder shows one was kept there: the register
file exists (even empty), ``encryption.json`` records it as encrypted, or the folder holds
backups. Where one is expected, a missing or empty file, a plain file where an encrypted one is
recorded, or a file that cannot be an encrypted register stops the app and the command line
with :class:`RegisterMissing`, which names the newest backup to restore. Otherwise (a folder
that never held a register) opening makes a new one: the first-run wizard, ``init``, ``--demo``.
An encrypted file where a plain one is recorded, or a plain file with garbage for its header,
is the start-up check's to report (:class:`~.integrity.RegisterDamaged`)."""

from __future__ import annotations

from pathlib import Path

from ..domain.i18n import QT_TRANSLATE_NOOP, Message
from ..paths import backup_dir, database_path
from . import keystore
from .encryption import HEADER, RegisterKey
from .integrity import RegisterDamaged, latest_good_backup

# The reasons, in the user's language where they are shown (context "Register").
MISSING = QT_TRANSLATE_NOOP("Register", "The register file %1 is missing.")
EMPTY = QT_TRANSLATE_NOOP("Register", "The register file %1 is empty (0 bytes).")
NOT_ENCRYPTED = QT_TRANSLATE_NOOP(
    "Register",
    "The register file %1 is not encrypted, although this folder records it as encrypted.",
)
NOT_SQLCIPHER = QT_TRANSLATE_NOOP(
    "Register",
    "The register file %1 is not an encrypted register, although this folder records it as "
    "encrypted.",
)
NOTHING_MADE = QT_TRANSLATE_NOOP(
    "Register", "Nothing was changed, and no new, empty register was made in its place."
)

# SQLite's (and SQLCipher's) pages are at least 512 bytes, and a database file is whole pages.
SMALLEST_PAGE = 512


class RegisterMissing(RegisterDamaged):
    """Where the folder shows a register was kept, its file is missing, empty or not what
    ``encryption.json`` records. ``reason`` is one of this module's reasons; ``latest_backup``
    the newest backup to restore (checked when it can be: a plain one, or an encrypted one
    with the key from the key store)."""

    def __init__(
        self, path: Path, reason: str, latest_backup: Path | None, *, encrypted: bool = False
    ) -> None:
        super().__init__(path, [reason.replace("%1", Path(path).name)], latest_backup)
        self.reason = reason
        self.encrypted = encrypted  # what the folder records the register as

    def explanation(self) -> list[Message]:
        """What happened, for a message in the user's language (the way out is the caller's:
        a button, or a command)."""
        return [
            Message("Register", self.reason, (str(self.path),)),
            Message("Register", NOTHING_MADE),
        ]


def backups(data_dir: Path) -> list[Path]:
    """The register's backup files, newest first."""
    folder = backup_dir(data_dir)
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob("*.sqlite") if not p.name.startswith(".")]
    return sorted(found, key=lambda p: p.stat().st_mtime_ns, reverse=True)


def register_expected(data_dir: Path) -> bool:
    """Whether ``data_dir`` shows that a register was kept there."""
    return (
        database_path(data_dir).exists()
        or keystore.marked_encrypted(data_dir)
        or bool(backups(data_dir))
    )


def problem(data_dir: Path) -> str | None:
    """What is wrong with the register file where one is expected; None when nothing is (or
    the folder never held a register)."""
    path = database_path(data_dir)
    encrypted = keystore.marked_encrypted(data_dir)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return MISSING if register_expected(data_dir) else None
    if size == 0:
        return EMPTY
    if not encrypted:
        return None
    with open(path, "rb") as handle:
        start = handle.read(len(HEADER))
    if start == HEADER:
        return NOT_ENCRYPTED
    if size % SMALLEST_PAGE:
        return NOT_SQLCIPHER
    return None


def newest_backup(data_dir: Path, key: RegisterKey | None) -> Path | None:
    """The backup to offer: the newest that passes the quick check; for an encrypted register
    whose key is not at hand, the newest encrypted-looking one (it cannot be checked)."""
    good = latest_good_backup(backup_dir(data_dir), key)
    if good is not None or key is not None or not keystore.marked_encrypted(data_dir):
        return good
    for candidate in backups(data_dir):
        with open(candidate, "rb") as handle:
            start = handle.read(len(HEADER))
        if start and start != HEADER:
            return candidate
    return None


def ensure_present(data_dir: Path, key: RegisterKey | None = None) -> None:
    """Raise :class:`RegisterMissing` when the register file is not what the folder expects.
    ``key`` (or else the key in the key store) checks the backups of an encrypted register and
    goes with the error, for the restore."""
    reason = problem(data_dir)
    if reason is None:
        return
    encrypted = keystore.marked_encrypted(data_dir)
    if key is None and encrypted:
        key = keystore.remembered_key(data_dir)
    newest = newest_backup(data_dir, key)
    error = RegisterMissing(database_path(data_dir), reason, newest, encrypted=encrypted)
    error.key = key
    raise error
