"""Moving a test's register between revisions with Alembic, for the migration tests."""

from __future__ import annotations

from sqlalchemy import inspect

from tietosuoja_desktop.paths import database_path
from tietosuoja_desktop.storage import migrate
from tietosuoja_desktop.storage.db import make_engine

from .registers import key_of


def previous(revision: str) -> str:
    """The revision ``revision`` is chained after, read from the script (the lead re-chains)."""
    return migrate.script_directory().get_revision(revision).down_revision


def migrate_to(data_dir, target: str, *, up: bool) -> list[str]:
    """Upgrade or downgrade the register in ``data_dir`` to ``target``; its tables after."""
    engine = make_engine(database_path(data_dir), key_of(data_dir))
    try:
        with engine.begin() as connection:
            migrate.run_scripts(connection, target, up=up)
            return inspect(connection).get_table_names()
    finally:
        engine.dispose()


def schema_names(data_dir, kind: str) -> set[str]:
    """The names of the register's schema objects of ``kind`` ('index', 'trigger'...), read
    without opening the services (which would upgrade it)."""
    engine = make_engine(database_path(data_dir), key_of(data_dir))
    try:
        with engine.connect() as connection:
            statement = "SELECT name FROM sqlite_master WHERE type = ?"
            return {name for (name,) in connection.exec_driver_sql(statement, (kind,))}
    finally:
        engine.dispose()
