"""The versions of each register's privacy statement (domain/statement_versions.py): the
history, the version in force on a day, and the next version, numbered and checked before its
PDF is made and kept in the same transaction as the archived PDF."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from ..domain.statement_versions import StatementVersion, in_force, next_version_problems
from ..domain.validation import ValidationError
from ..storage.models import RegisterRow, StatementVersionRow
from .errors import NotFound


def _record(row: StatementVersionRow) -> StatementVersion:
    return StatementVersion(row.register_id, row.number, row.dated, row.note, row.document_id)


class StatementVersionService:
    def __init__(self, db, clock) -> None:
        self._db = db
        self._clock = clock

    def list(self, register_id: int) -> list[StatementVersion]:
        """The register's statement versions, oldest first."""
        with self._db.reading() as session:
            if session.get(RegisterRow, register_id) is None:
                raise NotFound("register", register_id)
            rows = session.scalars(
                select(StatementVersionRow)
                .where(StatementVersionRow.register_id == register_id)
                .order_by(StatementVersionRow.number)
            )
            return [_record(row) for row in rows]

    def in_force(self, register_id: int, day: date) -> StatementVersion | None:
        """The version in force on ``day``; None before the first one."""
        return in_force(self.list(register_id), day)

    def next(
        self, register_id: int, *, dated: date | None = None, note: str = ""
    ) -> tuple[StatementVersion, list[StatementVersion]]:
        """The version the next export will be (dated today unless told), and the history it
        joins; raises ValidationError for a future date or one before the previous version."""
        history = self.list(register_id)
        dated = dated or self._clock.today()
        previous = history[-1] if history else None
        cleaned, problems = next_version_problems(dated, note, self._clock.today(), previous)
        if problems:
            raise ValidationError(problems)
        number = previous.number + 1 if previous else 1
        return StatementVersion(register_id, number, dated, cleaned), history

    @staticmethod
    def keep(session, version: StatementVersion, document_id: int) -> StatementVersion:
        """Store ``version`` as printed by ``document_id``, in the caller's transaction. If
        another export took its number meanwhile, the unique (register, number) key fails the
        transaction rather than keep two versions of one number."""
        taken = session.scalar(
            select(func.max(StatementVersionRow.number)).where(
                StatementVersionRow.register_id == version.register_id
            )
        )
        if (taken or 0) >= version.number:
            raise RuntimeError(f"statement version {version.number} was taken meanwhile")
        session.add(
            StatementVersionRow(
                register_id=version.register_id,
                number=version.number,
                dated=version.dated,
                note=version.note,
                document_id=document_id,
            )
        )
        return StatementVersion(
            version.register_id, version.number, version.dated, version.note, document_id
        )
