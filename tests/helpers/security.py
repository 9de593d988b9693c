"""A security review and a DPO decision to record, for the tests of every layer."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from tietosuoja_desktop.domain.dpia import Level
from tietosuoja_desktop.domain.dpo_decision import (
    QUESTIONS,
    DpoAnswer,
    DpoConclusion,
    DpoDecision,
)
from tietosuoja_desktop.domain.security_review import (
    RISKS,
    Measure,
    RiskReview,
    SecurityReview,
    SecurityRisk,
    months_later,
)

# A café owner's laptop: disk encryption, backups on an external disk, the paper
# loyalty cards in a locked drawer; the e-mail account is the weak spot.
MEASURES = {
    SecurityRisk.LOST_LAPTOP: (Measure.DISK_ENCRYPTION, Measure.PASSWORDS_2FA),
    SecurityRisk.RANSOMWARE: (Measure.BACKUPS, Measure.UPDATES),
    SecurityRisk.PHISHED_EMAIL: (Measure.PASSWORDS_2FA,),
    SecurityRisk.WRONG_RECIPIENT: (),
    SecurityRisk.PAPER_RECORDS: (Measure.LOCKED_CABINET,),
    SecurityRisk.SHARED_COMPUTER: (Measure.PASSWORDS_2FA,),
}
OTHER = {SecurityRisk.WRONG_RECIPIENT: "Osoite tarkistetaan ennen lähettämistä."}
RESIDUAL = {SecurityRisk.PHISHED_EMAIL: Level.MEDIUM}
BACKUPS = "Ulkoinen levy kotona, viikoittain"


def review(register_ids: tuple[int, ...], day: date, **overrides) -> SecurityReview:
    risks = tuple(
        RiskReview(risk, MEASURES[risk], OTHER.get(risk, ""), RESIDUAL.get(risk, Level.LOW))
        for risk in RISKS
    )
    made = SecurityReview(
        reviewed_on=day,
        reviewer="Aino Esimerkki",
        next_review=months_later(day),
        register_ids=register_ids,
        backups=BACKUPS,
        risks=risks,
    )
    return replace(made, **overrides)


REASONING = {
    "public_body": "Yksityinen toiminimi, ei viranomainen.",
    "monitoring": "Ydintoiminta on kahvilan pito; ketään ei seurata.",
    "special_categories": "Terveys- tai rikostietoja ei käsitellä.",
}


def decision(day: date, yes: frozenset[str] = frozenset(), **overrides) -> DpoDecision:
    answers = tuple(DpoAnswer(q, q.value in yes, REASONING[q.value]) for q in QUESTIONS)
    conclusion = DpoConclusion.REQUIRED if yes else DpoConclusion.NOT_REQUIRED
    return replace(DpoDecision(answers, conclusion, day), **overrides)
