"""Mapped tables of the register. The schema changes only through Alembic (``migrations/``);
``tests/unit/storage/test_migrations.py`` checks that these classes and the migrations agree."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Computed,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from .collation import sort_key_sql

EMPTY = text("''")  # the server default of text columns added to tables with rows

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class ControllerRow(Base):
    __tablename__ = "controller_profile"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    business_id: Mapped[str] = mapped_column(String(20), default="")
    street_address: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    website: Mapped[str] = mapped_column(String(254), default="")
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    contact_phone: Mapped[str] = mapped_column(String(40), default="")
    contact_email: Mapped[str] = mapped_column(String(254), default="")
    dpo_name: Mapped[str] = mapped_column(String(200), default="")
    dpo_email: Mapped[str] = mapped_column(String(254), default="")
    dpo_phone: Mapped[str] = mapped_column(String(40), default="")
    document_language: Mapped[str] = mapped_column(String(2), default="fi")


class RegisterRow(Base):
    __tablename__ = "register_description"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    data_subject_categories: Mapped[str] = mapped_column(Text, default="")
    data_categories: Mapped[str] = mapped_column(Text, default="")
    sources: Mapped[str] = mapped_column(Text, default="")
    recipients: Mapped[str] = mapped_column(Text, default="")
    processors: Mapped[str] = mapped_column(Text, default="")
    transfers: Mapped[str] = mapped_column(
        String(20), default="unanswered", server_default="unanswered"
    )
    transfer_safeguards: Mapped[str] = mapped_column(Text, default="")
    retention_years: Mapped[int | None] = mapped_column(Integer, nullable=True)
    retention_anchor: Mapped[str] = mapped_column(String(20), default="last_activity")
    retention_text: Mapped[str] = mapped_column(Text, default="")
    provision_required: Mapped[str] = mapped_column(
        String(20), default="unanswered", server_default="unanswered"
    )
    statutory_requirement: Mapped[str] = mapped_column(Text, default="")
    automated: Mapped[str] = mapped_column(
        String(20), default="unanswered", server_default="unanswered"
    )
    profiling: Mapped[str] = mapped_column(
        String(20), default="unanswered", server_default="unanswered"
    )
    automated_decisions: Mapped[str] = mapped_column(Text, default="")
    security_manual: Mapped[str] = mapped_column(Text, default="")
    security_organisational: Mapped[str] = mapped_column(
        Text, default="", server_default=text("''")
    )
    security_electronic: Mapped[str] = mapped_column(Text, default="")
    cookies: Mapped[str] = mapped_column(Text, default="")
    text_language: Mapped[str] = mapped_column(String(2), default="fi", server_default="fi")
    created_on: Mapped[date] = mapped_column(Date)
    changed_on: Mapped[date] = mapped_column(Date)

    purposes: Mapped[list[PurposeRow]] = relationship(
        back_populates="register",
        cascade="all, delete-orphan",
        order_by="PurposeRow.position",
        lazy="selectin",
    )
    translations: Mapped[list[RegisterTranslationRow]] = relationship(
        cascade="all, delete-orphan",
        order_by="(RegisterTranslationRow.language, RegisterTranslationRow.field)",
        lazy="selectin",
    )


class PurposeRow(Base):
    __tablename__ = "register_purpose"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    register_id: Mapped[int] = mapped_column(
        ForeignKey("register_description.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(Text)
    legal_basis: Mapped[str] = mapped_column(String(30))
    legitimate_interest: Mapped[str] = mapped_column(Text, default="")

    register: Mapped[RegisterRow] = relationship(back_populates="purposes")


class RegisterTranslationRow(Base):
    """A text of a register description in another language (domain/register_languages.py)."""

    __tablename__ = "register_translation"

    register_id: Mapped[int] = mapped_column(
        ForeignKey("register_description.id", ondelete="CASCADE"), primary_key=True
    )
    language: Mapped[str] = mapped_column(String(2), primary_key=True)
    field: Mapped[str] = mapped_column(String(60), primary_key=True)
    source: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")


class InterestAssessmentRow(Base):
    """The legitimate-interest assessment of one purpose (domain/interest_assessments.py),
    keyed like the purpose's translations: the register and the purpose's position."""

    __tablename__ = "interest_assessment"

    register_id: Mapped[int] = mapped_column(
        ForeignKey("register_description.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    purpose: Mapped[str] = mapped_column(Text)  # the purpose's description when assessed
    interest: Mapped[str] = mapped_column(Text)
    necessity: Mapped[str] = mapped_column(Text)
    balancing: Mapped[str] = mapped_column(Text)
    safeguards: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(String(20))
    assessed_on: Mapped[date] = mapped_column(Date)
    reviewer: Mapped[str] = mapped_column(String(200))


class DpiaScreeningRow(Base):
    """A register's DPIA screening (domain/dpia.py); its answers in ``dpia_answer``."""

    __tablename__ = "dpia_screening"

    register_id: Mapped[int] = mapped_column(
        ForeignKey("register_description.id", ondelete="CASCADE"), primary_key=True
    )
    needed: Mapped[bool] = mapped_column(Boolean)
    screened_on: Mapped[date] = mapped_column(Date)
    reviewer: Mapped[str] = mapped_column(String(200))

    answers: Mapped[list[DpiaAnswerRow]] = relationship(
        cascade="all, delete-orphan", order_by="DpiaAnswerRow.item", lazy="selectin"
    )


class DpiaAnswerRow(Base):
    """One checklist item's answer (domain/dpia_checklist.py names the items)."""

    __tablename__ = "dpia_answer"

    register_id: Mapped[int] = mapped_column(
        ForeignKey("dpia_screening.register_id", ondelete="CASCADE"), primary_key=True
    )
    item: Mapped[str] = mapped_column(String(40), primary_key=True)
    applies: Mapped[bool] = mapped_column(Boolean)
    reasoning: Mapped[str] = mapped_column(Text, default="")


class DpiaRow(Base):
    """A register's light DPIA (domain/dpia.py); its risks in ``dpia_risk``."""

    __tablename__ = "dpia"

    register_id: Mapped[int] = mapped_column(
        ForeignKey("register_description.id", ondelete="CASCADE"), primary_key=True
    )
    description: Mapped[str] = mapped_column(Text)
    necessity: Mapped[str] = mapped_column(Text)
    measures: Mapped[str] = mapped_column(Text)
    residual_risk: Mapped[str] = mapped_column(String(10))
    decision: Mapped[str] = mapped_column(String(10))
    assessed_on: Mapped[date] = mapped_column(Date)
    next_review: Mapped[date] = mapped_column(Date)
    reviewer: Mapped[str] = mapped_column(String(200))

    risks: Mapped[list[DpiaRiskRow]] = relationship(
        cascade="all, delete-orphan", order_by="DpiaRiskRow.position", lazy="selectin"
    )


class DpiaRiskRow(Base):
    """One risk of a DPIA, in the order the user listed them."""

    __tablename__ = "dpia_risk"

    register_id: Mapped[int] = mapped_column(
        ForeignKey("dpia.register_id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    description: Mapped[str] = mapped_column(Text)
    likelihood: Mapped[str] = mapped_column(String(10))
    severity: Mapped[str] = mapped_column(String(10))


class SecurityReviewRow(Base):
    """A dated security review (domain/security_review.py); every review is kept."""

    __tablename__ = "security_review"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    reviewed_on: Mapped[date] = mapped_column(Date)
    reviewer: Mapped[str] = mapped_column(String(500))
    next_review: Mapped[date] = mapped_column(Date)
    backups: Mapped[str] = mapped_column(Text, default="")
    app_encrypted: Mapped[bool] = mapped_column(Boolean)

    registers: Mapped[list[SecurityReviewRegisterRow]] = relationship(
        cascade="all, delete-orphan",
        order_by="SecurityReviewRegisterRow.register_id",
        lazy="selectin",
    )
    risks: Mapped[list[SecurityRiskRow]] = relationship(
        cascade="all, delete-orphan", lazy="selectin"
    )


class SecurityReviewRegisterRow(Base):
    """A register a security review covers (gone from the review with the register)."""

    __tablename__ = "security_review_register"

    review_id: Mapped[int] = mapped_column(
        ForeignKey("security_review.id", ondelete="CASCADE"), primary_key=True
    )
    register_id: Mapped[int] = mapped_column(
        ForeignKey("register_description.id", ondelete="CASCADE"), primary_key=True
    )


class SecurityRiskRow(Base):
    """One risk of a security review: the measures (ids, comma-separated), other measures in
    the user's words and the residual risk."""

    __tablename__ = "security_risk"

    review_id: Mapped[int] = mapped_column(
        ForeignKey("security_review.id", ondelete="CASCADE"), primary_key=True
    )
    risk: Mapped[str] = mapped_column(String(40), primary_key=True)
    measures: Mapped[str] = mapped_column(String(300), default="")
    other: Mapped[str] = mapped_column(Text, default="")
    residual: Mapped[str] = mapped_column(String(10))


class DpoDecisionRow(Base):
    """The business's Art 37 decision (domain/dpo_decision.py): one row, id 1; its answers in
    ``dpo_answer``. The DPO's contact stays in ``controller``."""

    __tablename__ = "dpo_decision"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conclusion: Mapped[str] = mapped_column(String(20))
    decided_on: Mapped[date] = mapped_column(Date)

    answers: Mapped[list[DpoAnswerRow]] = relationship(
        cascade="all, delete-orphan", lazy="selectin"
    )


class DpoAnswerRow(Base):
    """One Art 37(1) question's answer and its reasoning."""

    __tablename__ = "dpo_answer"

    decision_id: Mapped[int] = mapped_column(
        ForeignKey("dpo_decision.id", ondelete="CASCADE"), primary_key=True
    )
    question: Mapped[str] = mapped_column(String(40), primary_key=True)
    applies: Mapped[bool] = mapped_column(Boolean)
    reasoning: Mapped[str] = mapped_column(Text)


class ProcessorRow(Base):
    """A processor or other recipient (domain/processors.py)."""

    __tablename__ = "processor"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    service: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str] = mapped_column(String(200), default="")
    mechanism: Mapped[str] = mapped_column(String(20))
    contract_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    review_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class ProcessorRegisterRow(Base):
    """Which registers a processor serves."""

    __tablename__ = "processor_register"

    processor_id: Mapped[int] = mapped_column(
        ForeignKey("processor.id", ondelete="CASCADE"), primary_key=True
    )
    register_id: Mapped[int] = mapped_column(
        ForeignKey("register_description.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ProcessorContractRow(Base):
    """The attached copy of a processor's contract, archived with its SHA-256 like a consent's
    evidence; a new copy replaces it."""

    __tablename__ = "processor_contract"

    processor_id: Mapped[int] = mapped_column(
        ForeignKey("processor.id", ondelete="CASCADE"), primary_key=True
    )
    filename: Mapped[str] = mapped_column(String(255))
    added_at: Mapped[datetime] = mapped_column(DateTime)
    size: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)


class CustomerRegisterRow(Base):
    """Which registers a customer belongs to."""

    __tablename__ = "customer_register"

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True
    )
    register_id: Mapped[int] = mapped_column(
        ForeignKey("register_description.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class LegalHoldRow(Base):
    """A person kept out of bulk retention erasure (domain/legal_holds.py) until ``until``."""

    __tablename__ = "legal_hold"

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True
    )
    reason: Mapped[str] = mapped_column(Text)
    until: Mapped[date] = mapped_column(Date)
    placed_on: Mapped[date] = mapped_column(Date)


class CustomerRow(Base):
    __tablename__ = "customer"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), default="person")
    first_name: Mapped[str] = mapped_column(String(200), default="")
    last_name: Mapped[str] = mapped_column(String(200), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    business_id: Mapped[str] = mapped_column(String(20), default="")
    street_address: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(254), default="", index=True)
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    personal_id: Mapped[str] = mapped_column(String(20), default="")
    language: Mapped[str] = mapped_column(String(2), default="fi")
    customer_since: Mapped[date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    marketing_prohibited_on: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    restricted_on: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    objected_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # Art 21(1)
    # Kept by the services so retention and sorting need no joins over 300,000 orders.
    last_order_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    last_activity_on: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    # Alphabetical order of the sortable text columns (storage/collation.py), kept by SQLite.
    last_name_key: Mapped[str] = mapped_column(
        String(200), Computed(sort_key_sql("last_name"), persisted=False)
    )
    first_name_key: Mapped[str] = mapped_column(
        String(200), Computed(sort_key_sql("first_name"), persisted=False)
    )
    organisation_key: Mapped[str] = mapped_column(
        String(200), Computed(sort_key_sql("organisation"), persisted=False)
    )
    city_key: Mapped[str] = mapped_column(
        String(100), Computed(sort_key_sql("city"), persisted=False)
    )

    __table_args__ = (
        # Sorting by first name (the command line's --sort first-name) has no index of its
        # own: it would cost every write for a listing the window does not offer.
        Index("ix_customer_name_key", "last_name_key", "first_name_key"),
        Index("ix_customer_organisation_key", "organisation_key"),
        Index("ix_customer_city_key", "city_key"),
        Index("ix_customer_since", "customer_since", "id"),
        {"sqlite_autoincrement": True},
    )


class CustomerSearchRow(Base):
    """One narrow, case-folded line of searchable text per customer (external content of the
    FTS5 trigram index ``customer_fts`` created in the migrations)."""

    __tablename__ = "customer_search"
    # The line's last one and two characters: a search text of one or two characters, too
    # short for the trigram index, may stand there (customer_queries.short_match_ids).
    __table_args__ = (
        Index("ix_customer_search_tail1", text("substr(text, -1)")),
        Index("ix_customer_search_tail2", text("substr(text, -2)")),
    )

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True
    )
    text: Mapped[str] = mapped_column(Text)


class CustomerSearchGramRow(Base):
    """How many search lines hold a text of one or two characters (storage/search_grams.py,
    kept by triggers on ``customer_search`` made in the migrations)."""

    __tablename__ = "customer_search_grams"
    __table_args__ = {"sqlite_with_rowid": False}

    gram: Mapped[str] = mapped_column(Text, primary_key=True)
    customers: Mapped[int] = mapped_column(Integer)


class ConsentRow(Base):
    __tablename__ = "consent_event"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    action: Mapped[str] = mapped_column(String(20))
    purpose: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(DateTime)
    channel: Mapped[str] = mapped_column(String(20), default="other")
    evidence: Mapped[str] = mapped_column(Text, default="")
    # What proves it (Art 7(1)) and which marketing channel it covers (NULL: every channel).
    marketing_channel: Mapped[str | None] = mapped_column(String(10), nullable=True)
    method: Mapped[str] = mapped_column(String(20), default="other", server_default=EMPTY)
    consent_text: Mapped[str] = mapped_column(Text, default="", server_default=EMPTY)
    evidence_file: Mapped[str] = mapped_column(String(255), default="", server_default=EMPTY)
    evidence_sha256: Mapped[str] = mapped_column(String(64), default="", server_default=EMPTY)
    recorded_by: Mapped[str] = mapped_column(String(200), default="", server_default=EMPTY)
    # The consent text version agreed to and the privacy statement version in force that day
    # (both NULL for consents recorded before texts were versioned: "text not recorded").
    consent_text_id: Mapped[int | None] = mapped_column(
        ForeignKey("consent_text.id", ondelete="SET NULL"), nullable=True
    )
    statement_version_id: Mapped[int | None] = mapped_column(
        ForeignKey("statement_version.id", ondelete="SET NULL"), nullable=True
    )


class ConsentTextRow(Base):
    """One version of a register's consent text (domain/consent_texts.py)."""

    __tablename__ = "consent_text"
    __table_args__ = (UniqueConstraint("register_id", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    register_id: Mapped[int] = mapped_column(
        ForeignKey("register_description.id", ondelete="CASCADE")
    )
    version: Mapped[int] = mapped_column(Integer)
    valid_from: Mapped[date] = mapped_column(Date)
    text_fi: Mapped[str] = mapped_column(Text, default="")
    text_sv: Mapped[str] = mapped_column(Text, default="")
    text_en: Mapped[str] = mapped_column(Text, default="")


class ConsentEvidenceRow(Base):
    """The evidence of a consent or withdrawal (a scan, a saved e-mail), archived with it like
    a request's original; erasure deletes it with the person."""

    __tablename__ = "consent_evidence"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    consent_id: Mapped[int] = mapped_column(
        ForeignKey("consent_event.id", ondelete="CASCADE"), index=True, unique=True
    )
    filename: Mapped[str] = mapped_column(String(255))
    added_at: Mapped[datetime] = mapped_column(DateTime)
    size: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)


class MarketingChoiceRow(Base):
    """A refusal of marketing on one channel, allowing it again, or an Art 21(2) objection
    limited to one channel (``kind``: refused, allowed, prohibited), with its date."""

    __tablename__ = "marketing_choice"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    channel: Mapped[str] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(20))
    on: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(DateTime)


class SuppressionRow(Base):
    """One entry of the suppression list: the keyed hash of a normalised e-mail address, phone
    number or postal address (domain/suppression.py), never the value itself."""

    __tablename__ = "marketing_suppression"

    kind: Mapped[str] = mapped_column(String(10), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    added_on: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(10))  # "manual" or "import"


class OrderRow(Base):
    __tablename__ = "customer_order"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # NULL once the order is anonymised by an erasure and kept for bookkeeping.
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customer.id", ondelete="SET NULL"), nullable=True
    )
    ordered_on: Mapped[date] = mapped_column(Date)
    reference: Mapped[str] = mapped_column(String(100), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    amount_cents: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(20), default="delivered")
    anonymised: Mapped[bool] = mapped_column(Boolean, default=False)
    keep_until: Mapped[date | None] = mapped_column(Date, nullable=True)

    __table_args__ = (
        Index("ix_customer_order_customer", "customer_id", "ordered_on"),
        {"sqlite_autoincrement": True},
    )


class ContactRow(Base):
    __tablename__ = "contact_entry"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    on: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(20), default="other")
    kind: Mapped[str] = mapped_column(String(20), default="contact")
    summary: Mapped[str] = mapped_column(Text, default="")


class RequestRow(Base):
    __tablename__ = "data_request"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    type: Mapped[str] = mapped_column(String(30))
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customer.id", ondelete="SET NULL"), nullable=True, index=True
    )
    requester_name: Mapped[str] = mapped_column(String(200), default="")
    requester_contact: Mapped[str] = mapped_column(String(300), default="")
    received: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(20), default="email")
    description: Mapped[str] = mapped_column(Text, default="")
    identity: Mapped[str] = mapped_column(String(20), default="not_needed")
    identity_requested_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    identity_received_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(30), default="open", index=True)
    extended_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    extension_reason: Mapped[str] = mapped_column(Text, default="")
    completed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    outcome: Mapped[str] = mapped_column(Text, default="")
    # The effective due date (extended when extended), kept for filtering and sorting in SQL.
    due_on: Mapped[date] = mapped_column(Date, index=True)
    subject_erased: Mapped[bool] = mapped_column(Boolean, default=False)
    # Rectification: the names of the fields changed (Art 16), and who was told (Art 19).
    changed_fields: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    # How and when the answer went to the person: only sending completes a request.
    sent_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    sent_via: Mapped[str] = mapped_column(String(20), default="", server_default=text("''"))
    sent_reference: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))


class AuditRow(Base):
    """What the services changed: action, entity, id and field names; never personal values."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    action: Mapped[str] = mapped_column(String(50))
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    fields: Mapped[str] = mapped_column(Text, default="")
    # The hash chain (domain/audit_chain.py): hex SHA-256 of the previous entry and of this one.
    prev_hash: Mapped[str] = mapped_column(String(64), default="", server_default=text("''"))
    hash: Mapped[str] = mapped_column(String(64), default="", server_default=text("''"))

    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)


class SettingRow(Base):
    """Small application settings kept with the register (e.g. the supervisory authority)."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class DocumentRow(Base):
    """An exported document, archived with its bytes so older versions stay retrievable."""

    __tablename__ = "document_archive"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(40), index=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    register_id: Mapped[int | None] = mapped_column(
        ForeignKey("register_description.id", ondelete="SET NULL"), nullable=True
    )
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), nullable=True, index=True
    )
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("data_request.id", ondelete="SET NULL"), nullable=True, index=True
    )
    language: Mapped[str] = mapped_column(String(2))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    sha256: Mapped[str] = mapped_column(String(64))
    signed: Mapped[bool] = mapped_column(Boolean, default=False)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)


class StatementVersionRow(Base):
    """A version of a register's privacy statement (domain/statement_versions.py): numbered
    from 1 per register, dated, with its change note and the archived PDF that printed it."""

    __tablename__ = "statement_version"
    __table_args__ = (UniqueConstraint("register_id", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    register_id: Mapped[int] = mapped_column(
        ForeignKey("register_description.id", ondelete="CASCADE")
    )
    number: Mapped[int] = mapped_column(Integer)
    dated: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("document_archive.id", ondelete="SET NULL"), nullable=True
    )


class ErasureTombstoneRow(Base):
    """That someone was erased, without who: salted SHA-256 hashes of the erased customer's
    id and normalised identifiers (salt in app_setting), so that restoring an older backup
    can erase them again. ``token`` tells tombstones apart across copies of the register."""

    __tablename__ = "erasure_tombstone"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token: Mapped[str] = mapped_column(String(32), unique=True)
    erased_at: Mapped[datetime] = mapped_column(DateTime)
    customer_hash: Mapped[str] = mapped_column(String(64))
    email_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    phone_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    personal_id_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    business_id_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    organisation: Mapped[bool] = mapped_column(Boolean, default=False)


class RequestEventRow(Base):
    """One step on a request's timeline: what was done, when, and which document was sent."""

    __tablename__ = "request_event"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("data_request.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(DateTime)
    action: Mapped[str] = mapped_column(String(50))
    note: Mapped[str] = mapped_column(Text, default="")
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("document_archive.id", ondelete="SET NULL"), nullable=True
    )
    document_sha256: Mapped[str] = mapped_column(String(64), default="")
    # When an erasure deleted the document (or the attached original) this step names.
    document_erased_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class RecipientNoticeRow(Base):
    """One recipient on a request's Art 19 checklist (domain/recipients.py): open, told (when
    and how) or not disclosed to. The name is kept as listed, so the checklist still reads the
    same after the processor is removed."""

    __tablename__ = "recipient_notice"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("data_request.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(20))
    processor_id: Mapped[int | None] = mapped_column(
        ForeignKey("processor.id", ondelete="SET NULL"), nullable=True
    )
    register_id: Mapped[int | None] = mapped_column(
        ForeignKey("register_description.id", ondelete="SET NULL"), nullable=True
    )
    status: Mapped[str] = mapped_column(String(20), default="open")
    told_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    told_via: Mapped[str] = mapped_column(String(20), default="")


class RequestAttachmentRow(Base):
    """The original request as received (a scanned letter, a saved e-mail), kept with it."""

    __tablename__ = "request_attachment"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("data_request.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    added_at: Mapped[datetime] = mapped_column(DateTime)
    size: Mapped[int] = mapped_column(Integer, default=0)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class BreachRow(Base):
    """A personal data breach (Art 33-34). Times are naive local (Helsinki) wall-clock times,
    like every other timestamp in the register; ``domain/breaches.py`` counts the 72 hours."""

    __tablename__ = "breach"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    discovered_at: Mapped[datetime] = mapped_column(DateTime)
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    description: Mapped[str] = mapped_column(Text, default="")
    natures: Mapped[str] = mapped_column(String(100), default="")  # comma-separated
    data_categories: Mapped[str] = mapped_column(Text, default="")
    people_affected: Mapped[int | None] = mapped_column(Integer, nullable=True)
    records_affected: Mapped[int | None] = mapped_column(Integer, nullable=True)
    consequences: Mapped[str] = mapped_column(Text, default="")
    measures_taken: Mapped[str] = mapped_column(Text, default="")
    measures_proposed: Mapped[str] = mapped_column(Text, default="")
    risk: Mapped[str] = mapped_column(String(20), default="risk")
    risk_reasoning: Mapped[str] = mapped_column(Text, default="")
    authority_notified_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    authority_reference: Mapped[str] = mapped_column(String(200), default="")
    delay_reasons: Mapped[str] = mapped_column(Text, default="")
    notified_in_phases: Mapped[bool] = mapped_column(Boolean, default=False)
    people_informed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    people_informed_how: Mapped[str] = mapped_column(String(200), default="")
    people_informed_count: Mapped[int | None] = mapped_column(Integer, nullable=True)
    inform_exemption: Mapped[str] = mapped_column(String(30), default="none")
    inform_exemption_reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class BreachCustomerRow(Base):
    """A person affected by a breach who is in the customer register (for the Art 34 letters).
    Removed with the customer on erasure; the breach record itself stays."""

    __tablename__ = "breach_customer"

    breach_id: Mapped[int] = mapped_column(
        ForeignKey("breach.id", ondelete="CASCADE"), primary_key=True
    )
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class AccessHolderRow(Base):
    """A person or firm with access to personal data (domain/access_list.py)."""

    __tablename__ = "access_holder"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(30))
    reach: Mapped[str] = mapped_column(Text, default="")
    undertaking_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    briefed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    active_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    active_to: Mapped[date | None] = mapped_column(Date, nullable=True)


class AccessHolderRegisterRow(Base):
    """Which registers a person or firm on the access list can reach."""

    __tablename__ = "access_holder_register"

    holder_id: Mapped[int] = mapped_column(
        ForeignKey("access_holder.id", ondelete="CASCADE"), primary_key=True
    )
    register_id: Mapped[int] = mapped_column(
        ForeignKey("register_description.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class AccessUndertakingRow(Base):
    """The signed confidentiality undertaking of one on the access list (a scan, a signed
    PDF), archived with its SHA-256 like a consent's evidence."""

    __tablename__ = "access_undertaking"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    holder_id: Mapped[int] = mapped_column(
        ForeignKey("access_holder.id", ondelete="CASCADE"), index=True, unique=True
    )
    filename: Mapped[str] = mapped_column(String(255))
    added_at: Mapped[datetime] = mapped_column(DateTime)
    size: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)


class PolicyAdditionRow(Base):
    """The user's own words added to one section of the data protection policy
    (domain/policy.py)."""

    __tablename__ = "policy_addition"

    section: Mapped[str] = mapped_column(String(30), primary_key=True)
    text: Mapped[str] = mapped_column(Text, default="")


class PolicyVersionRow(Base):
    """A version of the data protection policy: numbered from 1, dated, with its change note
    and the archived PDF that printed it (like a statement version)."""

    __tablename__ = "policy_version"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    dated: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("document_archive.id", ondelete="SET NULL"), nullable=True
    )
