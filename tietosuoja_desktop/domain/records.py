"""Immutable records of the register: what the services hand to the command line, the
windows and the document builders. Plain dataclasses, no behaviour beyond derived values."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime

from .enums import (
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
from .marketing import ConsentMethod, MarketingChannel


@dataclass(frozen=True)
class ControllerProfile:
    """The business that keeps the registers (GDPR Art 4(7)); every document carries it."""

    name: str
    business_id: str = ""  # Y-tunnus, 1234567-8
    street_address: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = "Suomi"
    phone: str = ""
    email: str = ""
    website: str = ""
    contact_name: str = ""  # the person for privacy matters
    contact_phone: str = ""
    contact_email: str = ""
    dpo_name: str = ""  # data protection officer, only if one is appointed (Art 13(1)(b))
    dpo_email: str = ""
    dpo_phone: str = ""
    document_language: Language = Language.FI


@dataclass(frozen=True)
class Purpose:
    """One purpose of processing with its legal basis (Art 13(1)(c)-(d))."""

    description: str
    legal_basis: LegalBasis
    legitimate_interest: str = ""  # required when the basis is legitimate interests


@dataclass(frozen=True)
class TextTranslation:
    """One text of a register description in another language. ``field`` names the text as
    validation does (``data_categories``, ``purposes[0].description``); ``source`` is the
    original it was translated from, so a translation whose original changed since is known
    stale and not printed (domain/register_languages.py)."""

    language: Language
    field: str
    source: str
    text: str


@dataclass(frozen=True)
class RetentionRule:
    """A machine-usable retention rule: ``years`` after ``anchor``; ``None`` years means the rule
    is only described in text and nobody is listed as past it automatically."""

    years: int | None = None
    anchor: RetentionAnchor = RetentionAnchor.LAST_ACTIVITY


@dataclass(frozen=True)
class RegisterDescription:
    """A register the business keeps and the content of its privacy statement (domain.md)."""

    name: str
    id: int | None = None
    purposes: tuple[Purpose, ...] = ()
    data_subject_categories: str = ""  # whose data (customers, newsletter subscribers...)
    data_categories: str = ""  # 14(1)(d)
    sources: str = ""  # 14(2)(f)
    recipients: str = ""  # regular disclosures, 13(1)(e)
    processors: str = ""  # processors used, 13(1)(e)
    transfers: Answer = Answer.UNANSWERED  # 13(1)(f): outside the EU/EEA
    transfer_safeguards: str = ""
    retention: RetentionRule = field(default_factory=RetentionRule)
    retention_text: str = ""  # 13(2)(a)
    # 13(2)(e): must the data be given (by law or contract), and what follows if not
    provision_required: Answer = Answer.UNANSWERED
    statutory_requirement: str = ""  # the answer in the user's words
    # 13(2)(f): automated decisions (Art 22) and profiling, each answered; the text describes them
    automated: Answer = Answer.UNANSWERED
    profiling: Answer = Answer.UNANSWERED
    automated_decisions: str = ""
    security_manual: str = ""
    security_organisational: str = ""  # confidentiality undertakings, need-to-know, training
    security_electronic: str = ""
    cookies: str = ""  # where a web site feeds the register
    # The language the texts above are written in; a statement in another language prints
    # their translations, and what is not translated as written (the app says so).
    text_language: Language = Language.FI
    translations: tuple[TextTranslation, ...] = ()  # into the other languages
    created_on: date | None = None
    changed_on: date | None = None


@dataclass(frozen=True)
class Customer:
    """A data subject in the register: a person, or a contact person of an organisation."""

    id: int | None = None
    kind: CustomerKind = CustomerKind.PERSON
    first_name: str = ""
    last_name: str = ""
    organisation: str = ""
    business_id: str = ""  # the organisation's Y-tunnus
    street_address: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = ""
    phone: str = ""  # stored normalised (E.164)
    email: str = ""
    birth_date: date | None = None
    personal_id: str = ""  # henkilötunnus: sensitive, masked wherever shown by default
    language: Language = Language.FI
    customer_since: date | None = None
    notes: str = ""
    register_ids: tuple[int, ...] = ()
    marketing_prohibited_on: date | None = None  # Art 21(2)
    restricted_on: date | None = None  # Art 18
    objected_on: date | None = None  # Art 21(1): processing on legitimate interests stops
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def display_name(self) -> str:
        name = " ".join(part for part in (self.first_name, self.last_name) if part)
        if self.organisation:
            return f"{name} ({self.organisation})" if name else self.organisation
        return name

    @property
    def marketing_prohibited(self) -> bool:
        return self.marketing_prohibited_on is not None

    @property
    def restricted(self) -> bool:
        return self.restricted_on is not None


def _fields_typed(record: type, annotation: str) -> tuple[str, ...]:
    return tuple(f.name for f in fields(record) if f.type == annotation)


# The customer's fields by kind, read from the record itself so they are listed once: validation
# checks the texts, the command line offers them as options, storage copies them to its columns.
CUSTOMER_TEXT_FIELDS = _fields_typed(Customer, "str")
CUSTOMER_LINE_FIELDS = tuple(name for name in CUSTOMER_TEXT_FIELDS if name != "notes")
CUSTOMER_NAME_FIELDS = ("first_name", "last_name", "organisation")
CUSTOMER_DATE_FIELDS = _fields_typed(Customer, "date | None")


@dataclass(frozen=True)
class ConsentEvent:
    """One consent given or withdrawn; the history is appended to, never rewritten."""

    customer_id: int
    action: ConsentAction
    purpose: str
    at: datetime
    channel: Channel = Channel.OTHER
    evidence: str = ""
    id: int | None = None
    # What proves it (Art 7(1)): the channel it covers (None: every channel), how it was
    # given, the exact text agreed to, the evidence file's name and SHA-256, who recorded it.
    marketing_channel: MarketingChannel | None = None
    method: ConsentMethod = ConsentMethod.OTHER
    text: str = ""
    evidence_file: str = ""
    evidence_sha256: str = ""
    recorded_by: str = ""
    # The consent text version agreed to (domain/consent_texts.py) and the privacy statement
    # version in force that day; None for consents recorded before texts were versioned.
    consent_text_id: int | None = None
    statement_version_id: int | None = None


@dataclass(frozen=True)
class Order:
    customer_id: int | None  # None once the order is anonymised after erasure
    ordered_on: date
    reference: str = ""
    description: str = ""
    amount_cents: int = 0
    status: OrderStatus = OrderStatus.DELIVERED
    anonymised: bool = False
    id: int | None = None


@dataclass(frozen=True)
class ContactEntry:
    """A contact with the person; complaints are contacts of kind ``complaint``."""

    customer_id: int
    on: date
    summary: str
    channel: Channel = Channel.OTHER
    kind: ContactKind = ContactKind.CONTACT
    id: int | None = None


@dataclass(frozen=True)
class DataRequest:
    """A data-subject request (Art 15-22, 7(3)) and where it stands."""

    type: RequestType
    received: date
    id: int | None = None
    customer_id: int | None = None
    requester_name: str = ""  # when the person is not (or no longer) in the register
    requester_contact: str = ""
    channel: Channel = Channel.EMAIL
    description: str = ""
    identity: IdentityCheck = IdentityCheck.NOT_NEEDED
    identity_requested_on: date | None = None
    identity_received_on: date | None = None
    status: RequestStatus = RequestStatus.OPEN
    extended_on: date | None = None
    extension_reason: str = ""
    completed_on: date | None = None
    outcome: str = ""
    changed_fields: tuple[str, ...] = ()  # rectification: which fields were corrected
    subject_erased: bool = False  # the person was erased; the record keeps no personal data
    sent_on: date | None = None  # when the answer went to the person (completes the request)
    sent_via: SentVia | None = None
    sent_reference: str = ""  # a tracking number or message id, optional

    @property
    def is_extended(self) -> bool:
        return self.extended_on is not None


@dataclass(frozen=True)
class RequestEvent:
    """A step on a request's timeline: what was done and which document went out."""

    request_id: int
    at: datetime
    action: str  # logged, acknowledged, identity_requested, extended, fulfilled, refused...
    note: str = ""
    document_id: int | None = None
    document_sha256: str = ""
    id: int | None = None
    document_erased_on: date | None = None  # the erasure that deleted the document, if one did


@dataclass(frozen=True)
class Attachment:
    """The original of a request (a scanned letter, a saved e-mail), without its bytes."""

    id: int
    request_id: int
    filename: str
    media_type: str
    added_at: datetime
    size: int


@dataclass(frozen=True)
class AuditEntry:
    """What a service changed: never the personal values themselves."""

    at: datetime
    action: str
    entity: str
    entity_id: int | None
    fields: tuple[str, ...] = ()
    id: int | None = None


@dataclass(frozen=True)
class KeptOrder:
    """An order kept, anonymised, through an erasure because bookkeeping law requires it."""

    order_id: int
    ordered_on: date
    keep_until: date


@dataclass(frozen=True)
class ErasedRequest:
    """A request of an erased person: it stays on record without the person (its description,
    notes and outcome text are cleared)."""

    request_id: int
    type: RequestType
    received: date
    status: RequestStatus


@dataclass(frozen=True)
class ErasedDocument:
    """An archived document an erasure deletes: one about the person or their requests."""

    document_id: int
    title: str
    created_on: date


@dataclass(frozen=True)
class BackupsHolding:
    """The backups in the backup folder taken while a person was in the register: they hold
    the person until rotation (automatic ones: the newest ``keep_last`` of each kind) or the
    user (``backup prune``) removes them; a restore erases the person again."""

    automatic: int
    on_request: int
    keep_last: int

    @property
    def count(self) -> int:
        return self.automatic + self.on_request


@dataclass(frozen=True)
class ErasureSummary:
    """What an erasure deleted, anonymised and kept, with the legal reason (Art 17(3)(b))."""

    customer_id: int
    deleted: dict[str, int]  # category -> count: "customer", "consents", "contacts", "orders"...
    anonymised_orders: tuple[KeptOrder, ...] = ()
    kept_reason: str = ""  # the legal reason for what was kept, empty when nothing was kept
    open_requests: int = 0  # the person's requests still to answer (they lose their addressee)
    # The person's requests, kept as the erased person's entries (type, received, status):
    requests: tuple[ErasedRequest, ...] = ()
    documents: tuple[ErasedDocument, ...] = ()  # archived documents deleted; none is kept
    backups: BackupsHolding | None = None  # None: the backup folder was not looked at


@dataclass(frozen=True)
class ArchivedDocument:
    """A document as exported: kept with its bytes so older versions stay retrievable."""

    id: int
    kind: str  # a DocumentKind as stored (domain/document_kinds.py): letter_<letter>, ...
    title: str
    language: Language
    created_at: datetime
    sha256: str
    signed: bool
    register_id: int | None = None
    customer_id: int | None = None
    request_id: int | None = None
