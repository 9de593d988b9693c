"""The SQLite library the register uses: sqlean-py, a current SQLite (3.50) built the same on
Windows, macOS and Linux. Python's own sqlite3 links whatever the system has (3.40 here), which
lacks FTS5's ``secure-delete``: without it an erased person's trigrams stay readable in the
search index until the next full merge.

Every connection to a register file must come from this one library: two SQLite libraries in one
process do not see each other's POSIX locks."""

from __future__ import annotations

from types import ModuleType


def sqlite() -> ModuleType:
    import sqlean  # loaded when the first register opens, not by --version

    return sqlean
