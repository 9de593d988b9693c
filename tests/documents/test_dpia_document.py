"""The DPIA document: in each language the screening's questions by source with the answers and
reasons, the conclusion, then the light DPIA (risks with likelihood and severity, measures,
residual risk, decision, dates) in order; a screening that needs none prints no assessment,
a needed one not yet made says so, and typed text stays text."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from helpers.dpia import REASONS, light_dpia, screening

from tietosuoja_desktop.documents.dpia import build_dpia
from tietosuoja_desktop.documents.texts import format_date, text
from tietosuoja_desktop.domain.dpia_checklist import CHECKLIST
from tietosuoja_desktop.domain.enums import Language

TODAY = date(2026, 11, 22)
SCREENING = screening(1)
DPIA = light_dpia(1)


def _shown(pdf_text, pdf: bytes) -> str:
    return " ".join(pdf_text(pdf).split())  # table cells wrap: compare words, not lines


def _start(value: str) -> str:
    return " ".join(value.split()[:4])


@pytest.mark.parametrize("lang", list(Language), ids=str)
def test_screening_then_assessment_print_in_order(controller, pdf_text, lang):
    shown = _shown(
        pdf_text, build_dpia(controller, "Asiakasrekisteri", SCREENING, DPIA, lang, today=TODAY)
    )
    key = lambda name: text(lang, f"dpia.{name}")  # noqa: E731
    order = [
        key("title"),
        "Asiakasrekisteri",
        format_date(SCREENING.screened_on, lang),
        key("screening"),
        key("source.gdpr"),
        _start(key("item.profiling_decisions")),
        key("source.ombudsman"),
        _start(key("item.location")),
        key("source.edpb"),
        _start(key("item.sensitive")),
        _start(key("item.prevents_rights")),
        key("conclusion.needed"),
        key("assessment"),
        key("description"),
        _start(DPIA.description),
        key("necessity"),
        key("risks"),
        key("likelihood"),
        _start(DPIA.risks[0].description),
        key("level.medium"),
        key("level.high"),
        key("measures"),
        key("residual_risk"),
        key("decision.proceed"),
        format_date(DPIA.next_review, lang),
    ]
    positions = [shown.find(part) for part in order]
    assert -1 not in positions, [p for p, at in zip(order, positions, strict=True) if at < 0]
    assert positions == sorted(positions)
    assert all(_start(reason) in shown for reason in REASONS.values())  # its own column
    assert shown.rfind("Aino Esimerkki") > positions[-1]  # the assessor, after the dates
    assert shown.count(key("answer.yes")) >= 2  # location and sensitive (and the header)
    assert shown.count(key("answer.no")) >= len(CHECKLIST) - 2


def test_not_needed_prints_no_assessment_and_a_missing_one_says_so(controller, pdf_text):
    calm = screening(1, yes=(), needed=False)
    shown = _shown(pdf_text, build_dpia(controller, "R", calm, None, Language.SV, today=TODAY))
    assert text(Language.SV, "dpia.conclusion.not_needed") in shown
    assert text(Language.SV, "dpia.assessment") not in shown
    voluntary = replace(calm, needed=True)
    shown = _shown(pdf_text, build_dpia(controller, "R", voluntary, None, Language.FI, today=TODAY))
    assert text(Language.FI, "dpia.conclusion.voluntary") in shown
    assert text(Language.FI, "dpia.no_assessment") in shown


def test_typed_markup_stays_text(controller, pdf_text, markup):
    odd = light_dpia(1, measures=markup, reviewer="Aino Esimerkki")
    shown = pdf_text(build_dpia(controller, "R", SCREENING, odd, Language.FI, today=TODAY))
    assert markup in shown
