"""The audit trail: every change the services make, by action, entity, id and field names.
Personal values never go in here (the log survives an erasure)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.records import AuditEntry
from ..storage.mapping import audit_record
from ..storage.models import AuditRow


def record(
    session: Session,
    at: datetime,
    action: str,
    entity: str,
    entity_id: int | None,
    fields: Iterable[str] = (),
) -> None:
    session.add(
        AuditRow(at=at, action=action, entity=entity, entity_id=entity_id, fields=",".join(fields))
    )


class AuditService:
    def __init__(self, db) -> None:
        self._db = db

    def history(self, entity: str, entity_id: int, limit: int = 500) -> list[AuditEntry]:
        with self._db.reading() as session:
            rows = session.scalars(
                select(AuditRow)
                .where(AuditRow.entity == entity, AuditRow.entity_id == entity_id)
                .order_by(AuditRow.id.desc())
                .limit(limit)
            )
            return [audit_record(row) for row in rows]

    def recent(self, limit: int = 200) -> list[AuditEntry]:
        with self._db.reading() as session:
            rows = session.scalars(select(AuditRow).order_by(AuditRow.id.desc()).limit(limit))
            return [audit_record(row) for row in rows]
