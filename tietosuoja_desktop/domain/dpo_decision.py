"""The decision whether the business needs a data protection officer (Art 37), kept for the file
(Art 5(2) accountability) and printed in the Art 30 record.

Art 37(1) requires a DPO in three cases only: (a) the processing is carried out by a public
authority or body (courts acting in their judicial capacity aside); (b) the controller's core
activities consist of processing operations which, by their nature, scope or purposes, require
regular and systematic monitoring of data subjects on a large scale; (c) its core activities
consist of processing on a large scale of special categories of data (Art 9) or of data on
criminal convictions and offences (Art 10). Art 37(4) lets national law require one in other
cases; the Finnish Data Protection Act (tietosuojalaki 1050/2018) adds none for a private
business, so the three questions decide. A business may appoint one voluntarily; an appointed
DPO's contact details are published and communicated to the Data Protection Ombudsman
(Art 37(7)) and go into the privacy statements (Art 13(1)(b)): the app keeps them once, in the
business details (``ControllerProfile.dpo_*``), which this decision checks against.

Each question is declared once in :data:`QUESTIONS` (English source for Qt; the printed wording
under ``dpo.question.<id>`` in ``documents/texts_*.py``)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from .enums import StrEnum
from .field_rules import LONG_TEXT, MSG_REQUIRED, Problem, TextRule, date_problem, problem
from .i18n import QT_TRANSLATE_NOOP
from .interest_assessments import EARLIEST_ASSESSMENT

MSG_REASONING = QT_TRANSLATE_NOOP("Validation", "Say why the answer is yes or no.")
MSG_REQUIRED_BY_ANSWERS = QT_TRANSLATE_NOOP(
    "Validation", "A yes to an Art 37(1) question means a data protection officer is required."
)
MSG_NOT_REQUIRED_BY_ANSWERS = QT_TRANSLATE_NOOP(
    "Validation",
    "No Art 37(1) question is answered yes: a data protection officer is not required "
    "(one may still be appointed voluntarily).",
)
MSG_DPO_CONTACT = QT_TRANSLATE_NOOP(
    "Validation",
    "Give the data protection officer's name and an e-mail address or phone number (Art 37(7)).",
)
MSG_DPO_NAMED = QT_TRANSLATE_NOOP(
    "Validation",
    "The business details name a data protection officer: conclude that one was appointed "
    "voluntarily, or remove the name.",
)


class DpoQuestion(StrEnum):
    """An Art 37(1) question (stored: never change a value once released)."""

    PUBLIC_BODY = "public_body"  # (a)
    MONITORING = "monitoring"  # (b)
    SPECIAL_CATEGORIES = "special_categories"  # (c)


QUESTIONS: dict[DpoQuestion, str] = {
    DpoQuestion.PUBLIC_BODY: QT_TRANSLATE_NOOP(
        "DpoDecision", "Is the business a public authority or body? (Art 37(1)(a))"
    ),
    DpoQuestion.MONITORING: QT_TRANSLATE_NOOP(
        "DpoDecision",
        "Do the core activities consist of regular and systematic monitoring of people on a "
        "large scale? (Art 37(1)(b))",
    ),
    DpoQuestion.SPECIAL_CATEGORIES: QT_TRANSLATE_NOOP(
        "DpoDecision",
        "Do the core activities consist of processing special categories of data (e.g. health) "
        "or criminal data on a large scale? (Art 37(1)(c))",
    ),
}


class DpoConclusion(StrEnum):
    NOT_REQUIRED = "not_required"
    REQUIRED = "required"  # and so appointed
    VOLUNTARY = "voluntary"  # not required, appointed all the same


CONCLUSIONS: dict[DpoConclusion, str] = {
    DpoConclusion.NOT_REQUIRED: QT_TRANSLATE_NOOP(
        "DpoDecision", "A data protection officer is not required"
    ),
    DpoConclusion.REQUIRED: QT_TRANSLATE_NOOP(
        "DpoDecision", "A data protection officer is required and appointed"
    ),
    DpoConclusion.VOLUNTARY: QT_TRANSLATE_NOOP(
        "DpoDecision", "Not required; a data protection officer is appointed voluntarily"
    ),
}


@dataclass(frozen=True)
class DpoAnswer:
    question: DpoQuestion
    applies: bool = False
    reasoning: str = ""


@dataclass(frozen=True)
class DpoDecision:
    answers: tuple[DpoAnswer, ...] = ()  # in QUESTIONS order once saved
    conclusion: DpoConclusion = DpoConclusion.NOT_REQUIRED
    decided_on: date | None = None

    def answer(self, question: DpoQuestion) -> DpoAnswer | None:
        return next((a for a in self.answers if a.question == question), None)

    @property
    def appointed(self) -> bool:
        return self.conclusion is not DpoConclusion.NOT_REQUIRED


@dataclass(frozen=True)
class DpoContact:
    """The DPO's contact as the business details keep it (``ControllerProfile.dpo_*``)."""

    name: str = ""
    email: str = ""
    phone: str = ""


REASONING = TextRule(LONG_TEXT.limit, multiline=True, required=True)


def decision_problems(
    decision: DpoDecision, today: date, *, dpo_name: str, dpo_reachable: bool
) -> tuple[DpoDecision, list[Problem]]:
    """The decision with its reasoning cleaned and answers in question order, and every problem.
    ``dpo_name`` and ``dpo_reachable`` (an e-mail or phone) are the business details' DPO as
    they will be once saved."""
    problems: list[Problem] = []
    given = {}
    for entry in decision.answers:
        question = DpoQuestion(entry.question)
        reasoning = REASONING.clean(entry.reasoning)
        found = REASONING.problem(reasoning, f"answers.{question}")
        if found is not None:
            found = problem(found.field, MSG_REASONING) if not reasoning else found
            problems.append(found)
        given[question] = DpoAnswer(question, bool(entry.applies), reasoning)
    missing = [q for q in QUESTIONS if q not in given]
    problems[:0] = [problem(f"answers.{q}", MSG_REASONING) for q in missing]
    answers = tuple(given[q] for q in QUESTIONS if q in given)
    conclusion = DpoConclusion(decision.conclusion)
    required = any(a.applies for a in answers)
    if required and conclusion is not DpoConclusion.REQUIRED:
        problems.append(problem("conclusion", MSG_REQUIRED_BY_ANSWERS))
    elif not required and conclusion is DpoConclusion.REQUIRED:
        problems.append(problem("conclusion", MSG_NOT_REQUIRED_BY_ANSWERS))
    if conclusion is DpoConclusion.NOT_REQUIRED and dpo_name.strip():
        problems.append(problem("conclusion", MSG_DPO_NAMED))
    elif conclusion is not DpoConclusion.NOT_REQUIRED and not (dpo_name.strip() and dpo_reachable):
        problems.append(problem("dpo", MSG_DPO_CONTACT))
    if decision.decided_on is None:
        problems.append(problem("decided_on", MSG_REQUIRED))
    elif found := date_problem("decided_on", decision.decided_on, today, EARLIEST_ASSESSMENT):
        problems.append(found)
    return replace(decision, answers=answers, conclusion=conclusion), problems
