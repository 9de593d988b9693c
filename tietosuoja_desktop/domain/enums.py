"""The closed vocabularies of the register, with their command-line spellings."""

from __future__ import annotations

import enum


class StrEnum(enum.StrEnum):
    """A string enum whose value is its stable storage and JSON spelling."""

    @property
    def cli_name(self) -> str:
        """The spelling used on the command line (hyphens, not underscores)."""
        return self.value.replace("_", "-")

    @classmethod
    def from_cli(cls, text: str):
        return cls(text.strip().lower().replace("-", "_"))


class Language(StrEnum):
    FI = "fi"
    SV = "sv"
    EN = "en"


class Answer(StrEnum):
    """The user's answer to a claim a statement makes (profiling, automated decisions,
    transfers, whether data must be given). Until answered, the statement says nothing: silence
    never prints as "no". ``WHEN_NECESSARY`` is for transfers outside the EU/EEA only."""

    UNANSWERED = "unanswered"
    NO = "no"
    YES = "yes"
    WHEN_NECESSARY = "when_necessary"  # transfers only when technically necessary


class CustomerKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"


class LegalBasis(StrEnum):
    """GDPR Art 6(1) a-f."""

    CONSENT = "consent"  # a
    CONTRACT = "contract"  # b
    LEGAL_OBLIGATION = "legal_obligation"  # c
    VITAL_INTERESTS = "vital_interests"  # d
    PUBLIC_TASK = "public_task"  # e
    LEGITIMATE_INTERESTS = "legitimate_interests"  # f

    @property
    def article(self) -> str:
        letter = "abcdef"[list(LegalBasis).index(self)]
        return f"6(1)({letter})"


class RequestType(StrEnum):
    """Declared with its article, outcome, step and texts in ``domain/request_types.py``."""

    ACCESS = "access"
    RECTIFICATION = "rectification"
    ERASURE = "erasure"
    RESTRICTION = "restriction"
    PORTABILITY = "portability"
    OBJECTION = "objection"
    MARKETING_OBJECTION = "marketing_objection"
    CONSENT_WITHDRAWAL = "consent_withdrawal"


class DefaultOutcome(StrEnum):
    """What a completed request's outcome says when the user wrote no note of their own. The
    value is stored; the interface and the documents show it in words in their language."""

    ACCESS_REPORT_SENT = "access report sent"
    ERASED = "erased"
    NO_DATA_HELD = "no data held"
    RECTIFICATION = "rectification"
    RESTRICTION = "restriction"
    PORTABILITY = "portability"
    OBJECTION = "objection"
    MARKETING_OBJECTION = "marketing_objection"
    CONSENT_WITHDRAWAL = "consent_withdrawal"

    @classmethod
    def of(cls, outcome: str) -> DefaultOutcome | None:
        """The default ``outcome`` is, or None for the user's own words."""
        try:
            return cls(outcome)
        except ValueError:
            return None


class RequestStatus(StrEnum):
    OPEN = "open"
    WAITING_FOR_IDENTITY = "waiting_for_identity"
    IN_PROGRESS = "in_progress"
    EXTENDED = "extended"
    READY_TO_SEND = "ready_to_send"  # the answer is prepared, not yet sent: the clock runs
    COMPLETED = "completed"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"

    @property
    def is_closed(self) -> bool:
        """Closed requests no longer run a clock."""
        return self in (RequestStatus.COMPLETED, RequestStatus.REFUSED, RequestStatus.WITHDRAWN)


class IdentityCheck(StrEnum):
    NOT_NEEDED = "not_needed"
    REQUESTED = "requested"
    RECEIVED = "received"
    FAILED = "failed"
    # Set when a request whose type needs identity (request_types ``identity_matters``) is
    # logged for a person in the register:
    MATCHES_REGISTER = "matches_register"  # came from the e-mail or phone the register holds
    CONFIRMED = "confirmed"  # the user is certain who is asking, and said why
    UNCONFIRMED = "unconfirmed"  # neither: ask for proof of identity (Art 12(6))


class Channel(StrEnum):
    EMAIL = "email"
    LETTER = "letter"
    IN_PERSON = "in_person"
    PHONE = "phone"
    WEB_FORM = "web_form"
    OTHER = "other"


class SentVia(StrEnum):
    """How an answer went to the person; a request is completed only when it is sent."""

    LETTER = "letter"
    EMAIL = "email"
    IN_PERSON = "in_person"
    NOT_RECORDED = "not_recorded"  # completed before the app recorded how (migration 0010)


class ConsentAction(StrEnum):
    GIVEN = "given"
    WITHDRAWN = "withdrawn"


class OrderStatus(StrEnum):
    OPEN = "open"
    DELIVERED = "delivered"
    INVOICED = "invoiced"
    PAID = "paid"
    CANCELLED = "cancelled"
    RETURNED = "returned"


class ContactKind(StrEnum):
    CONTACT = "contact"
    COMPLAINT = "complaint"


class OnDuplicate(StrEnum):
    """What an import does with a row whose person the register already holds."""

    SKIP = "skip"  # keep the register's details as they are
    MERGE = "merge"  # fill in what the register lacks, never overwrite


class RetentionAnchor(StrEnum):
    """What a register's retention period is counted from."""

    LAST_ACTIVITY = "last_activity"  # last order, contact or consent event, else customer since
    LAST_ORDER = "last_order"
    CUSTOMER_SINCE = "customer_since"
