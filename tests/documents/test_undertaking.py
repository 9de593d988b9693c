"""The confidentiality undertaking form: in each language on one page, the business's name, the
person's name, role and reach filled in, every undertaking with its articles, the briefing
date and both signature lines; a blank form leaves lines to write on and tells a firm its
contract duty; typed text stays text."""

from __future__ import annotations

from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader

from tietosuoja_desktop.documents.texts import format_date, text
from tietosuoja_desktop.documents.undertaking import ITEMS, build_undertaking
from tietosuoja_desktop.domain.access_list import AccessHolder, AccessRole
from tietosuoja_desktop.domain.enums import Language

HELPER = AccessHolder(
    name="Maija <b>Mallikas</b>",
    role=AccessRole.HELPER,
    reach="Sähköposti & paperit",
    briefed_on=date(2026, 3, 2),
)


def _shown(pdf_text, pdf: bytes) -> str:
    return " ".join(pdf_text(pdf).split())  # lines wrap: compare words


def _words(value: str) -> str:
    return " ".join(value.split())


@pytest.mark.parametrize("lang", list(Language), ids=str)
def test_a_filled_form_prints_everything_in_order_on_one_page(controller, pdf_text, lang):
    pdf = build_undertaking(controller, HELPER, lang, register_names=("Asiakasrekisteri",))
    assert len(PdfReader(BytesIO(pdf)).pages) == 1
    shown = _shown(pdf_text, pdf)
    key = lambda name, **values: _words(text(lang, f"undertaking.{name}", **values))  # noqa: E731
    order = [
        key("title"),
        "Kahvila Esimerkki Tmi (3354302-8)",
        "Maija <b>Mallikas</b>",
        _words(text(lang, "access.role.helper")),
        "Asiakasrekisteri; Sähköposti & paperit",
        key("intro", controller=controller.name),
        *(key(f"item.{n}") for n in range(1, ITEMS + 1)),
        key("consequences"),
        key("briefing"),
        format_date(date(2026, 3, 2), lang),
        key("copies"),
    ]
    positions = [shown.find(part) for part in order]
    assert -1 not in positions, [p for p, at in zip(order, positions, strict=True) if at < 0]
    assert positions == sorted(positions)
    # The two signature columns may interleave in the text: each is there.
    for part in ("sign.person", "sign.controller", "sign.place", "sign.name"):
        assert all(word in shown for word in key(part).split())
    assert key("firm") not in shown  # a helper is no processor


@pytest.mark.parametrize("lang", [Language.FI, Language.SV], ids=str)
def test_a_blank_form_names_the_business_and_tells_a_firm_its_duty(controller, pdf_text, lang):
    shown = _shown(pdf_text, build_undertaking(controller, None, lang))
    assert controller.name in shown
    assert _words(text(lang, "undertaking.firm")) in shown
    for article in ("28", "29", "32", "1050/2018"):
        assert article in _words(text(lang, "undertaking.subtitle")) and article in shown
