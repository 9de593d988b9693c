"""Each register's consent texts, versioned (domain/consent_texts.py): the history, the next
version (numbered, checked, audited), and the version a consent names."""

from __future__ import annotations

from sqlalchemy import select

from ..domain.consent_texts import ConsentProof, ConsentText, clean_consent_text
from ..domain.field_rules import raise_for_problems
from ..storage.mapping import consent_record
from ..storage.models import (
    ConsentEvidenceRow,
    ConsentRow,
    ConsentTextRow,
    RegisterRow,
    StatementVersionRow,
)
from . import audit
from .customers import load_customer
from .errors import NotFound


def consent_text_record(row: ConsentTextRow) -> ConsentText:
    return ConsentText(
        row.register_id, row.version, row.valid_from, row.text_fi, row.text_sv, row.text_en, row.id
    )


class ConsentTextService:
    def __init__(self, db, clock) -> None:
        self._db = db
        self._clock = clock

    def list(self, register_id: int | None = None) -> list[ConsentText]:
        """The consent texts of ``register_id`` (every register's when None), by register and
        version."""
        with self._db.reading() as session:
            statement = select(ConsentTextRow).order_by(
                ConsentTextRow.register_id, ConsentTextRow.version
            )
            if register_id is not None:
                if session.get(RegisterRow, register_id) is None:
                    raise NotFound("register", register_id)
                statement = statement.where(ConsentTextRow.register_id == register_id)
            return [consent_text_record(row) for row in session.scalars(statement)]

    def get(self, text_id: int) -> ConsentText:
        with self._db.reading() as session:
            row = session.get(ConsentTextRow, text_id)
            if row is None:
                raise NotFound("consent_text", text_id)
            return consent_text_record(row)

    def add(self, text: ConsentText) -> ConsentText:
        """``text`` as the register's next version (its ``version`` is ignored); raises
        ValidationError when no language is written or the date is wrong."""
        history = self.list(text.register_id)
        previous = history[-1] if history else None
        text, problems = clean_consent_text(text, self._clock.today(), previous)
        raise_for_problems(problems)
        with self._db.transaction() as session:
            row = ConsentTextRow(
                register_id=text.register_id,
                version=previous.version + 1 if previous else 1,
                valid_from=text.valid_from,
                text_fi=text.text_fi,
                text_sv=text.text_sv,
                text_en=text.text_en,
            )
            session.add(row)
            session.flush()
            audit.record(
                session,
                self._clock.now(),
                "add_consent_text",
                "register",
                text.register_id,
                ["consent_text"],
            )
            return consent_text_record(row)

    def proofs(self, customer_id: int) -> list[ConsentProof]:
        """The person's consents and withdrawals in time order, each with its text version,
        register, statement version and whether its evidence is archived."""
        with self._db.reading() as session:
            load_customer(session, customer_id)
            rows = session.execute(
                select(
                    ConsentRow,
                    ConsentTextRow.version,
                    RegisterRow.name,
                    StatementVersionRow.number,
                    ConsentEvidenceRow.id,
                )
                .outerjoin(ConsentTextRow, ConsentTextRow.id == ConsentRow.consent_text_id)
                .outerjoin(RegisterRow, RegisterRow.id == ConsentTextRow.register_id)
                .outerjoin(
                    StatementVersionRow, StatementVersionRow.id == ConsentRow.statement_version_id
                )
                .outerjoin(ConsentEvidenceRow, ConsentEvidenceRow.consent_id == ConsentRow.id)
                .where(ConsentRow.customer_id == customer_id)
                .order_by(ConsentRow.at, ConsentRow.id)
            )
            return [
                ConsentProof(consent_record(row), version, name or "", number, evidence is not None)
                for row, version, name, number, evidence in rows
            ]
