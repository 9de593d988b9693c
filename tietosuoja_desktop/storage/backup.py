"""Backups of the register file and putting one back.

A backup is made with SQLite's online backup API in one step, so it is a consistent snapshot
even while the app keeps writing (WAL: readers and the writer do not block each other). It is
written beside its final name, synced to disk and then renamed, so a half-written backup never
looks like a finished one. Automatic backups (on exit, before a migration, before a restore)
are rotated, keeping the newest N of each kind; backups made on request are left alone.

The backup "on closing" keeps no one waiting (copying a register of a million customers took
a second or more): quitting leaves a mark in the backup folder (:func:`mark_exit_due`,
``.exit-backup-due``), closes every window, then makes the copy before the process ends and
removes the mark. A process killed while copying leaves the mark (and a partial copy, which the
next opening removes, staging.py): the next start makes the copy in the background, from the
register as it was closed, before removing the mark. Such a backup is marked unchecked by a
file beside it (``.unchecked``), and :func:`check_pending` checks it, also when the backups are
listed. A copy that fails its check keeps a ``.failed-check`` file beside it, so that the list
shows it as damaged.

Putting a backup back (``replace_register``) swaps files atomically after the old file's WAL
and shared-memory files are gone, so a stale WAL can never be replayed into the new file."""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from . import encryption, integrity, migrate
from .encryption import EncryptionError, RegisterKey

SUFFIX = ".sqlite"
DEFAULT_KEEP = 10
KEEP_SETTING = "backup_keep_last"
MANUAL, ON_EXIT, PRE_MIGRATION, PRE_RESTORE = "backup", "exit", "pre-migration", "pre-restore"
AUTOMATIC = (ON_EXIT, PRE_MIGRATION, PRE_RESTORE)
UNCHECKED, FAILED = ".unchecked", ".failed-check"  # beside a backup: its check's state
EXIT_DUE = ".exit-backup-due"  # in the backup folder: the backup on closing is to be made
CHECK_OK, CHECK_PENDING, CHECK_FAILED = "ok", "pending", "failed"
_NAME = re.compile(
    r"(?P<kind>backup|exit|pre-restore|pre-migration(?:-[0-9a-z]+)?)-"
    r"(?P<stamp>\d{8}-\d{6})(?:-\d+)?\.sqlite"
)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str  # backup (made on request), exit, pre-migration, pre-restore or "" (other)
    taken_at: datetime
    size: int
    revision: str | None  # the schema revision inside; None when it cannot be read
    encrypted: bool = False
    check: str = CHECK_OK  # ok (checked, or never marked), pending or failed (see module text)


@dataclass(frozen=True)
class BackupCheck:
    """What a backup file is like before it is put back."""

    problems: list[str]  # from PRAGMA integrity_check; [] when whole
    revision: str | None
    known_revision: bool  # a revision this version of the app knows (not from a newer one)

    @property
    def usable(self) -> bool:
        return not self.problems and self.revision is not None and self.known_revision


def _sync_folder(folder: Path) -> None:
    if os.name == "nt":  # pragma: no cover - Windows cannot open folders; NTFS journals renames
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _sync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def side_files(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def online_copy(source: Path, target: Path, key: RegisterKey | None = None) -> Path:
    """Copy the database at ``source`` to ``target`` with the online backup API, in one step
    (a consistent snapshot); the copy is a single self-contained file (rollback journal, not
    WAL), synced to disk before it takes its name. The copy of an encrypted file is encrypted
    with the same ``key`` (and salt): it opens with the same passphrase."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.part")
    for leftover in (temporary, *side_files(temporary)):
        leftover.unlink(missing_ok=True)
    try:
        source_connection = encryption.connect(source, key)
        copy_key = key if encryption.is_encrypted(source) else None
        try:
            destination = encryption.connect(temporary, copy_key)
            try:
                source_connection.backup(destination)
                destination.execute("PRAGMA journal_mode=DELETE")
            finally:
                destination.close()
        finally:
            source_connection.close()
        _sync_file(temporary)
        os.replace(temporary, target)
        _sync_folder(target.parent)
    except BaseException:
        for leftover in (temporary, *side_files(temporary)):
            leftover.unlink(missing_ok=True)
        raise
    return target


def backup_name(kind: str, at: datetime, folder: Path) -> Path:
    stamp = at.strftime("%Y%m%d-%H%M%S")
    path = folder / f"{kind}-{stamp}{SUFFIX}"
    count = 1
    while path.exists():
        count += 1
        path = folder / f"{kind}-{stamp}-{count}{SUFFIX}"
    return path


def create_backup(
    database: Path,
    folder: Path,
    kind: str = MANUAL,
    at: datetime | None = None,
    key: RegisterKey | None = None,
):
    """A new backup of ``database`` in ``folder``, named by kind and time."""
    folder.mkdir(parents=True, exist_ok=True)
    return online_copy(database, backup_name(kind, at or datetime.now(), folder), key)


def read_revision(path: Path, key: RegisterKey | None = None) -> str | None:
    """The schema revision in the file; None when it cannot be read (or ``key`` does not open
    an encrypted one)."""
    errors = encryption.database_errors()
    try:
        connection = encryption.connect(path, key, read_only=True)
    except (EncryptionError, *errors):
        return None
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except errors:
        return None
    finally:
        connection.close()
    return row[0] if row else None


def describe(path: Path, key: RegisterKey | None = None) -> BackupInfo:
    match = _NAME.fullmatch(path.name)
    stat = path.stat()
    if match:
        kind = PRE_MIGRATION if match["kind"].startswith(PRE_MIGRATION) else match["kind"]
        taken_at = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
    else:
        kind, taken_at = "", datetime.fromtimestamp(stat.st_mtime)
    encrypted = encryption.is_encrypted(path)
    revision = read_revision(path, key)
    return BackupInfo(path, kind, taken_at, stat.st_size, revision, encrypted, check_state(path))


def _beside(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _exit_mark(folder: Path) -> Path:
    return Path(folder) / EXIT_DUE


def mark_exit_due(folder: Path) -> None:
    """Leave the backup on closing for the next start (an empty file: made or not, never
    half-made)."""
    Path(folder).mkdir(parents=True, exist_ok=True)
    _exit_mark(folder).touch()


def exit_due(folder: Path) -> bool:
    return _exit_mark(folder).exists()


def clear_exit_due(folder: Path) -> None:
    _exit_mark(folder).unlink(missing_ok=True)


def mark_unchecked(path: Path) -> None:
    """Leave the check of the backup ``path`` for :func:`check_pending`."""
    _beside(path, UNCHECKED).touch()


def check_state(path: Path) -> str:
    if _beside(path, FAILED).exists():
        return CHECK_FAILED
    return CHECK_PENDING if _beside(path, UNCHECKED).exists() else CHECK_OK


def check_pending(folder: Path, key: RegisterKey | None = None) -> list[tuple[Path, list[str]]]:
    """Check (``PRAGMA quick_check``) every backup in ``folder`` marked unchecked; returns
    the ones that failed, with their problems (each keeps a ``.failed-check`` mark)."""
    failed = []
    for marker in sorted(Path(folder).glob(f"*{SUFFIX}{UNCHECKED}")):
        path = marker.with_name(marker.name[: -len(UNCHECKED)])
        problems = integrity.quick_check(path, key) if path.exists() else []
        if problems:
            _beside(path, FAILED).write_text("\n".join(problems[:20]), encoding="utf-8")
            failed.append((path, problems))
        marker.unlink(missing_ok=True)
    return failed


def _remove_marks(path: Path) -> None:
    for suffix in (UNCHECKED, FAILED):
        _beside(path, suffix).unlink(missing_ok=True)


def list_backups(folder: Path, key: RegisterKey | None = None) -> list[BackupInfo]:
    """The backups in ``folder``, newest first (an encrypted one's revision only with the
    ``key`` that opens it)."""
    if not folder.is_dir():
        return []
    found = [describe(p, key) for p in folder.glob(f"*{SUFFIX}") if not p.name.startswith(".")]
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def plain_backups(folder: Path, key: RegisterKey | None) -> list[Path]:
    """The unencrypted backups in ``folder`` of a register encrypted with ``key`` (made before
    it was encrypted): they still reveal everything in them. None for a plain register."""
    if key is None:
        return []
    return [info.path for info in list_backups(folder, key) if not info.encrypted]


def rotate(folder: Path, keep: int, kinds: tuple[str, ...] = AUTOMATIC) -> list[Path]:
    """Delete all but the newest ``keep`` backups of each automatic kind; returns what went."""
    keep = max(1, keep)
    removed = []
    by_kind: dict[str, list[BackupInfo]] = {}
    for info in list_backups(folder):
        if info.kind in kinds:
            by_kind.setdefault(info.kind, []).append(info)
    for infos in by_kind.values():
        for info in infos[keep:]:
            with contextlib.suppress(FileNotFoundError):
                info.path.unlink()
            _remove_marks(info.path)
            removed.append(info.path)
    return removed


def prune(folder: Path, keep: int) -> list[Path]:
    """Delete, overwriting first, every backup in ``folder`` but the newest ``keep`` (at least
    one), of every kind: how old copies of erased people are removed before rotation would.
    Returns what went."""
    removed = [info.path for info in list_backups(folder)[max(1, keep) :]]
    for path in removed:
        encryption.remove_securely(path)
        _remove_marks(path)
    return removed


def check_backup(path: Path, key: RegisterKey | None = None) -> BackupCheck:
    """Integrity (the full check) and schema revision of a backup file."""
    problems = integrity.integrity_check(path, key) if Path(path).is_file() else ["no such file"]
    revision = read_revision(path, key) if not problems else None
    if not problems and revision is None:
        problems = ["not a Tietosuoja Desktop register (no schema version)"]
    return BackupCheck(problems, revision, revision in migrate.known_revisions())


def replace_register(register: Path, replacement: Path) -> None:
    """Put ``replacement`` (a closed, complete database file in the same folder) in place of
    ``register``. Every connection to ``register`` must be closed: its WAL and shared-memory
    files are removed first, then the file is swapped with one atomic rename."""
    _sync_file(replacement)
    for side in side_files(register):
        side.unlink(missing_ok=True)
    for side in side_files(replacement):
        encryption.remove_securely(side)  # a staged copy's: overwritten, not just unlinked
    os.replace(replacement, register)
    _sync_folder(register.parent)
