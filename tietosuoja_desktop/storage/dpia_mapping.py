"""Rows <-> records of a register's DPIA screening and light DPIA (domain/dpia.py)."""

from __future__ import annotations

from ..domain.dpia import Dpia, DpiaDecision, DpiaRisk, DpiaScreening, Level, ScreeningAnswer
from ..domain.dpia_checklist import CHECKLIST
from .models import DpiaAnswerRow, DpiaRiskRow, DpiaRow, DpiaScreeningRow

_ORDER = {item.id: index for index, item in enumerate(CHECKLIST)}
DPIA_TEXTS = ("description", "necessity", "measures", "reviewer")


def screening_record(row: DpiaScreeningRow) -> DpiaScreening:
    """The screening, its answers in checklist order (an item no longer asked comes last)."""
    answers = sorted(row.answers, key=lambda a: (_ORDER.get(a.item, len(_ORDER)), a.item))
    return DpiaScreening(
        register_id=row.register_id,
        answers=tuple(ScreeningAnswer(a.item, a.applies, a.reasoning) for a in answers),
        needed=row.needed,
        screened_on=row.screened_on,
        reviewer=row.reviewer,
    )


def fill_screening(row: DpiaScreeningRow, screening: DpiaScreening) -> None:
    row.needed = screening.needed
    row.screened_on = screening.screened_on
    row.reviewer = screening.reviewer
    wanted = {a.item: {"applies": a.applies, "reasoning": a.reasoning} for a in screening.answers}
    row.answers = _synced(row.answers, "item", wanted, DpiaAnswerRow)


def dpia_record(row: DpiaRow) -> Dpia:
    return Dpia(
        register_id=row.register_id,
        risks=tuple(
            DpiaRisk(r.description, Level(r.likelihood), Level(r.severity)) for r in row.risks
        ),
        residual_risk=Level(row.residual_risk),
        decision=DpiaDecision(row.decision),
        assessed_on=row.assessed_on,
        next_review=row.next_review,
        **{name: getattr(row, name) for name in DPIA_TEXTS},
    )


def fill_dpia(row: DpiaRow, dpia: Dpia) -> None:
    for name in DPIA_TEXTS:
        setattr(row, name, getattr(dpia, name))
    row.residual_risk = Level(dpia.residual_risk).value
    row.decision = DpiaDecision(dpia.decision).value
    row.assessed_on = dpia.assessed_on
    row.next_review = dpia.next_review
    wanted = {
        index: {
            "description": risk.description,
            "likelihood": Level(risk.likelihood).value,
            "severity": Level(risk.severity).value,
        }
        for index, risk in enumerate(dpia.risks)
    }
    row.risks = _synced(row.risks, "position", wanted, DpiaRiskRow)


def _synced(rows: list, key: str, wanted: dict, row_type: type) -> list:
    """The child rows for ``wanted`` (key -> values): kept rows updated in place rather than
    deleted and inserted again under the same primary key in one flush."""
    kept = {getattr(row, key): row for row in rows}
    result = []
    for name, values in wanted.items():
        row = kept.get(name) or row_type(**{key: name})
        for field, value in values.items():
            setattr(row, field, value)
        result.append(row)
    return result
