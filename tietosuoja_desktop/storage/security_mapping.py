"""Rows <-> records of the security reviews (domain/security_review.py) and the DPO decision
(domain/dpo_decision.py)."""

from __future__ import annotations

from ..domain.dpia import Level
from ..domain.dpo_decision import QUESTIONS, DpoAnswer, DpoConclusion, DpoDecision, DpoQuestion
from ..domain.security_review import RISKS, Measure, RiskReview, SecurityReview, SecurityRisk
from .models import (
    DpoAnswerRow,
    DpoDecisionRow,
    SecurityReviewRegisterRow,
    SecurityReviewRow,
    SecurityRiskRow,
)

_RISK_ORDER = {risk.value: index for index, risk in enumerate(RISKS)}
_QUESTION_ORDER = {question.value: index for index, question in enumerate(QUESTIONS)}


def _risk(row: SecurityRiskRow) -> RiskReview:
    measures = tuple(Measure(m) for m in row.measures.split(",") if m)
    return RiskReview(SecurityRisk(row.risk), measures, row.other, Level(row.residual))


def review_record(row: SecurityReviewRow) -> SecurityReview:
    risks = sorted(row.risks, key=lambda r: _RISK_ORDER.get(r.risk, len(_RISK_ORDER)))
    return SecurityReview(
        id=row.id,
        reviewed_on=row.reviewed_on,
        reviewer=row.reviewer,
        next_review=row.next_review,
        register_ids=tuple(r.register_id for r in row.registers),
        backups=row.backups,
        risks=tuple(_risk(r) for r in risks),
        app_encrypted=row.app_encrypted,
    )


def review_row(review: SecurityReview) -> SecurityReviewRow:
    """A new row for a cleaned review (reviews are kept, never changed)."""
    return SecurityReviewRow(
        reviewed_on=review.reviewed_on,
        reviewer=review.reviewer,
        next_review=review.next_review,
        backups=review.backups,
        app_encrypted=review.app_encrypted,
        registers=[SecurityReviewRegisterRow(register_id=rid) for rid in review.register_ids],
        risks=[
            SecurityRiskRow(
                risk=SecurityRisk(r.risk).value,
                measures=",".join(Measure(m).value for m in r.measures),
                other=r.other,
                residual=Level(r.residual).value,
            )
            for r in review.risks
        ],
    )


def decision_record(row: DpoDecisionRow) -> DpoDecision:
    answers = sorted(row.answers, key=lambda a: _QUESTION_ORDER.get(a.question, 99))
    return DpoDecision(
        answers=tuple(DpoAnswer(DpoQuestion(a.question), a.applies, a.reasoning) for a in answers),
        conclusion=DpoConclusion(row.conclusion),
        decided_on=row.decided_on,
    )


def fill_decision(row: DpoDecisionRow, decision: DpoDecision) -> None:
    row.conclusion = DpoConclusion(decision.conclusion).value
    row.decided_on = decision.decided_on
    kept = {a.question: a for a in row.answers}
    answers = []
    for answer in decision.answers:
        key = DpoQuestion(answer.question).value
        answer_row = kept.get(key) or DpoAnswerRow(question=key)
        answer_row.applies = answer.applies
        answer_row.reasoning = answer.reasoning
        answers.append(answer_row)
    row.answers = answers
