"""Register descriptions: what each register is for and what its privacy statement says."""

from __future__ import annotations

from dataclasses import fields, replace
from enum import Enum

from sqlalchemy import func, select

from ..domain.records import RegisterDescription
from ..domain.register_languages import in_order
from ..domain.validation import ValidationError, register_problems
from ..storage.mapping import fill_register, register_record
from ..storage.models import CustomerRegisterRow, RegisterRow
from . import audit
from .errors import NotFound


def _clean(register: RegisterDescription) -> RegisterDescription:
    stripped = {
        f.name: getattr(register, f.name).strip()
        for f in fields(RegisterDescription)
        if isinstance(getattr(register, f.name), str)
        and not isinstance(getattr(register, f.name), Enum)  # answers stay answers
    }
    return replace(register, **stripped, translations=in_order(register.translations))


class RegisterService:
    def __init__(self, db, clock) -> None:
        self._db = db
        self._clock = clock

    def list(self) -> list[RegisterDescription]:
        with self._db.reading() as session:
            rows = session.scalars(select(RegisterRow).order_by(RegisterRow.id))
            return [register_record(row) for row in rows]

    def ids(self) -> set[int]:
        """The registers' ids, without reading their descriptions (what a customer's
        memberships are checked against; the whole list took 2-3 ms a customer saved)."""
        with self._db.reading() as session:
            return set(session.scalars(select(RegisterRow.id)))

    def get(self, register_id: int) -> RegisterDescription:
        with self._db.reading() as session:
            row = session.get(RegisterRow, register_id)
            if row is None:
                raise NotFound("register", register_id)
            return register_record(row)

    def member_counts(self) -> dict[int, int]:
        with self._db.reading() as session:
            rows = session.execute(
                select(CustomerRegisterRow.register_id, func.count()).group_by(
                    CustomerRegisterRow.register_id
                )
            )
            return dict(rows.all())

    def add(self, register: RegisterDescription) -> RegisterDescription:
        register = _clean(register)
        problems = register_problems(register)
        if problems:
            raise ValidationError(problems)
        today = self._clock.today()
        with self._db.transaction() as session:
            row = RegisterRow(created_on=register.created_on or today, changed_on=today)
            fill_register(row, register)
            session.add(row)
            session.flush()
            audit.record(session, self._clock.now(), "create", "register", row.id)
            return register_record(row)

    def update(self, register: RegisterDescription) -> RegisterDescription:
        if register.id is None:
            raise ValueError("update needs a register with an id")
        register = _clean(register)
        problems = register_problems(register)
        if problems:
            raise ValidationError(problems)
        with self._db.transaction() as session:
            row = session.get(RegisterRow, register.id)
            if row is None:
                raise NotFound("register", register.id)
            before = register_record(row)
            changed = [
                f.name
                for f in fields(RegisterDescription)
                if f.name not in ("id", "created_on", "changed_on")
                and getattr(before, f.name) != getattr(register, f.name)
            ]
            if not changed:
                return before
            fill_register(row, register)
            row.changed_on = self._clock.today()
            audit.record(session, self._clock.now(), "update", "register", row.id, changed)
            session.flush()
            return register_record(row)

    def delete(self, register_id: int) -> None:
        with self._db.transaction() as session:
            row = session.get(RegisterRow, register_id)
            if row is None:
                raise NotFound("register", register_id)
            session.delete(row)
            audit.record(session, self._clock.now(), "delete", "register", register_id)
