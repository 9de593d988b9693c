"""The legitimate-interest assessment of one purpose on one page, for the business's files
(Art 5(2) accountability; the three-part test of EDPB Guidelines 1/2024): the interest, the
necessity of the processing for it, the balancing against the person's reasonable expectations
and rights, the safeguards and the conclusion, with the date and who assessed it.

The headings are in the document's language; the answers print as the user wrote them."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, KeepTogether

from ..domain.enums import Language, LegalBasis
from ..domain.interest_assessments import InterestAssessment
from ..domain.records import ControllerProfile
from .layout import (
    file_record_head,
    para,
    printed_on,
    sign_off,
    signature_block,
    styles,
)
from .model import SignatureBlock
from .pages import render
from .texts import format_date, legal_basis_text, text

KEY = "lia"
# The parts of the test in the order printed: (the assessment's field, its heading's key).
PARTS = ("interest", "necessity", "balancing", "safeguards")


def _part(lang: Language, name: str, answer: str) -> Flowable:
    st = styles()
    shown = answer or text(lang, f"{KEY}.no_{name}")
    return KeepTogether(
        [
            para(text(lang, f"{KEY}.{name}"), st.h2),
            para(text(lang, f"{KEY}.{name}.hint"), st.small),
            para(shown),
        ]
    )


def build_interest_assessment(
    controller: ControllerProfile,
    register_name: str,
    assessment: InterestAssessment,
    lang: Language,
    *,
    current: bool,
    today: date,
    signature: SignatureBlock | None = None,
) -> bytes:
    """The assessment as a PDF. ``current`` is False when the purpose has changed since it was
    assessed: the page then says so and names the purpose as it read."""
    lang = Language(lang)
    st = styles()
    basis = legal_basis_text(lang, LegalBasis.LEGITIMATE_INTERESTS)
    facts = [
        (text(lang, f"{KEY}.register"), register_name),
        (text(lang, f"{KEY}.purpose"), assessment.purpose),
        (text(lang, "label.legal_basis"), basis),
        (text(lang, f"{KEY}.assessed_on"), format_date(assessment.assessed_on, lang)),
        (text(lang, f"{KEY}.reviewer"), assessment.reviewer),
    ]
    title, story = file_record_head(controller, lang, KEY, facts)
    if not current:
        story.append(para(text(lang, f"{KEY}.out_of_date"), st.label))
    for name in PARTS:
        story.append(_part(lang, name, getattr(assessment, name)))
    outcome = text(lang, f"{KEY}.outcome.{assessment.outcome.value}")
    story.append(KeepTogether([para(text(lang, f"{KEY}.outcome"), st.h2), para(outcome)]))
    if signature is not None:
        sign_off(story, signature_block(signature, lang))
    story += printed_on(lang, KEY, today)
    return render(story, lang=lang, controller=controller, title=title, subject=title)
