"""The data protection policy (domain/policy.py): the user's additions per section, the
versions (numbered and dated like a statement's, kept in the transaction that archives the
PDF), and the register's facts the policy prints."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from sqlalchemy import delete, func, select

from ..domain.enums import Language
from ..domain.field_rules import MSG_DATE_TOO_EARLY, raise_for_problems
from ..domain.policy import (
    BackupFacts,
    PolicyFacts,
    PolicySection,
    PolicyVersion,
    clean_additions,
)
from ..domain.records import ControllerProfile
from ..domain.register_languages import in_language
from ..domain.statement_versions import next_version_problems
from ..storage.models import PolicyAdditionRow, PolicyVersionRow
from . import audit

ENTITY = "policy"


def _version(row: PolicyVersionRow) -> PolicyVersion:
    return PolicyVersion(row.number, row.dated, row.note, row.document_id)


class PolicyService:
    def __init__(self, services) -> None:
        self._services = services
        self._db = services.db
        self._clock = services.clock

    # -- the user's additions --------------------------------------------------------------

    def additions(self) -> dict[PolicySection, str]:
        """The user's own words per section, in the sections' order (empty ones left out)."""
        with self._db.reading() as session:
            stored = {row.section: row.text for row in session.scalars(select(PolicyAdditionRow))}
        return {s: stored[s.value] for s in PolicySection if stored.get(s.value)}

    def save_additions(self, additions: Mapping[PolicySection | str, str]) -> dict:
        """Replace the additions of the sections named in ``additions`` (an empty text removes
        one); raises ValidationError naming each section too long or with control
        characters, and then saves nothing."""
        cleaned, problems = clean_additions(additions)
        raise_for_problems(problems)
        before = self.additions()
        named = [PolicySection(key) for key in additions]
        changed = [s.value for s in named if before.get(s, "") != cleaned.get(s, "")]
        if changed:
            with self._db.transaction() as session:
                session.execute(
                    delete(PolicyAdditionRow).where(PolicyAdditionRow.section.in_(changed))
                )
                for section in changed:
                    if cleaned.get(PolicySection(section)):
                        session.add(
                            PolicyAdditionRow(section=section, text=cleaned[PolicySection(section)])
                        )
                audit.record(session, self._clock.now(), "update", ENTITY, None, changed)
        return self.additions()

    # -- versions --------------------------------------------------------------------------

    def versions(self) -> list[PolicyVersion]:
        """Every printed version, oldest first."""
        with self._db.reading() as session:
            rows = session.scalars(select(PolicyVersionRow).order_by(PolicyVersionRow.number))
            return [_version(row) for row in rows]

    def next(
        self, *, dated: date | None = None, note: str = ""
    ) -> tuple[PolicyVersion, list[PolicyVersion]]:
        """The version the next export will be (dated today unless told) and the history it
        joins; raises ValidationError for a future date or one before the previous version."""
        history = self.versions()
        today = self._clock.today()
        previous = history[-1] if history else None
        cleaned, problems = next_version_problems(
            dated or today, note, today, previous, too_early=MSG_DATE_TOO_EARLY
        )
        raise_for_problems(problems)
        number = previous.number + 1 if previous else 1
        return PolicyVersion(number, dated or today, cleaned), history

    @staticmethod
    def keep(session, version: PolicyVersion, document_id: int) -> PolicyVersion:
        """Store ``version`` as printed by ``document_id``, in the caller's transaction; a
        number taken meanwhile fails the transaction rather than be kept twice."""
        taken = session.scalar(select(func.max(PolicyVersionRow.number)))
        if (taken or 0) >= version.number:
            raise RuntimeError(f"policy version {version.number} was taken meanwhile")
        session.add(
            PolicyVersionRow(
                number=version.number,
                dated=version.dated,
                note=version.note,
                document_id=document_id,
            )
        )
        return PolicyVersion(version.number, version.dated, version.note, document_id)

    # -- the facts printed -----------------------------------------------------------------

    def facts(
        self,
        controller: ControllerProfile,
        language: Language,
        version: PolicyVersion,
        history: list[PolicyVersion],
    ) -> PolicyFacts:
        """What the policy dated ``version.dated`` prints in ``language``, read from the
        register (each register's texts as translated into that language)."""
        services = self._services
        backups = services.backups.list()
        latest = max(backups, key=lambda b: b.taken_at, default=None)
        return PolicyFacts(
            controller=controller,
            registers=tuple(in_language(r, language) for r in services.registers.list()),
            access=tuple(h for h in services.access.list() if h.active(version.dated)),
            processors=tuple(services.processors.list()),
            backups=BackupFacts(
                encrypted_register=services.encryption.encrypted,
                keep_last=services.backups.keep_last,
                latest=latest.taken_at if latest else None,
                latest_encrypted=bool(latest and latest.encrypted),
            ),
            additions=self.additions(),
            version=version,
            history=tuple(history),
        )
