"""The supervisor's folder ("valvontakansio"): the 15 items of the small-business accountability
checklists (Art 5(2), 24) a sole trader is asked to show, declared once.

Each :class:`ChecklistItem` has a :class:`ChecklistSpec`: the article it answers and the name of
its provider in ``services/inspection_providers.py``, which returns the files of the folder that
answer it or what is still open and what to do. Its wording (title, what to do) lives in
``documents/texts_*.py`` under ``inspection.item.<item>`` and ``inspection.todo.<reason>``.
``tests/unit/services/test_inspection.py`` walks every item through its provider and the cover.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .enums import Language, StrEnum


class ChecklistItem(StrEnum):
    """One thing a supervisor asks to see, in the order the cover page lists them."""

    PROCESSING_RECORD = "processing_record"
    STATEMENTS = "statements"
    LEGAL_BASIS = "legal_basis"
    REQUESTS = "requests"
    BREACHES = "breaches"
    RETENTION = "retention"
    CONSENTS = "consents"
    TRANSFERS = "transfers"
    AUDIT_CHAIN = "audit_chain"
    SECURITY = "security"
    DPO = "dpo"
    PROCESSORS = "processors"
    DPIA = "dpia"
    CONFIDENTIALITY = "confidentiality"
    POLICY = "policy"


@dataclass(frozen=True)
class ChecklistSpec:
    item: ChecklistItem
    article: str  # the GDPR provision the item shows compliance with, as printed
    provider: str  # the function of services/inspection_providers.py that answers it


_SPECS = (
    ChecklistSpec(ChecklistItem.PROCESSING_RECORD, "30", "processing_record"),
    ChecklistSpec(ChecklistItem.STATEMENTS, "12–14", "statements"),
    ChecklistSpec(ChecklistItem.LEGAL_BASIS, "6", "legal_basis"),
    ChecklistSpec(ChecklistItem.REQUESTS, "12(3), 15–22", "requests"),
    ChecklistSpec(ChecklistItem.BREACHES, "33(5)", "breaches"),
    ChecklistSpec(ChecklistItem.RETENTION, "5(1)(e)", "retention"),
    ChecklistSpec(ChecklistItem.CONSENTS, "7(1)", "consents"),
    ChecklistSpec(ChecklistItem.TRANSFERS, "44–49", "transfers"),
    ChecklistSpec(ChecklistItem.AUDIT_CHAIN, "5(2)", "audit_chain"),
    ChecklistSpec(ChecklistItem.SECURITY, "32", "security"),
    ChecklistSpec(ChecklistItem.DPO, "37", "dpo"),
    ChecklistSpec(ChecklistItem.PROCESSORS, "28", "processors"),
    ChecklistSpec(ChecklistItem.DPIA, "35", "dpia"),
    ChecklistSpec(ChecklistItem.CONFIDENTIALITY, "29, 32(4)", "confidentiality"),
    ChecklistSpec(ChecklistItem.POLICY, "24(2)", "policy"),
)

CHECKLIST: dict[ChecklistItem, ChecklistSpec] = {spec.item: spec for spec in _SPECS}
if set(CHECKLIST) != set(ChecklistItem):
    raise RuntimeError(f"checklist items without a spec: {set(ChecklistItem) - set(CHECKLIST)}")


@dataclass(frozen=True)
class Todo:
    """What is still open about an item: the key of its wording (``inspection.todo.<reason>``)
    and the values of its placeholders (a register's name, a count)."""

    reason: str
    values: tuple[tuple[str, str], ...] = ()

    def placeholders(self) -> dict[str, str]:
        return dict(self.values)


@dataclass(frozen=True)
class ItemAnswer:
    """An item as the cover page shows it: the folder's files that answer it (names relative to
    the folder), and what is still open; an item with something to do is open even when some
    files answer part of it."""

    item: ChecklistItem
    files: tuple[str, ...] = ()
    todos: tuple[Todo, ...] = ()

    @property
    def open(self) -> bool:
        return bool(self.todos) or not self.files


@dataclass(frozen=True)
class InspectionPack:
    """The folder (or ZIP) written: where, the cover's answers, and every file in it."""

    path: str
    answers: tuple[ItemAnswer, ...]
    files: tuple[str, ...] = field(default=())
    signed: bool = False
    language: Language = Language.FI

    @property
    def open_items(self) -> list[ItemAnswer]:
        return [answer for answer in self.answers if answer.open]


def pack_folder_name(prefix: str, day_iso: str) -> str:
    """The dated name of the folder (and of the ZIP's top folder): ``valvontakansio-2026-12-07``."""
    return f"{prefix}-{day_iso}"


def answered_in_order(answers: Sequence[ItemAnswer]) -> tuple[ItemAnswer, ...]:
    """The answers in the checklist's order; every item exactly once."""
    by_item = {answer.item: answer for answer in answers}
    if set(by_item) != set(ChecklistItem):
        raise ValueError(f"unanswered checklist items: {set(ChecklistItem) - set(by_item)}")
    return tuple(by_item[item] for item in ChecklistItem)
