"""Processors and other recipients (Art 28, Chapter V): who handles the registers' data on the
business's behalf, in which country, on what transfer mechanism, under a contract signed when,
to be reviewed when. One processor serves any number of registers.

The transfer mechanisms are declared once here, with their labels; the documents' wording of
each lives in ``documents/texts_*.py`` under ``transfer.<value>``."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from .enums import StrEnum
from .field_rules import (
    LINE,
    LONG_LINE,
    NAME,
    Problem,
    TextRule,
    clean_texts,
    date_problem,
    problem,
)
from .i18n import QT_TRANSLATE_NOOP

EARLIEST_CONTRACT = date(
    1995, 1, 1
)  # the Data Protection Directive; no processor contract is older
REVIEW_NOTICE_DAYS = 30  # the Overview shows a contract this many days before its review

MSG_CONTRACT_TOO_EARLY = QT_TRANSLATE_NOOP("Validation", "A contract date cannot be before %1.")
MSG_REVIEW_BEFORE_CONTRACT = QT_TRANSLATE_NOOP(
    "Validation", "The review date cannot be before the contract date."
)


class TransferMechanism(StrEnum):
    """On what the data may go where the processor is (Chapter V)."""

    EEA = "eea"  # inside the EU/EEA: no transfer
    ADEQUACY = "adequacy"  # Art 45 adequacy decision
    DPF = "dpf"  # EU-US Data Privacy Framework, for a certified company (an adequacy decision)
    SCC = "scc"  # standard contractual clauses, Art 46(2)(c), decision 2021/914
    OTHER = "other"  # binding corporate rules, an Art 49 derogation...


MECHANISM_LABELS = {
    TransferMechanism.EEA: QT_TRANSLATE_NOOP("Processor", "Inside the EU/EEA"),
    TransferMechanism.ADEQUACY: QT_TRANSLATE_NOOP("Processor", "Adequacy decision"),
    TransferMechanism.DPF: QT_TRANSLATE_NOOP("Processor", "EU–US Data Privacy Framework"),
    TransferMechanism.SCC: QT_TRANSLATE_NOOP("Processor", "Standard contractual clauses"),
    TransferMechanism.OTHER: QT_TRANSLATE_NOOP("Processor", "Other safeguard"),
}


@dataclass(frozen=True)
class Processor:
    """A processor or other recipient and the registers it serves."""

    id: int | None = None
    name: str = ""
    service: str = ""  # what it does: web shop, payments, bookkeeping...
    data: str = ""  # what data it handles
    country: str = ""  # where the data is processed
    mechanism: TransferMechanism = TransferMechanism.EEA
    contract_on: date | None = None  # when the Art 28 contract was signed
    review_on: date | None = None  # when the contract is next reviewed
    register_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class ContractCopy:
    """The attached copy of a processor's contract (a signed PDF, a scan), without its bytes."""

    processor_id: int
    filename: str
    added_at: datetime
    size: int
    sha256: str


TEXT_RULES: dict[str, TextRule] = {
    "name": TextRule(NAME.limit, name=True, required=True),
    "service": LONG_LINE,
    "data": LONG_LINE,
    "country": LINE,
}


def processor_problems(processor: Processor, today: date) -> tuple[Processor, list[Problem]]:
    """The processor with its texts cleaned, and every problem that keeps it from being saved."""
    values, problems = clean_texts(processor, TEXT_RULES)
    contract, review = processor.contract_on, processor.review_on
    if contract is not None and (
        found := date_problem(
            "contract_on", contract, today, EARLIEST_CONTRACT, too_early=MSG_CONTRACT_TOO_EARLY
        )
    ):
        problems.append(found)
    if contract is not None and review is not None and review < contract:
        problems.append(problem("review_on", MSG_REVIEW_BEFORE_CONTRACT))
    cleaned = replace(processor, **values, mechanism=TransferMechanism(processor.mechanism))
    return cleaned, problems


def review_due(processor: Processor, today: date, days: int = REVIEW_NOTICE_DAYS) -> bool:
    """Whether the contract's review date has passed or falls within ``days`` of ``today``."""
    return processor.review_on is not None and processor.review_on <= today + timedelta(days=days)
