"""Who has access to personal data (domain/access_list.py): added, changed, removed, each with
the registers they reach and their signed confidentiality undertaking archived with its
SHA-256. One transaction and one audit entry per use case; the audit names fields, never
values (not even the file's name)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import delete, select

from ..domain.access_list import (
    FIELDS,
    AccessHolder,
    AccessRole,
    access_problems,
    missing_undertakings,
)
from ..domain.field_rules import raise_for_problems
from ..storage.models import (
    AccessHolderRegisterRow,
    AccessHolderRow,
    AccessUndertakingRow,
    RegisterRow,
)
from . import audit
from .errors import NotFound

ENTITY = "access_holder"
UNDERTAKING = "undertaking_file"  # the audit's name for the archived signed copy


def read_file(path: Path | str | None) -> tuple[str, bytes] | None:
    """A file to archive as (its name, its bytes); an unreadable one raises OSError before
    anything is written."""
    if path is None:
        return None
    path = Path(path)
    return path.name, path.read_bytes()


class AccessListService:
    def __init__(self, db, clock) -> None:
        self._db = db
        self._clock = clock

    # -- reading -------------------------------------------------------------------------

    @staticmethod
    def _record(session, row: AccessHolderRow) -> AccessHolder:
        links = session.scalars(
            select(AccessHolderRegisterRow.register_id)
            .where(AccessHolderRegisterRow.holder_id == row.id)
            .order_by(AccessHolderRegisterRow.register_id)
        )
        undertaking = session.execute(
            select(AccessUndertakingRow.filename, AccessUndertakingRow.sha256).where(
                AccessUndertakingRow.holder_id == row.id
            )
        ).first()
        return AccessHolder(
            id=row.id,
            name=row.name,
            role=AccessRole(row.role),
            register_ids=tuple(links),
            reach=row.reach,
            undertaking_on=row.undertaking_on,
            briefed_on=row.briefed_on,
            active_from=row.active_from,
            active_to=row.active_to,
            undertaking_file=undertaking.filename if undertaking else "",
            undertaking_sha256=undertaking.sha256 if undertaking else "",
        )

    @staticmethod
    def _row(session, holder_id: int) -> AccessHolderRow:
        row = session.get(AccessHolderRow, holder_id)
        if row is None:
            raise NotFound(ENTITY, holder_id)
        return row

    def list(self, *, active_only: bool = False) -> list[AccessHolder]:
        """Everyone on the access list by name; only those with access today if asked."""
        with self._db.reading() as session:
            rows = session.scalars(select(AccessHolderRow).order_by(AccessHolderRow.name))
            found = [self._record(session, row) for row in rows]
        if active_only:
            today = self._clock.today()
            found = [h for h in found if h.active(today)]
        return found

    def get(self, holder_id: int) -> AccessHolder:
        with self._db.reading() as session:
            return self._record(session, self._row(session, holder_id))

    def missing_undertakings(self) -> list[AccessHolder]:
        """Those with access today who lack an undertaking or a briefing on record."""
        return missing_undertakings(self.list(), self._clock.today())

    def undertaking(self, holder_id: int) -> tuple[str, bytes]:
        """The archived signed undertaking: its file name and bytes."""
        with self._db.reading() as session:
            row = session.scalar(
                select(AccessUndertakingRow).where(AccessUndertakingRow.holder_id == holder_id)
            )
            if row is None:
                raise NotFound("access_undertaking", holder_id)
            return row.filename, row.data

    # -- writing -------------------------------------------------------------------------

    def _cleaned(self, holder: AccessHolder) -> AccessHolder:
        cleaned, problems = access_problems(holder, self._clock.today())
        raise_for_problems(problems)
        return cleaned

    @staticmethod
    def _fill(row: AccessHolderRow, holder: AccessHolder) -> None:
        for name in FIELDS:
            setattr(row, name, getattr(holder, name))
        row.role = holder.role.value

    @staticmethod
    def _link(session, holder_id: int, register_ids: tuple[int, ...]) -> None:
        for register_id in register_ids:
            if session.get(RegisterRow, register_id) is None:
                raise NotFound("register", register_id)
        session.execute(
            delete(AccessHolderRegisterRow).where(AccessHolderRegisterRow.holder_id == holder_id)
        )
        for register_id in register_ids:
            session.add(AccessHolderRegisterRow(holder_id=holder_id, register_id=register_id))

    def _archive(self, session, holder_id: int, undertaking: tuple[str, bytes]) -> None:
        name, data = undertaking
        session.execute(
            delete(AccessUndertakingRow).where(AccessUndertakingRow.holder_id == holder_id)
        )
        session.add(
            AccessUndertakingRow(
                holder_id=holder_id,
                filename=name[:255],
                added_at=self._clock.now(),
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                data=data,
            )
        )

    def add(
        self, holder: AccessHolder, undertaking: tuple[str, bytes] | None = None
    ) -> AccessHolder:
        """Record a person or firm with access; ``undertaking`` (file name, bytes) is their
        signed confidentiality undertaking, archived in the same transaction."""
        cleaned = self._cleaned(holder)
        with self._db.transaction() as session:
            row = AccessHolderRow()
            self._fill(row, cleaned)
            session.add(row)
            session.flush()
            self._link(session, row.id, cleaned.register_ids)
            named = [n for n in FIELDS if getattr(cleaned, n) not in ("", None)]
            if cleaned.register_ids:
                named.append("registers")
            if undertaking is not None:
                self._archive(session, row.id, undertaking)
                named.append(UNDERTAKING)
            audit.record(session, self._clock.now(), "create", ENTITY, row.id, named)
            session.flush()
            return self._record(session, row)

    def update(
        self, holder: AccessHolder, undertaking: tuple[str, bytes] | None = None
    ) -> AccessHolder:
        """Change the details and the registers reached; a new ``undertaking`` replaces the
        archived one (the old copy stays in the backups made before)."""
        if holder.id is None:
            raise NotFound(ENTITY, 0)
        cleaned = self._cleaned(holder)
        with self._db.transaction() as session:
            row = self._row(session, holder.id)
            before = self._record(session, row)
            changed = [n for n in FIELDS if getattr(before, n) != getattr(cleaned, n)]
            if before.register_ids != tuple(sorted(cleaned.register_ids)):
                self._link(session, row.id, cleaned.register_ids)
                changed.append("registers")
            if undertaking is not None:
                self._archive(session, row.id, undertaking)
                changed.append(UNDERTAKING)
            if not changed:
                return before
            self._fill(row, cleaned)
            audit.record(session, self._clock.now(), "update", ENTITY, row.id, changed)
            session.flush()
            return self._record(session, row)

    def remove(self, holder_id: int) -> None:
        """Remove an entry made by mistake, with its archived undertaking. Access that ended
        is kept instead, with its last day (``active_to``): it shows who could reach what."""
        with self._db.transaction() as session:
            session.delete(self._row(session, holder_id))
            audit.record(session, self._clock.now(), "delete", ENTITY, holder_id)

    def with_file(self, holder: AccessHolder, path: Path | str | None) -> AccessHolder:
        """Add or update ``holder`` with the undertaking read from ``path`` (None: no file)."""
        undertaking = read_file(path)
        if holder.id is None:
            return self.add(holder, undertaking)
        return self.update(holder, undertaking)
