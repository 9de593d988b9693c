"""A register's DPIA screening and, where one is needed, its light data protection impact
assessment (Art 35), kept for the file (Art 5(2) accountability).

The screening answers every item of ``dpia_checklist.CHECKLIST`` yes or no, with the reasoning
behind each "yes"; its conclusion is needed when the checklist says so (``dpia_needed``) and may
be needed by choice where it does not. The light DPIA holds what Art 35(7) asks at least: a
description of the processing and its purposes, its necessity and proportionality, the risks
to people (each with its likelihood and severity), the measures against them; then the residual
risk and the decision. A high residual risk means consulting the Ombudsman before processing
(Art 36(1)), so such a DPIA cannot decide simply to proceed."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from .dpia_checklist import CHECKLIST, ITEMS, dpia_needed
from .enums import StrEnum
from .field_rules import (
    LONG_LINE,
    LONG_TEXT,
    MSG_REQUIRED,
    Problem,
    TextRule,
    clean_texts,
    date_problem,
    problem,
)
from .i18n import QT_TRANSLATE_NOOP
from .interest_assessments import EARLIEST_ASSESSMENT, MSG_ASSESSED_TOO_EARLY

MSG_UNANSWERED = QT_TRANSLATE_NOOP("Validation", "Answer this question: yes or no.")
MSG_UNKNOWN_ITEM = QT_TRANSLATE_NOOP("Validation", "The checklist has no question %1.")
MSG_REASON_YES = QT_TRANSLATE_NOOP("Validation", "Say why the answer is yes.")
MSG_CHECKLIST_SAYS_NEEDED = QT_TRANSLATE_NOOP(
    "Validation", "The checklist's answers make a DPIA needed: it cannot be concluded otherwise."
)
MSG_NO_RISKS = QT_TRANSLATE_NOOP("Validation", "Name at least one risk to the people.")
MSG_REVIEW_AFTER = QT_TRANSLATE_NOOP(
    "Validation", "The next review must come after the assessment."
)
MSG_HIGH_RISK_PROCEEDS = QT_TRANSLATE_NOOP(
    "Validation",
    "A high residual risk needs the Data Protection Ombudsman consulted before processing "
    "(Art 36): the decision cannot be to proceed.",
)
MSG_NOT_SCREENED_NEEDED = QT_TRANSLATE_NOOP(
    "Validation", "Screen the register first: a DPIA is kept where the screening finds it needed."
)


class Level(StrEnum):
    """A risk's likelihood or severity, or the residual risk."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


LEVEL_LABELS = {
    Level.LOW: QT_TRANSLATE_NOOP("Dpia", "Low"),
    Level.MEDIUM: QT_TRANSLATE_NOOP("Dpia", "Medium"),
    Level.HIGH: QT_TRANSLATE_NOOP("Dpia", "High"),
}


class DpiaDecision(StrEnum):
    PROCEED = "proceed"  # the residual risk is acceptable
    CONSULT = "consult"  # a high risk remains: prior consultation (Art 36)
    STOP = "stop"  # the processing does not go ahead as planned


DECISION_LABELS = {
    DpiaDecision.PROCEED: QT_TRANSLATE_NOOP(
        "Dpia", "The residual risk is acceptable: the processing may proceed"
    ),
    DpiaDecision.CONSULT: QT_TRANSLATE_NOOP(
        "Dpia", "A high risk remains: consult the Data Protection Ombudsman first (Art 36)"
    ),
    DpiaDecision.STOP: QT_TRANSLATE_NOOP("Dpia", "The processing does not go ahead as planned"),
}


@dataclass(frozen=True)
class ScreeningAnswer:
    item: str  # a ChecklistItem's id
    applies: bool = False
    reasoning: str = ""


@dataclass(frozen=True)
class DpiaScreening:
    register_id: int
    answers: tuple[ScreeningAnswer, ...] = ()  # in checklist order once saved
    needed: bool = False
    screened_on: date | None = None
    reviewer: str = ""

    def answer(self, item: str) -> ScreeningAnswer | None:
        return next((a for a in self.answers if a.item == item), None)


@dataclass(frozen=True)
class DpiaRisk:
    description: str = ""  # what could happen to the people
    likelihood: Level = Level.LOW
    severity: Level = Level.LOW


@dataclass(frozen=True)
class Dpia:
    register_id: int
    description: str = ""  # the processing: nature, scope, context, purposes
    necessity: str = ""  # necessity and proportionality
    risks: tuple[DpiaRisk, ...] = field(default_factory=tuple)
    measures: str = ""  # safeguards, security measures and mechanisms
    residual_risk: Level = Level.LOW
    decision: DpiaDecision = DpiaDecision.PROCEED
    assessed_on: date | None = None
    next_review: date | None = None
    reviewer: str = ""


REASONING = TextRule(LONG_TEXT.limit, multiline=True)
REVIEWER = TextRule(LONG_LINE.limit, name=True, required=True)
RISK = TextRule(LONG_LINE.limit, required=True)
DPIA_TEXT_RULES: dict[str, TextRule] = {
    "description": TextRule(LONG_TEXT.limit, multiline=True, required=True),
    "necessity": TextRule(LONG_TEXT.limit, multiline=True, required=True),
    "measures": TextRule(LONG_TEXT.limit, multiline=True, required=True),
    "reviewer": REVIEWER,
}


def _dated(name: str, day: date | None, today: date) -> Problem | None:
    if day is None:
        return problem(name, MSG_REQUIRED)
    return date_problem(name, day, today, EARLIEST_ASSESSMENT, too_early=MSG_ASSESSED_TOO_EARLY)


def screening_problems(
    screening: DpiaScreening, today: date
) -> tuple[DpiaScreening, list[Problem]]:
    """The screening with its answers cleaned and put in checklist order, and every problem
    that keeps it from being saved."""
    problems: list[Problem] = []
    given = {}
    for index, answer in enumerate(screening.answers):
        if answer.item not in ITEMS:
            problems.append(problem(f"answers[{index}]", MSG_UNKNOWN_ITEM, answer.item))
            continue
        reasoning = REASONING.clean(answer.reasoning)
        name = f"answers.{answer.item}"
        found = REASONING.problem(reasoning, name)
        if found is None and answer.applies and not reasoning:
            found = problem(name, MSG_REASON_YES)
        if found is not None:
            problems.append(found)
        given[answer.item] = ScreeningAnswer(answer.item, answer.applies, reasoning)
    missing = [item.id for item in CHECKLIST if item.id not in given]
    problems[:0] = [problem(f"answers.{item}", MSG_UNANSWERED) for item in missing]
    answers = tuple(given[item.id] for item in CHECKLIST if item.id in given)
    if not screening.needed and dpia_needed({a.item: a.applies for a in answers}):
        problems.append(problem("needed", MSG_CHECKLIST_SAYS_NEEDED))
    reviewer = REVIEWER.clean(screening.reviewer)
    problems += [p for p in (REVIEWER.problem(reviewer, "reviewer"),) if p]
    problems += [p for p in (_dated("screened_on", screening.screened_on, today),) if p]
    return replace(screening, answers=answers, reviewer=reviewer), problems


def dpia_problems(
    dpia: Dpia, screening: DpiaScreening | None, today: date
) -> tuple[Dpia, list[Problem]]:
    """The DPIA with its texts cleaned, and every problem that keeps it from being saved."""
    values, problems = clean_texts(dpia, DPIA_TEXT_RULES)
    if screening is None or not screening.needed:
        problems.insert(0, problem("screening", MSG_NOT_SCREENED_NEEDED))
    risks = tuple(replace(r, description=RISK.clean(r.description)) for r in dpia.risks)
    if not risks:
        problems.append(problem("risks", MSG_NO_RISKS))
    for index, risk in enumerate(risks):
        if found := RISK.problem(risk.description, f"risks[{index}].description"):
            problems.append(found)
    if dpia.residual_risk is Level.HIGH and dpia.decision is DpiaDecision.PROCEED:
        problems.append(problem("decision", MSG_HIGH_RISK_PROCEEDS))
    if found := _dated("assessed_on", dpia.assessed_on, today):
        problems.append(found)
    if dpia.next_review is None:
        problems.append(problem("next_review", MSG_REQUIRED))
    elif dpia.assessed_on is not None and dpia.next_review <= dpia.assessed_on:
        problems.append(problem("next_review", MSG_REVIEW_AFTER))
    return replace(dpia, **values, risks=risks), problems


class DpiaStatus(StrEnum):
    """Where a register stands: what the Art 30 record and the Registers page say of it."""

    UNSCREENED = "unscreened"
    NOT_NEEDED = "not_needed"
    MISSING = "missing"  # the screening found one needed; none is recorded yet
    DONE = "done"


def dpia_status(needed: bool | None, done: bool) -> DpiaStatus:
    """The status from the screening's conclusion (None: not screened) and whether a DPIA is
    recorded."""
    if needed is None:
        return DpiaStatus.UNSCREENED
    if not needed:
        return DpiaStatus.NOT_NEEDED
    return DpiaStatus.DONE if done else DpiaStatus.MISSING


@dataclass(frozen=True)
class DpiaSummary:
    """A register's DPIA in a line, for the Art 30 record: its status and the day it was
    screened, or assessed once a DPIA is recorded (None while unscreened)."""

    status: DpiaStatus
    dated: date | None = None
