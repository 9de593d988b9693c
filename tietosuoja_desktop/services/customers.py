"""Customers: adding, editing, finding and paging them, and the Art 18 / 21(2) flags."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from ..domain.activity_validation import number_problem
from ..domain.field_rules import raise_for_problems
from ..domain.i18n import QT_TRANSLATE_NOOP, Message
from ..domain.listing import CustomerQuery
from ..domain.records import Customer
from ..domain.validation import ValidationError, clean_customer
from ..storage import customer_queries as queries
from ..storage.mapping import customer_record, fill_customer, page_records
from ..storage.models import (
    CustomerRegisterRow,
    CustomerRow,
    CustomerSearchRow,
    RegisterRow,
)
from . import audit
from .errors import NotFound, Problem


def load_customer(session: Session, customer_id: int) -> CustomerRow:
    row = session.get(CustomerRow, customer_id)
    if row is None:
        raise NotFound("customer", customer_id)
    return row


def register_ids(session: Session, customer_id: int) -> tuple[int, ...]:
    return tuple(
        session.scalars(
            select(CustomerRegisterRow.register_id)
            .where(CustomerRegisterRow.customer_id == customer_id)
            .order_by(CustomerRegisterRow.register_id)
        )
    )


def touch_activity(row: CustomerRow, on: date, *, order: bool = False) -> None:
    """Move the customer's last activity (and last order) forward to ``on``."""
    if row.last_activity_on is None or on > row.last_activity_on:
        row.last_activity_on = on
    if order and (row.last_order_on is None or on > row.last_order_on):
        row.last_order_on = on


class CustomerService:
    def __init__(self, db, clock, registers) -> None:
        self._db = db
        self._clock = clock
        self._registers = registers

    # -- reading -------------------------------------------------------------------------

    def get(self, customer_id: int) -> Customer:
        with self._db.reading() as session:
            row = load_customer(session, customer_id)
            return customer_record(row, register_ids(session, customer_id))

    def page(
        self, query: CustomerQuery, offset: int = 0, limit: int = 100, *, after: int | None = None
    ) -> list[Customer]:
        """One page of the list, in the query's order, with each customer's registers.
        ``after``, the id of the previous page's last customer, lets a sequential reader
        continue from it by keyset (the same rows as ``offset``, without stepping over every
        earlier one); when that customer is gone, or the order has no keyset, ``offset``
        is used."""
        raise_for_problems(
            found
            for found in (number_problem(offset, "offset"), number_problem(limit, "limit"))
            if found
        )
        registers = self._retention_registers(query)
        with self._db.reading_rows() as connection:
            match = queries.match_text(connection, query.text)
            keys = None
            if after is not None and query.sort in queries.KEYSET_SORTS:
                keys = queries.sort_values(connection, query, after)
            statement = queries.page_statement(
                query, registers, self._clock.today(), offset, limit, match, keys
            )
            # Core, not the ORM: the columns are plain, and the ORM's row loading cost more
            # than the SELECT itself.
            return page_records(connection.execute(statement).all())

    def count(self, query: CustomerQuery | None = None) -> int:
        query = query or CustomerQuery()
        registers = self._retention_registers(query)
        with self._db.reading_rows() as connection:
            match = queries.match_text(connection, query.text)
            if match is not None and queries.only_text(query):
                if match.ids is not None:
                    return len(match.ids)
                return connection.scalar(queries.text_count_statement(match)) or 0
            statement = queries.count_statement(query, registers, self._clock.today(), match)
            return connection.scalar(statement) or 0

    def _retention_registers(self, query: CustomerQuery) -> list:
        """The registers' retention rules, read only for the one filter that needs them (three
        SELECTs: a search as you type should not pay for them on every key)."""
        return self._registers.list() if query.past_retention_only else []

    def search(self, text: str, limit: int = 50) -> list[Customer]:
        return self.page(CustomerQuery(text=text), 0, limit)

    def duplicates_of(self, customer: Customer) -> list[Customer]:
        """Customers sharing the e-mail, business id or henkilötunnus (for warnings on add)."""
        conditions = []
        if customer.email:
            conditions.append(CustomerRow.email == customer.email)
        if customer.personal_id:
            conditions.append(CustomerRow.personal_id == customer.personal_id)
        if customer.business_id:
            conditions.append(CustomerRow.business_id == customer.business_id)
        if not conditions:
            return []

        statement = select(CustomerRow).where(or_(*conditions))
        if customer.id is not None:
            statement = statement.where(CustomerRow.id != customer.id)
        with self._db.reading() as session:
            return [customer_record(row) for row in session.scalars(statement.limit(20))]

    # -- writing -------------------------------------------------------------------------

    def validate(self, customer: Customer) -> tuple[Customer, list[Problem]]:
        """The cleaned customer and every problem with it, without writing anything."""
        cleaned, problems = clean_customer(customer, today=self._clock.today())
        known = self._registers.ids() if cleaned.register_ids else set()
        for register_id in cleaned.register_ids:
            if register_id not in known:
                problems.append(
                    Problem(
                        "register_ids",
                        Message(
                            "Validation",
                            QT_TRANSLATE_NOOP("Validation", "There is no register %1."),
                            (str(register_id),),
                        ),
                    )
                )
        return cleaned, problems

    def add(self, customer: Customer) -> Customer:
        cleaned, problems = self.validate(customer)
        if problems:
            raise ValidationError(problems)
        now = self._clock.now()
        if cleaned.customer_since is None:
            cleaned = replace(cleaned, customer_since=now.date())
        with self._db.transaction() as session:
            row = CustomerRow(created_at=now, updated_at=now)
            changed = fill_customer(row, cleaned)
            row.last_activity_on = cleaned.customer_since
            session.add(row)
            session.flush()
            session.add(CustomerSearchRow(customer_id=row.id, text=queries.search_text(cleaned)))
            for register_id in dict.fromkeys(cleaned.register_ids):
                session.add(CustomerRegisterRow(customer_id=row.id, register_id=register_id))
            audit.record(session, now, "create", "customer", row.id, [*changed, "register_ids"])
            return customer_record(row, register_ids(session, row.id))

    def update(self, customer: Customer) -> Customer:
        """Save an edited customer; the flags keep their own commands (restrict, prohibit)."""
        if customer.id is None:
            raise ValueError("update needs a customer with an id")
        cleaned, problems = self.validate(customer)
        if problems:
            raise ValidationError(problems)
        now = self._clock.now()
        with self._db.transaction() as session:
            row = load_customer(session, customer.id)
            cleaned = replace(
                cleaned,
                marketing_prohibited_on=row.marketing_prohibited_on,
                restricted_on=row.restricted_on,
                objected_on=row.objected_on,
            )
            changed = fill_customer(row, cleaned)
            old_registers = set(register_ids(session, row.id))
            new_registers = set(cleaned.register_ids)
            if old_registers != new_registers:
                changed.append("register_ids")
                session.execute(
                    delete(CustomerRegisterRow).where(
                        CustomerRegisterRow.customer_id == row.id,
                        CustomerRegisterRow.register_id.in_(old_registers - new_registers),
                    )
                )
                for register_id in sorted(new_registers - old_registers):
                    session.add(CustomerRegisterRow(customer_id=row.id, register_id=register_id))
            if changed:
                row.updated_at = now
                search = session.get(CustomerSearchRow, row.id)
                search.text = queries.search_text(cleaned)
                audit.record(session, now, "update", "customer", row.id, changed)
            session.flush()
            return customer_record(row, register_ids(session, row.id))

    def _set_flag(self, customer_id: int, field: str, on: bool, action: str) -> Customer:
        now = self._clock.now()
        with self._db.transaction() as session:
            row = load_customer(session, customer_id)
            current = getattr(row, field)
            if on and current is None:
                setattr(row, field, now.date())
            elif not on and current is not None:
                setattr(row, field, None)
            else:
                return customer_record(row, register_ids(session, customer_id))
            row.updated_at = now
            audit.record(session, now, action, "customer", customer_id, [field])
            return customer_record(row, register_ids(session, customer_id))

    def restrict(self, customer_id: int) -> Customer:
        """Art 18: keep the data but exclude the person from all use and exports."""
        return self._set_flag(customer_id, "restricted_on", True, "restrict")

    def lift_restriction(self, customer_id: int) -> Customer:
        return self._set_flag(customer_id, "restricted_on", False, "lift_restriction")

    def prohibit_marketing(self, customer_id: int) -> Customer:
        """Art 21(2)-(3): the person drops out of every marketing list, for good."""
        return self._set_flag(customer_id, "marketing_prohibited_on", True, "prohibit_marketing")

    def lift_marketing_prohibition(self, customer_id: int) -> Customer:
        """Only for a prohibition recorded by mistake or revoked by the person themselves."""
        return self._set_flag(
            customer_id, "marketing_prohibited_on", False, "lift_marketing_prohibition"
        )

    def record_objection(self, customer_id: int) -> Customer:
        """Art 21(1): processing based on legitimate interests stops for this person."""
        return self._set_flag(customer_id, "objected_on", True, "object")

    def register_names(self) -> dict[int, str]:
        with self._db.reading() as session:
            return dict(session.execute(select(RegisterRow.id, RegisterRow.name)).all())
