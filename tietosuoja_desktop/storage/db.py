"""The register's SQLite file: opening it (lock, pragmas, migrations) and transactions.

SQLAlchemy is imported when the first statement goes through it: a start that finds the
schema current checks it, and the window reads what its first paint needs (the profile, a
setting), with plain DB-API connections of the register's own library (:meth:`connected`),
which spares the paint SQLAlchemy's import (about 0.15 s of CPU; issue 18)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..paths import backup_dir, database_path
from . import backup, encryption, integrity, keystore, migrate, presence, staging
from .encryption import PassphraseRequired, RegisterKey, WrongPassphrase
from .lock import FolderLock
from .sqlite import sqlite

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

# secure_delete: deleted content is overwritten, so an erased person does not linger in free
# pages. temp_store=MEMORY: sorts and temporary indexes never spill personal data to temp files.
PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA secure_delete=ON",
    "PRAGMA synchronous=NORMAL",
    "PRAGMA busy_timeout=5000",
    "PRAGMA temp_store=MEMORY",
)


ENCRYPTED_CACHE_KIB = 65_536
CLOSING_WAIT = 30.0  # seconds a start waits for a quitting process's backup on closing


def make_engine(path: Path, key: RegisterKey | None = None) -> Engine:
    """An engine whose connections have the register's pragmas and real transactions
    (pysqlite's own implicit BEGIN is switched off; SQLAlchemy's ``begin`` emits it). With a
    ``key``, an encrypted register through SQLCipher (``sqlite+pysqlcipher``), keyed with the
    raw key so that no connection pays for the key derivation."""
    # SQLAlchemy on the first statement through it, not at start-up (issue 18)
    from sqlalchemy import URL, create_engine, event
    from sqlalchemy.pool import QueuePool

    if key is None:
        engine = create_engine(f"sqlite:///{path}", module=sqlite())
    else:
        url = URL.create("sqlite+pysqlcipher", password=key.pragma_value(), database=str(path))
        # The dialect's default pool keeps one connection per thread for ever; the plain
        # register's QueuePool behaves the same for both.
        engine = create_engine(url, module=encryption.sqlcipher(path), poolclass=QueuePool)

        @event.listens_for(engine, "connect", insert=True)
        def _quiet(dbapi_connection, _record) -> None:
            dbapi_connection.execute("PRAGMA cipher_log_level = NONE")

        @event.listens_for(engine, "connect")
        def _larger_cache(dbapi_connection, _record) -> None:
            # Each page read from disk is decrypted and its HMAC checked; a page found in
            # SQLite's cache is not. 64 MiB (filled only as pages are read) holds a register of
            # 100,000 customers whole: the search's cost then stays near the plain register's
            # (benchmarks/bench_encryption.py).
            dbapi_connection.execute(f"PRAGMA cache_size = -{ENCRYPTED_CACHE_KIB}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        _set_pragmas(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def _set_pragmas(dbapi_connection: Any) -> None:
    """The register's pragmas, and pysqlite's own implicit BEGIN switched off."""
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    for pragma in PRAGMAS:
        cursor.execute(pragma)
    cursor.close()


class Database:
    """An open register: holds the folder lock for as long as it is open."""

    def __init__(
        self,
        data_dir: Path,
        engine: Engine | None,
        lock: FolderLock,
        key: RegisterKey | None = None,
        pending_check: integrity.PendingCheck | None = None,
    ) -> None:
        self.data_dir = data_dir
        # The full integrity check left for after the window is up; writes wait for it.
        self.pending_check = pending_check
        self.path = database_path(data_dir)
        self._engine = engine  # None until the first statement through SQLAlchemy
        self._engine_lock = threading.Lock()
        self.key = key  # None for a plain register
        self._closed = False
        self._lock = lock
        self._session_factory: sessionmaker | None = None  # built on the first session

    @classmethod
    def open(
        cls,
        data_dir: Path,
        *,
        run_migrations: bool = True,
        key: RegisterKey | None = None,
        defer_check: bool = False,
    ) -> Database:
        """Open the register in ``data_dir``, creating it only in a folder that never held one
        (see ``presence.py``). An encrypted register opens with ``key``, or the key in the
        operating system's key store when the user chose to keep it there; a new register is
        created encrypted when a ``key`` is given.

        Raises :class:`~.lock.DataFolderInUse` when another process has it open,
        :class:`~.presence.RegisterMissing` when its file is missing, empty or not of the kind
        the folder records, :class:`~.encryption.PassphraseRequired` or
        :class:`~.encryption.WrongPassphrase` (the file is left untouched) and
        :class:`~.integrity.RegisterDamaged`, and :class:`~.migrate.RegisterTooNew` (nothing
        written) for a register a newer version migrated. With ``defer_check`` a full
        integrity check due (after a crash) is left in ``pending_check`` for the caller to
        run, unless a migration must change the file first.
        """
        data_dir.mkdir(parents=True, exist_ok=True)
        lock = FolderLock(data_dir)
        # A process quitting makes its backup on closing before it lets go of the folder
        # (the mark tells so): a start meanwhile waits for it instead of being refused.
        lock.acquire(wait=CLOSING_WAIT if backup.exit_due(backup_dir(data_dir)) else 0.0)
        engine = None
        try:
            staging.remove_leftovers(data_dir)  # a killed restore's copy goes before anything
            keystore.settle_conversion(data_dir)  # a conversion killed after its swap
            path = database_path(data_dir)
            presence.ensure_present(data_dir, key)  # raises RegisterMissing
            crashed = integrity.needs_full_check(path)  # before a key test removes the WAL
            key = resolve_key(data_dir, path, key)
            pending = integrity.ensure_intact(
                path, backup_dir(data_dir), key, defer=defer_check, full=crashed
            )
            if run_migrations and not schema_current(path, backup_dir(data_dir), key):
                engine = make_engine(path, key)

                def before_upgrade(revision: str) -> None:
                    if pending is not None:
                        pending.run()  # a migration writes: the file must be whole first
                    keep_copy(path, backup_dir(data_dir), revision, key)

                with damage_reported(path, backup_dir(data_dir), key):
                    migrate.upgrade_to_head(engine, before_upgrade=before_upgrade)
        except BaseException:
            if engine is not None:  # a migration refused or failed: its connection closes
                engine.dispose()
            lock.release()
            raise
        return cls(data_dir, engine, lock, key, pending)

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, made on first use (one, however many threads ask)."""
        with self._engine_lock:
            if self._engine is None:
                self._engine = make_engine(self.path, self.key)
            return self._engine

    def _dispose(self) -> None:
        """Close every pooled connection (none made yet: nothing to do)."""
        if self._engine is not None:
            self._engine.dispose()

    def reconnect(self, key: RegisterKey | None) -> None:
        """Start using a new engine (after the file was swapped, e.g. encrypted): every pooled
        connection to the old file is closed first; the new engine is made on first use."""
        self._dispose()
        with self._engine_lock:
            self.key = key
            self._engine = None
            self._session_factory = None

    @property
    def _sessions(self) -> sessionmaker:
        """The ORM's sessions, made on the first one: the window's first paint reads through
        :meth:`connected` and needs no ORM (issue 18). Two threads making it at once each get
        an equal one."""
        if self._session_factory is None:
            # the ORM on first use: the window's first paint reads through Core (issue 18)
            from sqlalchemy.orm import sessionmaker

            self._session_factory = sessionmaker(self.engine, expire_on_commit=False)
        return self._session_factory

    @contextmanager
    def damage_reported(self) -> Iterator[None]:
        """A block in which a database error that the quick check shows to be damage to the
        file becomes :class:`~.integrity.RegisterDamaged` (see :func:`damage_reported`). The
        pooled connections are let go then: SQLCipher keeps failing every later statement on
        a connection that met a page whose checksum failed, even on whole pages."""
        try:
            with damage_reported(self.path, backup_dir(self.data_dir), self.key):
                yield
        except integrity.RegisterDamaged:
            self._dispose()
            raise

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any error. Waits
        for a pending integrity check (raises :class:`~.integrity.RegisterDamaged` when the
        register failed it)."""
        if self.pending_check is not None:
            self.pending_check.run()
        with self.damage_reported(), self._sessions.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads; anything left uncommitted is rolled back."""
        with self.damage_reported(), self._sessions() as session:
            yield session

    @contextmanager
    def reading_rows(self) -> Iterator[Connection]:
        """A connection for reads that need no ORM (a list page, a search, a count): the same
        snapshot and rollback as :meth:`reading`, without a session's bookkeeping (a quarter
        of a millisecond of a list page's 1.5)."""
        with self.damage_reported(), self.engine.connect() as connection:
            yield connection

    @contextmanager
    def connected(self) -> Iterator[Any]:
        """A DB-API connection in autocommit, for plain SQL that needs neither SQLAlchemy nor
        the mapped tables (what the window reads before its first paint:
        ``profile_queries.py``): one of the engine's pool once the engine is made, until
        then one of its own with the register's pragmas, closed after the block."""
        with self.damage_reported():
            if self._engine is not None:
                connection = self._engine.raw_connection()
            else:
                connection = encryption.connect(self.path, self.key)
                _set_pragmas(connection)
            try:
                yield connection
            finally:
                connection.close()

    def checkpoint(self) -> None:
        """Move the WAL into the main file and truncate it (after an erasure, so no copy of the
        erased rows stays in the WAL)."""
        with self.connected() as connection:
            connection.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def close(self) -> None:
        if self._closed:  # closing twice (a test, or a window after an error) is harmless
            return
        self._closed = True
        if self.pending_check is not None:
            self.pending_check.cancel()
        try:
            if self.pending_check is None or not self.pending_check.failed:
                self.checkpoint()
        except integrity.RegisterDamaged:
            # Told where it was met; the next start checks the file in full.
            log.error("the damaged register was closed without a checkpoint")
        finally:
            self._dispose()
            self._lock.release()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@contextmanager
def damage_reported(path: Path, backups: Path, key: RegisterKey | None) -> Iterator[None]:
    """Run the block; a database error in it (SQLAlchemy's or the DB-API's) is raised as
    :class:`~.integrity.RegisterDamaged`, naming the latest good backup, when the quick check
    finds the register file damaged, and as itself otherwise. SQLCipher reports a page whose
    checksum fails as "SQL logic error" or, read by some statements, as out of memory
    (SQLITE_NOMEM, which Python raises as MemoryError, unwrapped by SQLAlchemy)."""
    try:
        yield
    except (_sqlalchemy_error(), MemoryError, *encryption.database_errors()) as error:
        damaged = integrity.damage_behind(path, backups, key)
        if damaged is None:
            raise
        log.error("the register file is damaged: %s", type(error).__name__)
        raise damaged from error


def _sqlalchemy_error() -> type[BaseException]:
    # SQLAlchemy only when an error is met: the first paint may not have imported it (issue 18)
    from sqlalchemy.exc import DatabaseError

    return DatabaseError


def schema_current(path: Path, backups: Path, key: RegisterKey | None) -> bool:
    """Whether the register at ``path`` has the newest schema (plain SQL on a connection of
    its own: a start with nothing to migrate makes no engine). Raises
    :class:`~.migrate.RegisterTooNew` for a register a newer version migrated."""
    if not path.exists():
        return False
    with damage_reported(path, backups, key):
        connection = encryption.connect(path, key)
        try:
            if migrate.is_current(connection):
                return True
            revision = migrate.revision_of(connection)
        finally:
            connection.close()
    migrate.refuse_unknown(path.parent, revision)  # before an engine, a copy or a write
    return False


def resolve_key(data_dir: Path, path: Path, key: RegisterKey | None) -> RegisterKey | None:
    """The key that opens ``path``: the given one (checked), else the key store's; None for a
    plain register (a given key then means: create it encrypted, when there is no file).

    A file without SQLite's header is taken for encrypted when a key is given or the folder
    records it as encrypted (``keystore.marked_encrypted``); otherwise it is a damaged plain
    register, for the integrity check to report."""
    if not path.exists():
        if key is not None:
            keystore.mark(data_dir, encrypted=True)
        return key
    if not encryption.is_encrypted(path):
        return None
    if key is None and not keystore.marked_encrypted(data_dir):
        return None
    if key is not None:
        _check_key(path, key)  # WrongPassphrase, before anything touches the file
        return key
    stored = keystore.remembered_key(data_dir)
    if stored is None:
        raise PassphraseRequired(path)
    try:
        _check_key(path, stored)
    except WrongPassphrase:
        log.warning("the key in the key store does not open the register")
        raise PassphraseRequired(path) from None
    return stored


def _check_key(path: Path, key: RegisterKey) -> None:
    try:
        encryption.check_key(path, key)
    except encryption.database_errors():
        pass  # damaged beyond its first page: the integrity check says how


def keep_copy(
    path: Path, folder: Path, revision: str | None, key: RegisterKey | None = None
) -> Path | None:
    """Copy the register before a migration changes it, as every backup is copied
    (``backup.online_copy``: whole or not at all, encrypted with the same key when the
    register is). Raises ``backup.NotEnoughSpace`` when it does not fit: no migration then."""
    if not path.exists() or revision is None:
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup.online_copy(path, folder / f"pre-migration-{revision}-{stamp}.sqlite", key)
    log.info("kept a copy of the register before migrating from %s", revision)
    return target
