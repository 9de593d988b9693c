"""Dated versions of a register's privacy statement: every export is the next version, with
its own date ("Laadittu" for the first, "Päivitetty" after it) and a short change note, so the
archive can tell which text was in force on a given day (the one a consent was given under)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from .clock import format_date
from .field_rules import LONG_LINE, Problem, date_problem, problem
from .i18n import QT_TRANSLATE_NOOP

# The Data Protection Directive's Finnish law (henkilötietolaki 1999) asked for the first
# statements; no paper statement to record is older.
EARLIEST_STATEMENT = date(1999, 6, 1)

MSG_STATEMENT_TOO_EARLY = QT_TRANSLATE_NOOP("Validation", "A statement's date cannot be before %1.")
MSG_BEFORE_PREVIOUS = QT_TRANSLATE_NOOP(
    "Validation", "A new version cannot be dated before version %1 (%2)."
)


@dataclass(frozen=True)
class StatementVersion:
    """One version of a register's statement: its number from 1, the date it carries, the
    change note, and the archived document that printed it (None once that is deleted)."""

    register_id: int
    number: int
    dated: date
    note: str = ""
    document_id: int | None = None

    @property
    def first(self) -> bool:
        """The first version is "drawn up"; every later one is "updated"."""
        return self.number == 1


def in_force(versions: Sequence[StatementVersion], day: date) -> StatementVersion | None:
    """The version in force on ``day``: the newest dated on or before it (by date, then
    number), or None when the first version is later."""
    dated = [v for v in versions if v.dated <= day]
    return max(dated, key=lambda v: (v.dated, v.number), default=None)


class NumberedVersion(Protocol):
    """A numbered, dated version of a document (a statement's, the data protection policy's)."""

    number: int
    dated: date


def next_version_problems(
    dated: date,
    note: str,
    today: date,
    previous: NumberedVersion | None,
    *,
    too_early: str = MSG_STATEMENT_TOO_EARLY,
) -> tuple[str, list[Problem]]:
    """The note cleaned, and what keeps a version dated ``dated`` from following ``previous``:
    not in the future, not before the previous version (the numbers would then lie)."""
    cleaned = LONG_LINE.clean(note)
    problems = [
        found
        for found in (
            date_problem("dated", dated, today, EARLIEST_STATEMENT, too_early=too_early),
            LONG_LINE.problem(cleaned, "note"),
        )
        if found is not None
    ]
    if previous is not None and dated < previous.dated and not problems:
        problems.append(
            problem("dated", MSG_BEFORE_PREVIOUS, previous.number, format_date(previous.dated))
        )
    return cleaned, problems
