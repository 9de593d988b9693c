"""Alembic is the only way the schema changes: an empty file upgrades to head, the mapped models
and the migrations agree, the way down works, and a copy is kept before an existing register is
migrated."""

from __future__ import annotations

import ast
import shutil
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from helpers.registers import connect as connect_register
from helpers.registers import key_of
from helpers.sample import REGISTER, person
from sqlalchemy import inspect

from tietosuoja_desktop.paths import backup_dir, database_path
from tietosuoja_desktop.services import FixedClock, open_services
from tietosuoja_desktop.storage import migrate
from tietosuoja_desktop.storage.db import Database, make_engine
from tietosuoja_desktop.storage.lock import FolderLock
from tietosuoja_desktop.storage.models import Base

# Each test builds its register from an earlier schema.
pytestmark = pytest.mark.unmigrated

ENV_PY = migrate.MIGRATIONS / "env.py"
FTS_TRIGGERS = {"customer_search_ai", "customer_search_ad", "customer_search_au"}


def raw_connect(path: Path):
    """A DB-API connection through the SQLite library the product's engine uses for the file
    (sqlean, or sqlcipher3 for an encrypted one): two SQLite libraries in one process would
    break each other's POSIX locks on the file."""
    return connect_register(path)


def fts_prefixes_of_env_py() -> tuple[str, ...]:
    """The FTS_TABLES constant of env.py, read without running env.py (it needs an Alembic
    context), so the test filters exactly what the migrations' autogenerate filters."""
    tree = ast.parse(ENV_PY.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "FTS_TABLES" for t in node.targets
        ):
            return tuple(ast.literal_eval(node.value))
    raise AssertionError("env.py has no FTS_TABLES")


def include_object(obj, name, type_, reflected, compare_to):
    return not (type_ == "table" and name and name.startswith(fts_prefixes_of_env_py()))


def sqlite_objects(path: Path) -> dict[str, set[str]]:
    connection = raw_connect(path)
    try:
        rows = connection.execute("SELECT type, name FROM sqlite_master").fetchall()
    finally:
        connection.close()
    objects: dict[str, set[str]] = {}
    for type_, name in rows:
        objects.setdefault(type_, set()).add(name)
    return objects


def revision_in_file(path: Path) -> str | None:
    connection = raw_connect(path)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        connection.close()
    return row[0] if row else None


def test_env_py_excludes_only_the_fts_tables():
    assert fts_prefixes_of_env_py() == ("customer_fts",)


def test_an_empty_folder_is_upgraded_to_head(data_dir):
    db = Database.open(data_dir)
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        objects = sqlite_objects(db.path)
    finally:
        db.close()
    assert set(Base.metadata.tables) <= objects["table"]
    assert "customer_fts" in objects["table"]
    assert objects["trigger"] >= FTS_TRIGGERS
    # A brand-new register has nothing to keep a copy of.
    assert not backup_dir(data_dir).exists()


# Alembic cannot compare a generated column's expression (it warns instead);
# test_name_order.py checks that the migration writes out the models' sort keys.
@pytest.mark.filterwarnings("ignore:Computed default on customer")
# Nor an expression index (the search line's tails): test_search_tails.py checks those.
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based")
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_models_and_migrations_agree(data_dir):
    Database.open(data_dir).close()
    engine = make_engine(database_path(data_dir), key_of(data_dir))
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection,
                opts={
                    "include_object": include_object,
                    "compare_type": True,
                    "compare_server_default": True,
                },
            )
            differences = compare_metadata(context, Base.metadata)
            reflected = set(inspect(connection).get_table_names())
    finally:
        engine.dispose()
    assert differences == []
    # The filter hides the FTS5 index and its shadow tables and nothing else.
    hidden = {name for name in reflected if not include_object(None, name, "table", True, None)}
    assert hidden and all(name.startswith("customer_fts") for name in hidden)
    assert reflected - hidden == set(Base.metadata.tables) | {"alembic_version"}


def test_head_has_one_revision_and_no_branches():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert script.get_heads() == [migrate.head_revision()]
    assert [r.revision for r in script.walk_revisions()][-1] == "0001"


def test_downgrade_to_base_and_upgrade_again(data_dir, clock):
    with open_services(data_dir, clock) as services:
        services.customers.add(person(last_name="Ennen"))
    path = database_path(data_dir)
    engine = make_engine(path, key_of(data_dir))
    try:
        with engine.begin() as connection:
            command.downgrade(migrate.alembic_config(connection), "base")
        assert migrate.current_revision(engine) is None
    finally:
        engine.dispose()
    left = sqlite_objects(path)
    # SQLite's own bookkeeping (sqlite_sequence, automatic indexes) is not schema.
    tables = {name for name in left.get("table", set()) if not name.startswith("sqlite_")}
    assert tables == {"alembic_version"}
    assert "trigger" not in left
    assert left.get("index", set()) <= {"sqlite_autoindex_alembic_version_1"}

    engine = make_engine(path, key_of(data_dir))
    try:
        assert migrate.upgrade_to_head(engine) is True
        assert migrate.current_revision(engine) == migrate.head_revision()
        assert migrate.upgrade_to_head(engine) is False  # nothing left to do
    finally:
        engine.dispose()
    # The schema is whole again, search index and triggers included.
    with open_services(data_dir, clock) as services:
        assert services.customers.count() == 0
        added = services.customers.add(person(last_name="Jälkeen"))
        assert [c.id for c in services.customers.search("jälk")] == [added.id]
        assert [c.id for c in services.customers.search("jä")] == [added.id]


FUTURE_REVISION = '''"""a later version of the app adds a table

Revision ID: 9999
Revises: {head}
"""

from alembic import op
import sqlalchemy as sa

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("future_note", sa.Column("id", sa.Integer(), primary_key=True))
    {extra}


def downgrade() -> None:
    op.drop_table("future_note")
'''


@pytest.fixture
def future_migrations(tmp_path, monkeypatch):
    """The package's migrations plus a revision 9999, as a newer version of the app ships them:
    a register written by today's app is then 'at an older revision'."""

    def install(extra: str = "pass") -> Path:
        folder = tmp_path / "future-migrations"
        shutil.copytree(migrate.MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
        head = migrate.head_revision()
        (folder / "versions" / "9999_future.py").write_text(
            FUTURE_REVISION.replace("{extra}", extra).replace("{head}", head), encoding="utf-8"
        )
        monkeypatch.setattr(migrate, "MIGRATIONS", folder)
        return folder

    return install


def test_opening_an_older_register_keeps_a_copy_first(data_dir, clock, future_migrations):
    with open_services(data_dir, clock) as services:
        register = services.registers.add(REGISTER)
        kept = services.customers.add(person(last_name="Säilynyt", register_ids=(register.id,)))
    old = migrate.head_revision()
    future_migrations()
    assert migrate.head_revision() == "9999"

    db = Database.open(data_dir)
    try:
        assert migrate.current_revision(db.engine) == "9999"
        assert "future_note" in sqlite_objects(db.path)["table"]
    finally:
        db.close()

    copies = sorted(backup_dir(data_dir).glob("*.sqlite"))
    assert len(copies) == 1
    assert copies[0].name.startswith(f"pre-migration-{old}-")
    # The copy is a whole, readable register at the old revision, with the data in it.
    assert revision_in_file(copies[0]) == old
    assert "future_note" not in sqlite_objects(copies[0])["table"]
    connection = raw_connect(copies[0])
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        names = connection.execute("SELECT id, last_name FROM customer").fetchall()
    finally:
        connection.close()
    assert names == [(kept.id, "Säilynyt")]

    # Opened again at head: no second copy.
    Database.open(data_dir).close()
    assert len(list(backup_dir(data_dir).glob("*.sqlite"))) == 1


def test_a_failing_migration_leaves_the_register_as_it_was(data_dir, clock, future_migrations):
    with open_services(data_dir, clock) as services:
        kept = services.customers.add(person(last_name="Koskematon"))
    old = migrate.head_revision()
    future_migrations(extra='raise RuntimeError("migration bug")')

    with pytest.raises(RuntimeError, match="migration bug"):
        Database.open(data_dir)

    path = database_path(data_dir)
    assert revision_in_file(path) == old
    assert "future_note" not in sqlite_objects(path)["table"]
    assert len(list(backup_dir(data_dir).glob(f"pre-migration-{old}-*.sqlite"))) == 1
    # The folder is not left locked by the failed open.
    lock = FolderLock(data_dir)
    lock.acquire()
    lock.release()
    db = Database.open(data_dir, run_migrations=False)
    try:
        with db.reading() as session:
            from tietosuoja_desktop.storage.models import CustomerRow

            assert session.get(CustomerRow, kept.id).last_name == "Koskematon"
    finally:
        db.close()


def test_database_opened_without_migrations_stays_empty(data_dir):
    db = Database.open(data_dir, run_migrations=False)
    try:
        assert migrate.current_revision(db.engine) is None
    finally:
        db.close()
    assert "table" not in sqlite_objects(database_path(data_dir))


def test_services_work_on_a_freshly_migrated_file(data_dir):
    clock = FixedClock(date(2026, 11, 22))
    with open_services(data_dir, clock) as services:
        assert services.customers.count() == 0
        assert services.registers.list() == []
        assert services.requests.list() == []


def test_the_head_constant_matches_the_migrations():
    """Start-up compares registers with migrate.HEAD instead of asking Alembic."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert script.get_current_head() == migrate.HEAD


def test_registers_from_before_0008_are_written_in_the_document_language(data_dir, clock):
    from dataclasses import replace

    from helpers.sample import CONTROLLER

    from tietosuoja_desktop.domain.enums import Language

    with open_services(data_dir, clock) as services:
        services.controller.save(replace(CONTROLLER, document_language=Language.SV))
        services.registers.add(REGISTER)
    engine = make_engine(database_path(data_dir), key_of(data_dir))
    try:
        with engine.begin() as connection:
            command.downgrade(migrate.alembic_config(connection), "0007")
    finally:
        engine.dispose()
    with open_services(data_dir, clock) as services:
        (register,) = services.registers.list()
    assert register.text_language is Language.SV
