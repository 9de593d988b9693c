"""One term per concept: no catalogue translation and no document text uses a wrong variant that
``translations/glossary.md`` lists for its language."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from tietosuoja_desktop.documents.texts import TABLES
from tietosuoja_desktop.domain.enums import Language

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"
BLOCK = re.compile(r"```wrong-variants\n(.*?)```", re.DOTALL)


def wrong_variants() -> list[tuple[str, re.Pattern, str]]:
    block = BLOCK.search((TRANSLATIONS / "glossary.md").read_text("utf-8"))
    assert block, "glossary.md has no wrong-variants block"
    variants = []
    for line in block.group(1).splitlines():
        if line.strip():
            lang, pattern, instead = line.split("\t")
            variants.append((lang, re.compile(pattern, re.IGNORECASE), instead))
    return variants


def catalogue(lang: str) -> dict[str, str]:
    """Every translation of the language's catalogue (plural forms each), by its source."""
    found = {}
    tree = ElementTree.parse(TRANSLATIONS / f"tietosuoja_{lang}.ts")
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [form.text or "" for form in translation.iter("numerusform")]
            for index, form in enumerate(forms or [translation.text or ""]):
                found[f"{context.findtext('name')}: {message.findtext('source')} [{index}]"] = form
    return found


def texts(lang: str) -> dict[str, str]:
    return {f"texts_{lang}.py: {key}": value for key, value in TABLES[Language(lang)].items()}


def offences(lang: str, wording: dict[str, str]) -> list[str]:
    return [
        f"{where}: {pattern.pattern!r} (write {instead!r}): {said}"
        for variant_lang, pattern, instead in wrong_variants()
        if variant_lang == lang
        for where, said in wording.items()
        if pattern.search(said)
    ]


def test_the_glossary_lists_wrong_variants_for_every_language():
    assert {lang for lang, _, _ in wrong_variants()} == {"fi", "sv", "en"}


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_no_catalogue_translation_or_document_text_uses_a_wrong_variant(lang):
    assert offences(lang, {**catalogue(lang), **texts(lang)}) == []


def test_a_wrong_variant_is_found():
    """The check itself: a text with a listed variant is reported, naming what to write."""
    found = offences("sv", {"sample": "Begäran förfaller 31.1.2026."})
    assert found and "ska besvaras senast" in found[0]
