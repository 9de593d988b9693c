"""Is the register file whole? Checked on every start, so that a damaged file meets a clear
message and the offer of the latest good backup, never a crash half-way through a page or a
silently empty register.

``PRAGMA quick_check`` reads every page: about 0.8 s of CPU for a register of 100,000 customers,
too slow for every start (and every command). So a start runs it when it matters: when the last
session did not end cleanly (its WAL or shared-memory file is still there: a crash, a killed
process, a power cut — what damages SQLite files in practice) or when a later check asked for
it. Otherwise a start checks what is cheap (the header, the size the file should have, the
schema) and the full check runs on each automatic backup at exit instead, where a damaged page
shows up in the copy (see ``services/backups.py``) and makes the next start check in full.

The window's start may defer the full check (``ensure_intact(..., defer=True)``): the cheap
check runs at once, the full one is returned as a :class:`PendingCheck` to run off the GUI
thread after the first paint (13 s at a million customers). Until it has passed, writes wait
for it (``Database.transaction``); the file beside the register that asks for a full check
stays until it passes, so a session that ends before the check did leaves it for the next."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from . import encryption
from .encryption import HEADER, EncryptionError, RegisterKey

__all__ = [
    "HEADER",
    "PendingCheck",
    "RegisterDamaged",
    "damage_behind",
    "ensure_intact",
    "integrity_check",
    "quick_check",
]
MARKER_SUFFIX = ".check-next-start"
FAILED = "failed"  # what the marker holds after a deferred check failed


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


def _check(
    path: Path, pragma: str, key: RegisterKey | None, hold: Callable[[object], None] | None = None
) -> list[str]:
    """``pragma``'s problems. An encrypted file the key does not open is reported as a problem
    too (for a backup: made with another passphrase); ``ensure_intact`` checks the key first.
    ``hold(connection)`` is given the connection while the check runs (to interrupt it)."""
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
        if hold is not None:
            hold(connection)
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


def failed_before(path: Path) -> bool:
    """Whether a deferred check failed (the next start checks before the window opens)."""
    try:
        return marker(path).read_text(encoding="utf-8") == FAILED
    except OSError:
        return False


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


def ensure_intact(
    path: Path,
    backups: Path,
    key: RegisterKey | None = None,
    *,
    defer: bool = False,
    full: bool | None = None,
) -> PendingCheck | None:
    """The start-up check (see the module text); raises :class:`RegisterDamaged`, or
    :class:`~.encryption.WrongPassphrase` before any check when ``key`` does not open it.
    With ``defer``, a full check due is returned to be run later (after the cheap one).
    ``full``: :func:`needs_full_check` as it was before anything opened the file (opening
    and closing an encrypted one to test its key removes a crashed session's WAL)."""
    path = Path(path)
    if key is not None:
        try:
            encryption.check_key(path, key)
        except encryption.database_errors():
            pass  # damage past the first page: reported below
    full = needs_full_check(path) if full is None else full
    if full and defer and not failed_before(path):
        request_full_check(path)  # until it has passed, whenever the session ends
        full = False
        pending = PendingCheck(path, backups, key)
    else:
        pending = None
    problems = quick_check(path, key) if full else cheap_check(path, key)
    if problems:
        raise _damaged(path, problems, backups, key)
    if full:
        marker(path).unlink(missing_ok=True)
    return pending


def _damaged(path: Path, problems: list[str], backups: Path, key) -> RegisterDamaged:
    error = RegisterDamaged(path, problems, latest_good_backup(backups, key))
    error.key = key
    return error


class PendingCheck:
    """A register's full check left for later (see the module text). ``run()`` (off the GUI
    thread) runs it, or waits for the run under way, and raises :class:`RegisterDamaged` when
    the register failed it (a ``RuntimeError`` when it was cancelled); ``cancel()`` (at
    closing) interrupts it. A write that comes before the run was started runs it itself."""

    def __init__(self, path: Path, backups: Path, key: RegisterKey | None) -> None:
        self._path, self._backups, self._key = Path(path), Path(backups), key
        self._done = threading.Event()
        self._guard = threading.Lock()
        self._connection = None
        self._cancelled = self._started = False
        self.error: BaseException | None = None

    @property
    def passed(self) -> bool:
        return self._done.is_set() and self.error is None

    @property
    def failed(self) -> bool:
        return isinstance(self.error, RegisterDamaged)

    def _hold(self, connection) -> None:
        with self._guard:
            if self._cancelled:
                connection.interrupt()
            self._connection = connection

    def run(self) -> None:
        with self._guard:
            started, self._started = self._started, True
        if not started:
            self._check()
        self.wait_passed()

    def _check(self) -> None:
        problems = _check(self._path, "PRAGMA quick_check", self._key, self._hold)
        with self._guard:
            self._connection = None
            if self._cancelled:
                return
            if problems:
                marker(self._path).write_text(FAILED, encoding="utf-8")
                self.error = _damaged(self._path, problems, self._backups, self._key)
            else:
                marker(self._path).unlink(missing_ok=True)
            self._done.set()

    def wait_passed(self) -> None:
        self._done.wait()
        if self.error is not None:
            raise self.error

    def cancel(self) -> None:
        """Stop a check under way; writes waiting for it fail. The next start checks again."""
        with self._guard:
            if self._done.is_set():
                return
            self._cancelled = True
            self.error = RuntimeError("the register's check did not finish")
            if self._connection is not None:
                self._connection.interrupt()
            self._done.set()


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
    return _damaged(Path(path), problems, backups, key)
