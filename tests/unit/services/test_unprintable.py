"""A document that would print characters as "�" says which and where before it is kept, when
asked to; otherwise it is made and carries the list."""

from __future__ import annotations

import pytest
from helpers.sample import CONTROLLER, REGISTER, person

from tietosuoja_desktop.domain.enums import Language
from tietosuoja_desktop.services.unprintable import (
    CONTEXT_CHARS,
    UnprintableCharacters,
    describe,
    grouped,
)


@pytest.fixture
def business(services):
    services.controller.save(CONTROLLER)
    register = services.registers.add(REGISTER)
    return services, register


def test_an_emoji_name_is_refused_first_with_the_character_and_where(business):
    services, register = business
    matti = services.customers.add(person(last_name="Virtanen 😀", register_ids=(register.id,)))
    with pytest.raises(UnprintableCharacters) as raised:
        services.documents.access_report(matti.id, Language.FI, allow_unprintable=False)
    (character,) = raised.value.characters
    assert (character.character, character.code, character.name) == (
        "😀",
        "U+1F600",
        "GRINNING FACE",
    )
    assert "Virtanen 😀" in " ".join(character.texts)
    assert "GRINNING FACE" in str(raised.value) and "U+1F600" in str(raised.value)
    assert services.documents.archive() == []  # nothing kept before the person goes on

    exported = services.documents.access_report(matti.id, Language.FI, allow_unprintable=True)
    assert exported.unprintable == raised.value.characters
    assert [d.kind for d in services.documents.archive()] == ["access_report"]


def test_plain_and_right_to_left_names_raise_nothing(business):
    services, register = business
    for first, last in (("Åsa", "Öberg"), ("שלום", "כהן"), ("محمد", "علي")):
        customer = services.customers.add(
            person(first_name=first, last_name=last, register_ids=(register.id,))
        )
        exported = services.documents.access_report(customer.id, allow_unprintable=False)
        assert exported.unprintable == ()
    statement = services.documents.privacy_statement(
        register.id, Language.SV, allow_unprintable=False
    )
    assert statement.unprintable == ()


def test_a_long_text_is_shown_around_the_character_only():
    from tietosuoja_desktop.documents.script import Unprintable

    long_text = "a" * 200 + "🦄" + "b" * 200
    (character,) = grouped([Unprintable("🦄", long_text), Unprintable("🦄", long_text)])
    (shown,) = character.texts
    assert "🦄" in shown and len(shown) <= CONTEXT_CHARS + 2
    assert shown.startswith("…") and shown.endswith("…")
    assert describe([character]) == f'"🦄" U+1F984 UNICORN FACE: "{shown}"'
