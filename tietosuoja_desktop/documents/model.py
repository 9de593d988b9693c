"""What the document builders take besides the domain records: the supervisory authority, the
signature block, and the bundles of records behind an access report and a letter.

Plain frozen dataclasses; the services fill them from the database, the builders only read them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ..domain.enums import Language, RequestType, SentVia, StrEnum
from ..domain.records import (
    ArchivedDocument,
    AuditEntry,
    ConsentEvent,
    ContactEntry,
    ControllerProfile,
    Customer,
    DataRequest,
    ErasureSummary,
    Order,
    RegisterDescription,
    RequestEvent,
)


@dataclass(frozen=True)
class SupervisoryAuthority:
    """The data protection authority named in statements, reports and refusals.

    The default comes from :func:`default_authority`; the user can edit it in the settings
    because real addresses change."""

    name: str
    street_address: str
    postal_address: str
    phone: str
    email: str
    website: str


def default_authority(lang: Language) -> SupervisoryAuthority:
    """The Finnish authority (Tietosuojavaltuutetun toimisto) in the document language."""
    lang = Language(lang)
    if lang is Language.SV:
        return SupervisoryAuthority(
            name="Dataombudsmannens byrå",
            street_address="Fågelviksgränden 4, 00530 Helsingfors",
            postal_address="PB 800, 00531 Helsingfors",
            phone="029 566 6700",
            email="tietosuoja@om.fi",
            website="www.tietosuoja.fi",
        )
    if lang is Language.EN:
        return SupervisoryAuthority(
            name="Office of the Data Protection Ombudsman",
            street_address="Lintulahdenkuja 4, 00530 Helsinki, Finland",
            postal_address="PL 800 (P.O. Box 800), 00531 Helsinki, Finland",
            phone="+358 29 566 6700",
            email="tietosuoja@om.fi",
            website="www.tietosuoja.fi",
        )
    return SupervisoryAuthority(
        name="Tietosuojavaltuutetun toimisto",
        street_address="Lintulahdenkuja 4, 00530 Helsinki",
        postal_address="PL 800, 00531 Helsinki",
        phone="029 566 6700",
        email="tietosuoja@om.fi",
        website="www.tietosuoja.fi",
    )


@dataclass(frozen=True)
class SignatureBlock:
    """Who signs a document, where and when. ``digital_signer`` names the holder of the signing
    certificate when the document will be signed digitally (the block then says so)."""

    place: str
    date: date
    name: str
    title: str = ""
    digital_signer: str = ""


@dataclass(frozen=True, kw_only=True)
class BackupHolding:
    """The register's backups that may hold a person: how many of each sort, when the oldest
    and newest were taken, and how many automatic ones of each kind rotation keeps (backups
    made on request stay until the user removes them)."""

    automatic: int = 0
    on_request: int = 0
    oldest: datetime | None = None
    newest: datetime | None = None
    keep_last: int = 10

    @property
    def count(self) -> int:
        return self.automatic + self.on_request


@dataclass(frozen=True)
class Untranslated:
    """A register's texts a document in another language prints as written: the register's
    name (as printed), the language they are written in and the fields (``register_languages``
    names; ``purposes[0].description`` and the like count as the purposes)."""

    register: str
    original: Language
    fields: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class AccessReportData:
    """Everything held about one person, for the Art 15 access report."""

    controller: ControllerProfile
    customer: Customer
    registers: tuple[RegisterDescription, ...] = ()  # the registers the person belongs to
    consents: tuple[ConsentEvent, ...] = ()  # the full history, given and withdrawn
    orders: tuple[Order, ...] = ()
    contacts: tuple[ContactEntry, ...] = ()
    requests: tuple[DataRequest, ...] = ()  # earlier data-subject requests
    request_events: tuple[RequestEvent, ...] = ()  # the earlier requests' timelines
    audit: tuple[AuditEntry, ...] = ()  # what was changed about the person, newest first
    audit_limit: int = 0  # when ``audit`` holds this many, older entries were left out
    documents: tuple[ArchivedDocument, ...] = ()  # documents archived about the person
    backups: BackupHolding | None = None  # None: not known (the report says nothing)
    untranslated: tuple[Untranslated, ...] = ()
    request_received: date | None = None  # when the access request arrived
    delivery: SentVia = SentVia.LETTER  # e-mail: the address block shows the e-mail address
    today: date


class LetterKind(StrEnum):
    """The letters a controller sends while handling a data-subject request."""

    ACKNOWLEDGEMENT = "acknowledgement"  # receipt and the due date
    IDENTITY_REQUEST = "identity_request"  # proof of identity asked, Art 12(6)
    EXTENSION_NOTICE = "extension_notice"  # two more months, with reasons, Art 12(3)
    REFUSAL = "refusal"  # no action or refusal, Art 12(4)
    COMPLETION = "completion"  # what was done; for erasure what was kept and why
    NO_DATA_HELD = "no_data_held"  # the person is not in the register
    RECIPIENT_LIST = "recipient_list"  # whom the data was disclosed to, when asked (Art 19)


@dataclass(frozen=True, kw_only=True)
class LetterData:
    """The facts a letter about one request states.

    ``request_type`` and ``received`` default to the request's own; ``due`` is the answer's
    deadline (legal clock), ``extended_due`` the extended one. ``reason`` is the user's own
    explanation: why the extension, why the refusal, why identity is in doubt, or a further
    note on completion. ``done_items`` are the lines listing what was done. A completion
    letter for an erasure always explains the bookkeeping-law retention in its own language;
    ``erasure.kept_reason`` is added only when it says something else than the domain's
    standard reason (``domain.erasure.KEPT_REASON``)."""

    controller: ControllerProfile
    recipient_name: str
    recipient_address: str = ""  # several lines
    request: DataRequest
    request_type: RequestType | None = None
    received: date | None = None
    due: date | None = None
    extended_due: date | None = None
    reason: str = ""
    erasure: ErasureSummary | None = None
    done_items: tuple[str, ...] = ()
    # An erasure's letter: the recipients the registers name (Art 19) and the backups that
    # may still hold the person (None: not known, the letter says nothing of backups). The
    # recipient list's letter: one line a recipient, with whether and when it was told.
    recipients: tuple[str, ...] = ()
    backups: BackupHolding | None = None
    delivery: SentVia = SentVia.LETTER  # e-mail: the address block shows the e-mail address
    today: date

    @property
    def effective_type(self) -> RequestType:
        return self.request_type or self.request.type

    @property
    def effective_received(self) -> date:
        return self.received or self.request.received
