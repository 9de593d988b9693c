"""Is the register file whole? Checked on every start, so that a damaged file meets a clear
message and the offer of the latest good backup, never a crash half-way through a page or a
silently empty register.

``PRAGMA quick_check`` reads every page: about 0.8 s of CPU for a register of 100,000 customers,
too slow for every start (and every command). So a start runs it when it matters: when the last
session did not end cleanly (its WAL or shared-memory file is still there: a crash, a killed
process, a power cut — what damages SQLite files in practice) or when a later check asked for
it. Otherwise a start checks what is cheap (the header, the size the file should have, the
schema) and the full check runs on each automatic backup at exit instead, where a damaged page
shows up in the copy (see ``services/backups.py``) and makes the next start check in full."""

from __future__ import annotations

from pathlib import Path

from . import encryption
from .encryption import HEADER, EncryptionError, RegisterKey

__all__ = [
    "HEADER",
    "RegisterDamaged",
    "damage_behind",
    "ensure_intact",
    "integrity_check",
    "quick_check",
]
MARKER_SUFFIX = ".check-next-start"


class RegisterDamaged(RuntimeError):
    """The register file failed its integrity check. ``latest_backup`` is the newest backup
    that passes the same check (None when there is none)."""

    def __init__(self, path: Path, problems: list[str], latest_backup: Path | None) -> None:
        super().__init__(f"the register {path} is damaged: {'; '.join(problems[:3])}")
        self.path = path
        self.problems = problems
        self.latest_backup = latest_backup
        # The key that opened an encrypted register (the restore needs it); None when plain.
        self.key: RegisterKey | None = None


def _check(path: Path, pragma: str, key: RegisterKey | None) -> list[str]:
    """``pragma``'s problems. An encrypted file the key does not open is reported as a problem
    too (for a backup: made with another passphrase); ``ensure_intact`` checks the key first."""
    if not Path(path).exists():
        return []
    errors = encryption.database_errors()
    try:
        connection = encryption.connect(path, key)
    except EncryptionError as error:
        return [str(error)]
    except errors as error:
        return [str(error)]
    try:
        rows = connection.execute(pragma).fetchall()
    except errors as error:  # e.g. "file is not a database"
        return [str(error)]
    finally:
        connection.close()
    messages = [str(row[0]) for row in rows]
    return [] if messages == ["ok"] else messages


def quick_check(path: Path, key: RegisterKey | None = None) -> list[str]:
    """Problems ``PRAGMA quick_check`` finds (every page and record, not index contents); []
    when fine or when there is no file yet."""
    return _check(path, "PRAGMA quick_check", key)


def integrity_check(path: Path, key: RegisterKey | None = None) -> list[str]:
    """Problems the full ``PRAGMA integrity_check`` finds (indexes included)."""
    return _check(path, "PRAGMA integrity_check", key)


def cheap_check(path: Path, key: RegisterKey | None = None) -> list[str]:
    """What can be seen without reading every page: the header, a file not cut short, a
    readable schema."""
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return []
    if key is None:
        with open(path, "rb") as handle:
            if handle.read(len(HEADER)) != HEADER:
                return ["file is not a database"]
    try:
        connection = encryption.connect(path, key)
        try:
            page_size = int(connection.execute("PRAGMA page_size").fetchone()[0])
            pages = int(connection.execute("PRAGMA page_count").fetchone()[0])
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except encryption.database_errors() as error:
        return [str(error)]
    if page_size * pages > path.stat().st_size:
        return [f"the file is shorter than its {pages} pages"]
    return []


def marker(path: Path) -> Path:
    return path.with_name(path.name + MARKER_SUFFIX)


def request_full_check(path: Path) -> None:
    """Make the next start run the full check (e.g. when a backup of the register failed it)."""
    marker(path).touch()


def needs_full_check(path: Path) -> bool:
    """Whether the last session ended uncleanly or a full check was asked for. Call it before
    opening the register: opening creates the WAL files."""
    path = Path(path)
    leftovers = (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"))
    return marker(path).exists() or any(p.exists() for p in leftovers)


def latest_good_backup(folder: Path, key: RegisterKey | None = None) -> Path | None:
    """The newest ``*.sqlite`` file in ``folder`` that passes the quick check (and that
    ``key`` opens, when it is encrypted)."""
    if not folder.is_dir():
        return None
    candidates = sorted(folder.glob("*.sqlite"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for candidate in candidates:
        if not quick_check(candidate, key):
            return candidate
    return None


def ensure_intact(path: Path, backups: Path, key: RegisterKey | None = None) -> None:
    """The start-up check (see the module text); raises :class:`RegisterDamaged`, or
    :class:`~.encryption.WrongPassphrase` before any check when ``key`` does not open it."""
    path = Path(path)
    if key is not None:
        try:
            encryption.check_key(path, key)
        except encryption.database_errors():
            pass  # damage past the first page: reported below
    full = needs_full_check(path)
    problems = quick_check(path, key) if full else cheap_check(path, key)
    if problems:
        error = RegisterDamaged(path, problems, latest_good_backup(backups, key))
        error.key = key
        raise error
    if full:
        marker(path).unlink(missing_ok=True)


def damage_behind(
    path: Path, backups: Path, key: RegisterKey | None = None
) -> RegisterDamaged | None:
    """After a database error met while using the register (a page whose checksum fails, a
    "malformed" page): the :class:`RegisterDamaged` to raise in its place when the quick check
    confirms the file is damaged, None when it does not (the error is something else). The
    next start then checks in full and offers the latest good backup."""
    problems = quick_check(path, key)
    if not problems:
        return None
    request_full_check(path)
    error = RegisterDamaged(Path(path), problems, latest_good_backup(backups, key))
    error.key = key
    return error
