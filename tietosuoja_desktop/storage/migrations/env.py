"""Alembic environment: runs on the connection the application hands over (``config.attributes``),
or on ``sqlalchemy.url`` when a developer runs the alembic command line."""

from alembic import context
from sqlalchemy import create_engine

from tietosuoja_desktop.storage.models import Base
from tietosuoja_desktop.storage.sqlite import sqlite

config = context.config
target_metadata = Base.metadata

FTS_TABLES = ("customer_fts",)


def include_object(obj, name, type_, reflected, compare_to):
    """The FTS5 index and its shadow tables are made by hand in the migrations."""
    return not (type_ == "table" and name and name.startswith(FTS_TABLES))


def run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run(connection)
else:
    engine = create_engine(config.get_main_option("sqlalchemy.url"), module=sqlite())
    with engine.begin() as conn:
        run(conn)
