"""The audit trail: every change the services make, by action, entity, id and field names.
Personal values never go in here (the log survives an erasure).

The entries form a hash chain (domain/audit_chain.py): ``record`` gives each new entry the hash
of the one before it, reading the newest stored hash once per transaction and keeping the
chain's end in the session's ``info`` for the entries that follow in the same transaction."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import datetime
from itertools import islice
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.audit_chain import (
    GENESIS,
    ChainCheck,
    ChainEntry,
    ChainHead,
    canonical_at,
    entry_hash,
    walk,
)
from ..domain.records import AuditEntry
from ..storage import audit_queries as queries
from ..storage.mapping import audit_record
from ..storage.models import AuditRow

_CHAIN_END = "audit_chain_end"  # session.info key: (the transaction, the newest hash in it)
CSV_HEADER = ("id", "at", "action", "entity", "entity_id", "fields", "prev_hash", "hash")


def record(
    session: Session,
    at: datetime,
    action: str,
    entity: str,
    entity_id: int | None,
    fields: Iterable[str] = (),
) -> None:
    """Add one entry, chained to the newest entry (stored or added earlier in this session's
    transaction)."""
    transaction = session.get_transaction()
    kept = session.info.get(_CHAIN_END)
    if kept is not None and transaction is not None and kept[0] is transaction:
        previous = kept[1]
    else:
        newest = select(AuditRow.hash).order_by(AuditRow.id.desc()).limit(1)
        previous = session.execute(newest, execution_options={"autoflush": False}).scalar()
        previous = previous or GENESIS
    joined = ",".join(fields)
    digest = entry_hash(previous, at, action, entity, entity_id, joined)
    session.add(
        AuditRow(
            at=at,
            action=action,
            entity=entity,
            entity_id=entity_id,
            fields=joined,
            prev_hash=previous,
            hash=digest,
        )
    )
    session.info[_CHAIN_END] = (transaction, digest)


PDF_MAX_ENTRIES = 5000
"""The newest entries a PDF export lists (about a hundred pages); the CSV holds every entry."""


class AuditService:
    def __init__(self, services) -> None:
        self._services = services
        self._db = services.db

    def history(self, entity: str, entity_id: int, limit: int = 500) -> list[AuditEntry]:
        with self._db.reading() as session:
            rows = session.scalars(
                select(AuditRow)
                .where(AuditRow.entity == entity, AuditRow.entity_id == entity_id)
                .order_by(AuditRow.id.desc())
                .limit(limit)
            )
            return [audit_record(row) for row in rows]

    def recent(self, limit: int = 200, offset: int = 0) -> list[AuditEntry]:
        """The newest entries first; ``offset`` skips that many of the newest."""
        with self._db.reading() as session:
            rows = session.scalars(
                select(AuditRow).order_by(AuditRow.id.desc()).limit(limit).offset(offset)
            )
            return [audit_record(row) for row in rows]

    def entries(self, limit: int = 200, offset: int = 0) -> list[ChainEntry]:
        """Like ``recent`` but with each entry's chain hashes (for lists and exports)."""
        with self._db.reading() as session:
            return queries.newest_entries(session.connection(), limit, offset)

    def count(self) -> int:
        with self._db.reading() as session:
            return queries.entry_count(session.connection())

    def position(self, entry_id: int) -> int:
        """Where entry ``entry_id`` stands in the newest-first order (0 for the newest)."""
        with self._db.reading() as session:
            return queries.count_newer(session.connection(), entry_id)

    def head(self) -> ChainHead:
        """How many entries there are and the newest one's id and hash (to write down)."""
        with self._db.reading() as session:
            connection = session.connection()
            count = queries.entry_count(connection)
            newest = queries.newest_link(connection)
        return ChainHead(count, *newest) if newest else ChainHead(0, None, GENESIS)

    def verify(self, expected_head: str | None = None) -> ChainCheck:
        """Walk the whole chain in id order, in one read transaction, streaming; the result
        names the first broken link. ``expected_head`` (``count:hash`` kept from an earlier
        check) must still be in the chain: that is what shows newest entries removed.
        Raises ValueError for a malformed ``expected_head``."""
        with self._db.reading() as session:
            connection = session.connection()
            return walk(
                queries.chain_entries(connection),
                lambda digest: queries.id_of_hash(connection, digest),
                expected_head=expected_head,
            )

    # -- exports ------------------------------------------------------------------------------

    def _note_export(self, fmt: str) -> None:
        with self._db.transaction() as session:
            record(session, self._services.clock.now(), "export", "audit_log", None, [fmt])

    def export_csv(self, path: Path) -> ChainCheck:
        """Write every entry, oldest first, with its hashes to ``path`` (UTF-8, comma
        separated); the export itself is the last entry. Returns the check of the chain."""
        self._note_export("csv")
        check = self.verify()
        path = Path(path)
        partial = path.with_name(path.name + ".part")
        with self._db.reading() as session, partial.open("w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(CSV_HEADER)
            for e in queries.chain_entries(session.connection()):
                writer.writerow(
                    (
                        e.id,
                        canonical_at(e.at),  # as hashed: the CSV can be checked on its own
                        e.action,
                        e.entity,
                        "" if e.entity_id is None else e.entity_id,
                        e.fields,
                        e.prev_hash,
                        e.hash,
                    )
                )
        partial.replace(path)
        return check

    def export_pdf(
        self,
        path: Path,
        language,
        *,
        passphrase: str | None = None,
        max_entries: int = PDF_MAX_ENTRIES,
    ) -> ChainCheck:
        """The log as a PDF in ``language``: the check's result (over every entry) and the head
        hash first, then the newest ``max_entries`` entries, newest first (the CSV export holds
        them all; a PDF of a long log would run to thousands of pages). Signed when
        ``passphrase`` (of the signing identity) is given. Needs the business profile."""
        # reportlab only when the audit log is printed
        from ..documents.audit_log import build_audit_log

        documents = self._services.documents
        controller = documents._controller()
        self._note_export("pdf")
        check = self.verify()
        with self._db.reading() as session:
            total = queries.entry_count(session.connection())
            pdf = build_audit_log(
                controller,
                islice(queries.chain_entries(session.connection(), descending=True), max_entries),
                check,
                language,
                printed_at=self._services.clock.now(),
                signature=documents.signature(controller, digital=passphrase is not None),
                total=total,
            )
        if passphrase is not None:
            from ..documents.signing import sign_pdf  # pyHanko only when signing

            pdf = sign_pdf(pdf, documents.signing_dir, passphrase, location=controller.city)
        path = Path(path)
        partial = path.with_name(path.name + ".part")
        partial.write_bytes(pdf)
        partial.replace(path)
        return check
