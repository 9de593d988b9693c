"""Legal holds (domain/legal_holds.py): placing and releasing one, and which people a hold
keeps out of bulk retention erasure today. The audit names the fields, never the reason."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from ..domain.legal_holds import LegalHold, check_hold
from ..storage.models import LegalHoldRow
from . import audit
from .customers import load_customer

ENTITY = "customer"


def _record(row: LegalHoldRow) -> LegalHold:
    return LegalHold(row.customer_id, row.reason, row.until, row.placed_on)


class LegalHoldService:
    def __init__(self, db, clock) -> None:
        self._db = db
        self._clock = clock

    def get(self, customer_id: int) -> LegalHold | None:
        """The person's hold, also one whose end date has passed (it no longer applies)."""
        with self._db.reading() as session:
            row = session.get(LegalHoldRow, customer_id)
            return None if row is None else _record(row)

    def place(self, customer_id: int, reason: str, until: date) -> LegalHold:
        """Put the person on hold, or change the hold's reason or end date."""
        now = self._clock.now()
        reason = reason.strip()
        check_hold(reason, until, now.date())
        with self._db.transaction() as session:
            load_customer(session, customer_id)
            row = session.get(LegalHoldRow, customer_id)
            if row is None:
                row = LegalHoldRow(customer_id=customer_id, placed_on=now.date())
                session.add(row)
            row.reason, row.until = reason, until
            audit.record(session, now, "place_hold", ENTITY, customer_id, ["reason", "until"])
            session.flush()
            return _record(row)

    def release(self, customer_id: int) -> bool:
        """End the hold now; False when the person had none."""
        now = self._clock.now()
        with self._db.transaction() as session:
            load_customer(session, customer_id)
            row = session.get(LegalHoldRow, customer_id)
            if row is None:
                return False
            session.delete(row)
            audit.record(session, now, "release_hold", ENTITY, customer_id)
            return True

    def held_ids(self, today: date) -> set[int]:
        """The people a hold applies to today."""
        with self._db.reading() as session:
            return set(
                session.scalars(select(LegalHoldRow.customer_id).where(LegalHoldRow.until >= today))
            )
