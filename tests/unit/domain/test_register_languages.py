"""A register description in the other languages: translations printed only while their
original still reads as it did, what is left untranslated named, templates in all three."""

from __future__ import annotations

from dataclasses import replace

from helpers.sample import REGISTER

from tietosuoja_desktop.domain.enums import Language, LegalBasis
from tietosuoja_desktop.domain.records import Purpose
from tietosuoja_desktop.domain.register_languages import (
    in_language,
    originals,
    stale_translations,
    untranslated,
    update_translations,
    with_translations,
)
from tietosuoja_desktop.domain.templates import TemplateKind, register_template

FINNISH = replace(
    REGISTER,
    name="Asiakasrekisteri",
    data_categories="Nimi ja yhteystiedot",
    purposes=(
        Purpose("Tilausten toimittaminen", LegalBasis.CONTRACT),
        Purpose("Asiakaspalvelu", LegalBasis.LEGITIMATE_INTERESTS, "Asiakassuhteen hoito"),
    ),
    text_language=Language.FI,
)
SWEDISH = {
    "name": "Kundregister",
    "data_categories": "Namn och kontaktuppgifter",
    "purposes[0].description": "Leverans av beställningar",
    "purposes[1].legitimate_interest": "Skötsel av kundrelationen",
}


def test_a_statement_in_the_texts_own_language_is_the_register_itself():
    translated = with_translations(FINNISH, Language.SV, SWEDISH)
    assert in_language(translated, Language.FI) == translated
    assert untranslated(translated, Language.FI) == []


def test_translations_replace_their_originals_and_the_rest_stays_as_written():
    translated = with_translations(FINNISH, Language.SV, SWEDISH)
    swedish = in_language(translated, Language.SV)
    assert swedish.name == "Kundregister"
    assert swedish.data_categories == "Namn och kontaktuppgifter"
    assert swedish.purposes[0] == Purpose("Leverans av beställningar", LegalBasis.CONTRACT)
    assert swedish.purposes[1].description == "Asiakaspalvelu"  # not translated
    assert swedish.purposes[1].legitimate_interest == "Skötsel av kundrelationen"
    assert "purposes[1].description" in untranslated(translated, Language.SV)
    assert "name" not in untranslated(translated, Language.SV)
    assert in_language(translated, Language.EN) == translated  # nothing in English
    assert set(untranslated(translated, Language.EN)) == set(originals(FINNISH))


def test_a_changed_original_leaves_its_translation_stale_and_unprinted():
    translated = with_translations(FINNISH, Language.SV, SWEDISH)
    changed = replace(translated, data_categories="Nimi, osoite ja tilaukset")
    assert in_language(changed, Language.SV).data_categories == "Nimi, osoite ja tilaukset"
    assert stale_translations(changed, Language.SV) == {
        "data_categories": "Namn och kontaktuppgifter"
    }
    assert "data_categories" in untranslated(changed, Language.SV)
    # saving it again against the new original makes it current
    again = with_translations(changed, Language.SV, {**SWEDISH, "data_categories": "Namn"})
    assert in_language(again, Language.SV).data_categories == "Namn"


def test_removed_purposes_take_their_translations_out_of_print():
    translated = with_translations(FINNISH, Language.SV, SWEDISH)
    fewer = replace(translated, purposes=translated.purposes[1:])
    # the first purpose is now the old second one: the old translation of purposes[0] is stale
    assert in_language(fewer, Language.SV).purposes[0].description == "Asiakaspalvelu"


def test_update_changes_only_the_given_texts():
    translated = with_translations(FINNISH, Language.SV, SWEDISH)
    changed = replace(translated, data_categories="Nimi")
    updated = update_translations(
        changed, Language.SV, {"name": "Kunder", "purposes[0].description": ""}
    )
    swedish = in_language(updated, Language.SV)
    assert swedish.name == "Kunder"
    assert swedish.purposes[0].description == "Tilausten toimittaminen"  # removed
    assert "data_categories" in stale_translations(updated, Language.SV)  # left stale


def test_templates_come_in_all_three_languages():
    for kind in TemplateKind:
        for language in Language:
            register = register_template(kind, language)
            assert register.text_language is language
            for other in Language:
                assert untranslated(register, other) == [], (kind, language, other)
    finnish = register_template(TemplateKind.WEB_SHOP, Language.FI)
    swedish = register_template(TemplateKind.WEB_SHOP, Language.SV)
    assert in_language(finnish, Language.SV).name == swedish.name
    assert in_language(finnish, Language.SV).purposes == swedish.purposes
