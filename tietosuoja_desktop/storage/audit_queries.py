"""Reading the audit trail's hash chain as stored: counts, the newest entries, the whole chain
streamed in batches (never the whole log in memory at once)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from ..domain.audit_chain import ChainEntry

_COLUMNS = "id, at, action, entity, entity_id, fields, prev_hash, hash"
_BATCH = 2000


def _stored_at(value) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


def _entry(row) -> ChainEntry:
    return ChainEntry(row[0], _stored_at(row[1]), *row[2:])


def entry_count(connection) -> int:
    return connection.exec_driver_sql("SELECT count(*) FROM audit_log").scalar()


def count_newer(connection, entry_id: int) -> int:
    """How many entries are newer than ``entry_id``."""
    return connection.exec_driver_sql(
        "SELECT count(*) FROM audit_log WHERE id > ?", (entry_id,)
    ).scalar()


def newest_entries(connection, limit: int, offset: int) -> list[ChainEntry]:
    result = connection.exec_driver_sql(
        f"SELECT {_COLUMNS} FROM audit_log ORDER BY id DESC LIMIT ? OFFSET ?", (limit, offset)
    )
    return [_entry(row) for row in result.fetchall()]


def newest_link(connection) -> tuple[int, str] | None:
    """The newest entry's id and hash; None for an empty log."""
    row = connection.exec_driver_sql(
        "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"
    ).first()
    return (row[0], row[1]) if row else None


def id_of_hash(connection, digest: str) -> int | None:
    return connection.exec_driver_sql(
        "SELECT id FROM audit_log WHERE hash = ? LIMIT 1", (digest,)
    ).scalar()


def chain_entries(connection, *, descending: bool = False) -> Iterator[ChainEntry]:
    """Every entry in id order (or newest first), read in batches."""
    order = "DESC" if descending else "ASC"
    result = connection.exec_driver_sql(f"SELECT {_COLUMNS} FROM audit_log ORDER BY id {order}")
    while batch := result.fetchmany(_BATCH):
        yield from map(_entry, batch)
