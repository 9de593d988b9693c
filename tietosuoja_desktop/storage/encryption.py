"""Encryption at rest: an encrypted register is a standard SQLCipher 4 file.

A plain register is opened with sqlean (``sqlite.py``), an encrypted one with sqlcipher3; which
one a file is, its first 16 bytes tell (a plain SQLite file begins with ``SQLite format 3\\0``,
an encrypted one with its random salt). A file is only ever opened by one of the two libraries
at a time: two SQLite libraries in one process do not see each other's POSIX locks.

The key: SQLCipher turns a passphrase into the page key with PBKDF2-HMAC-SHA512 (256,000
rounds, the file's salt), about 0.25 s, and would do so on every new pooled connection. So the
app derives the same key once, in Python, and hands SQLCipher the raw-key form ``x'key salt'``
from then on. The files stay ordinary SQLCipher 4 files that open with the passphrase alone
(e.g. in DB Browser for SQLite), backups included: each backup carries the same salt.

The passphrase itself is never kept; a :class:`RegisterKey` can check one (the lock screen)."""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from .sqlite import sqlite

HEADER = b"SQLite format 3\x00"
SALT_BYTES = 16
KEY_BYTES = 32
# SQLCipher 4's defaults: the derived key is the one SQLCipher itself would make.
KDF_ALGORITHM = "sha512"
KDF_ITERATIONS = 256_000


class EncryptionError(RuntimeError):
    """Something about the register's encryption that the user has to act on."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = Path(path)


class PassphraseRequired(EncryptionError):
    """The register is encrypted and no key was given (and none is in the key store)."""

    def __init__(self, path: Path) -> None:
        name = Path(path).name
        super().__init__(path, f"the register {name} is encrypted: a passphrase is needed")


class WrongPassphrase(EncryptionError):
    """The key does not open the file. Nothing was written to it."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, f"the passphrase does not open {Path(path).name}")


class EncryptionUnavailable(EncryptionError):
    """sqlcipher3 is not installed on this computer."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, "SQLCipher (the sqlcipher3 package) is not installed")


def sqlcipher(path: Path | None = None) -> ModuleType:
    try:
        import sqlcipher3  # SQLCipher only for an encrypted register
    except ImportError as error:  # pragma: no cover - a dependency on every platform we ship
        raise EncryptionUnavailable(path or Path("register")) from error
    return sqlcipher3


def database_errors() -> tuple[type[BaseException], ...]:
    """The DB-API ``Error`` classes of both libraries (they share no base class)."""
    errors: tuple[type[BaseException], ...] = (sqlite().Error,)
    try:
        import sqlcipher3  # SQLCipher only for an encrypted register
    except ImportError:  # pragma: no cover
        return errors
    return (*errors, sqlcipher3.Error)


@dataclass(frozen=True, repr=False)
class RegisterKey:
    """The raw page key of an encrypted register and the salt it was derived with."""

    key: bytes
    salt: bytes

    def __repr__(self) -> str:  # never print a key, not even into a log or a traceback
        return "RegisterKey(<hidden>)"

    @classmethod
    def derive(cls, passphrase: str, salt: bytes) -> RegisterKey:
        key = hashlib.pbkdf2_hmac(
            KDF_ALGORITHM, passphrase.encode("utf-8"), salt, KDF_ITERATIONS, KEY_BYTES
        )
        return cls(key, bytes(salt))

    @classmethod
    def new(cls, passphrase: str) -> RegisterKey:
        """A key for a file about to be encrypted: a fresh random salt."""
        return cls.derive(passphrase, secrets.token_bytes(SALT_BYTES))

    @classmethod
    def for_file(cls, path: Path, passphrase: str) -> RegisterKey:
        """The key ``passphrase`` gives for the encrypted file at ``path`` (not yet checked)."""
        return cls.derive(passphrase, file_salt(path))

    def matches(self, passphrase: str) -> bool:
        """Whether ``passphrase`` gives this key (e.g. to unlock the idle lock)."""
        return hmac.compare_digest(self.derive(passphrase, self.salt).key, self.key)

    def pragma_value(self) -> str:
        """SQLCipher's raw-key form (key then salt, hex): no key derivation on connect."""
        return f"x'{self.key.hex()}{self.salt.hex()}'"

    def to_text(self) -> str:
        """For the operating system's key store."""
        return f"{self.key.hex()}:{self.salt.hex()}"

    @classmethod
    def from_text(cls, text: str) -> RegisterKey | None:
        try:
            key, salt = text.split(":")
            made = cls(bytes.fromhex(key), bytes.fromhex(salt))
        except ValueError:
            return None
        if len(made.key) != KEY_BYTES or len(made.salt) != SALT_BYTES:
            return None
        return made


def is_encrypted(path: Path) -> bool:
    """Whether the file exists, has content and is not a plain SQLite file."""
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            start = handle.read(len(HEADER))
    except FileNotFoundError:
        return False
    return bool(start) and start != HEADER


def file_salt(path: Path) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(SALT_BYTES)


def apply_key(connection, key: RegisterKey) -> None:
    """Key a fresh sqlcipher3 connection (before anything else touches the file)."""
    connection.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is ours to report
    connection.execute(f'PRAGMA key = "{key.pragma_value()}"')


def connect(path: Path, key: RegisterKey | None = None, *, read_only: bool = False):
    """A DB-API connection to the file at ``path`` from the right library: sqlcipher3 with
    ``key`` when one is given and the file is encrypted or does not exist yet, sqlean
    otherwise. Raises :class:`WrongPassphrase`; a wrong key writes nothing."""
    path = Path(path)
    target = f"file:{path}?mode=ro" if read_only else str(path)
    if key is None or (path.exists() and not is_encrypted(path)):
        return sqlite().connect(target, uri=read_only)  # a headerless file: "not a database"
    library = sqlcipher(path)
    connection = library.connect(target, uri=read_only)
    try:
        apply_key(connection, key)
        # Reads the first page only (its header): a damaged page further on is the integrity
        # check's to report, not a wrong key.
        connection.execute("PRAGMA user_version").fetchone()
    except library.DatabaseError as error:
        connection.close()
        # SQLITE_NOTADB: page 1 does not decrypt. Anything else (e.g. a file cut short) is
        # damage, for the integrity check to report.
        if "not a database" in str(error) and is_encrypted(path):
            raise WrongPassphrase(path) from error
        raise
    return connection


def check_key(path: Path, key: RegisterKey | None) -> None:
    """Raise :class:`PassphraseRequired` or :class:`WrongPassphrase` unless ``key`` opens the
    file (nothing to check for a plain or missing file)."""
    if not is_encrypted(path):
        return
    if key is None:
        raise PassphraseRequired(path)
    # Not read-only: a read-only connection to a WAL file leaves its -wal and -shm files
    # behind, which the next start takes for a crash.
    connect(path, key).close()


def table_counts(connection) -> dict[str, int]:
    """Rows in every table (virtual tables and FTS shadow tables included)."""
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        )
    ]
    return {
        name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names
    }


def export(
    source: Path,
    source_key: RegisterKey | None,
    target: Path,
    target_key: RegisterKey | None,
) -> dict[str, int]:
    """Write a complete copy of ``source`` into the new file ``target`` with SQLCipher's
    ``sqlcipher_export`` (plain to encrypted, encrypted to plain, or to a new key), then check
    that every table has as many rows in both. Returns the counts. ``source`` must not be open
    in this process through sqlean (see the module text)."""
    source, target = Path(source), Path(target)
    if target.exists():
        raise FileExistsError(target)
    library = sqlcipher(source)
    connection = library.connect(str(source))
    try:
        connection.isolation_level = None
        if is_encrypted(source):
            if source_key is None:
                raise PassphraseRequired(source)
            apply_key(connection, source_key)
        try:
            before = table_counts(connection)
        except library.DatabaseError as error:
            raise WrongPassphrase(source) from error
        value = target_key.pragma_value() if target_key else ""
        connection.execute("ATTACH DATABASE ? AS converted KEY ?", (str(target), value))
        try:
            connection.execute("SELECT sqlcipher_export('converted')")
            version = connection.execute("PRAGMA main.user_version").fetchone()[0]
            connection.execute(f"PRAGMA converted.user_version = {int(version)}")
        finally:
            connection.execute("DETACH DATABASE converted")
    finally:
        connection.close()
    with contextlib.closing(connect(target, target_key)) as check:
        after = table_counts(check)
        problems = check.execute("PRAGMA quick_check").fetchall()
    if after != before or [row[0] for row in problems] != ["ok"]:
        remove_securely(target)
        raise RuntimeError("the converted copy does not match the register; nothing was changed")
    return after


def remove_securely(path: Path) -> None:
    """Overwrite a file with zeros, sync, then delete it, with its WAL and shared-memory files.
    On SSDs and copy-on-write file systems the old blocks may survive the overwrite; the
    operating system's full-disk encryption is what covers that."""
    path = Path(path)
    for each in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            size = each.stat().st_size
        except FileNotFoundError:
            continue
        with open(each, "r+b") as handle:
            chunk = b"\0" * (1 << 20)
            written = 0
            while written < size:
                handle.write(chunk[: min(len(chunk), size - written)])
                written += min(len(chunk), size - written)
            handle.flush()
            os.fsync(handle.fileno())
        each.unlink()


def swap_in(register: Path, converted: Path) -> None:
    """Put the closed, complete file ``converted`` (same folder) in place of ``register`` with
    one atomic rename, then overwrite and delete the old file. Every connection to
    ``register`` must be closed."""
    register, converted = Path(register), Path(converted)
    with open(converted, "rb+") as handle:
        os.fsync(handle.fileno())
    old = register.with_name(f".{register.name}.replaced")
    remove_securely(old)
    for suffix in ("-wal", "-shm"):
        register.with_name(register.name + suffix).unlink(missing_ok=True)
    try:
        os.link(register, old)  # keeps the old content reachable to overwrite it after the swap
    except OSError:  # pragma: no cover - file systems without hard links (FAT)
        old = None
    os.replace(converted, register)
    if old is not None:
        remove_securely(old)
