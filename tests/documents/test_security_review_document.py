"""The security review on one page in each language: the facts (dates, reviewer, registers,
the register file's encryption, the backups), then every risk with its measures and residual
risk in order; and the Art 30 record's lines for the review and the DPO decision."""

from __future__ import annotations

import dataclasses
from datetime import date
from io import BytesIO

import pytest
from helpers.security import BACKUPS, OTHER, decision, review
from pypdf import PdfReader

from tietosuoja_desktop.documents import build_processing_record
from tietosuoja_desktop.documents.security_review import build_security_review
from tietosuoja_desktop.documents.texts import format_date, text
from tietosuoja_desktop.domain.dpo_decision import DpoConclusion
from tietosuoja_desktop.domain.enums import Language
from tietosuoja_desktop.domain.security_review import RISKS

TODAY = date(2026, 11, 22)
REVIEW = review((1,), TODAY)


def _start(value: str) -> str:
    return " ".join(value.split()[:3])


@pytest.mark.parametrize("lang", list(Language), ids=str)
def test_the_review_prints_its_facts_then_every_risk_in_order(controller, pdf_text, lang):
    pdf = build_security_review(controller, REVIEW, ["Kanta-asiakasrekisteri"], lang, today=TODAY)
    assert len(PdfReader(BytesIO(pdf)).pages) == 1
    shown = pdf_text(pdf)
    key = lambda name: text(lang, f"security.{name}")  # noqa: E731
    order = [
        key("title"),
        format_date(TODAY, lang),
        "Aino Esimerkki",
        format_date(date(2027, 11, 22), lang),
        "Kanta-asiakasrekisteri",
        key("encrypted.no"),
        BACKUPS,
        key("highest"),
        text(lang, "dpia.level.medium"),
        key("risks"),
    ]
    for risk in RISKS:
        order.append(_start(key(f"risk.{risk.value}")))
        if risk in OTHER:
            order.append(_start(OTHER[risk]))
    order.append(text(lang, "security.printed", date=format_date(TODAY, lang)))
    at = 0
    for expected in order:
        found = shown.find(expected, at)
        assert found >= 0, (lang, expected)
        at = found
    measure = key("measure.disk_encryption")
    assert measure[:1].upper() + measure[1:] in shown


@pytest.mark.parametrize("lang", list(Language), ids=str)
def test_the_record_says_when_security_was_reviewed_and_why_no_dpo_is_needed(
    controller, register, signature, pdf_text, lang
):
    other = dataclasses.replace(register, id=2, name="Työnhakijat")
    pdf = build_processing_record(
        controller,
        [register, other],
        lang,
        signature=signature,
        today=TODAY,
        security=REVIEW,
        dpo=decision(TODAY),
    )
    shown = pdf_text(pdf)
    line = text(
        lang,
        "record.security_review",
        date=format_date(TODAY, lang),
        next=format_date(date(2027, 11, 22), lang),
        level=text(lang, "dpia.level.medium").lower(),
    )
    assert line in shown
    dated = format_date(TODAY, lang)
    assert text(lang, "record.security_review.not_covered", date=dated) in shown
    assert shown.index(line) < shown.index("Työnhakijat")
    assert text(lang, "record.no_dpo") in shown
    for key in ("record.dpo_decision", "record.dpo_decision.not_required"):
        assert text(lang, key) in shown
    assert _start(text(lang, "dpo.question.monitoring")) in shown
    assert "Ydintoiminta on kahvilan pito" in shown
    assert text(lang, "record.dpo_decision.decided", date=dated) in shown


@pytest.mark.parametrize("lang", list(Language), ids=str)
def test_the_record_says_when_neither_was_made_or_a_dpo_is_required(
    controller, register, signature, pdf_text, lang
):
    plain = build_processing_record(controller, [register], lang, signature=signature, today=TODAY)
    shown = pdf_text(plain)
    assert text(lang, "record.security_review.none") in shown
    assert text(lang, "record.dpo_decision.none") in shown
    appointed = dataclasses.replace(controller, dpo_name="Tietosuojapalvelu Oy")
    required = decision(TODAY, yes=frozenset({"special_categories"}))
    assert required.conclusion is DpoConclusion.REQUIRED
    shown = pdf_text(
        build_processing_record(
            appointed, [register], lang, signature=signature, today=TODAY, dpo=required
        )
    )
    assert "Tietosuojapalvelu Oy" in shown
    assert text(lang, "record.dpo_decision.required") in shown
