"""A DPIA screening and a light DPIA to record, for the DPIA tests of every layer."""

from __future__ import annotations

from datetime import date

from tietosuoja_desktop.domain.dpia import (
    Dpia,
    DpiaDecision,
    DpiaRisk,
    DpiaScreening,
    Level,
    ScreeningAnswer,
)
from tietosuoja_desktop.domain.dpia_checklist import CHECKLIST

# A hairdresser's customer register that keeps allergy notes (health data) of regulars and
# books through an app that records location: location data together with an EDPB criterion
# (sensitive data) is on the Ombudsman's list, so a DPIA is needed.
REASONS = {
    "sensitive": "Asiakaskortissa on allergiatietoja (terveystietoja).",
    "location": "Ajanvaraussovellus tallentaa asiakkaan sijainnin.",
}
YES = frozenset(REASONS)


def screening(register_id: int, yes=YES, **overrides) -> DpiaScreening:
    answers = tuple(
        ScreeningAnswer(item.id, item.id in yes, REASONS.get(item.id, "") if item.id in yes else "")
        for item in CHECKLIST
    )
    values = dict(
        answers=answers, needed=True, screened_on=date(2026, 10, 1), reviewer="Aino Esimerkki"
    )
    values.update(overrides)
    return DpiaScreening(register_id, **values)


def light_dpia(register_id: int, **overrides) -> Dpia:
    values = dict(
        description="Asiakaskortit ja ajanvaraukset; allergiatiedot hoitoja varten.",
        necessity="Allergiatiedot estävät haitalliset reaktiot; muuta ei kerätä.",
        risks=(
            DpiaRisk("Terveystieto paljastuu sivulliselle", Level.MEDIUM, Level.HIGH),
            DpiaRisk("Sijaintitietoa säilytetään liian kauan", Level.LOW, Level.MEDIUM),
        ),
        measures="Salattu rekisteri, pääsy vain omistajalla; sijainti poistetaan 30 päivässä.",
        residual_risk=Level.LOW,
        decision=DpiaDecision.PROCEED,
        assessed_on=date(2026, 10, 15),
        next_review=date(2027, 10, 15),
        reviewer="Aino Esimerkki",
    )
    values.update(overrides)
    return Dpia(register_id, **values)
