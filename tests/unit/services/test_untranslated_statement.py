"""A partly translated statement: refused with the sections named unless allowed, and then
printed with a visible note on its first page naming those sections."""

from __future__ import annotations

import subprocess
from io import BytesIO

import pytest
from helpers.sample import CONTROLLER, REGISTER
from pypdf import PdfReader

from tietosuoja_desktop.documents.texts import text
from tietosuoja_desktop.domain.enums import Language
from tietosuoja_desktop.domain.register_languages import (
    originals,
    untranslated_sections,
    with_translations,
)
from tietosuoja_desktop.services.errors import UntranslatedStatement


def first_page(pdf: bytes) -> str:
    return " ".join((PdfReader(BytesIO(pdf)).pages[0].extract_text() or "").split())


@pytest.fixture
def partly(services):
    """The sample register written in Finnish, translated into Swedish but for its sources and
    retention text."""
    services.controller.save(CONTROLLER)
    register = services.registers.add(REGISTER)
    swedish = {
        name: f"{value} (sv)"
        for name, value in originals(register).items()
        if name not in ("sources", "retention_text")
    }
    return services.registers.update(with_translations(register, Language.SV, swedish))


def test_the_sections_are_named_by_their_number(partly):
    assert untranslated_sections(partly, Language.SV) == [6, 9]
    assert untranslated_sections(partly, Language.FI) == []
    assert untranslated_sections(partly, Language.EN)[0] == 3  # nothing in English: all of them


def test_refused_without_leave_and_nothing_is_kept(services, partly):
    with pytest.raises(UntranslatedStatement) as raised:
        services.documents.privacy_statement(partly.id, Language.SV, allow_untranslated=False)
    assert raised.value.sections == (6, 9)
    assert "6, 9" in str(raised.value) and raised.value.field == "translations"
    assert services.documents.archive() == []
    assert services.statement_versions.list(partly.id) == []


def test_allowed_it_prints_a_note_on_the_first_page(services, partly, tmp_path):
    exported = services.documents.privacy_statement(partly.id, Language.SV, allow_untranslated=True)
    page = first_page(exported.pdf)
    assert "Obs! I avsnitten" in page
    for number in (6, 9):
        assert f"{number}. {text(Language.SV, f'statement.s{number}')}" in page
    assert "(finska)" in page
    path = tmp_path / "statement.pdf"
    path.write_bytes(exported.pdf)
    content = " ".join(
        subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
        .stdout.decode()
        .split()
    )
    # the note stands before the first section, under the title
    assert content.index("Obs! I avsnitten") < content.index(
        f"1. {text(Language.SV, 'statement.s1')}"
    )


def test_a_whole_translation_prints_no_note(services, partly):
    exported = services.documents.privacy_statement(partly.id, Language.FI)
    assert "Huomio: kohdissa" not in first_page(exported.pdf)
