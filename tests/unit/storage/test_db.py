"""The register file: pragmas on every connection, all-or-nothing transactions, and one process
at a time per data folder."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path

import pytest
from helpers.holder import held_elsewhere
from helpers.registers import connect as connect_register
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from tietosuoja_desktop.paths import database_path
from tietosuoja_desktop.services import open_services
from tietosuoja_desktop.storage.db import Database
from tietosuoja_desktop.storage.lock import LOCK_NAME, DataFolderInUse, FolderLock
from tietosuoja_desktop.storage.models import AuditRow, ConsentRow, CustomerRow

REPO = Path(__file__).resolve().parents[3]
NOW = datetime(2026, 11, 22, 12, 0)


@pytest.fixture
def db(data_dir):
    opened = Database.open(data_dir)
    try:
        yield opened
    finally:
        opened.close()


def pragmas(connection) -> tuple:
    return tuple(
        connection.exec_driver_sql(f"PRAGMA {name}").scalar()
        for name in ("journal_mode", "foreign_keys", "secure_delete")
    )


def run_python(code: str) -> subprocess.CompletedProcess:
    """Run ``code`` in a separate Python process with the package importable."""
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )


OPEN_IN_OTHER_PROCESS = """
    import sys
    from pathlib import Path
    from tietosuoja_desktop.storage.db import Database
    from tietosuoja_desktop.storage.lock import DataFolderInUse
    sys.path.insert(0, "tests")
    from helpers.registers import key_of
    try:
        db = Database.open(Path({folder!r}), key=key_of(Path({folder!r})))
    except DataFolderInUse as error:
        print(error)
        sys.exit(3)
    db.close()
    print("opened")
"""


def open_elsewhere(folder: Path) -> subprocess.CompletedProcess:
    return run_python(OPEN_IN_OTHER_PROCESS.format(folder=str(folder)))


# -- pragmas ------------------------------------------------------------------------------


def test_every_pooled_connection_has_the_pragmas(db):
    # Two connections open at once are two different SQLite connections.
    with db.engine.connect() as first, db.engine.connect() as second:
        assert first.connection.dbapi_connection is not second.connection.dbapi_connection
        assert pragmas(first) == ("wal", 1, 1)
        assert pragmas(second) == ("wal", 1, 1)


def test_sessions_have_the_pragmas(db):
    with db.transaction() as session:
        assert pragmas(session.connection()) == ("wal", 1, 1)
    with db.reading() as session:
        assert pragmas(session.connection()) == ("wal", 1, 1)


def test_pragmas_survive_a_disposed_pool(db):
    db.engine.dispose()  # every later connection is a brand-new one
    with db.engine.connect() as connection:
        assert pragmas(connection) == ("wal", 1, 1)
        assert connection.exec_driver_sql("PRAGMA temp_store").scalar() == 2  # MEMORY


def test_the_file_itself_is_in_wal_mode(db):
    raw = connect_register(db.path)
    try:
        assert raw.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        raw.close()


def test_foreign_keys_are_enforced(db):
    with pytest.raises(IntegrityError), db.transaction() as session:
        session.add(ConsentRow(customer_id=12345, action="given", purpose="uutiskirje", at=NOW))
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(ConsentRow)) == 0


# -- transactions -------------------------------------------------------------------------


def customer_row(last_name: str) -> CustomerRow:
    return CustomerRow(last_name=last_name, created_at=NOW, updated_at=NOW)


def test_a_transaction_commits_when_the_block_ends(db):
    with db.transaction() as session:
        session.add(customer_row("Pysyvä"))
    with db.reading() as session:
        assert session.scalars(select(CustomerRow.last_name)).all() == ["Pysyvä"]


def test_a_transaction_that_raises_leaves_nothing_written(db):
    with db.transaction() as session:
        session.add(customer_row("Ennestään"))

    with pytest.raises(RuntimeError, match="kesken"), db.transaction() as session:
        session.add(customer_row("Kesken"))
        session.add(AuditRow(at=NOW, action="create", entity="customer", entity_id=2))
        session.flush()  # the rows have reached SQLite, inside the transaction
        assert session.scalar(select(func.count()).select_from(CustomerRow)) == 2
        raise RuntimeError("kesken")

    with db.reading() as session:
        assert session.scalars(select(CustomerRow.last_name)).all() == ["Ennestään"]
        assert session.scalar(select(func.count()).select_from(AuditRow)) == 0


def test_a_failing_statement_rolls_back_the_earlier_ones(db):
    with pytest.raises(IntegrityError), db.transaction() as session:
        session.add(customer_row("Ensimmäinen"))
        session.flush()
        session.add(ConsentRow(customer_id=999, action="given", purpose="x", at=NOW))
        session.flush()
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(CustomerRow)) == 0


def test_an_uncommitted_write_is_not_visible_to_another_connection(db):
    with db.transaction() as session:
        session.add(customer_row("Näkymätön"))
        session.flush()
        with db.engine.connect() as other:
            assert other.execute(text("SELECT count(*) FROM customer")).scalar() == 0


def test_reading_sessions_do_not_write(db):
    with db.reading() as session:
        session.add(customer_row("Luonnos"))
        session.flush()
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(CustomerRow)) == 0


def test_reading_rows_sees_committed_rows_and_writes_nothing(db):
    """The session-less reads of a list page and a search (issue 18) read in a transaction
    of their own (BEGIN, the pragmas), see what was committed, and leave nothing written."""
    with db.transaction() as session:
        session.add(customer_row("Tallennettu"))
    with db.reading_rows() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.in_transaction()  # begun by the first statement
        draft = dict(last_name="Luonnos", created_at=NOW, updated_at=NOW)
        connection.execute(CustomerRow.__table__.insert().values(draft))
        assert connection.execute(text("SELECT count(*) FROM customer")).scalar() == 2
    with db.reading() as session:
        assert session.scalars(select(CustomerRow.last_name)).all() == ["Tallennettu"]


# -- the folder lock ----------------------------------------------------------------------


def test_second_open_in_the_same_process_is_refused(data_dir):
    first = Database.open(data_dir)
    try:
        with pytest.raises(DataFolderInUse) as refused:
            Database.open(data_dir)
        assert refused.value.folder == data_dir
        assert str(data_dir) in str(refused.value)
        # The refused open did not disturb the open register.
        with first.transaction() as session:
            session.add(customer_row("Ensimmäinen"))
    finally:
        first.close()
    second = Database.open(data_dir)
    try:
        with second.reading() as session:
            assert session.scalars(select(CustomerRow.last_name)).all() == ["Ensimmäinen"]
    finally:
        second.close()


def test_open_from_another_process_is_refused_while_open(data_dir):
    db = Database.open(data_dir)
    try:
        refused = open_elsewhere(data_dir)
        assert refused.returncode == 3, refused.stderr
        assert "in use" in refused.stdout
    finally:
        db.close()
    allowed = open_elsewhere(data_dir)
    assert allowed.returncode == 0, allowed.stderr
    assert allowed.stdout.strip() == "opened"


def test_this_process_is_refused_while_another_holds_the_folder(data_dir):
    with held_elsewhere(data_dir):
        with pytest.raises(DataFolderInUse):
            Database.open(data_dir)
        with pytest.raises(DataFolderInUse):
            open_services(data_dir)
    Database.open(data_dir).close()


def test_a_crashed_process_does_not_leave_the_folder_locked(data_dir):
    crashed = run_python(
        f"""
        import os, sys
        from pathlib import Path
        from tietosuoja_desktop.storage.db import Database
        sys.path.insert(0, "tests")
        from helpers.registers import key_of
        Database.open(Path({str(data_dir)!r}), key=key_of(Path({str(data_dir)!r})))
        os._exit(9)  # no close, no clean-up
        """
    )
    assert crashed.returncode == 9, crashed.stderr
    assert (data_dir / LOCK_NAME).exists()
    db = Database.open(data_dir)
    db.close()


def test_close_releases_the_lock(data_dir):
    db = Database.open(data_dir)
    lock = FolderLock(data_dir)
    with pytest.raises(DataFolderInUse):
        lock.acquire()
    db.close()
    lock.acquire()  # free now
    try:
        with pytest.raises(DataFolderInUse):
            Database.open(data_dir)
    finally:
        lock.release()


def test_the_lock_file_names_the_holding_process_and_computer_until_closed(data_dir):
    import os
    import socket

    with Database.open(data_dir):
        held = (data_dir / LOCK_NAME).read_text().splitlines()
        assert held == [str(os.getpid()), socket.gethostname()]
    assert (data_dir / LOCK_NAME).read_text() == ""


def test_context_manager_closes(data_dir):
    with Database.open(data_dir) as db:
        assert db.path == database_path(data_dir)
    assert open_elsewhere(data_dir).returncode == 0


def test_open_creates_a_missing_data_folder(tmp_path):
    folder = tmp_path / "not" / "yet" / "there"
    with Database.open(folder) as db:
        assert db.path.exists()
        assert db.path.parent == folder


# -- checkpoints --------------------------------------------------------------------------


def wal_size(db_path: Path) -> int:
    wal = db_path.with_name(db_path.name + "-wal")
    return wal.stat().st_size if wal.exists() else 0


def test_checkpoint_empties_the_wal(db):
    with db.transaction() as session:
        for index in range(50):
            session.add(customer_row(f"Kirjoitus{index}"))
    assert wal_size(db.path) > 0
    db.checkpoint()
    assert wal_size(db.path) == 0
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(CustomerRow)) == 50


def test_close_checkpoints(data_dir):
    db = Database.open(data_dir)
    with db.transaction() as session:
        session.add(customer_row("Viimeinen"))
    assert wal_size(db.path) > 0
    db.close()
    assert wal_size(database_path(data_dir)) == 0


def test_encrypted_connections_keep_decrypted_pages_in_a_larger_cache(db, register_kind):
    from tietosuoja_desktop.storage.db import ENCRYPTED_CACHE_KIB

    with db.engine.connect() as connection:
        cache = int(connection.exec_driver_sql("PRAGMA cache_size").scalar())
        assert pragmas(connection) == ("wal", 1, 1)
    assert db.encrypted == (register_kind == "encrypted")
    assert cache == (-ENCRYPTED_CACHE_KIB if db.encrypted else -2000)
