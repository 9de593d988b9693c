"""Documents as the business hands them out: built from the register, optionally signed
digitally, and archived with their SHA-256 so every version stays retrievable."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import or_, select

from ..domain.document_kinds import LETTER_PREFIX, DocumentKind
from ..domain.document_kinds import spec as kind_spec
from ..domain.enums import Language, SentVia
from ..domain.i18n import QT_TRANSLATE_NOOP, Message
from ..domain.records import ArchivedDocument, ControllerProfile, Customer
from ..domain.register_languages import in_language, untranslated_sections
from ..storage.models import DocumentRow
from . import access_copy, audit
from .access_copy import untranslated_texts
from .errors import NotFound, RuleViolation, UntranslatedStatement
from .exported import Exported
from .record_documents import RecordDocuments
from .unprintable import noting

SIGNING_FOLDER = "signing"
AUTHORITY_FIELDS = ("name", "street_address", "postal_address", "phone", "email", "website")


def breach_letter_name(breach_id: int, customer_id: int) -> str:
    """The file name of a breach letter saved for sending (the same from the app and the CLI)."""
    return f"tietoturvaloukkaus-{breach_id}-asiakas-{customer_id}.pdf"


def authority_key(language: Language) -> str:
    return f"authority.{Language(language).value}"


def default_authority_text(language: Language) -> str:
    """The Office of the Data Protection Ombudsman's contact, one item a line, as the settings
    show it (the default from the documents room)."""
    from ..documents.model import default_authority  # on first use: loads the documents package

    authority = default_authority(language)
    return "\n".join(getattr(authority, name) for name in AUTHORITY_FIELDS)


def _document_record(row: DocumentRow) -> ArchivedDocument:
    return ArchivedDocument(
        id=row.id,
        kind=row.kind,
        title=row.title,
        language=Language(row.language),
        created_at=row.created_at,
        sha256=row.sha256,
        signed=row.signed,
        register_id=row.register_id,
        customer_id=row.customer_id,
        request_id=row.request_id,
    )


def _no_profile():
    return RuleViolation(
        Message(
            "Documents",
            QT_TRANSLATE_NOOP("Documents", "Set up the business profile before making documents."),
        ),
        "controller",
    )


class DocumentService(RecordDocuments):
    def __init__(self, services) -> None:
        self._services = services
        self._db = services.db
        self._clock = services.clock

    # -- settings the documents need -------------------------------------------------------

    @property
    def signing_dir(self) -> Path:
        return self._services.data_dir / SIGNING_FOLDER

    def authority(self, language: Language):
        """The supervisory authority as documents print it: the user's text (one item a line,
        edited in the settings) or the default from the documents room."""
        # the documents package loads reportlab: only when a document is made
        from ..documents.model import SupervisoryAuthority, default_authority

        text = self._services.settings.get(authority_key(language))
        lines = [line.strip() for line in text.splitlines()]
        if not any(lines):
            return default_authority(language)
        lines = (lines + [""] * len(AUTHORITY_FIELDS))[: len(AUTHORITY_FIELDS)]
        return SupervisoryAuthority(**dict(zip(AUTHORITY_FIELDS, lines, strict=True)))

    def _controller(self) -> ControllerProfile:
        controller = self._services.controller.get()
        if controller is None:
            raise _no_profile()
        return controller

    def signature(self, controller: ControllerProfile, *, digital: bool):
        # the documents package loads reportlab: only when a document is made
        from ..documents.model import SignatureBlock
        from ..documents.signing import load_identity  # cryptography and pyHanko only when signing

        signer = ""
        if digital:
            identity = load_identity(self.signing_dir)
            signer = identity.common_name if identity else controller.name
        return SignatureBlock(
            place=controller.city,
            date=self._clock.today(),
            name=controller.contact_name or controller.name,
            title=self._services.settings.get("signature.title", ""),
            digital_signer=signer,
        )

    # -- signing identity --------------------------------------------------------------------

    def identity(self):
        from ..documents.signing import load_identity  # cryptography and pyHanko only when signing

        return load_identity(self.signing_dir)

    def create_identity(self, passphrase: str, *, replace: bool = False):
        # cryptography and pyHanko only when signing
        from ..documents.signing import create_identity

        controller = self._controller()
        identity = create_identity(
            self.signing_dir,
            common_name=controller.name,
            business_id=controller.business_id,
            passphrase=passphrase,
            replace=replace,
        )
        with self._db.transaction() as session:
            audit.record(session, self._clock.now(), "create", "signing_identity", None)
        return identity

    def check_passphrase(self, passphrase: str) -> None:
        """Raise SigningError unless ``passphrase`` unlocks a valid signing identity: asked once
        before a batch of letters, so a typo stops the batch before anything is archived."""
        from ..documents.signing import unlock  # cryptography and pyHanko only when signing

        unlock(self.signing_dir, passphrase)

    def import_identity(self, source: Path, passphrase: str):
        from ..documents.signing import import_pkcs12  # cryptography and pyHanko only when signing

        identity = import_pkcs12(source, self.signing_dir, passphrase)
        with self._db.transaction() as session:
            audit.record(session, self._clock.now(), "import", "signing_identity", None)
        return identity

    # -- making and archiving ----------------------------------------------------------------

    def _finish(
        self,
        built: tuple[bytes, tuple],
        *,
        kind: str,
        title: str,
        language: Language,
        passphrase: str | None,
        register_id: int | None = None,
        customer_id: int | None = None,
        request_id: int | None = None,
        archive: bool = True,
        keep: Callable[[object, int], object] | None = None,
    ) -> Exported:
        pdf, unprintable = built
        signed = passphrase is not None
        if signed:
            from ..documents.signing import sign_pdf  # cryptography and pyHanko only when signing

            controller = self._controller()
            pdf = sign_pdf(pdf, self.signing_dir, passphrase, location=controller.city)
        now = self._clock.now()
        digest = hashlib.sha256(pdf).hexdigest()
        if not archive:
            record = ArchivedDocument(
                0, kind, title, language, now, digest, signed, register_id, customer_id, request_id
            )
            return Exported(record, pdf, unprintable)
        with self._db.transaction() as session:
            row = DocumentRow(
                kind=kind,
                title=title,
                language=language.value,
                created_at=now,
                sha256=digest,
                signed=signed,
                pdf=pdf,
                register_id=register_id,
                customer_id=customer_id,
                request_id=request_id,
            )
            session.add(row)
            session.flush()
            # A version the document prints (a statement's, the policy's) is kept with it.
            version = keep(session, row.id) if keep is not None else None
            audit.record(session, now, "export", "document", row.id, [kind])
            return Exported(_document_record(row), pdf, unprintable, version)

    def privacy_statement(
        self,
        register_id: int,
        language: Language,
        *,
        passphrase: str | None = None,
        allow_unprintable: bool = True,
        allow_untranslated: bool = True,
        dated: date | None = None,
        note: str = "",
    ) -> Exported:
        """The statement as its next version (statement_versions.next): dated ``dated`` (today
        unless told, e.g. for a paper statement being recorded), with the change ``note``.
        Texts not translated into ``language`` print as written, with a note on the first
        page naming their sections; with ``allow_untranslated`` False (the person did not
        choose that) :class:`UntranslatedStatement` names the sections and nothing is made."""
        # the documents package loads reportlab: only when a document is made
        from ..documents import build_privacy_statement
        from ..documents.texts import text

        controller = self._controller()
        written = self._services.registers.get(register_id)
        sections = untranslated_sections(written, language)
        if sections and not allow_untranslated:
            raise UntranslatedStatement(sections, language)
        register = in_language(written, language)
        version, history = self._services.statement_versions.next(
            register_id, dated=dated, note=note
        )
        built = noting(
            lambda: build_privacy_statement(
                controller,
                register,
                language,
                authority=self.authority(language),
                signature=self.signature(controller, digital=passphrase is not None),
                drawn_up=(history[0] if history else version).dated,
                changed=version.dated,
                processors=self._services.processors.list(register_id),
                versions=(*history, version),
                untranslated=sections,
                original=written.text_language,
            ),
            allow=allow_unprintable,
        )
        kind = kind_spec(DocumentKind.STATEMENT)
        title = f"{text(language, kind.title_key)}: {register.name}"
        return self._finish(
            built,
            kind=kind.stored(),
            title=title,
            language=language,
            passphrase=passphrase,
            register_id=register_id,
            keep=lambda session, document_id: self._services.statement_versions.keep(
                session, version, document_id
            ),
        )

    def access_report_data(self, customer_id: int, request_received=None, request_id=None):
        """Everything held about the person; the request being answered (``request_id``) is
        not among the earlier ones."""
        # the documents package loads reportlab: only when a document is made
        from ..documents import AccessReportData

        services = self._services
        customer = services.customers.get(customer_id)
        registers = tuple(r for r in services.registers.list() if r.id in customer.register_ids)
        requests = [v.request for v in services.requests.list(customer_id=customer_id)]
        earlier = tuple(request for request in requests if request.id != request_id)
        audit_entries = access_copy.audit_about(services, customer_id)
        return AccessReportData(
            controller=self._controller(),
            customer=customer,
            registers=registers,
            consents=tuple(services.activity.consents(customer_id)),
            orders=tuple(services.activity.orders(customer_id)),
            contacts=tuple(services.activity.contacts(customer_id)),
            requests=earlier,
            request_events=tuple(
                event for request in earlier for event in services.requests.timeline(request.id)
            ),
            audit=audit_entries,
            audit_limit=access_copy.AUDIT_LIMIT,
            documents=tuple(self.about_person(customer_id, [r.id for r in requests])),
            backups=access_copy.backup_holding(services, access_copy.first_recorded(audit_entries)),
            request_received=request_received,
            today=self._clock.today(),
        )

    def access_report(
        self,
        customer_id: int,
        language: Language | None = None,
        *,
        mask_personal_id: bool = True,
        passphrase: str | None = None,
        allow_unprintable: bool = True,
        request_id: int | None = None,
        request_received=None,
        delivery: SentVia = SentVia.LETTER,
    ) -> Exported:
        """The Art 15 report in the person's own language unless another is asked for;
        ``delivery`` e-mail addresses it to the person's e-mail instead of their postal address."""
        # the documents package loads reportlab: only when a document is made
        from ..documents import build_access_report
        from ..documents.texts import text

        data = self.access_report_data(customer_id, request_received, request_id)
        language = Language(language or data.customer.language)
        data = replace(
            data,
            registers=tuple(in_language(r, language) for r in data.registers),
            untranslated=untranslated_texts(data.registers, language),
            delivery=SentVia(delivery),
        )
        built = noting(
            lambda: build_access_report(
                data,
                language,
                authority=self.authority(language),
                signature=self.signature(data.controller, digital=passphrase is not None),
                mask_personal_id=mask_personal_id,
            ),
            allow=allow_unprintable,
        )
        return self._finish(
            built,
            kind=kind_spec(DocumentKind.ACCESS_REPORT).stored(),
            title=text(language, kind_spec(DocumentKind.ACCESS_REPORT).title_key),
            language=language,
            passphrase=passphrase,
            customer_id=customer_id,
            request_id=request_id,
        )

    def processing_record(
        self,
        language: Language,
        *,
        passphrase: str | None = None,
        allow_unprintable: bool = True,
        archive: bool = True,
    ) -> Exported:
        # the documents package loads reportlab: only when a document is made
        from ..documents import build_processing_record
        from ..documents.texts import text

        controller = self._controller()
        built = noting(
            lambda: build_processing_record(
                controller,
                [in_language(r, language) for r in self._services.registers.list()],
                language,
                signature=self.signature(controller, digital=passphrase is not None),
                today=self._clock.today(),
                processors=self._services.processors.by_register(),
                dpia=self._services.dpia.summaries(),
                security=self._services.security.latest(),
                dpo=self._services.dpo.get(),
            ),
            allow=allow_unprintable,
        )
        return self._finish(
            built,
            kind=kind_spec(DocumentKind.PROCESSING_RECORD).stored(),
            title=text(language, kind_spec(DocumentKind.PROCESSING_RECORD).title_key),
            language=language,
            passphrase=passphrase,
            archive=archive,
        )

    def letter(
        self,
        kind,
        data,
        language: Language,
        *,
        passphrase: str | None = None,
        allow_unprintable: bool = True,
        request_id: int | None = None,
        customer_id: int | None = None,
        archive: bool = True,
    ) -> Exported:
        """A request letter (documents.LetterKind) from prepared LetterData."""
        # the documents package loads reportlab: only when a document is made
        from ..documents import build_letter
        from ..documents.texts import text

        controller = self._controller()
        built = noting(
            lambda: build_letter(
                kind,
                data,
                language,
                authority=self.authority(language),
                signature=self.signature(controller, digital=passphrase is not None),
            ),
            allow=allow_unprintable,
        )
        return self._finish(
            built,
            kind=kind_spec(DocumentKind.LETTER).stored(kind.value),
            title=text(
                language, kind_spec(DocumentKind.LETTER).title_key.format(letter=kind.value)
            ),
            language=language,
            passphrase=passphrase,
            request_id=request_id,
            customer_id=customer_id,
            archive=archive,
        )

    def breach_letter(
        self,
        breach_id: int,
        customer_id: int,
        *,
        language: Language | None = None,
        passphrase: str | None = None,
        allow_unprintable: bool = True,
    ) -> Exported:
        """The Art 34 letter to one affected person, in their language unless told otherwise;
        archived with the person, so an erasure takes it with them."""
        # the documents package loads reportlab: only when a document is made
        from ..documents.breach_letter import build_breach_letter
        from ..documents.texts import text

        controller = self._controller()
        breach = self._services.breaches.get(breach_id).breach
        customer = self._services.customers.get(customer_id)
        language = Language(language or customer.language)
        built = noting(
            lambda: build_breach_letter(
                breach,
                customer,
                controller,
                language,
                authority=self.authority(language),
                signature=self.signature(controller, digital=passphrase is not None),
                today=self._clock.today(),
            ),
            allow=allow_unprintable,
        )
        return self._finish(
            built,
            kind=kind_spec(DocumentKind.LETTER).stored("breach"),
            title=text(language, "breach.letter.title"),
            language=language,
            passphrase=passphrase,
            customer_id=customer_id,
        )

    def breach_letters(
        self, breach_id: int, *, passphrase: str | None = None
    ) -> Iterator[tuple[Customer, Exported]]:
        """The Art 34 letter to each affected customer, one at a time (a caller can show
        progress and stop between letters); each is archived as it is made. A letter is signed
        before it is archived, so a wrong passphrase stops at the first with nothing kept;
        callers ask :meth:`check_passphrase` first to say so before starting."""
        for customer in self._services.breaches.affected_customers(breach_id):
            yield customer, self.breach_letter(breach_id, customer.id, passphrase=passphrase)

    def breach_report(
        self,
        breach_id: int,
        language: Language,
        *,
        passphrase: str | None = None,
        allow_unprintable: bool = True,
        archive: bool = True,
    ) -> Exported:
        """The breach as recorded, on one page, archived for the business's files."""
        # the documents package loads reportlab: only when a document is made
        from ..documents.breach_letter import build_breach_report
        from ..documents.texts import text

        controller = self._controller()
        breach = self._services.breaches.get(breach_id).breach
        language = Language(language)
        built = noting(
            lambda: build_breach_report(breach, controller, language, today=self._clock.today()),
            allow=allow_unprintable,
        )
        return self._finish(
            built,
            kind=kind_spec(DocumentKind.BREACH_REPORT).stored(),
            title=text(language, kind_spec(DocumentKind.BREACH_REPORT).title_key, id=breach_id),
            language=language,
            passphrase=passphrase,
            archive=archive,
        )

    # -- the archive ---------------------------------------------------------------------

    def archive(self, kind: str | None = None, limit: int = 500) -> list[ArchivedDocument]:
        """The newest documents of ``kind`` (a stored kind; ``letter`` is every letter)."""
        statement = select(DocumentRow).order_by(DocumentRow.id.desc()).limit(limit)
        if kind == DocumentKind.LETTER:
            statement = statement.where(DocumentRow.kind.startswith(LETTER_PREFIX, autoescape=True))
        elif kind is not None:
            statement = statement.where(DocumentRow.kind == kind)
        return self._metadata(statement)

    def about_person(
        self, customer_id: int, request_ids: list[int], limit: int = 500
    ) -> list[ArchivedDocument]:
        """The documents archived about a person or their requests, newest first."""
        about = DocumentRow.customer_id == customer_id
        if request_ids:
            about = or_(about, DocumentRow.request_id.in_(request_ids))
        statement = select(DocumentRow).where(about).order_by(DocumentRow.id.desc()).limit(limit)
        return self._metadata(statement)

    def document(self, document_id: int) -> ArchivedDocument:
        """One archived document's metadata (not its PDF)."""
        found = self._metadata(select(DocumentRow).where(DocumentRow.id == document_id))
        if not found:
            raise NotFound("document", document_id)
        return found[0]

    def _metadata(self, statement) -> list[ArchivedDocument]:
        with self._db.reading() as session:
            # Only the metadata columns: the PDFs stay on disk until asked for.
            rows = session.execute(
                statement.with_only_columns(
                    DocumentRow.id,
                    DocumentRow.kind,
                    DocumentRow.title,
                    DocumentRow.language,
                    DocumentRow.created_at,
                    DocumentRow.sha256,
                    DocumentRow.signed,
                    DocumentRow.register_id,
                    DocumentRow.customer_id,
                    DocumentRow.request_id,
                )
            )
            return [
                ArchivedDocument(
                    r.id,
                    r.kind,
                    r.title,
                    Language(r.language),
                    r.created_at,
                    r.sha256,
                    r.signed,
                    r.register_id,
                    r.customer_id,
                    r.request_id,
                )
                for r in rows
            ]

    def pdf(self, document_id: int) -> bytes:
        with self._db.reading() as session:
            row = session.get(DocumentRow, document_id)
            if row is None:
                raise NotFound("document", document_id)
            return row.pdf

    @staticmethod
    def verify(pdf: bytes):
        from ..documents.signing import verify_pdf  # pyHanko only when a signature is checked

        return verify_pdf(pdf)
