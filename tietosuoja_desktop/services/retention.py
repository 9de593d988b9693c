"""Retention: who has outlived their register's retention rule today."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from ..domain.clock import add_months
from ..domain.records import Customer
from ..storage.customer_queries import anchor_column, retention_cutoff
from ..storage.mapping import customer_record
from ..storage.models import CustomerRegisterRow, CustomerRow


@dataclass(frozen=True)
class RetentionDue:
    customer: Customer
    register_id: int
    register_name: str
    anchor: date  # the date the period is counted from
    expired_on: date  # anchor + the register's years


class RetentionService:
    def __init__(self, db, clock, registers) -> None:
        self._db = db
        self._clock = clock
        self._registers = registers

    def due(self, limit: int | None = None) -> list[RetentionDue]:
        """(customer, register) pairs past the register's rule, longest expired first."""
        today = self._clock.today()
        found: list[RetentionDue] = []
        with self._db.reading() as session:
            for register in self._registers.list():
                years = register.retention.years
                if years is None:
                    continue
                anchor = anchor_column(register.retention.anchor)
                statement = (
                    select(CustomerRow, anchor)
                    .join(CustomerRegisterRow, CustomerRegisterRow.customer_id == CustomerRow.id)
                    .where(
                        CustomerRegisterRow.register_id == register.id,
                        anchor < retention_cutoff(years, today),
                    )
                    .order_by(anchor, CustomerRow.id)
                )
                if limit is not None:
                    statement = statement.limit(limit)
                for row, anchored in session.execute(statement):
                    found.append(
                        RetentionDue(
                            customer=customer_record(row),
                            register_id=register.id,
                            register_name=register.name,
                            anchor=anchored,
                            expired_on=add_months(anchored, 12 * years),
                        )
                    )
        found.sort(key=lambda item: (item.expired_on, item.customer.id))
        return found[:limit] if limit is not None else found
