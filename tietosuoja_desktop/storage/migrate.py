"""Alembic, run from inside the package: the only way the schema changes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection=None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(
    engine: Engine, *, before_upgrade: Callable[[str | None], object] | None = None
) -> bool:
    """Upgrade to the newest schema on one connection; returns whether anything ran.
    ``before_upgrade(current_revision)`` runs first when an existing register will change."""
    current = current_revision(engine)
    if current == head_revision():
        return False
    if before_upgrade is not None:
        before_upgrade(current)
    from alembic import command

    with engine.connect() as connection:
        # Batch migrations rebuild tables; with foreign keys on, dropping the old table would
        # cascade-delete its children. The pragma only works outside a transaction, so it is
        # set on the driver's connection before SQLAlchemy begins one.
        raw = connection.connection.driver_connection
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                command.upgrade(alembic_config(connection), "head")
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration left {len(broken)} broken references")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
    return True
