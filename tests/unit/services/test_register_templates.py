"""Every template makes a register whose statement is complete in Finnish, Swedish and
English: no warning left on the register, nothing untranslated or unprintable, every section
in order with the template's own facts, read back from the PDF with pdftotext."""

from __future__ import annotations

import subprocess

import pytest
from helpers.sample import CONTROLLER

from tietosuoja_desktop.documents.texts import text
from tietosuoja_desktop.domain.enums import Language
from tietosuoja_desktop.domain.register_languages import in_language, untranslated
from tietosuoja_desktop.domain.templates import TemplateKind, register_template
from tietosuoja_desktop.domain.validation import register_warnings


def pdftotext(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "statement.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return " ".join(result.stdout.decode("utf-8").split())


def start(value: str) -> str:
    """The first words of a text: pdftotext breaks lines where the PDF does."""
    return " ".join(value.split()[:4])


@pytest.mark.parametrize("kind", list(TemplateKind))
def test_each_template_exports_a_complete_statement_in_every_language(services, tmp_path, kind):
    services.controller.save(CONTROLLER)
    register = services.registers.add(register_template(kind, Language.FI))
    assert register_warnings(register) == []
    for lang in Language:
        assert untranslated(register, lang) == [], lang
        exported = services.documents.privacy_statement(register.id, lang)
        assert exported.unprintable == ()
        content = pdftotext(exported.pdf, tmp_path)
        positions = [content.index(f"{n}. {text(lang, f'statement.s{n}')}") for n in range(1, 17)]
        assert positions == sorted(positions)
        assert text(lang, "common.not_specified") not in content
        shown = in_language(register, lang)
        for fact in (
            shown.name,
            shown.data_categories,
            shown.recipients,
            shown.retention_text,
            shown.transfer_safeguards,
            shown.statutory_requirement,
            *(purpose.description for purpose in shown.purposes),
        ):
            assert start(fact) in content, (lang, fact)
