"""Legitimate-interest assessments: recording the balancing test behind each purpose on
Art 6(1)(f) (domain/interest_assessments.py). One transaction and one audit entry per use case;
the audit names the purpose and the fields, never their values."""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy import select

from ..domain.interest_assessments import (
    InterestAssessment,
    assessment_problems,
    is_current,
)
from ..domain.records import RegisterDescription
from ..domain.validation import ValidationError
from ..storage.mapping import assessment_record, fill_assessment, register_record
from ..storage.models import InterestAssessmentRow, RegisterRow
from . import audit
from .errors import NotFound

ENTITY = "interest_assessment"


@dataclass(frozen=True)
class AssessmentView:
    """An assessment with whether it still belongs to its purpose."""

    assessment: InterestAssessment
    current: bool


class InterestAssessmentService:
    def __init__(self, db, clock) -> None:
        self._db = db
        self._clock = clock

    @staticmethod
    def _register(session, register_id: int) -> RegisterDescription:
        row = session.get(RegisterRow, register_id)
        if row is None:
            raise NotFound("register", register_id)
        return register_record(row)

    def list(self, register_id: int) -> list[AssessmentView]:
        """The register's assessments by purpose position, each marked current or not."""
        with self._db.reading() as session:
            register = self._register(session, register_id)
            rows = session.scalars(
                select(InterestAssessmentRow)
                .where(InterestAssessmentRow.register_id == register_id)
                .order_by(InterestAssessmentRow.position)
            )
            found = [assessment_record(row) for row in rows]
        return [AssessmentView(a, is_current(a, register)) for a in found]

    def get(self, register_id: int, position: int) -> AssessmentView | None:
        return next((v for v in self.list(register_id) if v.assessment.position == position), None)

    def save(self, assessment: InterestAssessment) -> InterestAssessment:
        """Record or replace the assessment of the purpose at ``assessment.position``."""
        with self._db.transaction() as session:
            register = self._register(session, assessment.register_id)
            cleaned, problems = assessment_problems(assessment, register, self._clock.today())
            if problems:
                raise ValidationError(problems)
            key = (cleaned.register_id, cleaned.position)
            row = session.get(InterestAssessmentRow, key)
            if row is None:
                row = InterestAssessmentRow(register_id=key[0], position=key[1])
                session.add(row)
                action, changed = "create", [f.name for f in fields(InterestAssessment)][2:]
            else:
                before = assessment_record(row)
                action = "update"
                changed = [
                    f.name
                    for f in fields(InterestAssessment)
                    if getattr(before, f.name) != getattr(cleaned, f.name)
                ]
                if not changed:
                    return before
            fill_assessment(row, cleaned)
            session.flush()
            audit.record(
                session,
                self._clock.now(),
                action,
                ENTITY,
                cleaned.register_id,
                [f"purposes[{cleaned.position}]", *changed],
            )
            return assessment_record(row)

    def delete(self, register_id: int, position: int) -> None:
        with self._db.transaction() as session:
            row = session.get(InterestAssessmentRow, (register_id, position))
            if row is None:
                raise NotFound(ENTITY, position + 1)
            session.delete(row)
            audit.record(
                session, self._clock.now(), "delete", ENTITY, register_id, [f"purposes[{position}]"]
            )
