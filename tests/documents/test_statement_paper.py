"""A statement that looks right on paper: the contact block without a contact person, phone
numbers in the Finnish grouping, and the signature block kept with the body on the last page."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from tietosuoja_desktop.documents import build_privacy_statement, default_authority
from tietosuoja_desktop.documents.texts import text
from tietosuoja_desktop.domain.enums import Language

DAY = date(2026, 12, 6)


def statement(controller, register, lang, signature) -> bytes:
    return build_privacy_statement(
        controller,
        register,
        lang,
        authority=default_authority(lang),
        signature=signature,
        drawn_up=DAY,
        changed=DAY,
    )


def contact_part(content: str, lang: Language) -> str:
    """The text between the contact block's label and the next section's heading."""
    start = content.index(text(lang, "statement.s1"))
    return content[start : content.index(f"2. {text(lang, 'statement.s2')}")]


@pytest.mark.parametrize("lang", list(Language))
def test_without_a_contact_person_the_block_names_the_controllers_contacts(
    controller, register, signature, lang, pdf_text
):
    alone = dataclasses.replace(controller, contact_name="", contact_phone="", contact_email="")
    block = contact_part(pdf_text(statement(alone, register, lang, signature)), lang)
    assert text(lang, "label.contact_person") not in block
    label = text(lang, "label.contact_controller")
    assert label in block
    after = block[block.index(label) :]
    assert f"{text(lang, 'label.name')} {controller.name}" not in block
    assert "info@kahvilaesimerkki.fi" in after
    phone = "+358 40 123 4567" if lang is Language.EN else "040 123 4567"
    assert f"{text(lang, 'label.phone')} {phone}" in after


@pytest.mark.parametrize("lang", list(Language))
def test_a_contact_person_is_named(controller, register, signature, lang, pdf_text):
    block = contact_part(pdf_text(statement(controller, register, lang, signature)), lang)
    assert text(lang, "label.contact_person") in block
    assert f"{text(lang, 'label.name')} Maija Meikäläinen" in block
    assert text(lang, "label.contact_controller") not in block


@pytest.mark.parametrize(
    ("lang", "shown"),
    [
        (Language.FI, "040 328 1986"),
        (Language.SV, "040 328 1986"),
        (Language.EN, "+358 40 328 1986"),
    ],
)
def test_phone_numbers_print_in_the_national_grouping(
    controller, register, signature, lang, shown, pdf_text
):
    grouped = dataclasses.replace(controller, phone="+358403281986", contact_phone="0403281986")
    content = pdf_text(statement(grouped, register, lang, signature))
    assert content.count(shown) >= 2  # the controller's and the contact person's
    assert "3281986" not in content
    authority = "+358 29 566 6700" if lang is Language.EN else "029 566 6700"
    assert authority in content
