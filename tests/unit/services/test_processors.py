"""Processors and recipients: added with their registers, changed, linked and unlinked, each in
one audited step that names fields and never values; bad input refused whole; the contracts
due for review; gone from a register's list when the register goes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from helpers.sample import REGISTER

from tietosuoja_desktop.domain.processors import Processor, TransferMechanism
from tietosuoja_desktop.domain.validation import ValidationError
from tietosuoja_desktop.services.errors import NotFound

SHOP = Processor(
    name="  Verkkokauppa Oy ",
    service="Verkkokauppa-alusta",
    data="Nimi, osoite, tilaukset",
    country="Suomi",
    mechanism=TransferMechanism.EEA,
    contract_on=date(2025, 3, 1),
    review_on=date(2026, 12, 10),
)
MAIL = Processor(
    name="Mailer Inc.",
    service="Uutiskirjeet",
    data="Sähköpostiosoite",
    country="Yhdysvallat",
    mechanism=TransferMechanism.DPF,
    contract_on=date(2024, 1, 15),
    review_on=date(2027, 6, 1),
)


def test_a_processor_is_added_with_its_registers_and_audited_without_values(services):
    register = services.registers.add(REGISTER)
    saved = services.processors.add(replace(SHOP, register_ids=(register.id,)))
    assert saved.id is not None and saved.name == "Verkkokauppa Oy"
    assert saved.register_ids == (register.id,)
    assert services.processors.get(saved.id) == saved
    assert services.processors.list(register.id) == [saved]
    (entry,) = services.audit.history("processor", saved.id)
    assert entry.action == "create" and "country" in entry.fields and "registers" in entry.fields
    assert "Verkkokauppa" not in repr(entry) and "Suomi" not in repr(entry)


def test_update_names_only_the_changed_fields_and_keeps_the_links(services):
    register = services.registers.add(REGISTER)
    saved = services.processors.add(replace(SHOP, register_ids=(register.id,)))
    changed = services.processors.update(
        replace(saved, country="Ruotsi", review_on=date(2027, 3, 1), register_ids=())
    )
    assert changed.country == "Ruotsi" and changed.register_ids == (register.id,)
    newest = services.audit.history("processor", saved.id)[0]
    assert newest.action == "update" and set(newest.fields) == {"country", "review_on"}
    assert services.processors.update(changed) == changed  # nothing changed: nothing audited
    assert len(services.audit.history("processor", saved.id)) == 2


def test_link_and_unlink_are_audited_and_a_second_link_changes_nothing(services):
    first = services.registers.add(REGISTER)
    second = services.registers.add(replace(REGISTER, name="Uutiskirjeen tilaajat"))
    mail = services.processors.add(MAIL)
    assert services.processors.link(mail.id, second.id).register_ids == (second.id,)
    assert services.processors.link(mail.id, first.id).register_ids == (first.id, second.id)
    services.processors.link(mail.id, first.id)
    assert services.processors.by_register() == {
        first.id: [services.processors.get(mail.id)],
        second.id: [services.processors.get(mail.id)],
    }
    assert services.processors.unlink(mail.id, second.id).register_ids == (first.id,)
    actions = [e.action for e in services.audit.history("processor", mail.id)]
    assert actions == ["unlink", "link", "link", "create"]
    with pytest.raises(NotFound):
        services.processors.unlink(mail.id, second.id)
    with pytest.raises(NotFound):
        services.processors.link(mail.id, 9999)


def test_bad_input_is_refused_whole_with_every_problem(services):
    with pytest.raises(ValidationError) as raised:
        services.processors.add(
            replace(SHOP, name=" ", contract_on=date(2027, 1, 1), review_on=date(2026, 1, 1))
        )
    assert {p.field for p in raised.value.problems} == {"name", "contract_on", "review_on"}
    with pytest.raises(ValidationError):
        services.processors.add(replace(SHOP, contract_on=date(1990, 1, 1)))
    with pytest.raises(NotFound):
        services.processors.add(replace(SHOP, register_ids=(4242,)))
    assert services.processors.list() == []


def test_contracts_due_for_review_are_those_past_or_within_thirty_days(services):
    shop = services.processors.add(SHOP)  # review 10.12.2026, today 22.11.2026
    services.processors.add(MAIL)  # review next summer
    late = services.processors.add(replace(MAIL, name="Kirjanpito Ky", review_on=date(2026, 1, 1)))
    assert [p.id for p in services.processors.due_for_review()] == [late.id, shop.id]


def test_a_register_removed_leaves_the_processor_without_it(services):
    register = services.registers.add(REGISTER)
    saved = services.processors.add(replace(SHOP, register_ids=(register.id,)))
    services.registers.delete(register.id)
    assert services.processors.get(saved.id).register_ids == ()
