"""A register description in the other languages: its texts are written in one language
(``text_language``) and may be translated into the others, text by text.

A statement in another language prints each text's translation when there is one whose
original is still the text as it now reads, and the original otherwise: a translation left
behind by a later change of the original is stale and is not printed. :func:`untranslated`
names what a statement in a language would print untranslated, so the app can say so."""

from __future__ import annotations

from dataclasses import replace

from .claims import TRANSFERRING
from .enums import Language
from .records import Purpose, RegisterDescription, TextTranslation

# The register's own texts, in the order of the statement.
TEXT_FIELDS = (
    "name",
    "data_subject_categories",
    "data_categories",
    "sources",
    "recipients",
    "processors",
    "transfer_safeguards",
    "retention_text",
    "statutory_requirement",
    "automated_decisions",
    "security_manual",
    "security_organisational",
    "security_electronic",
    "cookies",
)


def in_order(translations) -> tuple[TextTranslation, ...]:
    """Translations in the order they are stored: by language, then field."""
    return tuple(sorted(translations, key=lambda t: (Language(t.language).value, t.field)))


def purpose_field(index: int, part: str) -> str:
    """``purposes[1].description`` or ``purposes[1].legitimate_interest``."""
    return f"purposes[{index}].{part}"


def originals(register: RegisterDescription) -> dict[str, str]:
    """Every text of the register that has content, by field, in the form's order."""
    texts = {name: getattr(register, name) for name in TEXT_FIELDS[:2]}
    for index, purpose in enumerate(register.purposes):  # after whose data, as on the form
        texts[purpose_field(index, "description")] = purpose.description
        texts[purpose_field(index, "legitimate_interest")] = purpose.legitimate_interest
    texts.update((name, getattr(register, name)) for name in TEXT_FIELDS[2:])
    if register.transfers not in TRANSFERRING:
        texts.pop("transfer_safeguards")
    return {name: text for name, text in texts.items() if text.strip()}


def current_translations(register: RegisterDescription, language: Language) -> dict[str, str]:
    """The translations into ``language`` whose originals still read as they did."""
    texts = originals(register)
    return {
        t.field: t.text
        for t in register.translations
        if t.language is Language(language) and t.text.strip() and texts.get(t.field) == t.source
    }


def stale_translations(register: RegisterDescription, language: Language) -> dict[str, str]:
    """Translations into ``language`` whose original has changed since (field -> old text)."""
    texts = originals(register)
    return {
        t.field: t.text
        for t in register.translations
        if t.language is Language(language)
        and t.text.strip()
        and t.field in texts
        and texts[t.field] != t.source
    }


def untranslated(register: RegisterDescription, language: Language) -> list[str]:
    """The fields a statement in ``language`` would print as written; none in the register's
    own language."""
    if Language(language) is register.text_language:
        return []
    done = current_translations(register, language)
    return [name for name in originals(register) if name not in done]


# The privacy statement's section (numbered as printed) that shows each text of the register.
STATEMENT_SECTION = {
    "name": 3,
    "purposes": 4,
    "data_subject_categories": 5,
    "data_categories": 5,
    "sources": 6,
    "recipients": 7,
    "processors": 7,
    "transfer_safeguards": 8,
    "retention_text": 9,
    "statutory_requirement": 11,
    "automated_decisions": 12,
    "security_manual": 13,
    "security_organisational": 13,
    "security_electronic": 13,
    "cookies": 14,
}


def untranslated_sections(register: RegisterDescription, language: Language) -> list[int]:
    """The statement's sections, in order, that would print some text as written because it
    has no translation into ``language``."""
    fields = untranslated(register, language)
    return sorted({STATEMENT_SECTION[name.partition("[")[0]] for name in fields})


def in_language(register: RegisterDescription, language: Language) -> RegisterDescription:
    """The register as a statement in ``language`` prints it."""
    if Language(language) is register.text_language:
        return register
    done = current_translations(register, language)
    if not done:
        return register
    texts = {name: done[name] for name in TEXT_FIELDS if name in done}
    purposes = tuple(
        Purpose(
            done.get(purpose_field(index, "description"), purpose.description),
            purpose.legal_basis,
            done.get(purpose_field(index, "legitimate_interest"), purpose.legitimate_interest),
        )
        for index, purpose in enumerate(register.purposes)
    )
    return replace(register, **texts, purposes=purposes)


def with_translations(
    register: RegisterDescription, language: Language, texts: dict[str, str]
) -> RegisterDescription:
    """The register with its translations into ``language`` replaced by ``texts`` (field ->
    text; empty ones are dropped), each recorded against the original as it now reads."""
    language = Language(language)
    others = tuple(t for t in register.translations if t.language is not language)
    return update_translations(replace(register, translations=others), language, texts)


def update_translations(
    register: RegisterDescription, language: Language, texts: dict[str, str]
) -> RegisterDescription:
    """The register with only the given translations into ``language`` changed (an empty text
    removes one); the others stay as they are, a stale one stale."""
    language = Language(language)
    current = originals(register)
    kept = tuple(
        t for t in register.translations if not (t.language is language and t.field in texts)
    )
    new = tuple(
        TextTranslation(language, name, current[name], text.strip())
        for name, text in texts.items()
        if text.strip() and name in current
    )
    return replace(register, translations=in_order(kept + new))
