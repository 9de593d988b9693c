"""Between mapped rows and the domain's immutable records, in both directions."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import fields
from functools import lru_cache

from ..domain.breaches import Breach, BreachNature, BreachRisk, BreachStatus, InformExemption
from ..domain.claims import CLAIM_FIELDS
from ..domain.enums import (
    Answer,
    Channel,
    ConsentAction,
    ContactKind,
    CustomerKind,
    IdentityCheck,
    Language,
    LegalBasis,
    OrderStatus,
    RequestStatus,
    RequestType,
    RetentionAnchor,
    SentVia,
)
from ..domain.interest_assessments import AssessmentOutcome, InterestAssessment
from ..domain.marketing import ConsentMethod, MarketingChannel
from ..domain.processors import Processor, TransferMechanism
from ..domain.records import (
    CUSTOMER_DATE_FIELDS,
    CUSTOMER_TEXT_FIELDS,
    AuditEntry,
    ConsentEvent,
    ContactEntry,
    Customer,
    DataRequest,
    Order,
    Purpose,
    RegisterDescription,
    RetentionRule,
    TextTranslation,
)
from ..domain.register_languages import TEXT_FIELDS
from .models import (
    AuditRow,
    BreachRow,
    ConsentRow,
    ContactRow,
    CustomerRow,
    InterestAssessmentRow,
    OrderRow,
    ProcessorRow,
    PurposeRow,
    RegisterRow,
    RegisterTranslationRow,
    RequestRow,
)

CUSTOMER_FIELDS = (*CUSTOMER_TEXT_FIELDS, *CUSTOMER_DATE_FIELDS)
# The register's own texts: the columns copied as they are.
REGISTER_TEXT_FIELDS = TEXT_FIELDS
REQUEST_FIELDS = (
    "customer_id",
    "requester_name",
    "requester_contact",
    "received",
    "description",
    "identity_requested_on",
    "identity_received_on",
    "extended_on",
    "extension_reason",
    "completed_on",
    "outcome",
    "sent_on",
    "sent_reference",
)


def register_record(row: RegisterRow) -> RegisterDescription:
    return RegisterDescription(
        id=row.id,
        purposes=tuple(
            Purpose(p.description, LegalBasis(p.legal_basis), p.legitimate_interest)
            for p in row.purposes
        ),
        retention=RetentionRule(row.retention_years, RetentionAnchor(row.retention_anchor)),
        text_language=Language(row.text_language),
        translations=tuple(
            TextTranslation(Language(t.language), t.field, t.source, t.text)
            for t in row.translations
        ),
        created_on=row.created_on,
        changed_on=row.changed_on,
        **{name: getattr(row, name) for name in REGISTER_TEXT_FIELDS},
        **{name: Answer(getattr(row, name)) for name in CLAIM_FIELDS},
    )


def fill_register(row: RegisterRow, register: RegisterDescription) -> None:
    for name in REGISTER_TEXT_FIELDS:
        setattr(row, name, getattr(register, name))
    for name in CLAIM_FIELDS:
        setattr(row, name, Answer(getattr(register, name)).value)
    row.retention_years = register.retention.years
    row.retention_anchor = register.retention.anchor.value
    row.text_language = Language(register.text_language).value
    row.translations = [
        RegisterTranslationRow(
            language=Language(t.language).value, field=t.field, source=t.source, text=t.text
        )
        for t in register.translations
    ]
    row.purposes = [
        PurposeRow(
            position=index,
            description=p.description,
            legal_basis=p.legal_basis.value,
            legitimate_interest=p.legitimate_interest,
        )
        for index, p in enumerate(register.purposes)
    ]


# Enum members by stored value: a dict lookup is a tenth of calling the enum, which a page of
# the list does 200 times (an unknown value still raises, through the enum).
_KINDS = {kind.value: kind for kind in CustomerKind}
_LANGUAGES = {language.value: language for language in Language}


# A list page's row holds the record's fields in the record's own order
# (customer_queries.LIST_COLUMNS reads them so), the registers as one text in register_ids'
# place: the row's values then make the record's attributes in one step.
CUSTOMER_RECORD_FIELDS = tuple(f.name for f in fields(Customer))
_new = object.__new__
_set = object.__setattr__


@lru_cache(maxsize=1024)
def register_list(text: str | None) -> tuple[int, ...]:
    """The register ids of a page row's ``register_list`` (SQLite's ``group_concat``, "3,1"),
    in order. Remembered: a register has only a few combinations of registers."""
    return tuple(sorted(int(part) for part in text.split(","))) if text else ()


def page_records(rows: Iterable[Sequence]) -> list[Customer]:
    """The records of a list page's rows (customer_queries.LIST_COLUMNS). Each record's
    attributes are the row's values, set at once: the frozen dataclass's own ``__init__``
    sets its 23 fields one ``object.__setattr__`` at a time, and that, with reading each
    row's names, was most of a page's time. The record is the same, equal to
    ``Customer(**values)`` (a test compares them)."""
    records = []
    for row in rows:
        values = dict(zip(CUSTOMER_RECORD_FIELDS, row, strict=True))
        values["kind"] = _KINDS.get(values["kind"]) or CustomerKind(values["kind"])
        values["language"] = _LANGUAGES.get(values["language"]) or Language(values["language"])
        values["register_ids"] = register_list(values["register_ids"])
        record = _new(Customer)
        _set(record, "__dict__", values)
        records.append(record)
    return records


def customer_record(row: CustomerRow, register_ids: tuple[int, ...] = ()) -> Customer:
    """The record of a customer row."""
    return Customer(
        id=row.id,
        kind=CustomerKind(row.kind),
        language=Language(row.language),
        register_ids=register_ids,
        created_at=row.created_at,
        updated_at=row.updated_at,
        **{name: getattr(row, name) for name in CUSTOMER_FIELDS},
    )


def fill_customer(row: CustomerRow, customer: Customer) -> list[str]:
    """Copy the customer's values onto the row; returns the names of the fields that changed."""
    changed = []
    values = {name: getattr(customer, name) for name in CUSTOMER_FIELDS}
    values["kind"] = customer.kind.value
    values["language"] = customer.language.value
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed.append(name)
    return changed


def consent_record(row: ConsentRow) -> ConsentEvent:
    return ConsentEvent(
        id=row.id,
        customer_id=row.customer_id,
        action=ConsentAction(row.action),
        purpose=row.purpose,
        at=row.at,
        channel=Channel(row.channel),
        evidence=row.evidence,
        marketing_channel=MarketingChannel(row.marketing_channel)
        if row.marketing_channel
        else None,
        method=ConsentMethod(row.method),
        text=row.consent_text,
        evidence_file=row.evidence_file,
        evidence_sha256=row.evidence_sha256,
        recorded_by=row.recorded_by,
        consent_text_id=row.consent_text_id,
        statement_version_id=row.statement_version_id,
    )


def order_record(row: OrderRow) -> Order:
    return Order(
        id=row.id,
        customer_id=row.customer_id,
        ordered_on=row.ordered_on,
        reference=row.reference,
        description=row.description,
        amount_cents=row.amount_cents,
        status=OrderStatus(row.status),
        anonymised=row.anonymised,
    )


def contact_record(row: ContactRow) -> ContactEntry:
    return ContactEntry(
        id=row.id,
        customer_id=row.customer_id,
        on=row.on,
        summary=row.summary,
        channel=Channel(row.channel),
        kind=ContactKind(row.kind),
    )


def request_record(row: RequestRow) -> DataRequest:
    return DataRequest(
        id=row.id,
        type=RequestType(row.type),
        channel=Channel(row.channel),
        identity=IdentityCheck(row.identity),
        status=RequestStatus(row.status),
        changed_fields=tuple(f for f in row.changed_fields.split(",") if f),
        subject_erased=row.subject_erased,
        sent_via=SentVia(row.sent_via) if row.sent_via else None,
        **{name: getattr(row, name) for name in REQUEST_FIELDS},
    )


def audit_record(row: AuditRow) -> AuditEntry:
    return AuditEntry(
        id=row.id,
        at=row.at,
        action=row.action,
        entity=row.entity,
        entity_id=row.entity_id,
        fields=tuple(f for f in row.fields.split(",") if f),
    )


BREACH_TEXT_FIELDS = (
    "description",
    "data_categories",
    "consequences",
    "measures_taken",
    "measures_proposed",
    "risk_reasoning",
    "authority_reference",
    "delay_reasons",
    "people_informed_how",
    "inform_exemption_reason",
)
BREACH_VALUE_FIELDS = (
    "discovered_at",
    "people_affected",
    "records_affected",
    "authority_notified_at",
    "notified_in_phases",
    "people_informed_at",
    "people_informed_count",
    "closed_at",
)


def breach_record(row: BreachRow, customer_ids: tuple[int, ...] = ()) -> Breach:
    return Breach(
        id=row.id,
        recorded_at=row.recorded_at,
        natures=tuple(BreachNature(n) for n in row.natures.split(",") if n),
        risk=BreachRisk(row.risk),
        inform_exemption=InformExemption(row.inform_exemption),
        status=BreachStatus(row.status),
        customer_ids=customer_ids,
        **{name: getattr(row, name) for name in BREACH_TEXT_FIELDS + BREACH_VALUE_FIELDS},
    )


def fill_breach(row: BreachRow, breach: Breach) -> list[str]:
    """Copy ``breach`` onto ``row``; returns the names of the fields that changed."""
    values = {name: getattr(breach, name) for name in BREACH_TEXT_FIELDS + BREACH_VALUE_FIELDS}
    values["natures"] = ",".join(n.value for n in breach.natures)
    values["risk"] = breach.risk.value
    values["inform_exemption"] = breach.inform_exemption.value
    values["status"] = breach.status.value
    changed = []
    for name, value in values.items():
        if getattr(row, name, None) != value:
            setattr(row, name, value)
            changed.append(name)
    return changed


ASSESSMENT_TEXTS = ("purpose", "interest", "necessity", "balancing", "safeguards", "reviewer")


def assessment_record(row: InterestAssessmentRow) -> InterestAssessment:
    return InterestAssessment(
        register_id=row.register_id,
        position=row.position,
        outcome=AssessmentOutcome(row.outcome),
        assessed_on=row.assessed_on,
        **{name: getattr(row, name) for name in ASSESSMENT_TEXTS},
    )


def fill_assessment(row: InterestAssessmentRow, assessment: InterestAssessment) -> None:
    for name in ASSESSMENT_TEXTS:
        setattr(row, name, getattr(assessment, name))
    row.outcome = AssessmentOutcome(assessment.outcome).value
    row.assessed_on = assessment.assessed_on


PROCESSOR_TEXTS = ("name", "service", "data", "country")


def processor_record(row: ProcessorRow, register_ids: tuple[int, ...]) -> Processor:
    return Processor(
        id=row.id,
        mechanism=TransferMechanism(row.mechanism),
        contract_on=row.contract_on,
        review_on=row.review_on,
        register_ids=register_ids,
        **{name: getattr(row, name) for name in PROCESSOR_TEXTS},
    )


def fill_processor(row: ProcessorRow, processor: Processor) -> None:
    for name in PROCESSOR_TEXTS:
        setattr(row, name, getattr(processor, name))
    row.mechanism = TransferMechanism(processor.mechanism).value
    row.contract_on = processor.contract_on
    row.review_on = processor.review_on
