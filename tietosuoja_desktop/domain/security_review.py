"""The yearly security review of a one-person business (Art 32; Art 5(2) accountability).

Art 32(1) asks for security appropriate to the risk, weighing the state of the art, the cost and
the risks to people; (1)(d) asks for "a process for regularly testing, assessing and evaluating"
the measures. For a sole trader that process is this review: dated, naming the registers it
covers, going through the risks that matter to a one-person business (each declared once in
:data:`RISKS`), for each the measures in place (declared once in :data:`MEASURES`, plus free
text) and the residual risk, and setting the next review at most a year later.

The risk's and the measure's texts are English source for Qt (the form); the printed review reads
the same ids from ``documents/texts_*.py`` under ``security.risk.<id>`` and
``security.measure.<id>`` (a test checks every one has its text in fi, sv and en)."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date

from .clock import format_date
from .dpia import Level
from .enums import StrEnum
from .field_rules import (
    LONG_LINE,
    LONG_TEXT,
    MSG_REQUIRED,
    Problem,
    TextRule,
    date_problem,
    problem,
)
from .i18n import QT_TRANSLATE_NOOP
from .interest_assessments import EARLIEST_ASSESSMENT

REVIEW_MONTHS = 12  # Art 32(1)(d) "regularly": the app's cycle is a year

MSG_NO_REGISTERS = QT_TRANSLATE_NOOP("Validation", "Name at least one register the review covers.")
MSG_UNKNOWN_REGISTER = QT_TRANSLATE_NOOP("Validation", "There is no register %1.")
MSG_RISK_MISSING = QT_TRANSLATE_NOOP("Validation", "Go through this risk too.")
MSG_RISK_TWICE = QT_TRANSLATE_NOOP("Validation", "The risk %1 is reviewed twice.")
MSG_NO_MEASURES = QT_TRANSLATE_NOOP(
    "Validation", "Choose the measures in place against this risk, or say why none is needed."
)
MSG_NOT_ENCRYPTED = QT_TRANSLATE_NOOP(
    "Validation",
    "The register is not encrypted: turn encryption on in Settings, or do not count the "
    "app's encryption as a measure.",
)
MSG_BACKUPS_WHERE = QT_TRANSLATE_NOOP("Validation", "Say where the backups are kept.")
MSG_NEXT_AFTER = QT_TRANSLATE_NOOP("Validation", "The next review must come after this one.")
MSG_NEXT_WITHIN_YEAR = QT_TRANSLATE_NOOP(
    "Validation", "Review security at least once a year: the next review is due by %1."
)


class SecurityRisk(StrEnum):
    """A risk the review goes through (stored: never change a value once released)."""

    LOST_LAPTOP = "lost_laptop"
    RANSOMWARE = "ransomware"
    PHISHED_EMAIL = "phished_email"
    WRONG_RECIPIENT = "wrong_recipient"
    PAPER_RECORDS = "paper_records"
    SHARED_COMPUTER = "shared_computer"


class Measure(StrEnum):
    """A measure that may be in place against a risk (stored, like the risks)."""

    DISK_ENCRYPTION = "disk_encryption"
    APP_ENCRYPTION = "app_encryption"
    BACKUPS = "backups"
    PASSWORDS_2FA = "passwords_2fa"
    UPDATES = "updates"
    LOCKED_CABINET = "locked_cabinet"


RISKS: dict[SecurityRisk, str] = {
    SecurityRisk.LOST_LAPTOP: QT_TRANSLATE_NOOP("SecurityReview", "A lost or stolen laptop"),
    SecurityRisk.RANSOMWARE: QT_TRANSLATE_NOOP(
        "SecurityReview", "Ransomware or another virus locks or destroys the files"
    ),
    SecurityRisk.PHISHED_EMAIL: QT_TRANSLATE_NOOP(
        "SecurityReview", "The e-mail account is taken over by phishing"
    ),
    SecurityRisk.WRONG_RECIPIENT: QT_TRANSLATE_NOOP(
        "SecurityReview", "Personal data sent to the wrong recipient"
    ),
    SecurityRisk.PAPER_RECORDS: QT_TRANSLATE_NOOP(
        "SecurityReview", "Paper records seen, lost or thrown away unshredded"
    ),
    SecurityRisk.SHARED_COMPUTER: QT_TRANSLATE_NOOP(
        "SecurityReview", "A computer shared with family or others"
    ),
}

MEASURES: dict[Measure, str] = {
    Measure.DISK_ENCRYPTION: QT_TRANSLATE_NOOP("SecurityReview", "Disk encryption"),
    Measure.APP_ENCRYPTION: QT_TRANSLATE_NOOP("SecurityReview", "The register's own encryption"),
    Measure.BACKUPS: QT_TRANSLATE_NOOP("SecurityReview", "Backups"),
    Measure.PASSWORDS_2FA: QT_TRANSLATE_NOOP("SecurityReview", "Passwords and two-factor sign-in"),
    Measure.UPDATES: QT_TRANSLATE_NOOP("SecurityReview", "Updates on time"),
    Measure.LOCKED_CABINET: QT_TRANSLATE_NOOP("SecurityReview", "A locked cabinet"),
}


@dataclass(frozen=True)
class RiskReview:
    """One risk: the measures in place (in declared order once saved), other measures in the
    user's words, and the risk that remains."""

    risk: SecurityRisk
    measures: tuple[Measure, ...] = ()
    other: str = ""
    residual: Level = Level.LOW


@dataclass(frozen=True)
class SecurityReview:
    id: int | None = None
    reviewed_on: date | None = None
    reviewer: str = ""
    next_review: date | None = None
    register_ids: tuple[int, ...] = ()  # the registers it covers, ascending once saved
    backups: str = ""  # where the backups are kept (and how often made)
    risks: tuple[RiskReview, ...] = ()  # in RISKS order once saved
    app_encrypted: bool = False  # whether the register was encrypted (set by the service)

    def risk(self, risk: SecurityRisk) -> RiskReview | None:
        return next((r for r in self.risks if r.risk == risk), None)

    @property
    def highest_residual(self) -> Level:
        order = list(Level)
        return max((r.residual for r in self.risks), key=order.index, default=Level.LOW)


def months_later(day: date, months: int = REVIEW_MONTHS) -> date:
    """``day`` ``months`` later; the 29th-31st become the month's last day where it is shorter."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def review_due(review: SecurityReview | None, today: date) -> bool:
    """Whether the Overview should remind: never reviewed, or the next review's day has come."""
    return review is None or review.next_review is None or review.next_review <= today


REVIEWER = TextRule(LONG_LINE.limit, name=True, required=True)
BACKUPS = TextRule(LONG_LINE.limit, multiline=True)
OTHER = TextRule(LONG_TEXT.limit, multiline=True)


def _dates(review: SecurityReview, today: date) -> list[Problem]:
    problems = []
    if review.reviewed_on is None:
        problems.append(problem("reviewed_on", MSG_REQUIRED))
    elif found := date_problem("reviewed_on", review.reviewed_on, today, EARLIEST_ASSESSMENT):
        problems.append(found)
    if review.next_review is None:
        problems.append(problem("next_review", MSG_REQUIRED))
    elif review.reviewed_on is not None:
        latest = months_later(review.reviewed_on)
        if review.next_review <= review.reviewed_on:
            problems.append(problem("next_review", MSG_NEXT_AFTER))
        elif review.next_review > latest:
            problems.append(problem("next_review", MSG_NEXT_WITHIN_YEAR, format_date(latest)))
    return problems


def _risks(review: SecurityReview, app_encrypted: bool) -> tuple[tuple[RiskReview, ...], list]:
    problems: list[Problem] = []
    given: dict[SecurityRisk, RiskReview] = {}
    for entry in review.risks:
        risk = SecurityRisk(entry.risk)
        if risk in given:
            problems.append(problem(f"risks.{risk}", MSG_RISK_TWICE, risk.value))
            continue
        chosen = {Measure(m) for m in entry.measures}
        other = OTHER.clean(entry.other)
        name = f"risks.{risk}"
        if found := OTHER.problem(other, name):
            problems.append(found)
        elif not chosen and not other:
            problems.append(problem(name, MSG_NO_MEASURES))
        if Measure.APP_ENCRYPTION in chosen and not app_encrypted:
            problems.append(problem(name, MSG_NOT_ENCRYPTED))
        measures = tuple(m for m in MEASURES if m in chosen)
        given[risk] = RiskReview(risk, measures, other, Level(entry.residual))
    problems[:0] = [problem(f"risks.{r}", MSG_RISK_MISSING) for r in RISKS if r not in given]
    return tuple(given[r] for r in RISKS if r in given), problems


def review_problems(
    review: SecurityReview, today: date, *, app_encrypted: bool, registers: set[int]
) -> tuple[SecurityReview, list[Problem]]:
    """The review cleaned (risks and measures in declared order, registers ascending, the
    register's encryption as it is now) and every problem that keeps it from being saved.
    ``registers`` are the ids of the registers that exist."""
    reviewer = REVIEWER.clean(review.reviewer)
    backups = BACKUPS.clean(review.backups)
    problems = [p for p in (REVIEWER.problem(reviewer, "reviewer"),) if p]
    problems += _dates(review, today)
    covered = tuple(sorted(set(review.register_ids)))
    if not covered:
        problems.append(problem("register_ids", MSG_NO_REGISTERS))
    problems += [
        problem("register_ids", MSG_UNKNOWN_REGISTER, rid)
        for rid in covered
        if rid not in registers
    ]
    risks, found = _risks(review, app_encrypted)
    problems += found
    if found := BACKUPS.problem(backups, "backups"):
        problems.append(found)
    elif not backups and any(Measure.BACKUPS in r.measures for r in risks):
        problems.append(problem("backups", MSG_BACKUPS_WHERE))
    cleaned = replace(
        review,
        reviewer=reviewer,
        backups=backups,
        register_ids=covered,
        risks=risks,
        app_encrypted=app_encrypted,
    )
    return cleaned, problems
