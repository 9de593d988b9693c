"""Who has access to personal data (Art 29, Art 32(4); accountability, Art 5(2) and 24): each
person or firm, their role, the registers and other material they can reach, the date of their
confidentiality undertaking (its signed copy archived with its SHA-256), the date of their data
protection briefing, and when their access began and ended.

A person acting under the business's authority processes data only on its instructions
(Art 29) and is bound to confidentiality (Art 28(3)(b), Art 32(4)); the undertaking and the
briefing are what show it. The owner needs neither: the owner is the controller."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from .enums import StrEnum
from .field_rules import (
    LONG_LINE,
    NAME,
    Problem,
    TextRule,
    clean_texts,
    date_problem,
    in_field_order,
    problem,
)
from .i18n import QT_TRANSLATE_NOOP

# The Data Protection Directive (1995): no confidentiality undertaking on record is older.
EARLIEST_UNDERTAKING = date(1995, 1, 1)

MSG_ENDS_BEFORE_START = QT_TRANSLATE_NOOP("Validation", "Access cannot end before it begins.")


class AccessRole(StrEnum):
    """What the person or firm is to the business (stored: never change a value)."""

    OWNER = "owner"
    EMPLOYEE = "employee"
    HELPER = "helper"  # a part-time helper, a family member lending a hand
    ACCOUNTING = "accounting_firm"
    IT_SUPPORT = "it_support"
    OTHER = "other"


ROLE_CONTEXT = "AccessRole"
ROLE_LABELS = {
    AccessRole.OWNER: QT_TRANSLATE_NOOP("AccessRole", "Owner"),
    AccessRole.EMPLOYEE: QT_TRANSLATE_NOOP("AccessRole", "Employee"),
    AccessRole.HELPER: QT_TRANSLATE_NOOP("AccessRole", "Helper"),
    AccessRole.ACCOUNTING: QT_TRANSLATE_NOOP("AccessRole", "Accounting firm"),
    AccessRole.IT_SUPPORT: QT_TRANSLATE_NOOP("AccessRole", "IT support"),
    AccessRole.OTHER: QT_TRANSLATE_NOOP("AccessRole", "Other"),
}


@dataclass(frozen=True)
class AccessHolder:
    """A person or firm with access to personal data. ``undertaking_file`` and
    ``undertaking_sha256`` name the archived signed copy ("" when none is attached)."""

    id: int | None = None
    name: str = ""
    role: AccessRole = AccessRole.EMPLOYEE
    register_ids: tuple[int, ...] = ()
    reach: str = ""  # what else they can reach: the e-mail box, paper files, the backups...
    undertaking_on: date | None = None
    briefed_on: date | None = None  # the data protection briefing or training
    active_from: date | None = None
    active_to: date | None = None
    undertaking_file: str = ""
    undertaking_sha256: str = ""

    def active(self, day: date) -> bool:
        """Whether the access is in force on ``day``."""
        started = self.active_from is None or self.active_from <= day
        return started and (self.active_to is None or day <= self.active_to)

    @property
    def needs_undertaking(self) -> bool:
        """Everyone but the owner acts under the business's authority (Art 29)."""
        return self.role is not AccessRole.OWNER


TEXT_RULES: dict[str, TextRule] = {
    "name": TextRule(NAME.limit, name=True, required=True),
    "reach": LONG_LINE,
}
# The fields a change is audited by (the file and the links are named apart).
FIELDS = ("name", "role", "reach", "undertaking_on", "briefed_on", "active_from", "active_to")


def access_problems(holder: AccessHolder, today: date) -> tuple[AccessHolder, list[Problem]]:
    """The holder with its texts cleaned, and every problem that keeps it from being saved:
    the undertaking and the briefing cannot be dated in the future; access may be planned
    ahead, but cannot end before it begins."""
    values, problems = clean_texts(holder, TEXT_RULES)
    for field in ("undertaking_on", "briefed_on"):
        day = getattr(holder, field)
        if day is not None and (found := date_problem(field, day, today, EARLIEST_UNDERTAKING)):
            problems.append(found)
    start, end = holder.active_from, holder.active_to
    if start is not None and end is not None and end < start:
        problems.append(problem("active_to", MSG_ENDS_BEFORE_START))
    cleaned = replace(
        holder,
        **values,
        role=AccessRole(holder.role),
        register_ids=tuple(dict.fromkeys(holder.register_ids)),
    )
    return cleaned, in_field_order(problems, AccessHolder)


def missing_undertakings(holders: list[AccessHolder], today: date) -> list[AccessHolder]:
    """Those with access today who act under the business's authority and have no
    confidentiality undertaking or no briefing on record."""
    return [
        h
        for h in holders
        if h.active(today)
        and h.needs_undertaking
        and (h.undertaking_on is None or h.briefed_on is None)
    ]
