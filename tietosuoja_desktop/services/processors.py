"""Processors and other recipients (domain/processors.py): added, changed, linked to the
registers they serve, removed, and the copy of each one's contract attached (archived with its
SHA-256, a new copy replacing the old). One transaction and one audit entry per use case; the
audit names the fields and the register, never the values or the file's name."""

from __future__ import annotations

import hashlib
from dataclasses import fields

from sqlalchemy import delete, select

from ..domain.processors import ContractCopy, Processor, processor_problems, review_due
from ..domain.validation import ValidationError
from ..storage.mapping import fill_processor, processor_record
from ..storage.models import (
    ProcessorContractRow,
    ProcessorRegisterRow,
    ProcessorRow,
    RegisterRow,
)
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

    def update(self, processor: Processor, *, relink: bool = False) -> Processor:
        """Change the processor's details. Its links stay as they are (see :meth:`link`)
        unless ``relink``: then it serves exactly ``processor.register_ids`` afterwards."""
        if processor.id is None:
            raise NotFound(ENTITY, 0)
        with self._db.transaction() as session:
            row = self._row(session, processor.id)
            before = self._record(session, row)
            cleaned = self._cleaned(processor)
            wanted = tuple(dict.fromkeys(cleaned.register_ids)) if relink else before.register_ids
            for register_id in set(wanted) - set(before.register_ids):
                self._register(session, register_id)
            changed = [n for n in FIELDS if getattr(before, n) != getattr(cleaned, n)]
            if changed:
                fill_processor(row, cleaned)
                audit.record(session, self._clock.now(), "update", ENTITY, row.id, changed)
            self._relink(session, row.id, before.register_ids, wanted)
            session.flush()
            return self._record(session, row)

    def _relink(self, session, processor_id: int, before, wanted) -> None:
        for register_id in [r for r in wanted if r not in before]:
            self._add_link(session, processor_id, register_id)
        for register_id in [r for r in before if r not in wanted]:
            link = session.get(ProcessorRegisterRow, (processor_id, register_id))
            self._drop_link(session, link)

    def _add_link(self, session, processor_id: int, register_id: int) -> None:
        session.add(ProcessorRegisterRow(processor_id=processor_id, register_id=register_id))
        where = [f"registers[{register_id}]"]
        audit.record(session, self._clock.now(), "link", ENTITY, processor_id, where)

    def _drop_link(self, session, link: ProcessorRegisterRow) -> None:
        session.delete(link)
        where = [f"registers[{link.register_id}]"]
        audit.record(session, self._clock.now(), "unlink", ENTITY, link.processor_id, where)

    def remove(self, processor_id: int) -> None:
        """Remove the processor, its links and its contract copy. The registers it served no
        longer name it; a request's Art 19 checklist keeps the name as it was listed."""
        with self._db.transaction() as session:
            row = self._row(session, processor_id)
            session.execute(
                delete(ProcessorRegisterRow).where(
                    ProcessorRegisterRow.processor_id == processor_id
                )
            )
            session.execute(
                delete(ProcessorContractRow).where(
                    ProcessorContractRow.processor_id == processor_id
                )
            )
            session.delete(row)
            audit.record(session, self._clock.now(), "delete", ENTITY, processor_id, [])

    # -- the contract copy -------------------------------------------------------------------

    def attach_contract(self, processor_id: int, filename: str, data: bytes) -> ContractCopy:
        """Keep ``data`` (a signed PDF, a scan) as the processor's contract copy, replacing any
        copy attached before."""
        now = self._clock.now()
        with self._db.transaction() as session:
            self._row(session, processor_id)
            row = session.get(ProcessorContractRow, processor_id)
            replaced = row is not None
            if row is None:
                row = ProcessorContractRow(processor_id=processor_id)
                session.add(row)
            row.filename = filename[:255]
            row.added_at = now
            row.size = len(data)
            row.sha256 = hashlib.sha256(data).hexdigest()
            row.data = data
            action = "replace" if replaced else "attach"
            audit.record(session, now, action, ENTITY, processor_id, ["contract"])
            session.flush()
            return _copy(row)

    def contract(self, processor_id: int) -> ContractCopy | None:
        """The processor's contract copy without its bytes; None when none is attached."""
        with self._db.reading() as session:
            self._row(session, processor_id)
            row = session.execute(
                select(
                    ProcessorContractRow.processor_id,
                    ProcessorContractRow.filename,
                    ProcessorContractRow.added_at,
                    ProcessorContractRow.size,
                    ProcessorContractRow.sha256,
                ).where(ProcessorContractRow.processor_id == processor_id)
            ).first()
            return None if row is None else _copy(row)

    def contract_data(self, processor_id: int) -> tuple[ContractCopy, bytes]:
        """The contract copy and its bytes."""
        with self._db.reading() as session:
            row = session.get(ProcessorContractRow, processor_id)
            if row is None:
                raise NotFound("contract", processor_id)
            return _copy(row), row.data

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
                self._add_link(session, processor_id, register_id)
                session.flush()
            return self._record(session, row)

    def unlink(self, processor_id: int, register_id: int) -> Processor:
        """The processor no longer serves the register."""
        with self._db.transaction() as session:
            row = self._row(session, processor_id)
            link = session.get(ProcessorRegisterRow, (processor_id, register_id))
            if link is None:
                raise NotFound("register", register_id)
            self._drop_link(session, link)
            session.flush()
            return self._record(session, row)


def _copy(row) -> ContractCopy:
    return ContractCopy(row.processor_id, row.filename, row.added_at, row.size, row.sha256)
