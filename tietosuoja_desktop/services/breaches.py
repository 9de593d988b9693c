"""The breach log (Art 33-34): logging a breach, its 72-hour clock, the notification to the
authority, telling the people affected, closing it. One transaction and one audit entry per use
case; the audit names fields, never values."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import delete, select

from ..domain.breach_validation import clean_breach, closing_problems
from ..domain.breaches import (
    Breach,
    BreachStatus,
    InformExemption,
    hours_left,
    notification_due,
    notification_urgency,
)
from ..domain.clock import Urgency
from ..domain.records import Customer
from ..storage.mapping import breach_record, customer_record, fill_breach
from ..storage.models import BreachCustomerRow, BreachRow, CustomerRow
from . import audit
from .errors import NotFound, ValidationError


@dataclass(frozen=True)
class BreachView:
    """A breach as a list shows it: the record and its 72-hour clock."""

    breach: Breach
    due: datetime  # discovered_at + 72 real hours, naive local time
    hours_left: float | None  # None when the clock no longer runs
    urgency: Urgency


class BreachService:
    def __init__(self, db, clock) -> None:
        self._db = db
        self._clock = clock

    # --- reading -----------------------------------------------------------------------------

    def _view(self, breach: Breach) -> BreachView:
        now = self._clock.now()
        running = breach.clock_running
        return BreachView(
            breach=breach,
            due=notification_due(breach.discovered_at),
            hours_left=hours_left(breach.discovered_at, now) if running else None,
            urgency=notification_urgency(breach, now),
        )

    def _record(self, session, row: BreachRow) -> Breach:
        ids = session.scalars(
            select(BreachCustomerRow.customer_id)
            .where(BreachCustomerRow.breach_id == row.id)
            .order_by(BreachCustomerRow.customer_id)
        )
        return breach_record(row, tuple(ids))

    @staticmethod
    def _load(session, breach_id: int) -> BreachRow:
        row = session.get(BreachRow, breach_id)
        if row is None:
            raise NotFound("breach", breach_id)
        return row

    def get(self, breach_id: int) -> BreachView:
        with self._db.reading() as session:
            return self._view(self._record(session, self._load(session, breach_id)))

    def list(self, *, open_only: bool = False) -> list[BreachView]:
        """Open breaches first, the soonest due first; closed ones newest first after them."""
        with self._db.reading() as session:
            query = select(BreachRow)
            if open_only:
                query = query.where(BreachRow.status == BreachStatus.OPEN.value)
            views = [self._view(self._record(session, row)) for row in session.scalars(query)]

        def key(view: BreachView):
            is_open = view.breach.status is BreachStatus.OPEN
            if is_open:
                # Running clocks by due time, then open breaches without one.
                return (0, view.hours_left is None, view.due.timestamp(), view.breach.id)
            return (1, False, -view.breach.discovered_at.timestamp(), -view.breach.id)

        return sorted(views, key=key)

    def affected_customers(self, breach_id: int) -> list[Customer]:
        """The people affected who are in the customer register (for the letters)."""
        with self._db.reading() as session:
            self._load(session, breach_id)
            rows = session.scalars(
                select(CustomerRow)
                .join(BreachCustomerRow, BreachCustomerRow.customer_id == CustomerRow.id)
                .where(BreachCustomerRow.breach_id == breach_id)
                .order_by(CustomerRow.last_name_key, CustomerRow.first_name_key, CustomerRow.id)
            )
            return [customer_record(row) for row in rows]

    # --- writing -----------------------------------------------------------------------------

    def _clean(self, breach: Breach) -> Breach:
        cleaned, problems = clean_breach(breach, self._clock.now())
        if problems:
            raise ValidationError(problems)
        return cleaned

    def _link_customers(self, session, breach_id: int, customer_ids: tuple[int, ...]) -> bool:
        """Make the linked people exactly ``customer_ids``; returns whether anything changed."""
        wanted = set(customer_ids)
        for customer_id in wanted:
            if session.get(CustomerRow, customer_id) is None:
                raise NotFound("customer", customer_id)
        current = set(
            session.scalars(
                select(BreachCustomerRow.customer_id).where(
                    BreachCustomerRow.breach_id == breach_id
                )
            )
        )
        if current == wanted:
            return False
        session.execute(
            delete(BreachCustomerRow).where(
                BreachCustomerRow.breach_id == breach_id,
                BreachCustomerRow.customer_id.in_(current - wanted),
            )
        )
        session.add_all(
            BreachCustomerRow(breach_id=breach_id, customer_id=c) for c in sorted(wanted - current)
        )
        return True

    def add(self, breach: Breach) -> BreachView:
        """Log a breach; the 72-hour clock starts from its discovery time."""
        breach = replace(
            self._clean(breach),
            status=BreachStatus.OPEN,
            closed_at=None,
            recorded_at=self._clock.now(),
        )
        with self._db.transaction() as session:
            row = BreachRow()
            fields = fill_breach(row, breach)
            row.recorded_at = breach.recorded_at
            session.add(row)
            session.flush()
            if self._link_customers(session, row.id, breach.customer_ids):
                fields.append("customer_ids")
            audit.record(session, self._clock.now(), "create", "breach", row.id, sorted(fields))
            return self._view(self._record(session, row))

    def update(self, breach: Breach) -> BreachView:
        """Save changes to a logged breach; its status is changed only by :meth:`close`."""
        if breach.id is None:
            raise ValueError("update needs a breach id")
        with self._db.transaction() as session:
            row = self._load(session, breach.id)
            stored = breach_record(row)
            breach = replace(
                self._clean(breach),
                status=stored.status,
                closed_at=stored.closed_at,
                recorded_at=stored.recorded_at,
            )
            fields = fill_breach(row, breach)
            if self._link_customers(session, row.id, breach.customer_ids):
                fields.append("customer_ids")
            if fields:
                audit.record(session, self._clock.now(), "update", "breach", row.id, sorted(fields))
            return self._view(self._record(session, row))

    def _change(self, breach_id: int, action: str, **changes) -> BreachView:
        with self._db.transaction() as session:
            row = self._load(session, breach_id)
            changed = replace(self._record(session, row), **changes)
            fields = fill_breach(row, self._clean(changed))
            audit.record(session, self._clock.now(), action, "breach", row.id, sorted(fields))
            return self._view(self._record(session, row))

    def record_notification(
        self,
        breach_id: int,
        at: datetime,
        *,
        reference: str = "",
        delay_reasons: str = "",
        in_phases: bool = False,
    ) -> BreachView:
        """The authority was notified (Art 33); reasons are required when later than 72 h."""
        return self._change(
            breach_id,
            "notify_authority",
            authority_notified_at=at,
            authority_reference=reference,
            delay_reasons=delay_reasons,
            notified_in_phases=in_phases,
        )

    def record_people_informed(
        self,
        breach_id: int,
        at: datetime | None,
        *,
        how: str = "",
        count: int | None = None,
        exemption: InformExemption = InformExemption.NONE,
        exemption_reason: str = "",
    ) -> BreachView:
        """The people affected were told (Art 34), or why they were not told one by one
        (Art 34(3)): ``at`` None with an exemption."""
        return self._change(
            breach_id,
            "inform_people",
            people_informed_at=at,
            people_informed_how=how,
            people_informed_count=count,
            inform_exemption=exemption,
            inform_exemption_reason=exemption_reason,
        )

    def close(self, breach_id: int) -> BreachView:
        """Close a breach whose duties are met: notified unless unlikely to result in a risk,
        people told (or exempted) when the risk is high."""
        with self._db.transaction() as session:
            row = self._load(session, breach_id)
            breach = self._record(session, row)
            problems = closing_problems(breach)
            if problems:
                raise ValidationError(problems)
            fields = fill_breach(
                row, replace(breach, status=BreachStatus.CLOSED, closed_at=self._clock.now())
            )
            audit.record(session, self._clock.now(), "close", "breach", row.id, sorted(fields))
            return self._view(self._record(session, row))
