"""The providers of the supervisor's folder: one function a checklist item
(``domain/inspection.py`` names it), each adding the files that answer its item to the folder
and returning the item's answer, or what is still open and what to do.

Only records the business must keep go in: registers, statements, assessments, processors, the
logs (the request log's outcome text is the user's; breach reports hold counts, not names).
Nothing of a person's own file (access reports, letters, consent records) is added."""

from __future__ import annotations

import csv
import io
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..domain.document_kinds import DocumentKind
from ..domain.enums import Answer, Language, LegalBasis
from ..domain.file_names import safe_file_name
from ..domain.inspection import CHECKLIST, ChecklistItem, ItemAnswer, Todo
from ..domain.statement_versions import in_force

NAME_LIMIT = 90  # a file's name in the folder; the folder's own name is ~25 characters


@dataclass
class PackContext:
    """What the providers share while one folder is made: the period, the language, and the
    files so far (name -> bytes, in the order the cover lists them)."""

    services: object
    language: Language
    start: date
    end: date
    files: dict[str, bytes] = field(default_factory=dict)
    _made: dict[str, str] = field(default_factory=dict)

    def text(self, key: str, **values: object) -> str:
        from ..documents.texts import text  # the wording tables load with the documents room

        return text(self.language, key, **values)

    def add(self, title: str, data: bytes, suffix: str = ".pdf") -> str:
        """Add a file named after ``title`` (numbered in order, safe on Windows); its name."""
        stem = safe_file_name(title, fallback="document")[:NAME_LIMIT].strip(" .")
        name = safe_file_name(f"{len(self.files) + 1:02d} {stem}{suffix}")
        self.files[name] = data
        return name

    def once(self, key: str, make: Callable[[], str]) -> str:
        """A file several items point to (the Art 30 record), made the first time it is asked."""
        if key not in self._made:
            self._made[key] = make()
        return self._made[key]

    def record(self) -> str:
        documents = self.services.documents
        return self.once(
            "record",
            lambda: self.add(
                self.text("record.title"),
                documents.processing_record(self.language, archive=False).pdf,
            ),
        )


def _todo(reason: str, **values: object) -> Todo:
    return Todo(reason, tuple((key, str(value)) for key, value in values.items()))


def _csv(header: list[str], rows: list[list[object]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")  # the BOM: Excel reads it as UTF-8


def processing_record(ctx: PackContext) -> ItemAnswer:
    if not ctx.services.registers.list():
        return ItemAnswer(ChecklistItem.PROCESSING_RECORD, todos=(_todo("no_registers"),))
    return ItemAnswer(ChecklistItem.PROCESSING_RECORD, (ctx.record(),))


def statements(ctx: PackContext) -> ItemAnswer:
    s = ctx.services
    files, todos = [], []
    for register in s.registers.list():
        versions = s.statement_versions.list(register.id)
        if in_force(versions, ctx.end) is None:
            todos.append(_todo("statement_missing", register=register.name))
        for version in versions:
            if version.document_id is None:
                continue
            title = ctx.text("inspection.file.statement", register=register.name, n=version.number)
            files.append(ctx.add(title, s.documents.pdf(version.document_id)))
    if not files and not todos:
        todos.append(_todo("no_registers"))
    return ItemAnswer(ChecklistItem.STATEMENTS, tuple(files), tuple(todos))


def legal_basis(ctx: PackContext) -> ItemAnswer:
    s = ctx.services
    registers = s.registers.list()
    if not registers:
        return ItemAnswer(ChecklistItem.LEGAL_BASIS, todos=(_todo("no_registers"),))
    files, todos = [ctx.record()], []
    for register in registers:
        views = {view.assessment.position: view for view in s.assessments.list(register.id)}
        for position, purpose in enumerate(register.purposes):
            if purpose.legal_basis is not LegalBasis.LEGITIMATE_INTERESTS:
                continue
            view = views.get(position)
            if view is None or not view.current:
                todos.append(
                    _todo("lia_missing", register=register.name, purpose=purpose.description)
                )
                continue
            made = s.documents.interest_assessment(
                register.id, position, ctx.language, archive=False
            )
            title = ctx.text("inspection.file.lia", register=register.name, n=position + 1)
            files.append(ctx.add(title, made.pdf))
    return ItemAnswer(ChecklistItem.LEGAL_BASIS, tuple(files), tuple(todos))


def requests(ctx: PackContext) -> ItemAnswer:
    pdf, table = ctx.services.fulfilment.request_log(ctx.start, ctx.end, ctx.language)
    title = ctx.text("log.title")
    files = (ctx.add(title, pdf), ctx.add(title, table.encode("utf-8-sig"), ".csv"))
    return ItemAnswer(ChecklistItem.REQUESTS, files)


def breaches(ctx: PackContext) -> ItemAnswer:
    s = ctx.services
    found = [
        view.breach
        for view in s.breaches.list()
        if ctx.start <= view.breach.discovered_at.date() <= ctx.end
    ]
    found.sort(key=lambda breach: (breach.discovered_at, breach.id))
    header = [
        "id",
        "discovered_at",
        "natures",
        "people_affected",
        "risk",
        "authority_notified_at",
        "people_informed_at",
        "status",
        "closed_at",
    ]
    rows = [
        [
            b.id,
            b.discovered_at.isoformat(timespec="minutes"),
            " ".join(nature.value for nature in b.natures),
            "" if b.people_affected is None else b.people_affected,
            b.risk.value,
            b.authority_notified_at.isoformat(timespec="minutes")
            if b.authority_notified_at
            else "",
            b.people_informed_at.isoformat(timespec="minutes") if b.people_informed_at else "",
            b.status.value,
            b.closed_at.isoformat(timespec="minutes") if b.closed_at else "",
        ]
        for b in found
    ]
    files = [ctx.add(ctx.text("inspection.file.breach_log"), _csv(header, rows), ".csv")]
    for breach in found:
        made = s.documents.breach_report(breach.id, ctx.language, archive=False)
        files.append(ctx.add(ctx.text("breach.report.title", id=breach.id), made.pdf))
    return ItemAnswer(ChecklistItem.BREACHES, tuple(files))


def retention(ctx: PackContext) -> ItemAnswer:
    s = ctx.services
    runs = [
        document
        for document in s.documents.archive(DocumentKind.RETENTION_RUN.value)
        if ctx.start <= document.created_at.date() <= ctx.end
    ]
    files = tuple(
        ctx.add(f"{doc.title} {doc.created_at.date().isoformat()}", s.documents.pdf(doc.id))
        for doc in reversed(runs)
    )
    todos = () if files else (_todo("retention_not_run"),)
    return ItemAnswer(ChecklistItem.RETENTION, files, todos)


def consents(ctx: PackContext) -> ItemAnswer:
    s = ctx.services
    registers = s.registers.list()
    texts = s.consent_texts.list()
    names = {register.id: register.name for register in registers}
    header = ["register", "version", "valid_from", "text_fi", "text_sv", "text_en"]
    rows = [
        [names.get(t.register_id, t.register_id), t.version, t.valid_from.isoformat()]
        + [getattr(t, f"text_{lang.value}") for lang in Language]
        for t in texts
    ]
    with_text = {t.register_id for t in texts}
    todos = tuple(
        _todo("consent_text_missing", register=register.name)
        for register in registers
        if register.id not in with_text
        and any(p.legal_basis is LegalBasis.CONSENT for p in register.purposes)
    )
    name = ctx.add(ctx.text("inspection.file.consent_texts"), _csv(header, rows), ".csv")
    return ItemAnswer(ChecklistItem.CONSENTS, (name,), todos)


def transfers(ctx: PackContext) -> ItemAnswer:
    registers = ctx.services.registers.list()
    if not registers:
        return ItemAnswer(ChecklistItem.TRANSFERS, todos=(_todo("no_registers"),))
    # A register that transfers cannot be saved without its safeguards: only silence is open.
    todos = [
        _todo("transfers_unanswered", register=register.name)
        for register in registers
        if register.transfers is Answer.UNANSWERED
    ]
    return ItemAnswer(ChecklistItem.TRANSFERS, (ctx.record(),), tuple(todos))


def audit_chain(ctx: PackContext) -> ItemAnswer:
    s = ctx.services
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "audit.pdf"
        check = s.audit.export_pdf(path, ctx.language)
        pdf = path.read_bytes()
    head = check.head  # as verified: the pack's own audit entries come after it
    lines = [
        ctx.text("inspection.audit.result." + ("ok" if check.ok else "broken")),
        ctx.text("inspection.audit.head", count=head.count, hash=head.hash),
    ]
    files = (
        ctx.add(ctx.text("inspection.file.audit_log"), pdf),
        ctx.add(
            ctx.text("inspection.file.audit_check"), ("\n".join(lines) + "\n").encode(), ".txt"
        ),
    )
    todos = () if check.ok else (_todo("audit_broken"),)
    return ItemAnswer(ChecklistItem.AUDIT_CHAIN, files, todos)


def security(ctx: PackContext) -> ItemAnswer:
    """The newest yearly security review (Art 32); open when none was made or its next review's
    day has come."""
    s = ctx.services
    review = s.security.latest()
    if review is None:
        return ItemAnswer(ChecklistItem.SECURITY, todos=(_todo("security_review_missing"),))
    made = s.documents.security_review(ctx.language, review_id=review.id, archive=False)
    files = (ctx.add(ctx.text("inspection.file.security_review"), made.pdf),)
    todos = ()
    if s.security.due():
        todos = (_todo("security_review_due", date=_day(ctx, review.next_review)),)
    return ItemAnswer(ChecklistItem.SECURITY, files, todos)


def dpo(ctx: PackContext) -> ItemAnswer:
    """The DPO decision (Art 37), printed in the Art 30 record."""
    if ctx.services.dpo.get() is None:
        return ItemAnswer(ChecklistItem.DPO, todos=(_todo("dpo_decision_missing"),))
    return ItemAnswer(ChecklistItem.DPO, (ctx.record(),))


def processors(ctx: PackContext) -> ItemAnswer:
    s = ctx.services
    listed = s.processors.list()
    registers = s.registers.list()
    if not registers:
        return ItemAnswer(ChecklistItem.PROCESSORS, todos=(_todo("no_registers"),))
    todos = [
        _todo("contract_missing", processor=processor.name)
        for processor in listed
        if processor.contract_on is None
    ]
    if not listed and any(register.processors.strip() for register in registers):
        todos.append(_todo("processors_not_listed"))
    return ItemAnswer(ChecklistItem.PROCESSORS, (ctx.record(),), tuple(todos))


def dpia(ctx: PackContext) -> ItemAnswer:
    s = ctx.services
    files, todos = [], []
    registers = s.registers.list()
    for register in registers:
        if s.dpia.get(register.id).screening is None:
            todos.append(_todo("dpia_screening_missing", register=register.name))
            continue
        made = s.documents.dpia(register.id, ctx.language, archive=False)
        files.append(ctx.add(ctx.text("inspection.file.dpia", register=register.name), made.pdf))
    if not registers:
        todos.append(_todo("no_registers"))
    return ItemAnswer(ChecklistItem.DPIA, tuple(files), tuple(todos))


def confidentiality(ctx: PackContext) -> ItemAnswer:
    """The access list as a table (who, their role and reach, the dates of their
    confidentiality undertaking and briefing); open for each person with access today who has
    no undertaking or no briefing on record."""
    s = ctx.services
    holders = s.access.list()
    if not holders:
        return ItemAnswer(ChecklistItem.CONFIDENTIALITY, todos=(_todo("access_list_missing"),))
    names = {register.id: register.name for register in s.registers.list()}
    header = [ctx.text(f"inspection.access.{column}") for column in ACCESS_COLUMNS]
    rows = [
        [
            holder.name,
            holder.role.value,
            "; ".join(names.get(i, str(i)) for i in holder.register_ids),
            *(_iso(day) for day in (holder.undertaking_on, holder.briefed_on)),
            *(_iso(day) for day in (holder.active_from, holder.active_to)),
        ]
        for holder in holders
    ]
    files = (ctx.add(ctx.text("inspection.file.access_list"), _csv(header, rows), ".csv"),)
    todos = tuple(
        _todo("undertaking_missing", person=holder.name)
        for holder in s.access.missing_undertakings()
    )
    return ItemAnswer(ChecklistItem.CONFIDENTIALITY, files, todos)


def policy(ctx: PackContext) -> ItemAnswer:
    """The data protection policy's version in force at the end of the period (its archived
    PDF)."""
    s = ctx.services
    printed = [
        version
        for version in s.policy.versions()
        if version.dated <= ctx.end and version.document_id is not None
    ]
    if not printed:
        return ItemAnswer(ChecklistItem.POLICY, todos=(_todo("policy_missing"),))
    version = printed[-1]
    title = ctx.text("inspection.file.policy", n=version.number)
    return ItemAnswer(ChecklistItem.POLICY, (ctx.add(title, s.documents.pdf(version.document_id)),))


ACCESS_COLUMNS = ("name", "role", "registers", "undertaking", "briefing", "from", "to")


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def _day(ctx: PackContext, day: date | None) -> str:
    from ..documents.texts import format_date  # the wording tables load with the documents room

    return format_date(day, ctx.language) if day else ""


PROVIDERS: dict[ChecklistItem, Callable[[PackContext], ItemAnswer]] = {
    item: globals()[spec.provider] for item, spec in CHECKLIST.items()
}
