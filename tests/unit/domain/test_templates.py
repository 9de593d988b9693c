"""The first-register templates: complete, valid and in every language."""

from __future__ import annotations

import pytest

from tietosuoja_desktop.domain.enums import Language, LegalBasis
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
    # Only the questions no template can answer for the user are left open.
    assert [w.field for w in register_warnings(register)] == ["transfers", "automated", "profiling"]
    assert register.retention.years is not None
    assert {p.legal_basis for p in register.purposes} >= {LegalBasis.CONSENT}


@pytest.mark.parametrize("kind", list(TemplateKind))
def test_languages_differ(kind):
    texts = {register_template(kind, language).data_categories for language in Language}
    assert len(texts) == 3


def test_finnish_names():
    assert register_template(TemplateKind.SERVICE, Language.FI).name == "Asiakasrekisteri"
    assert register_template(TemplateKind.ASSOCIATION, Language.SV).name == "Medlemsregister"
    assert set(TEMPLATE_TITLES) == set(TEMPLATE_DESCRIPTIONS) == set(TemplateKind)
