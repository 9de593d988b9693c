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

from .sqlite import sqlite

HEADER = b"SQLite format 3\x00"
MARKER_SUFFIX = ".check-next-start"


class RegisterDamaged(RuntimeError):
    """The register file failed its integrity check. ``latest_backup`` is the newest backup
    that passes the same check (None when there is none)."""

    def __init__(self, path: Path, problems: list[str], latest_backup: Path | None) -> None:
        super().__init__(f"the register {path} is damaged: {'; '.join(problems[:3])}")
        self.path = path
        self.problems = problems
        self.latest_backup = latest_backup


def _check(path: Path, pragma: str) -> list[str]:
    if not Path(path).exists():
        return []
    library = sqlite()
    try:
        connection = library.connect(path)
    except library.Error as error:
        return [str(error)]
    try:
        rows = connection.execute(pragma).fetchall()
    except library.DatabaseError as error:  # e.g. "file is not a database"
        return [str(error)]
    finally:
        connection.close()
    messages = [str(row[0]) for row in rows]
    return [] if messages == ["ok"] else messages


def quick_check(path: Path) -> list[str]:
    """Problems ``PRAGMA quick_check`` finds (every page and record, not index contents); []
    when fine or when there is no file yet."""
    return _check(path, "PRAGMA quick_check")


def integrity_check(path: Path) -> list[str]:
    """Problems the full ``PRAGMA integrity_check`` finds (indexes included)."""
    return _check(path, "PRAGMA integrity_check")


def cheap_check(path: Path) -> list[str]:
    """What can be seen without reading every page: the header, a file not cut short, a
    readable schema."""
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return []
    with open(path, "rb") as handle:
        if handle.read(len(HEADER)) != HEADER:
            return ["file is not a database"]
    library = sqlite()
    try:
        connection = library.connect(path)
        try:
            page_size = connection.execute("PRAGMA page_size").fetchone()[0]
            pages = connection.execute("PRAGMA page_count").fetchone()[0]
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except library.Error as error:
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


def latest_good_backup(folder: Path) -> Path | None:
    """The newest ``*.sqlite`` file in ``folder`` that passes the quick check."""
    if not folder.is_dir():
        return None
    candidates = sorted(folder.glob("*.sqlite"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for candidate in candidates:
        if not quick_check(candidate):
            return candidate
    return None


def ensure_intact(path: Path, backups: Path) -> None:
    """The start-up check (see the module text); raises :class:`RegisterDamaged`."""
    path = Path(path)
    full = needs_full_check(path)
    problems = quick_check(path) if full else cheap_check(path)
    if problems:
        raise RegisterDamaged(path, problems, latest_good_backup(backups))
    if full:
        marker(path).unlink(missing_ok=True)
