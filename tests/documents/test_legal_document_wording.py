"""Document sentences a lawyer reads, pinned on the rendered PDF text: the consent table's proof
of consent, the extension sentence of the rights, "no regular disclosures", one year of retention
in Finnish, one name for the access report. (The erasure letter's bookkeeping terms are pinned
in test_letters.py, beside its sample letter.)"""

from __future__ import annotations

import dataclasses

import pytest
from test_statement import build as build_statement

from tietosuoja_desktop.documents import build_access_report, default_authority
from tietosuoja_desktop.domain.enums import Language, RetentionAnchor
from tietosuoja_desktop.domain.records import RetentionRule

FI, SV, EN = Language.FI, Language.SV, Language.EN


def access_report(data, lang, signature) -> bytes:
    return build_access_report(data, lang, authority=default_authority(lang), signature=signature)


@pytest.mark.parametrize(
    ("lang", "proof", "voucher"), [(FI, "Todiste", "Tosite"), (SV, "Bevis", "Verifikat")]
)
def test_the_consent_table_names_the_proof_of_consent(
    access_data, signature, pdf_text, lang, proof, voucher
):
    content = pdf_text(access_report(access_data, lang, signature))
    assert f"Kanal {proof}" in content or f"Kanava {proof}" in content
    assert voucher not in content


def test_swedish_access_report_is_a_registerutdrag_throughout(access_data, signature, pdf_text):
    content = pdf_text(access_report(access_data, SV, signature))
    assert "Registerutdrag: dina personuppgifter" in content
    assert "Registerutdraget består av tre delar" in content
    assert "Del 2: för varje register som dina uppgifter hör till: ändamålen" in content
    assert "edogörelse" not in content


@pytest.mark.parametrize(
    ("lang", "extension"),
    [
        (
            SV,
            "eller om antalet begäranden är stort. Du underrättas i så fall om förlängningen och "
            "orsakerna till den inom en månad från att begäran togs emot.",
        ),
        (FI, "pidennyksestä ja sen syistä ilmoitetaan ensimmäisen kuukauden aikana."),
        (EN, "you will be told of the extension and the reasons within the first month."),
    ],
)
def test_the_extension_sentence_of_the_rights_is_whole(
    controller, register, signature, pdf_text, lang, extension
):
    content = pdf_text(build_statement(controller, register, lang, signature))
    assert extension in content
    assert "stort; om förlängningen" not in content


@pytest.mark.parametrize(
    ("lang", "nobody"),
    [
        (SV, "Uppgifterna lämnas inte regelbundet ut till utomstående."),
        (EN, "The data is not regularly disclosed to third parties."),
    ],
)
def test_no_regular_disclosures(controller, register, signature, pdf_text, lang, nobody):
    statement = build_statement(controller, register, lang, signature, recipients="")
    content = pdf_text(statement)
    assert nobody in content
    assert "utanför den personuppgiftsansvarige" not in content


@pytest.mark.parametrize(
    ("lang", "years", "rule"),
    [
        (FI, 1, "Tietoja säilytetään 1 vuoden viimeisestä tilauksesta."),
        (FI, 5, "Tietoja säilytetään 5 vuotta viimeisestä tilauksesta."),
        (SV, 1, "Uppgifterna sparas i 1 år räknat från den senaste beställningen."),
        (EN, 1, "The data is kept for 1 year from the last order."),
        (EN, 3, "The data is kept for 3 years from the last order."),
    ],
)
def test_the_retention_rule_agrees_with_its_number(
    controller, register, signature, pdf_text, lang, years, rule
):
    register = dataclasses.replace(
        register, retention=RetentionRule(years, RetentionAnchor.LAST_ORDER)
    )
    content = pdf_text(build_statement(controller, register, lang, signature))
    assert rule in content
