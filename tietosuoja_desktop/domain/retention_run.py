"""A retention erasure run: everyone past their registers' retention rules erased in one go.
The plan says who goes and who is skipped and why, with what the run deletes and keeps; the
result says what a run did (it may be cancelled between people). Neither holds a name."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from .enums import RetentionAnchor
from .i18n import QT_TRANSLATE_NOOP

CONTEXT = "RetentionRun"


class SkipReason(StrEnum):
    """Why a person past retention is not erased; the first that applies, in this order."""

    LEGAL_HOLD = "legal_hold"
    OPEN_REQUEST = "open_request"  # a request still to answer needs its addressee
    RESTRICTED = "restricted"  # Art 18: kept, not used, until the restriction is lifted
    OTHER_REGISTER = "other_register"  # still within another register's rule they belong to

    @property
    def label(self) -> str:
        """The reason in words (context :data:`CONTEXT`)."""
        return SKIP_LABELS[self]


SKIP_LABELS = {
    SkipReason.LEGAL_HOLD: QT_TRANSLATE_NOOP("RetentionRun", "on legal hold"),
    SkipReason.OPEN_REQUEST: QT_TRANSLATE_NOOP("RetentionRun", "a request still open"),
    SkipReason.RESTRICTED: QT_TRANSLATE_NOOP("RetentionRun", "processing restricted (Art 18)"),
    SkipReason.OTHER_REGISTER: QT_TRANSLATE_NOOP(
        "RetentionRun", "kept by another register's retention rule"
    ),
}


@dataclass(frozen=True)
class AppliedRule:
    """A register's retention rule and how many of the people erased are past it."""

    register_id: int
    register_name: str
    years: int
    anchor: RetentionAnchor
    people: int


@dataclass(frozen=True)
class RetentionPlan:
    on: date  # the day the rules were applied
    customer_ids: tuple[int, ...]  # to erase, in id order
    orders_anonymised: int  # kept without the person: bookkeeping vouchers
    orders_deleted: int
    documents_deleted: int  # archived documents and the originals of their requests
    skipped: dict[SkipReason, int]
    rules: tuple[AppliedRule, ...]

    @property
    def people(self) -> int:
        return len(self.customer_ids)

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped.values())


@dataclass(frozen=True)
class RetentionRunResult:
    """What a run did: ``erased`` of the plan's people (the first ones, in order), and the
    orders and documents of those people."""

    plan: RetentionPlan
    started_at: datetime
    finished_at: datetime
    erased: int
    orders_anonymised: int
    orders_deleted: int
    documents_deleted: int
    cancelled: bool
