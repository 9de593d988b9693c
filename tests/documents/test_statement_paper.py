"""A statement that looks right on paper: the contact block without a contact person, phone
numbers in the Finnish grouping, and the signature block kept with the body on the last page."""

from __future__ import annotations

import dataclasses
from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader

from tietosuoja_desktop.documents import SignatureBlock, build_privacy_statement, default_authority
from tietosuoja_desktop.documents.layout import FRAME_WIDTH, bullets
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


SIGNER = "Sanna Allekirjoittaja"
CHANGES_TEXT = {lang: text(lang, "statement.changes")[:30] for lang in Language}


def page_texts(pdf: bytes) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(BytesIO(pdf)).pages]


@pytest.mark.parametrize("lang", [Language.FI, Language.SV])
def test_the_signature_never_stands_alone_on_the_last_page(controller, register, lang):
    """A cookie section a line or two longer each time walks the end of the statement across
    a page boundary (without the keep-together, the signature stood alone on page 4 at 34
    sentences in Finnish and 28 in Swedish); on every step its page also holds body text."""
    signature = SignatureBlock("Kaarina", DAY, SIGNER, "yrittäjä")
    sentence = "Evästeitä käytetään kävijämäärien seurantaan ja ostoskorin toimintaan. "
    last_heading = f"16. {text(lang, 'statement.s16')}"
    breaks_before_last_section = 0
    for lines in range(24, 40, 2):
        long = dataclasses.replace(register, cookies=sentence * lines)
        pages = page_texts(statement(controller, long, lang, signature))
        breaks_before_last_section += pages[-1].startswith(last_heading)
        signed = [page for page in pages if SIGNER in page]
        assert len(signed) == 1 and signed[0] is pages[-1]
        assert CHANGES_TEXT[lang][:20] in " ".join(signed[0].split()), (lines, signed[0][:200])
    assert breaks_before_last_section  # the walk crossed the boundary


@pytest.mark.parametrize("lines", [2, 3, 5])
def test_a_bullet_never_leaves_one_line_at_the_top_of_the_next_page(lines):
    words = "Asiakkaan tilaukset, toimitukset ja laskutus kirjanpitoa varten. "
    item = bullets([words * (2 * lines)])[0]
    _, height = item.wrap(FRAME_WIDTH, 10_000)
    count = len(item.blPara.lines)
    leading = item.style.leading
    # Room for every line but the last: the split must not send one line over alone.
    parts = item.split(FRAME_WIDTH, height - leading / 2)
    if count <= 3:
        assert parts == []  # the whole bullet moves to the next page
    else:
        first, rest = parts
        first.wrap(FRAME_WIDTH, 10_000)
        rest.wrap(FRAME_WIDTH, 10_000)
        assert len(rest.blPara.lines) >= 2 and len(first.blPara.lines) >= 2
