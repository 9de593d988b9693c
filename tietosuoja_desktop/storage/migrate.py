"""Alembic, run from inside the package: the only way the schema changes."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.i18n import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from sqlalchemy import Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"

# The newest revision in migrations/versions. Checking a register against this constant with
# plain SQL spares every start-up Alembic's import and script scan (about a second);
# tests/unit/storage/test_migrations.py keeps it equal to Alembic's own head.
HEAD = "0026"
_PACKAGED = MIGRATIONS


class RegisterTooNew(RuntimeError):
    """The register's schema revision is not among this version's migrations: a newer version
    of the app migrated it (the user went back to an older version, or opened a newer one's
    copy). It is refused before anything is written; the newer version opens it."""

    def __init__(self, folder: Path, revision: str, known_head: str) -> None:
        super().__init__(f"schema revision {revision} is newer than {known_head}")
        self.folder = folder
        self.revision = revision
        self.known_head = known_head

    @property
    def message(self) -> Message:
        return Message(
            "Errors",
            QT_TRANSLATE_NOOP(
                "Errors",
                "The register in %1 was saved by a newer version of Tietosuoja Desktop "
                "(schema %2; this version knows up to %3). Install the newer version to open "
                "it; nothing was changed.",
            ),
            (str(self.folder), self.revision, self.known_head),
        )


def alembic_config(connection=None, location: Path | None = None):
    # Alembic (about 0.1 s) only when a migration is checked or run
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(location or MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@lru_cache(maxsize=4)
def _scripts(location: Path):
    # Alembic (about 0.1 s) only when a migration is checked or run
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(location=location))


def script_directory():
    """Alembic's view of the migration scripts, read once per process (it keeps the revisions
    it has read): reading the scripts again cost each upgrade about 0.2 s, paid by every
    register a process migrates (a new register, each test's)."""
    return _scripts(MIGRATIONS)


def run_scripts(connection, target: str, *, up: bool = True) -> None:
    """Upgrade (or downgrade) the register on ``connection`` to ``target``: what Alembic's
    ``command.upgrade`` / ``command.downgrade`` do, with the scripts read once
    (:func:`script_directory`)."""
    from alembic.runtime.environment import EnvironmentContext  # as above

    script = script_directory()

    def step(revision, _context):
        # Alembic's own command functions call the same two (not part of its documented API;
        # tests/unit/storage/test_migrations.py runs every migration up and down through them).
        if up:
            return script._upgrade_revs(target, revision)
        return script._downgrade_revs(target, revision)

    config = alembic_config(connection)
    with EnvironmentContext(config, script, fn=step, destination_rev=target):
        script.run_env()


def head_revision() -> str:
    return script_directory().get_current_head()


def known_revisions() -> frozenset[str]:
    """Every schema revision this version's migrations have (read from the scripts)."""
    return frozenset(revision.revision for revision in script_directory().walk_revisions())


def refuse_unknown(folder: Path, revision: str | None) -> None:
    """Raise :class:`RegisterTooNew` when the register in ``folder`` has a ``revision`` that
    is not among this version's migrations. Every revision ever made ships with the app, so
    an unknown one is newer, whatever its id compares as. None (a new file) and the head need
    no scan of the scripts."""
    if revision is None or (revision == HEAD and MIGRATIONS == _PACKAGED):
        return
    if revision not in known_revisions():
        raise RegisterTooNew(folder, revision, head_revision())


def revision_of(connection: Any) -> str | None:
    """The schema revision of the register on a DB-API connection (plain SQL)."""
    cursor = connection.cursor()
    try:
        exists = cursor.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()
        if not exists:
            return None
        row = cursor.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        cursor.close()


def current_revision(engine: Engine) -> str | None:
    connection = engine.raw_connection()
    try:
        return revision_of(connection)
    finally:
        connection.close()


def is_current(connection: Any) -> bool:
    """Whether the register on a DB-API connection has the newest schema: read with plain
    SQL, so that a start with nothing to migrate imports neither Alembic nor SQLAlchemy."""
    return revision_of(connection) == HEAD and MIGRATIONS == _PACKAGED


def upgrade_to_head(
    engine: Engine, *, before_upgrade: Callable[[str | None], object] | None = None
) -> bool:
    """Upgrade to the newest schema on one connection; returns whether anything ran.
    ``before_upgrade(current_revision)`` runs first when an existing register will change.
    Raises :class:`RegisterTooNew`, with nothing run, when a newer version migrated it."""
    current = current_revision(engine)
    if current == HEAD and MIGRATIONS == _PACKAGED:
        return False
    if current == head_revision():
        return False
    refuse_unknown(Path(engine.url.database).parent, current)
    if before_upgrade is not None:
        before_upgrade(current)
    with engine.connect() as connection:
        # Batch migrations rebuild tables; with foreign keys on, dropping the old table would
        # cascade-delete its children. The pragma only works outside a transaction, so it is
        # set on the driver's connection before SQLAlchemy begins one.
        raw = connection.connection.driver_connection
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                run_scripts(connection, "head")
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration left {len(broken)} broken references")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
    return True
