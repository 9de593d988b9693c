"""The yearly security review (domain/security_review.py): recorded, read, due. Every review is
kept as made (the file shows the reviews were regular, Art 32(1)(d)); the newest one counts.
One transaction and one audit entry per review; the audit names fields, never their values."""

from __future__ import annotations

from dataclasses import fields, replace

from sqlalchemy import select

from ..domain.security_review import (
    SecurityReview,
    months_later,
    review_due,
    review_problems,
)
from ..domain.validation import ValidationError
from ..storage.models import RegisterRow, SecurityReviewRow
from ..storage.security_mapping import review_record, review_row
from . import audit
from .errors import NotFound

ENTITY = "security_review"


class SecurityReviewService:
    def __init__(self, services) -> None:
        self._services = services
        self._db = services.db
        self._clock = services.clock

    def blank(self) -> SecurityReview:
        """A new review as the form starts it: today, next review a year on, every register."""
        today = self._clock.today()
        with self._db.reading() as session:
            registers = tuple(session.scalars(select(RegisterRow.id).order_by(RegisterRow.id)))
        return SecurityReview(
            reviewed_on=today,
            next_review=months_later(today),
            register_ids=registers,
            app_encrypted=self._services.encryption.encrypted,
        )

    def latest(self) -> SecurityReview | None:
        with self._db.reading() as session:
            row = session.scalars(
                select(SecurityReviewRow).order_by(
                    SecurityReviewRow.reviewed_on.desc(), SecurityReviewRow.id.desc()
                )
            ).first()
            return review_record(row) if row is not None else None

    def history(self) -> list[SecurityReview]:
        """Every review, the newest first."""
        with self._db.reading() as session:
            rows = session.scalars(
                select(SecurityReviewRow).order_by(
                    SecurityReviewRow.reviewed_on.desc(), SecurityReviewRow.id.desc()
                )
            )
            return [review_record(row) for row in rows]

    def get(self, review_id: int) -> SecurityReview:
        with self._db.reading() as session:
            row = session.get(SecurityReviewRow, review_id)
            if row is None:
                raise NotFound(ENTITY, review_id)
            return review_record(row)

    def due(self) -> bool:
        """Whether the review is due: never made, or its next review's day has come."""
        return review_due(self.latest(), self._clock.today())

    def record(self, review: SecurityReview) -> SecurityReview:
        """Keep a new review; the register's encryption is read as it is now, not as given."""
        encrypted = self._services.encryption.encrypted
        with self._db.transaction() as session:
            existing = set(session.scalars(select(RegisterRow.id)))
            cleaned, problems = review_problems(
                review, self._clock.today(), app_encrypted=encrypted, registers=existing
            )
            if problems:
                raise ValidationError(problems)
            row = review_row(replace(cleaned, id=None))
            session.add(row)
            session.flush()
            names = [f.name for f in fields(SecurityReview) if f.name != "id"]
            audit.record(session, self._clock.now(), "create", ENTITY, row.id, names)
            return review_record(row)
