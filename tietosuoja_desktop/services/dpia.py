"""A register's DPIA screening and light DPIA (domain/dpia.py): recorded, read and removed.
One transaction and one audit entry per use case; the audit names fields, never their values."""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy import select

from ..domain.dpia import (
    Dpia,
    DpiaScreening,
    DpiaStatus,
    DpiaSummary,
    dpia_problems,
    dpia_status,
    screening_problems,
)
from ..domain.validation import ValidationError
from ..storage.dpia_mapping import dpia_record, fill_dpia, fill_screening, screening_record
from ..storage.models import DpiaRow, DpiaScreeningRow, RegisterRow
from . import audit
from .errors import NotFound

SCREENING = "dpia_screening"
DPIA = "dpia"
MAPPERS = {
    DpiaScreeningRow: (screening_record, fill_screening),
    DpiaRow: (dpia_record, fill_dpia),
}


@dataclass(frozen=True)
class DpiaFile:
    """Everything recorded of one register's DPIA."""

    register_id: int
    screening: DpiaScreening | None
    dpia: Dpia | None

    @property
    def status(self) -> DpiaStatus:
        needed = None if self.screening is None else self.screening.needed
        return dpia_status(needed, self.dpia is not None)


def _changed(record_type, before, after) -> list[str]:
    names = [f.name for f in fields(record_type) if f.name != "register_id"]
    if before is None:
        return names
    return [name for name in names if getattr(before, name) != getattr(after, name)]


class DpiaService:
    def __init__(self, db, clock) -> None:
        self._db = db
        self._clock = clock

    @staticmethod
    def _check_register(session, register_id: int) -> None:
        if session.get(RegisterRow, register_id) is None:
            raise NotFound("register", register_id)

    def get(self, register_id: int) -> DpiaFile:
        with self._db.reading() as session:
            self._check_register(session, register_id)
            screening = session.get(DpiaScreeningRow, register_id)
            dpia = session.get(DpiaRow, register_id)
            return DpiaFile(
                register_id,
                screening_record(screening) if screening else None,
                dpia_record(dpia) if dpia else None,
            )

    def summaries(self) -> dict[int, DpiaSummary]:
        """Every register's status and date, by register id (one read for the Art 30 record
        and the Registers page)."""
        with self._db.reading() as session:
            ids = session.scalars(select(RegisterRow.id)).all()
            screened = {
                row.register_id: (row.needed, row.screened_on)
                for row in session.execute(
                    select(
                        DpiaScreeningRow.register_id,
                        DpiaScreeningRow.needed,
                        DpiaScreeningRow.screened_on,
                    )
                )
            }
            assessed = dict(session.execute(select(DpiaRow.register_id, DpiaRow.assessed_on)).all())
        summaries = {}
        for register_id in ids:
            needed, screened_on = screened.get(register_id, (None, None))
            status = dpia_status(needed, register_id in assessed)
            dated = assessed[register_id] if status is DpiaStatus.DONE else screened_on
            summaries[register_id] = DpiaSummary(status, dated)
        return summaries

    def statuses(self) -> dict[int, DpiaStatus]:
        return {register_id: s.status for register_id, s in self.summaries().items()}

    def save_screening(self, screening: DpiaScreening) -> DpiaScreening:
        """Record or replace the register's screening."""
        return self.save(screening)[0]

    def save_dpia(self, dpia: Dpia) -> Dpia:
        """Record or replace the register's light DPIA; the screening must have found it needed."""
        with self._db.transaction() as session:
            self._check_register(session, dpia.register_id)
            row = session.get(DpiaScreeningRow, dpia.register_id)
            return self._save_dpia(session, dpia, screening_record(row) if row else None)

    def save(
        self, screening: DpiaScreening, dpia: Dpia | None = None
    ) -> tuple[DpiaScreening, Dpia | None]:
        """The screening and, when given, the DPIA it calls for, in one transaction: every
        problem of both is told at once and neither is kept unless both are."""
        with self._db.transaction() as session:
            self._check_register(session, screening.register_id)
            cleaned, problems = screening_problems(screening, self._clock.today())
            if dpia is not None:
                problems += dpia_problems(dpia, cleaned, self._clock.today())[1]
            if problems:
                raise ValidationError(problems)
            saved = self._keep(session, DpiaScreeningRow, SCREENING, cleaned)
            if dpia is not None:
                return saved, self._save_dpia(session, dpia, saved)
            return saved, None

    def _save_dpia(self, session, dpia: Dpia, screening: DpiaScreening | None) -> Dpia:
        cleaned, problems = dpia_problems(dpia, screening, self._clock.today())
        if problems:
            raise ValidationError(problems)
        return self._keep(session, DpiaRow, DPIA, cleaned)

    def _keep(self, session, row_type, entity: str, record):
        """Store a cleaned screening or DPIA; audited with the fields that changed."""
        to_record, fill = MAPPERS[row_type]
        row = session.get(row_type, record.register_id)
        before = to_record(row) if row is not None else None
        changed = _changed(type(record), before, record)
        if not changed:
            return before
        if row is None:
            row = row_type(register_id=record.register_id)
            session.add(row)
        fill(row, record)
        session.flush()
        action = "create" if before is None else "update"
        audit.record(session, self._clock.now(), action, entity, record.register_id, changed)
        return to_record(row)

    def delete(self, register_id: int) -> None:
        """Remove the register's screening and its DPIA (to screen again from nothing)."""
        with self._db.transaction() as session:
            removed = []
            for row_type, entity in ((DpiaRow, DPIA), (DpiaScreeningRow, SCREENING)):
                row = session.get(row_type, register_id)
                if row is not None:
                    session.delete(row)
                    removed.append(entity)
            if not removed:
                raise NotFound(SCREENING, register_id)
            session.flush()
            for entity in removed:
                audit.record(session, self._clock.now(), "delete", entity, register_id, [])
