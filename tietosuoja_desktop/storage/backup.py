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

A copy that would not fit on its disk (the register, its WAL and some room to spare, against
what the system says is free) is refused before it begins, and one that fills the disk anyway
is removed with its journal; both raise :class:`NotEnoughSpace`, which says how much is needed
and free. Every copy is made this way: on request, on closing, before a migration or a
restore. The copy on closing, made with nobody watching, first deletes the oldest copies on
closing that rotation would delete after it when that makes room, and otherwise leaves a note
(``.exit-backup-no-space``) for the next start to tell.

Putting a backup back (``replace_register``) swaps files atomically after the old file's WAL
and shared-memory files are gone, so a stale WAL can never be replayed into the new file."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..domain.i18n import QT_TRANSLATE_NOOP, Message
from . import encryption, integrity, migrate
from .encryption import EncryptionError, RegisterKey

SUFFIX = ".sqlite"
DEFAULT_KEEP = 10
KEEP_SETTING = "backup_keep_last"
MANUAL, ON_EXIT, PRE_MIGRATION, PRE_RESTORE = "backup", "exit", "pre-migration", "pre-restore"
AUTOMATIC = (ON_EXIT, PRE_MIGRATION, PRE_RESTORE)
UNCHECKED, FAILED = ".unchecked", ".failed-check"  # beside a backup: its check's state
EXIT_DUE = ".exit-backup-due"  # in the backup folder: the backup on closing is to be made
# In the backup folder: the backup on closing was not made for want of disk space (JSON: what
# it needed and what was free), until the next start has told the person.
NO_SPACE = ".exit-backup-no-space"
# Room kept free beyond a copy's own size: the copy's journal and the file system's own use.
SPARE_BYTES = 8 * 1024 * 1024
MEGABYTE = 1024 * 1024
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


class NotEnoughSpace(OSError):
    """A copy of the register does not fit on the disk of ``folder``: it needs ``needed``
    bytes and ``free`` are free. Nothing of the copy is left behind, and the register is as it
    was; the person frees space or keeps fewer backups."""

    def __init__(self, folder: Path, needed: int, free: int) -> None:
        super().__init__(errno.ENOSPC, f"a copy needs {needed} bytes, {free} free", str(folder))
        self.folder = Path(folder)
        self.needed = needed
        self.free = free

    @property
    def message(self) -> Message:
        return Message(
            "Errors",
            QT_TRANSLATE_NOOP(
                "Errors",
                "There is not enough free space on the disk for a copy of the register in %1: "
                "the copy needs %2 MB and %3 MB is free. Free some space on that disk, or keep "
                "fewer backups (Settings, Backups).",
            ),
            (str(self.folder), _megabytes(self.needed), _megabytes(self.free)),
        )

    def as_json(self) -> str:
        return json.dumps({"folder": str(self.folder), "needed": self.needed, "free": self.free})

    @classmethod
    def from_json(cls, text: str) -> NotEnoughSpace:
        data = json.loads(text)
        return cls(Path(data["folder"]), int(data["needed"]), int(data["free"]))


def _megabytes(size: int) -> str:
    return str(-(-max(0, size) // MEGABYTE))  # rounded up: "needs 1 MB", never "needs 0 MB"


def free_bytes(folder: Path) -> int:
    """Free space for this user on the disk that holds ``folder`` (or would, once made)."""
    place = Path(folder)
    while not place.exists() and place != place.parent:
        place = place.parent
    return shutil.disk_usage(place).free


def copy_size(source: Path) -> int:
    """The room a copy of the register ``source`` needs: its file and its write-ahead log
    (pages not yet written back, which the copy holds too) and some to spare."""
    size = SPARE_BYTES
    for path in (Path(source), side_files(Path(source))[0]):
        with contextlib.suppress(FileNotFoundError):
            size += path.stat().st_size
    return size


def check_space(source: Path, folder: Path) -> None:
    """Raise :class:`NotEnoughSpace` when a copy of ``source`` would not fit in ``folder``."""
    needed, free = copy_size(source), free_bytes(folder)
    if free < needed:
        raise NotEnoughSpace(folder, needed, free)


def _disk_full(error: BaseException) -> bool:
    """Whether ``error`` says the disk filled up (SQLITE_FULL, or ENOSPC from the system)."""
    if isinstance(error, OSError) and error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return True
    return isinstance(error, encryption.database_errors()) and "disk is full" in str(error)


def mark_no_space(folder: Path, shortage: NotEnoughSpace) -> None:
    """Leave the shortage for the next start to tell (a few bytes: on a full disk even they
    may not fit, and then only the log has it)."""
    with contextlib.suppress(OSError):
        (Path(folder) / NO_SPACE).write_text(shortage.as_json(), encoding="utf-8")


def clear_no_space(folder: Path) -> None:
    (Path(folder) / NO_SPACE).unlink(missing_ok=True)


def take_no_space(folder: Path) -> NotEnoughSpace | None:
    """The shortage a backup on closing left (:func:`mark_no_space`), removing its mark."""
    mark = Path(folder) / NO_SPACE
    try:
        text = mark.read_text(encoding="utf-8")
    except (FileNotFoundError, UnicodeDecodeError):
        return None
    mark.unlink(missing_ok=True)
    try:
        return NotEnoughSpace.from_json(text)
    except (ValueError, KeyError, TypeError):
        return None  # half-written on a full disk: nothing to tell from it


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
    with the same ``key`` (and salt): it opens with the same passphrase.

    Raises :class:`NotEnoughSpace` before copying when the copy would not fit, and when the
    disk fills up meanwhile; nothing of the copy is left either way."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.part")
    leftovers = (temporary, *side_files(temporary), _beside(temporary, "-journal"))
    for leftover in leftovers:
        leftover.unlink(missing_ok=True)
    check_space(source, target.parent)
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
    except BaseException as error:
        for leftover in leftovers:
            leftover.unlink(missing_ok=True)
        if _disk_full(error):
            needed, free = copy_size(source), free_bytes(target.parent)
            raise NotEnoughSpace(target.parent, needed, free) from error
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


def rotated_out(folder: Path, keep: int, kinds: tuple[str, ...] = AUTOMATIC) -> list[BackupInfo]:
    """The backups :func:`rotate` would delete: all but the newest ``keep`` (at least one) of
    each of ``kinds``."""
    by_kind: dict[str, list[BackupInfo]] = {}
    for info in list_backups(folder):
        if info.kind in kinds:
            by_kind.setdefault(info.kind, []).append(info)
    return [info for infos in by_kind.values() for info in infos[max(1, keep) :]]


def rotate(folder: Path, keep: int, kinds: tuple[str, ...] = AUTOMATIC) -> list[Path]:
    """Delete all but the newest ``keep`` backups of each automatic kind; returns what went."""
    return delete(rotated_out(folder, keep, kinds))


def delete(backups: list[BackupInfo]) -> list[Path]:
    """Delete ``backups`` (as rotation does: not overwritten) with their marks; returns what
    went."""
    removed = []
    for info in backups:
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
