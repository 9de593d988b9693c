"""The legitimate-interest assessment on one page: in each language the headings of the
three-part test and the conclusion come in order with the user's answers under them, typed
text stays text, and an assessment whose purpose has changed says so."""

from __future__ import annotations

from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader

from tietosuoja_desktop.documents import SignatureBlock
from tietosuoja_desktop.documents.interest_assessment import build_interest_assessment
from tietosuoja_desktop.documents.texts import text
from tietosuoja_desktop.domain.enums import Language
from tietosuoja_desktop.domain.interest_assessments import AssessmentOutcome, InterestAssessment

TODAY = date(2026, 11, 22)
ASSESSMENT = InterestAssessment(
    register_id=1,
    position=1,
    purpose="Asiakasviestintä ja palvelun kehittäminen",
    interest="Asiakassuhteen ylläpito kanta-asiakkaiden kanssa.",
    necessity="Ilman sähköpostiosoitetta muutoksista ei voi kertoa.",
    balancing="Kanta-asiakas odottaa kuulevansa kahvilan uutuuksista; viestejä tulee harvoin.",
    safeguards="Jokaisessa viestissä on linkki, josta viestit voi kieltää.",
    outcome=AssessmentOutcome.MAY_PROCEED,
    assessed_on=date(2026, 5, 4),
    reviewer="Aino Esimerkki",
)
SIGNATURE = SignatureBlock(place="Turku", date=TODAY, name="Aino Esimerkki")


def _build(controller, lang, assessment=ASSESSMENT, *, current=True) -> bytes:
    return build_interest_assessment(
        controller,
        "Kanta-asiakasrekisteri",
        assessment,
        lang,
        current=current,
        today=TODAY,
        signature=SIGNATURE,
    )


@pytest.mark.parametrize("lang", list(Language), ids=str)
def test_the_test_prints_in_order_on_one_page(controller, pdf_text, lang):
    pdf = _build(controller, lang)
    assert len(PdfReader(BytesIO(pdf)).pages) == 1
    shown = pdf_text(pdf)
    order = [
        text(lang, "lia.title"),
        "Kanta-asiakasrekisteri",
        ASSESSMENT.purpose,
        "4.5.2026" if lang is not Language.EN else "4 May 2026",
        "Aino Esimerkki",
        text(lang, "lia.interest"),
        ASSESSMENT.interest,
        text(lang, "lia.necessity"),
        ASSESSMENT.necessity,
        text(lang, "lia.balancing"),
        ASSESSMENT.balancing,
        text(lang, "lia.safeguards"),
        ASSESSMENT.safeguards,
        text(lang, "lia.outcome"),
        text(lang, "lia.outcome.may_proceed"),
    ]
    positions = [shown.find(part) for part in order]
    assert -1 not in positions, [p for p, at in zip(order, positions, strict=True) if at < 0]
    assert positions == sorted(positions)
    assert text(lang, "lia.out_of_date") not in shown


def test_an_out_of_date_assessment_says_so_and_the_refusal_prints(controller, pdf_text):
    refused = InterestAssessment(
        **{**ASSESSMENT.__dict__, "outcome": AssessmentOutcome.MAY_NOT_PROCEED, "safeguards": ""}
    )
    shown = pdf_text(_build(controller, Language.SV, refused, current=False))
    assert text(Language.SV, "lia.out_of_date") in shown
    assert text(Language.SV, "lia.outcome.may_not_proceed") in shown
    assert text(Language.SV, "lia.no_safeguards") in shown


def test_typed_markup_stays_text(controller, pdf_text, markup):
    odd = InterestAssessment(**{**ASSESSMENT.__dict__, "interest": markup, "reviewer": markup})
    shown = pdf_text(_build(controller, Language.FI, odd))
    assert shown.count(markup) >= 2
