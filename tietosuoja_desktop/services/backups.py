"""Backing the register up and putting a backup back, so that nothing is lost and nobody erased
comes back.

Restoring works on a copy first: the backup is copied into a scratch folder, migrated to the
current schema, and every person erased after the backup was taken (known from the erasure
tombstones of the current register and of every other backup in the folder) is erased from
it again through the ordinary erasure use case. Only then, after a copy of the current
register is kept as a ``pre-restore`` backup, is the register file swapped, atomically. A crash
at any point leaves either the old register or the finished new one."""

from __future__ import annotations

import contextlib
import logging
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path

from ..domain.i18n import QT_TRANSLATE_NOOP, Message
from ..paths import backup_dir, database_path
from ..storage import backup, encryption, integrity, migrate, staging, tombstones
from ..storage.backup import BackupInfo
from ..storage.db import Database
from ..storage.encryption import EncryptionError, RegisterKey
from ..storage.integrity import RegisterDamaged
from ..storage.lock import FolderLock
from ..storage.models import SettingRow
from . import audit
from .erasure import ErasureService
from .errors import RuleViolation

log = logging.getLogger(__name__)

MSG_DAMAGED = QT_TRANSLATE_NOOP("Backup", "The backup is damaged and cannot be restored: %1")
MSG_NEWER = QT_TRANSLATE_NOOP(
    "Backup",
    "The backup was made by a newer version of Tietosuoja Desktop; update the app to restore it.",
)
MSG_NOT_REGISTER = QT_TRANSLATE_NOOP(
    "Backup", "The file is not a Tietosuoja Desktop register and cannot be restored."
)
MSG_OTHER_KEY = QT_TRANSLATE_NOOP(
    "Backup",
    "The backup cannot be opened with this register's passphrase: it is damaged, or encrypted "
    "with another passphrase (one used before the passphrase was changed, or another "
    "register's).",
)
MSG_BACKUP_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Backup",
    "That passphrase does not open the backup: it is another passphrase, or the backup is damaged.",
)


__all__ = [
    "BackupInfo",
    "BackupService",
    "RegisterDamaged",
    "RestoreReport",
    "StartCheck",
    "backup_needs_passphrase",
    "check_register",
    "list_backups",
    "restore_closed",
]


def list_backups(data_dir: Path, key: RegisterKey | None = None) -> list[BackupInfo]:
    """The backups in the data folder's backup folder, newest first (the register need not
    be open); a backup left unchecked at exit is checked first."""
    _check_pending(data_dir, key)
    return backup.list_backups(backup_dir(data_dir), key)


def _check_pending(data_dir: Path, key: RegisterKey | None) -> list[Path]:
    failed = backup.check_pending(backup_dir(data_dir), key)
    for path, problems in failed:
        log.error("the backup %s failed its check: %s", path.name, problems[:3])
    if failed:
        integrity.request_full_check(database_path(data_dir))
    return [path for path, _problems in failed]


def check_register(
    data_dir: Path, *, full: bool = False, key: RegisterKey | None = None
) -> tuple[list[str], Path | None]:
    """Problems with the register file (``PRAGMA quick_check``, or ``integrity_check`` when
    ``full``) and, when there are any, the latest backup that passes the quick check."""
    path = database_path(data_dir)
    problems = (integrity.integrity_check if full else integrity.quick_check)(path, key)
    latest = integrity.latest_good_backup(backup_dir(data_dir), key) if problems else None
    return problems, latest


@dataclass(frozen=True)
class StartCheck:
    """What :meth:`BackupService.check_at_start` found."""

    register_checked: bool  # the register's full check ran (it had not closed cleanly)
    failed_backups: list[Path]  # backups made at exit that failed their check
    no_space: backup.NotEnoughSpace | None = None  # the backup on closing did not fit


@dataclass(frozen=True)
class RestoreReport:
    backup: Path
    revision: str  # the schema revision the backup had
    migrated: bool  # whether it was brought up to the current schema
    erased_again: int  # people erased after the backup was taken, erased again now
    kept_copy: Path | None  # the register as it was before the restore


class BackupService:
    """Backups of the open register of ``services``."""

    def __init__(self, services) -> None:
        self._services = services
        self._db = services.db
        self._clock = services.clock
        # The backup on closing is made by one thread at a time: the start's check (the last
        # session's) and the quit's own (this session's) may meet.
        self._exit_copy = threading.Lock()

    @property
    def folder(self) -> Path:
        return backup_dir(self._db.data_dir)

    @property
    def keep_last(self) -> int:
        with self._db.reading() as session:
            row = session.get(SettingRow, backup.KEEP_SETTING)
        try:
            return max(1, int(row.value)) if row else backup.DEFAULT_KEEP
        except ValueError:
            return backup.DEFAULT_KEEP

    def set_keep_last(self, count: int) -> None:
        if count < 1:
            raise ValueError("keep at least one backup")
        with self._db.transaction() as session:
            row = session.get(SettingRow, backup.KEEP_SETTING)
            if row is None:
                session.add(SettingRow(key=backup.KEEP_SETTING, value=str(count)))
            else:
                row.value = str(count)
            audit.record(session, self._clock.now(), "update", "setting", None, ["backup_keep"])

    def create(self, target: Path | None = None) -> Path:
        """Back up now: into ``target``, or into the backup folder under a dated name; the
        copy is checked page by page. Raises :class:`RegisterDamaged` (naming the latest good
        backup) when a page of the register is damaged (SQLCipher refuses to copy it; a plain
        one is copied as it is and fails the check): nothing is left of the copy."""
        key = self._db.key
        with self._db.damage_reported():
            if target is not None:
                made = backup.online_copy(self._db.path, Path(target), key)
            else:
                now = self._clock.now()
                made = backup.create_backup(self._db.path, self.folder, backup.MANUAL, now, key)
        problems = integrity.quick_check(made, key)
        if problems:
            encryption.remove_securely(made)
            damaged = integrity.damage_behind(self._db.path, self.folder, key)
            raise damaged or RegisterDamaged(self._db.path, problems, None)
        return made

    def mark_exit(self) -> None:
        """What quitting does first: leave the backup on closing to be made, by
        :meth:`finish_exit` once the windows are gone, or by the next start
        (:meth:`check_at_start`) when this process is killed first. Nothing when the register
        failed its check this session."""
        pending = self._db.pending_check
        if pending is None or not pending.failed:
            backup.mark_exit_due(self.folder)

    def finish_exit(self) -> Path | None:
        """The backup on closing, made as the process ends (its windows already gone, so
        nobody waits for it), the mark going only once the copy is whole: a process killed
        while copying leaves it for the next start. The folder stays locked until the caller
        closes the register: a start meanwhile waits for it (``Database.open``). None when
        nothing was copied."""
        with self._exit_copy:
            pending = self._db.pending_check
            if pending is not None and pending.failed:
                return None
            backup.mark_exit_due(self.folder)  # again: the start's check may have taken it
            made = self.on_exit()
            if made is not None:
                backup.clear_exit_due(self.folder)
            return made

    def on_exit(self) -> Path | None:
        """The automatic backup on closing, made now, then rotation (keep the newest N). The
        copy is checked later (:meth:`check_pending`): reading every page of it took longer
        than the copy. None when the copy failed. Named by the time it is copied, not the time
        the app closed: the command line may have written in between, and which backups may
        hold a person is told by their times (erasure, access copies)."""
        pending = self._db.pending_check
        if pending is not None and pending.failed:
            return None  # the register failed its check this session: nothing to copy
        try:
            made = self._copy_on_closing()
        except backup.NotEnoughSpace as shortage:
            # Not the register's fault: no check of it. The next start tells the person.
            log.error("the backup made on closing did not fit: %s", shortage)
            backup.mark_no_space(self.folder, shortage)
            return None
        except encryption.database_errors() as error:
            # SQLCipher refuses to copy a page whose checksum fails: no copy to set aside.
            log.error("the backup made on closing failed: %s", error)
            integrity.request_full_check(self._db.path)
            return None
        backup.mark_unchecked(made)
        backup.clear_no_space(self.folder)
        backup.rotate(self.folder, self.keep_last)
        return made

    def _copy_on_closing(self) -> Path:
        """The copy on closing. When it does not fit, the oldest copies on closing that
        rotation would delete after it are deleted first, if that makes room (never the last
        one, and none when it would not be enough); raises ``backup.NotEnoughSpace`` else."""

        key = self._db.key

        def copy() -> Path:
            now = self._clock.now()
            return backup.create_backup(self._db.path, self.folder, backup.ON_EXIT, now, key)

        try:
            return copy()
        except backup.NotEnoughSpace as shortage:
            going = backup.rotated_out(self.folder, self.keep_last - 1, (backup.ON_EXIT,))
            if not going or shortage.free + sum(info.size for info in going) < shortage.needed:
                raise
            log.info("deleting %d old backups made on closing first, to make room", len(going))
            backup.delete(going)
            return copy()

    def check_pending(self) -> list[Path]:
        """Check the backups left unchecked at exit (off the GUI thread: it reads every page).
        A copy that fails shows the register itself may be damaged: the copy is marked (the
        backup list shows it), and the next start checks the register in full. Returns the
        copies that failed."""
        return _check_pending(self._db.data_dir, self._db.key)

    @property
    def register_check_pending(self) -> bool:
        """Whether the register's full check (after a crash) is still to pass: writes wait."""
        pending = self._db.pending_check
        return pending is not None and not pending.passed

    def check_at_start(self) -> StartCheck:
        """The checks left for after the window is up (off the GUI thread): the register's
        full check when the last session did not end cleanly (raises
        :class:`RegisterDamaged` when it fails), the backup on closing that the last session
        left to make (:meth:`mark_exit`), then the backups left unchecked."""
        pending = self._db.pending_check
        if pending is not None:
            pending.run()
        with self._exit_copy:
            if backup.exit_due(self.folder):
                # The mark goes only after the copy is whole: a start killed while copying
                # copies again next time (the partial copy is removed when the register opens).
                self.on_exit()
                backup.clear_exit_due(self.folder)
            shortage = backup.take_no_space(self.folder)
        return StartCheck(pending is not None, self.check_pending(), shortage)

    def list(self) -> list[backup.BackupInfo]:
        return backup.list_backups(self.folder, self._db.key)

    def space(self) -> tuple[int, int]:
        """Bytes free on the backups' disk, and the bytes the next copy needs there."""
        return backup.free_bytes(self.folder), backup.copy_size(self._db.path)

    def plain_backups(self) -> list[Path]:
        """Unencrypted backups of an encrypted register (made before it was encrypted): they
        still reveal everything in them."""
        return backup.plain_backups(self.folder, self._db.key)

    def delete_plain_backups(self) -> int:
        """Remove (overwriting first) the unencrypted backups of an encrypted register."""
        removed = 0
        for path in self.plain_backups():
            encryption.remove_securely(path)
            removed += 1
        if removed:
            with self._db.transaction() as session:
                audit.record(session, self._clock.now(), "delete", "backup", None, ["plain"])
        return removed

    def prune(self, keep: int) -> list[Path]:
        """Delete (overwriting first) all but the newest ``keep`` backups, made on request or
        automatically: backups made before an erasure hold the person until they go."""
        if keep < 1:
            raise ValueError("keep at least one backup")
        removed = backup.prune(self.folder, keep)
        if removed:
            with self._db.transaction() as session:
                audit.record(session, self._clock.now(), "delete", "backup", None, ["pruned"])
        return removed

    def needs_passphrase(self, source: Path) -> bool:
        """Whether the backup ``source`` is encrypted with a key the register does not have:
        made before the passphrase was changed or the encryption removed. Restoring it then
        takes that earlier passphrase."""
        return backup_needs_passphrase(Path(source), self._db.key)

    def restore(self, source: Path, backup_passphrase: str | None = None) -> RestoreReport:
        """Put the backup ``source`` in place of the open register (see the module text).
        ``backup_passphrase`` opens a backup encrypted with an earlier passphrase; the restored
        register has the register's present key (or none, if it is no longer encrypted)."""
        return _restore(
            self._db.data_dir, Path(source), self._clock, self._db, self._db.key, backup_passphrase
        )


def restore_closed(
    data_dir: Path,
    source: Path,
    clock,
    key: RegisterKey | None = None,
    backup_passphrase: str | None = None,
) -> RestoreReport:
    """Restore into a register that is not open (e.g. one that failed its start-up check).
    ``key`` is the register's key when it is encrypted: the restored register is encrypted
    with it."""
    lock = FolderLock(data_dir)
    lock.acquire()
    try:
        return _restore(data_dir, Path(source), clock, None, key, backup_passphrase)
    finally:
        lock.release()


def _refuse(source: str, *args: str) -> RuleViolation:
    return RuleViolation(Message("Backup", source, tuple(args)))


def _read_register(path: Path, key: RegisterKey | None) -> tuple[str | None, list]:
    """The salt and tombstones of a register file; nothing when it cannot be read (or is
    encrypted with another key)."""
    try:
        connection = encryption.connect(path, key, read_only=True)
        try:
            return tombstones.read_salt(connection), tombstones.read_tombstones(connection)
        finally:
            connection.close()
    except (EncryptionError, *encryption.database_errors()):
        log.warning("could not read the erasure tombstones of %s", path.name)
        return None, []


def _known_erasures(data_dir: Path, source: Path, current_readable: bool, key):
    """Every tombstone the current register and the backups hold, and the salt to use."""
    salt, found = None, {}
    sources = [database_path(data_dir)] if current_readable else []
    sources += [info.path for info in backup.list_backups(backup_dir(data_dir))]
    for path in sources:
        if path.resolve() == source.resolve():
            continue
        path_salt, stones = _read_register(path, key)
        salt = salt or path_salt
        for stone in stones:
            found.setdefault(stone.token, stone)
    return salt, list(found.values())


def _opens(source: Path, key: RegisterKey | None) -> bool:
    try:
        encryption.check_key(source, key)
    except (EncryptionError, *encryption.database_errors()):
        return False
    return True


def backup_needs_passphrase(source: Path, key: RegisterKey | None) -> bool:
    """Whether the backup ``source`` is encrypted with another key than ``key`` (the
    register's), so that restoring it takes the passphrase it was made with."""
    # An encrypted database is whole pages (SQLCipher's 4 KiB): any other file without
    # SQLite's header is reported as damaged, not met with a passphrase prompt.
    try:
        size = source.stat().st_size
    except OSError:
        return False
    whole_pages = size >= 4096 and size % 4096 == 0
    return whole_pages and encryption.is_encrypted(source) and not _opens(source, key)


def _source_key(
    source: Path, key: RegisterKey | None, passphrase: str | None
) -> RegisterKey | None:
    """The key that opens the backup: none for a plain one, the register's own, or the one
    ``passphrase`` gives (an earlier passphrase)."""
    if not encryption.is_encrypted(source):
        return None
    if passphrase:
        earlier = RegisterKey.for_file(source, passphrase)
        if not _opens(source, earlier):
            raise _refuse(MSG_BACKUP_PASSPHRASE)
        return earlier
    if key is None:
        return None  # a file without SQLite's header is reported as damaged below
    if not _opens(source, key):
        raise _refuse(MSG_OTHER_KEY)
    return key


def _restore(
    data_dir: Path,
    source: Path,
    clock,
    db: Database | None,
    key: RegisterKey | None,
    backup_passphrase: str | None = None,
) -> RestoreReport:
    source_key = _source_key(source, key, backup_passphrase)
    check = backup.check_backup(source, source_key)
    if check.problems:
        if check.revision is None and check.problems[0].startswith("not a Tietosuoja"):
            raise _refuse(MSG_NOT_REGISTER)
        raise _refuse(MSG_DAMAGED, "; ".join(check.problems[:3]))
    if not check.known_revision:
        raise _refuse(MSG_NEWER)
    register = database_path(data_dir)
    # A missing or empty (0-byte) register has nothing to keep: SQLite takes an empty file for
    # an empty database, whose copy would pass the quick check as the newest "good" backup.
    size = register.stat().st_size if register.exists() else 0
    current_readable = size > 0 and not integrity.quick_check(register, key)
    salt, stones = _known_erasures(data_dir, source, current_readable, key)
    with staging.staged(data_dir) as scratch:  # removed on every outcome (see storage/staging)
        prepared = database_path(scratch)
        backup.online_copy(source, prepared, source_key)
        if source_key is not key:
            # A plain backup (from before the register was encrypted) comes back encrypted, one
            # with an earlier passphrase (or from before the encryption was removed) with the
            # register's present key, or none.
            copied = prepared.with_name("converted-copy.sqlite")
            prepared.replace(copied)
            encryption.export(copied, source_key, prepared, key)
            encryption.remove_securely(copied)
        migrated, erased_again = _prepare(scratch, salt, stones, clock, source.name, key)
        kept = None
        if db is not None:
            db.checkpoint()
        if current_readable:
            kept = backup.create_backup(
                register, backup_dir(data_dir), backup.PRE_RESTORE, clock.now(), key
            )
        elif size:
            # A damaged register is kept as it was, for whoever wants to rescue it.
            stamp = f"{clock.now():%Y%m%d-%H%M%S}"
            damaged = backup_dir(data_dir) / f"damaged-{stamp}.sqlite.damaged"
            damaged.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(register, damaged)
            kept = damaged
        if db is not None:
            db.engine.dispose()  # the next session connects to the new file
        backup.replace_register(register, prepared)
    keep = _keep_setting(register, key)
    backup.rotate(backup_dir(data_dir), keep)
    return RestoreReport(source, check.revision, migrated, erased_again, kept)


def _keep_setting(register: Path, key: RegisterKey | None) -> int:
    with contextlib.closing(encryption.connect(register, key)) as connection:
        row = connection.execute(
            "SELECT value FROM app_setting WHERE key = ?", (backup.KEEP_SETTING,)
        ).fetchone()
    try:
        return max(1, int(row[0])) if row else backup.DEFAULT_KEEP
    except ValueError:
        return backup.DEFAULT_KEEP


def _prepare(scratch: Path, salt: str | None, stones: list, clock, source_name: str, key):
    """Migrate the copy in ``scratch`` and erase again everyone erased after it was taken.
    Returns (migrated, how many were erased again)."""
    db = Database.open(scratch, run_migrations=False, key=key)
    try:
        migrated = migrate.upgrade_to_head(db.engine)
        with contextlib.closing(encryption.connect(db.path, db.key)) as connection:
            known = tombstones.read_tokens(connection)
            newer = [t for t in stones if t.token not in known]
            to_erase = tombstones.matching_customers(connection, newer)
        with db.transaction() as session:
            # The lineage keeps one salt, so later restores recognise the same people.
            if salt is not None and session.get(SettingRow, tombstones.SALT_KEY) is None:
                session.add(SettingRow(key=tombstones.SALT_KEY, value=salt))
            tombstones.copy_into(session.connection(), newer)
            fields = ["backup"] + (["erasures_reapplied"] if to_erase else [])
            audit.record(session, clock.now(), "restore", "register", None, fields)
        erasure = ErasureService(db, clock)  # the erasure use case itself, run on the copy
        for customer_id in to_erase:
            erasure.erase(customer_id)
        log.info("restored %s: %d erased again", source_name, len(to_erase))
    finally:
        db.close()
    problems = integrity.quick_check(database_path(scratch), key)
    if problems:  # pragma: no cover - a copy that passed integrity_check and migrated
        raise RuntimeError(f"the prepared register failed its check: {problems[:3]}")
    return migrated, len(to_erase)
