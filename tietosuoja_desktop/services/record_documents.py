"""The records the business keeps for itself, and the forms it prints: the retention run's
report, legitimate-interest assessments, DPIAs, the security review, the confidentiality
undertaking, the data protection policy, a person's consent record and the supervisor's
folder's cover. Part of :class:`~.documents.DocumentService` (which builds, signs and archives
every document through ``_finish``); kept apart so that neither module grows past reading."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..domain.document_kinds import DocumentKind
from ..domain.document_kinds import spec as kind_spec
from ..domain.enums import Language
from ..domain.register_languages import in_language
from ..domain.retention_run import RetentionRunResult
from .errors import NotFound
from .exported import Exported
from .unprintable import noting


class RecordDocuments:
    """The business's own records, made by :class:`~.documents.DocumentService`."""

    def retention_report(
        self,
        result: RetentionRunResult,
        language: Language,
        *,
        passphrase: str | None = None,
        allow_unprintable: bool = True,
    ) -> Exported:
        """The retention run's report ("Poistoajo"), archived as evidence: no names."""
        # the documents package loads reportlab: only when a document is made
        from ..documents.retention_report import build_retention_report
        from ..documents.texts import text

        controller = self._controller()
        language = Language(language)
        built = noting(
            lambda: build_retention_report(controller, result, language),
            allow=allow_unprintable,
        )
        declared = kind_spec(DocumentKind.RETENTION_RUN)
        return self._finish(
            built,
            kind=declared.stored(),
            title=text(language, declared.title_key),
            language=language,
            passphrase=passphrase,
        )

    def interest_assessment(
        self,
        register_id: int,
        position: int,
        language: Language,
        *,
        passphrase: str | None = None,
        allow_unprintable: bool = True,
        archive: bool = True,
    ) -> Exported:
        """The legitimate-interest assessment of purpose ``position`` on one page, archived
        with its register; one whose purpose has changed since prints saying so."""
        # reportlab only when a document is made (nothing of it before the first paint)
        from ..documents.interest_assessment import build_interest_assessment
        from ..documents.texts import text

        controller = self._controller()
        language = Language(language)
        register = in_language(self._services.registers.get(register_id), language)
        view = self._services.assessments.get(register_id, position)
        if view is None:
            raise NotFound("interest_assessment", position + 1)
        built = noting(
            lambda: build_interest_assessment(
                controller,
                register.name,
                view.assessment,
                language,
                current=view.current,
                today=self._clock.today(),
                signature=replace(
                    self.signature(controller, digital=passphrase is not None),
                    name=view.assessment.reviewer,
                    title="",
                ),
            ),
            allow=allow_unprintable,
        )
        kind = kind_spec(DocumentKind.INTEREST_ASSESSMENT)
        title = f"{text(language, kind.title_key)}: {register.name}, {view.assessment.purpose}"
        return self._finish(
            built,
            kind=kind.stored(),
            title=title[:300],
            language=language,
            passphrase=passphrase,
            archive=archive,
            register_id=register_id,
        )

    def dpia(
        self,
        register_id: int,
        language: Language,
        *,
        passphrase: str | None = None,
        allow_unprintable: bool = True,
        archive: bool = True,
    ) -> Exported:
        """The register's DPIA screening and, where needed, its light DPIA, archived with the
        register."""
        # reportlab only when a document is made (nothing of it before the first paint)
        from ..documents.dpia import build_dpia
        from ..documents.texts import text

        controller = self._controller()
        language = Language(language)
        register = in_language(self._services.registers.get(register_id), language)
        found = self._services.dpia.get(register_id)
        if found.screening is None:
            raise NotFound("dpia_screening", register_id)
        built = noting(
            lambda: build_dpia(
                controller,
                register.name,
                found.screening,
                found.dpia,
                language,
                today=self._clock.today(),
            ),
            allow=allow_unprintable,
        )
        kind = kind_spec(DocumentKind.DPIA)
        return self._finish(
            built,
            kind=kind.stored(),
            title=f"{text(language, kind.title_key)}: {register.name}"[:300],
            language=language,
            passphrase=passphrase,
            archive=archive,
            register_id=register_id,
        )

    def security_review(
        self,
        language: Language,
        *,
        review_id: int | None = None,
        passphrase: str | None = None,
        allow_unprintable: bool = True,
        archive: bool = True,
    ) -> Exported:
        """A security review (the newest unless ``review_id`` names one) on one page, archived
        (unless ``archive`` is false: a copy for the supervisor's folder)."""
        # reportlab only when a document is made (nothing of it before the first paint)
        from ..documents.security_review import build_security_review
        from ..documents.texts import text

        controller = self._controller()
        language = Language(language)
        security = self._services.security
        review = security.latest() if review_id is None else security.get(review_id)
        if review is None:
            raise NotFound("security_review", 0)
        names = {r.id: in_language(r, language).name for r in self._services.registers.list()}
        built = noting(
            lambda: build_security_review(
                controller,
                review,
                [names[rid] for rid in review.register_ids if rid in names],
                language,
                today=self._clock.today(),
            ),
            allow=allow_unprintable,
        )
        kind = kind_spec(DocumentKind.SECURITY_REVIEW)
        return self._finish(
            built,
            kind=kind.stored(),
            title=text(language, kind.title_key),
            language=language,
            passphrase=passphrase,
            archive=archive,
        )

    def undertaking(
        self, holder_id: int | None, language: Language, *, allow_unprintable: bool = True
    ) -> Exported:
        """The confidentiality undertaking to print and sign: for the one on the access list
        with ``holder_id`` (their name, role and reach filled in), or blank (None). A form is
        not archived: the signed copy is, on the access list."""
        # reportlab only when a document is made (nothing of it before the first paint)
        from ..documents.texts import text
        from ..documents.undertaking import build_undertaking

        controller = self._controller()
        language = Language(language)
        holder = self._services.access.get(holder_id) if holder_id is not None else None
        names = {r.id: r.name for r in self._services.registers.list()}
        reached = tuple(names[i] for i in holder.register_ids) if holder else ()
        built = noting(
            lambda: build_undertaking(controller, holder, language, register_names=reached),
            allow=allow_unprintable,
        )
        kind = kind_spec(DocumentKind.UNDERTAKING)
        title = text(language, kind.title_key) + (f": {holder.name}" if holder else "")
        return self._finish(
            built,
            kind=kind.stored(),
            title=title[:300],
            language=language,
            passphrase=None,
            archive=False,
        )

    def policy(
        self,
        language: Language,
        *,
        passphrase: str | None = None,
        allow_unprintable: bool = True,
        dated: date | None = None,
        note: str = "",
    ) -> Exported:
        """The data protection policy as its next version (dated today unless told, with the
        change ``note``), archived with the version in one transaction."""
        # reportlab only when a document is made (nothing of it before the first paint)
        from ..documents.policy import build_policy
        from ..documents.texts import text

        controller = self._controller()
        language = Language(language)
        policy = self._services.policy
        version, history = policy.next(dated=dated, note=note)
        facts = policy.facts(controller, language, version, history)
        built = noting(
            lambda: build_policy(facts, language, today=self._clock.today()),
            allow=allow_unprintable,
        )
        kind = kind_spec(DocumentKind.POLICY)
        return self._finish(
            built,
            kind=kind.stored(),
            title=text(language, kind.title_key),
            language=language,
            passphrase=passphrase,
            keep=lambda session, document_id: policy.keep(session, version, document_id),
        )

    def consent_record(
        self,
        customer_id: int,
        language: Language,
        *,
        passphrase: str | None = None,
        allow_unprintable: bool = True,
    ) -> Exported:
        """The person's consents and withdrawals with what proves them on one page, archived
        with the person (erased with them)."""
        # reportlab only when a document is made (nothing of it before the first paint)
        from ..documents.consent_record import build_consent_record
        from ..documents.texts import text

        controller = self._controller()
        language = Language(language)
        proofs = self._services.consent_texts.proofs(customer_id)
        name = self._services.customers.get(customer_id).display_name
        built = noting(
            lambda: build_consent_record(
                controller, name, proofs, language, today=self._clock.today()
            ),
            allow=allow_unprintable,
        )
        kind = kind_spec(DocumentKind.CONSENT_RECORD)
        return self._finish(
            built,
            kind=kind.stored(),
            title=f"{text(language, kind.title_key)}: {name}"[:300],
            language=language,
            passphrase=passphrase,
            customer_id=customer_id,
        )

    def inspection_cover(
        self,
        answers,
        files: list[str],
        language: Language,
        *,
        start: date,
        end: date,
        passphrase: str | None = None,
    ) -> Exported:
        """The supervisor's folder's cover page (``services/inspection.py`` makes the folder),
        archived: the business keeps what it handed over and when."""
        # reportlab only when a document is made (nothing of it before the first paint)
        from ..documents.inspection_cover import build_inspection_cover
        from ..documents.texts import text

        controller = self._controller()
        language = Language(language)
        built = noting(
            lambda: build_inspection_cover(
                controller,
                answers,
                files,
                language,
                start=start,
                end=end,
                today=self._clock.today(),
            ),
            allow=True,
        )
        kind = kind_spec(DocumentKind.INSPECTION_COVER)
        return self._finish(
            built,
            kind=kind.stored(),
            title=text(language, kind.title_key),
            language=language,
            passphrase=passphrase,
        )
