"""Registers for tests, plain or encrypted: the ``register_kind`` fixture runs every test that
uses ``data_dir`` or ``services`` against both."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from tietosuoja_desktop.paths import database_path
from tietosuoja_desktop.storage import encryption, keystore
from tietosuoja_desktop.storage.encryption import RegisterKey

TEST_PASSPHRASE = "correct horse battery staple"
CUSTOMER_NAME = "Plaintextinen"  # grep the bytes of encrypted files for it


@cache
def fixed_test_key() -> RegisterKey:
    """Derived once per session (the key derivation takes a quarter of a second)."""
    return RegisterKey.derive(TEST_PASSPHRASE, bytes(range(16)))


def make_encrypted_register(data_dir: Path, *, remember: bool = True) -> RegisterKey:
    """An empty encrypted register file in ``data_dir`` (the app migrates it on opening), its
    key kept in the (test) key store so that opening by path works as on a user's computer."""
    data_dir.mkdir(parents=True, exist_ok=True)
    key = fixed_test_key()
    connection = encryption.connect(database_path(data_dir), key)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
    finally:
        connection.close()
    if remember:
        keystore.remember(data_dir, key)
    return key


def connect(path: Path):
    """A DB-API connection to an existing register or backup file, plain or encrypted with
    the test key (a new file is made plain)."""
    path = Path(path)
    return encryption.connect(path, fixed_test_key() if encryption.is_encrypted(path) else None)


def key_of(data_dir: Path) -> RegisterKey | None:
    """The key a test register in ``data_dir`` uses (None when plain)."""
    return fixed_test_key() if encryption.is_encrypted(database_path(data_dir)) else None


def damage_deep_pages(path: Path) -> None:
    """Damage at rest, after a clean close: deep pages that hold rows (the customer tables'
    root pages; the last pages of the file may be empty tables of a newer migration)."""
    connection = connect(path)
    try:
        roots = [
            row[0]
            for row in connection.execute(
                "SELECT rootpage FROM sqlite_master WHERE name IN ('customer', 'customer_search')"
            )
        ]
    finally:
        connection.close()
    data = bytearray(path.read_bytes())
    for page in roots:  # 1-based page numbers
        start = (page - 1) * 4096
        data[start + 8 : start + 64] = b"\xff" * 56
    path.write_bytes(bytes(data))


def damage_table(path: Path, table: str = "customer") -> None:
    """Overwrite the start of the root pages of ``table`` and its indexes the way a failing
    disk does: an encrypted page then fails its checksum (SQLCipher: "SQL logic error"), a
    plain one no longer reads as a b-tree page. The file's header and schema page stay whole,
    so the register still opens and the damage is met by the first command that reads the
    table. Close the register first (its WAL checkpointed)."""
    path = Path(path)
    connection = connect(path)
    try:
        page_size = int(connection.execute("PRAGMA page_size").fetchone()[0])
        roots = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE tbl_name = ? AND rootpage > 0", (table,)
        ).fetchall()
    finally:
        connection.close()
    with open(path, "r+b") as handle:
        for (root,) in roots:
            handle.seek((root - 1) * page_size)
            handle.write(b"\xff" * 8)


def stamp_revision(data_dir: Path, revision: str) -> None:
    """Set the register's schema revision with plain SQL, as a newer version of the app that
    migrated the file leaves it (its own revision, unknown to this version)."""
    connection = connect(database_path(data_dir))
    try:
        with connection:
            connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    finally:
        connection.close()
