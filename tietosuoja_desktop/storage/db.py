"""The register's SQLite file: opening it (lock, pragmas, migrations) and transactions."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from ..paths import backup_dir, database_path
from . import integrity, migrate
from .lock import FolderLock
from .sqlite import sqlite

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


def make_engine(path: Path) -> Engine:
    """An engine whose connections have the register's pragmas and real transactions
    (pysqlite's own implicit BEGIN is switched off; SQLAlchemy's ``begin`` emits it)."""
    engine = create_engine(f"sqlite:///{path}", module=sqlite())

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in PRAGMAS:
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


class Database:
    """An open register: holds the folder lock for as long as it is open."""

    def __init__(self, data_dir: Path, engine: Engine, lock: FolderLock) -> None:
        self.data_dir = data_dir
        self.path = database_path(data_dir)
        self.engine = engine
        self._lock = lock
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, data_dir: Path, *, run_migrations: bool = True) -> Database:
        """Open (creating if needed) the register in ``data_dir``.

        Raises :class:`~.lock.DataFolderInUse` when another process has it open.
        """
        data_dir.mkdir(parents=True, exist_ok=True)
        lock = FolderLock(data_dir)
        lock.acquire()
        try:
            path = database_path(data_dir)
            integrity.ensure_intact(path, backup_dir(data_dir))  # raises RegisterDamaged
            engine = make_engine(path)
            if run_migrations:
                migrate.upgrade_to_head(
                    engine, before_upgrade=lambda rev: keep_copy(path, backup_dir(data_dir), rev)
                )
        except BaseException:
            lock.release()
            raise
        return cls(data_dir, engine, lock)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any error."""
        with self._sessions.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads; anything left uncommitted is rolled back."""
        with self._sessions() as session:
            yield session

    def checkpoint(self) -> None:
        """Move the WAL into the main file and truncate it (after an erasure, so no copy of the
        erased rows stays in the WAL)."""
        with self.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        try:
            self.checkpoint()
        finally:
            self.engine.dispose()
            self._lock.release()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def keep_copy(path: Path, folder: Path, revision: str | None) -> Path | None:
    """Copy the register with SQLite's online backup before a migration changes it."""
    if not path.exists() or revision is None:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"pre-migration-{revision}-{stamp}.sqlite"
    source = sqlite().connect(path)
    try:
        destination = sqlite().connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    log.info("kept a copy of the register before migrating from %s", revision)
    return target
