"""Processors and other recipients (domain/processors.py): added, changed, linked to the
registers they serve. One transaction and one audit entry per use case; the audit names the
fields and the register, never the values."""

from __future__ import annotations

from dataclasses import fields, replace

from sqlalchemy import select

from ..domain.processors import Processor, processor_problems, review_due
from ..domain.validation import ValidationError
from ..storage.mapping import fill_processor, processor_record
from ..storage.models import ProcessorRegisterRow, ProcessorRow, RegisterRow
from . import audit
from .errors import NotFound

ENTITY = "processor"
# The fields a change is audited by (the links have use cases of their own).
FIELDS = tuple(f.name for f in fields(Processor) if f.name not in ("id", "register_ids"))


class ProcessorService:
    def __init__(self, db, clock) -> None:
        self._db = db
        self._clock = clock

    @staticmethod
    def _links(session, processor_id: int) -> tuple[int, ...]:
        return tuple(
            session.scalars(
                select(ProcessorRegisterRow.register_id)
                .where(ProcessorRegisterRow.processor_id == processor_id)
                .order_by(ProcessorRegisterRow.register_id)
            )
        )

    @staticmethod
    def _row(session, processor_id: int) -> ProcessorRow:
        row = session.get(ProcessorRow, processor_id)
        if row is None:
            raise NotFound(ENTITY, processor_id)
        return row

    def _record(self, session, row: ProcessorRow) -> Processor:
        return processor_record(row, self._links(session, row.id))

    def _cleaned(self, processor: Processor) -> Processor:
        cleaned, problems = processor_problems(processor, self._clock.today())
        if problems:
            raise ValidationError(problems)
        return cleaned

    def list(self, register_id: int | None = None) -> list[Processor]:
        """Every processor by name, or those serving ``register_id``."""
        with self._db.reading() as session:
            query = select(ProcessorRow).order_by(ProcessorRow.name, ProcessorRow.id)
            if register_id is not None:
                query = query.join(
                    ProcessorRegisterRow, ProcessorRegisterRow.processor_id == ProcessorRow.id
                ).where(ProcessorRegisterRow.register_id == register_id)
            return [self._record(session, row) for row in session.scalars(query)]

    def by_register(self) -> dict[int, list[Processor]]:
        """The processors of every register that has any, each list by name."""
        found: dict[int, list[Processor]] = {}
        for processor in self.list():
            for register_id in processor.register_ids:
                found.setdefault(register_id, []).append(processor)
        return found

    def due_for_review(self) -> list[Processor]:
        """Contracts whose review date has passed or comes within 30 days, soonest first."""
        today = self._clock.today()
        due = [p for p in self.list() if review_due(p, today)]
        return sorted(due, key=lambda p: (p.review_on, p.name))

    def get(self, processor_id: int) -> Processor:
        with self._db.reading() as session:
            return self._record(session, self._row(session, processor_id))

    def add(self, processor: Processor) -> Processor:
        """Record a processor, linked to the registers in ``processor.register_ids``."""
        cleaned = self._cleaned(processor)
        with self._db.transaction() as session:
            for register_id in cleaned.register_ids:
                self._register(session, register_id)
            row = ProcessorRow()
            fill_processor(row, cleaned)
            session.add(row)
            session.flush()
            for register_id in dict.fromkeys(cleaned.register_ids):
                session.add(ProcessorRegisterRow(processor_id=row.id, register_id=register_id))
            named = [name for name in FIELDS if getattr(cleaned, name) not in ("", None)]
            if cleaned.register_ids:
                named.append("registers")
            audit.record(session, self._clock.now(), "create", ENTITY, row.id, named)
            session.flush()
            return self._record(session, row)

    def update(self, processor: Processor) -> Processor:
        """Change the processor's details (its links stay: see :meth:`link`)."""
        if processor.id is None:
            raise NotFound(ENTITY, 0)
        with self._db.transaction() as session:
            row = self._row(session, processor.id)
            before = self._record(session, row)
            cleaned = replace(self._cleaned(processor), register_ids=before.register_ids)
            changed = [n for n in FIELDS if getattr(before, n) != getattr(cleaned, n)]
            if not changed:
                return before
            fill_processor(row, cleaned)
            audit.record(session, self._clock.now(), "update", ENTITY, row.id, changed)
            session.flush()
            return self._record(session, row)

    @staticmethod
    def _register(session, register_id: int) -> None:
        if session.get(RegisterRow, register_id) is None:
            raise NotFound("register", register_id)

    def link(self, processor_id: int, register_id: int) -> Processor:
        """Record that the processor serves the register (nothing changes if it already does)."""
        with self._db.transaction() as session:
            row = self._row(session, processor_id)
            self._register(session, register_id)
            if session.get(ProcessorRegisterRow, (processor_id, register_id)) is None:
                session.add(
                    ProcessorRegisterRow(processor_id=processor_id, register_id=register_id)
                )
                audit.record(
                    session,
                    self._clock.now(),
                    "link",
                    ENTITY,
                    processor_id,
                    [f"registers[{register_id}]"],
                )
                session.flush()
            return self._record(session, row)

    def unlink(self, processor_id: int, register_id: int) -> Processor:
        """The processor no longer serves the register."""
        with self._db.transaction() as session:
            row = self._row(session, processor_id)
            link = session.get(ProcessorRegisterRow, (processor_id, register_id))
            if link is None:
                raise NotFound("register", register_id)
            session.delete(link)
            audit.record(
                session,
                self._clock.now(),
                "unlink",
                ENTITY,
                processor_id,
                [f"registers[{register_id}]"],
            )
            session.flush()
            return self._record(session, row)
