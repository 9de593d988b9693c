"""The legitimate-interest assessment behind a purpose on Art 6(1)(f), kept for the file
(Art 5(2) accountability).

The test has three parts (EDPB Guidelines 1/2024): the interest is legitimate, the processing
is necessary for it, and the person's interests, rights and reasonable expectations do not
override it; the safeguards are what tips or keeps the balance. One assessment per purpose: it
is keyed to the register and the purpose's position, as translations are, and it records the
purpose's description as it read when assessed. An assessment counts only while the purpose at
its position still reads so and still rests on legitimate interests; otherwise it is
out of date and the purpose needs a new one (:func:`is_current`)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from .enums import LegalBasis, StrEnum
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
from .records import RegisterDescription

EARLIEST_ASSESSMENT = date(2016, 5, 24)  # the GDPR entered into force

MSG_NOT_LEGITIMATE = QT_TRANSLATE_NOOP(
    "Validation",
    "Purpose %1 is not based on legitimate interests: only such a purpose has an assessment.",
)
MSG_NO_PURPOSE = QT_TRANSLATE_NOOP("Validation", "The register has no purpose %1.")
MSG_ASSESSED_TOO_EARLY = QT_TRANSLATE_NOOP(
    "Validation", "An assessment under the GDPR cannot be dated before %1."
)


class AssessmentOutcome(StrEnum):
    """What the balancing concluded."""

    MAY_PROCEED = "may_proceed"  # the interest is not overridden: Art 6(1)(f) holds
    MAY_NOT_PROCEED = "may_not_proceed"  # the person's interests override it: not on this basis


OUTCOME_LABELS = {
    AssessmentOutcome.MAY_PROCEED: QT_TRANSLATE_NOOP(
        "InterestAssessment", "The interest is not overridden: the processing may proceed"
    ),
    AssessmentOutcome.MAY_NOT_PROCEED: QT_TRANSLATE_NOOP(
        "InterestAssessment",
        "The person's interests override it: not on legitimate interests",
    ),
}


@dataclass(frozen=True)
class InterestAssessment:
    """The balancing test of one purpose (``position`` counts the register's purposes from 0)."""

    register_id: int
    position: int
    interest: str = ""  # the legitimate interest pursued
    necessity: str = ""  # why the processing is needed for it; why less would not do
    balancing: str = ""  # against the person's reasonable expectations, interests and rights
    safeguards: str = ""  # what limits the impact (opt-out, minimisation, short retention...)
    outcome: AssessmentOutcome = AssessmentOutcome.MAY_PROCEED
    assessed_on: date | None = None
    reviewer: str = ""  # who made or reviewed it
    purpose: str = ""  # the purpose's description when assessed (set by the service)


# In the order of the form and the printed assessment.
TEXT_RULES: dict[str, TextRule] = {
    "interest": TextRule(LONG_TEXT.limit, multiline=True, required=True),
    "necessity": TextRule(LONG_TEXT.limit, multiline=True, required=True),
    "balancing": TextRule(LONG_TEXT.limit, multiline=True, required=True),
    "safeguards": LONG_TEXT,
    "reviewer": TextRule(LONG_LINE.limit, name=True, required=True),
}


def assessment_problems(
    assessment: InterestAssessment, register: RegisterDescription, today: date
) -> tuple[InterestAssessment, list[Problem]]:
    """The assessment with its texts cleaned and the purpose's description recorded, and every
    problem that keeps it from being saved."""
    values, problems = clean_texts(assessment, TEXT_RULES)
    position = assessment.position
    if not 0 <= position < len(register.purposes):
        problems.insert(0, problem("position", MSG_NO_PURPOSE, position + 1))
        return replace(assessment, **values), problems
    purpose = register.purposes[position]
    if purpose.legal_basis is not LegalBasis.LEGITIMATE_INTERESTS:
        problems.insert(0, problem("position", MSG_NOT_LEGITIMATE, position + 1))
    if assessment.assessed_on is None:
        problems.append(problem("assessed_on", MSG_REQUIRED))
    elif found := date_problem(
        "assessed_on",
        assessment.assessed_on,
        today,
        EARLIEST_ASSESSMENT,
        too_early=MSG_ASSESSED_TOO_EARLY,
    ):
        problems.append(found)
    return replace(assessment, **values, purpose=purpose.description), problems


def is_current(assessment: InterestAssessment, register: RegisterDescription) -> bool:
    """Whether the assessment still belongs to the purpose at its position: the purpose reads as
    it did when assessed and still rests on legitimate interests."""
    if not 0 <= assessment.position < len(register.purposes):
        return False
    purpose = register.purposes[assessment.position]
    return (
        purpose.legal_basis is LegalBasis.LEGITIMATE_INTERESTS
        and purpose.description == assessment.purpose
    )


def needing_assessment(
    register: RegisterDescription, assessments: tuple[InterestAssessment, ...]
) -> list[int]:
    """Positions of the purposes on legitimate interests with no current assessment."""
    done = {a.position for a in assessments if is_current(a, register)}
    return [
        index
        for index, purpose in enumerate(register.purposes)
        if purpose.legal_basis is LegalBasis.LEGITIMATE_INTERESTS and index not in done
    ]
