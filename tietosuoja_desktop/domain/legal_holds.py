"""Legal hold: a person kept out of bulk retention erasure for a stated reason (an open dispute,
an authority's inquiry) until a stated day. The hold ends by itself after that day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .field_rules import (
    MAX_LONG_LINE_LENGTH,
    MSG_REQUIRED,
    Problem,
    problem,
    raise_for_problems,
    text_problem,
)
from .i18n import QT_TRANSLATE_NOOP

MSG_HOLD_ENDED = QT_TRANSLATE_NOOP("Validation", "The end date of a hold cannot be in the past.")


@dataclass(frozen=True)
class LegalHold:
    customer_id: int
    reason: str
    until: date  # the last day the hold applies
    placed_on: date

    def applies(self, today: date) -> bool:
        return today <= self.until


def hold_problems(reason: str, until: date, today: date) -> list[Problem]:
    """Every problem with a hold's reason and end date."""
    found = []
    if not reason.strip():
        found.append(problem("reason", MSG_REQUIRED))
    else:
        too_long = text_problem(reason, "reason", MAX_LONG_LINE_LENGTH)
        if too_long is not None:
            found.append(too_long)
    if until < today:
        found.append(problem("until", MSG_HOLD_ENDED))
    return found


def check_hold(reason: str, until: date, today: date) -> None:
    raise_for_problems(hold_problems(reason, until, today))
