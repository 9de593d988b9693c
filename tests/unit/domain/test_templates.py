"""The first-register templates: complete, valid and in every language."""

from __future__ import annotations

import pytest

from tietosuoja_desktop.domain.enums import Answer, Language, LegalBasis
from tietosuoja_desktop.domain.register_languages import untranslated
from tietosuoja_desktop.domain.templates import (
    TEMPLATE_DESCRIPTIONS,
    TEMPLATE_TITLES,
    TemplateKind,
    register_template,
)
from tietosuoja_desktop.domain.validation import register_problems, register_warnings


@pytest.mark.parametrize("kind", list(TemplateKind))
@pytest.mark.parametrize("language", list(Language))
def test_every_template_is_complete_and_valid(kind, language):
    register = register_template(kind, language)
    assert register_problems(register) == []
    # Every section is written and every claim answered: the statement has no warning left.
    assert register_warnings(register) == []
    assert register.retention.years is not None
    assert register.text_language is language


@pytest.mark.parametrize("kind", list(TemplateKind))
def test_every_template_is_translated_into_the_other_languages(kind):
    for language in Language:
        register = register_template(kind, language)
        for other in Language:
            if other is not language:
                assert untranslated(register, other) == [], (kind, language, other)


def test_every_template_answers_the_usual_way():
    for kind in TemplateKind:
        register = register_template(kind, Language.FI)
        assert (register.automated, register.profiling) == (Answer.NO, Answer.NO)
        assert register.transfers is Answer.WHEN_NECESSARY
        assert "vakiosopimuslausekkeiden" in register.transfer_safeguards


@pytest.mark.parametrize("kind", list(TemplateKind))
def test_languages_differ(kind):
    texts = {register_template(kind, language).data_categories for language in Language}
    assert len(texts) == 3


def test_the_employee_register_names_the_employers_recipients_and_retention():
    register = register_template(TemplateKind.EMPLOYEES, Language.FI)
    for recipient in ("Verohallinto", "tulorekisteri", "työeläkevakuuttaja", "työterveyshuolto"):
        assert recipient in register.recipients
    assert "työsopimuslaki 6 luku 7 §" in register.retention_text
    assert "kirjanpitolain (2 luku 10 §)" in register.retention_text
    assert register.retention.years == 10
    assert {p.legal_basis for p in register.purposes} == {
        LegalBasis.CONTRACT,
        LegalBasis.LEGAL_OBLIGATION,
    }


def test_the_applicant_register_keeps_applications_briefly_and_longer_only_on_consent():
    register = register_template(TemplateKind.APPLICANTS, Language.FI)
    assert register.retention.years <= 2
    assert "vuosi" in register.retention_text
    consent = [p for p in register.purposes if p.legal_basis is LegalBasis.CONSENT]
    assert len(consent) == 1 and "myöhempiä" in consent[0].description


@pytest.mark.parametrize("kind", [TemplateKind.CAFE, TemplateKind.BEAUTY])
def test_health_notes_rest_on_explicit_consent(kind):
    register = register_template(kind, Language.EN)
    explicit = [p for p in register.purposes if "Art 9(2)(a)" in p.description]
    assert [p.legal_basis for p in explicit] == [LegalBasis.CONSENT]


def test_finnish_names():
    assert register_template(TemplateKind.SERVICE, Language.FI).name == "Asiakasrekisteri"
    assert register_template(TemplateKind.ASSOCIATION, Language.SV).name == "Medlemsregister"
    assert set(TEMPLATE_TITLES) == set(TEMPLATE_DESCRIPTIONS) == set(TemplateKind)
