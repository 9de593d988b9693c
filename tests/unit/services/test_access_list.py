"""The access list: a person or firm added with the registers they reach and the signed
undertaking archived with its SHA-256, changed and removed in one audited step each (fields
named, never values); bad input refused whole; who still lacks an undertaking or a briefing."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date

import pytest
from helpers.sample import REGISTER

from tietosuoja_desktop.domain.access_list import AccessHolder, AccessRole
from tietosuoja_desktop.domain.validation import ValidationError
from tietosuoja_desktop.services.errors import NotFound

HELPER = AccessHolder(
    name="  Maija Mallikas ",
    role=AccessRole.HELPER,
    reach="Yrityksen sähköposti, paperiset tilauslomakkeet",
    undertaking_on=date(2026, 3, 2),
    briefed_on=date(2026, 3, 2),
    active_from=date(2026, 3, 1),
)
SIGNED = ("vaitiolo-maija.pdf", b"%PDF-1.4 signed undertaking")


def test_a_holder_is_added_with_registers_and_file_and_audited_without_values(services):
    register = services.registers.add(REGISTER)
    saved = services.access.add(replace(HELPER, register_ids=(register.id,)), SIGNED)
    assert saved.name == "Maija Mallikas" and saved.register_ids == (register.id,)
    assert saved.undertaking_file == "vaitiolo-maija.pdf"
    assert saved.undertaking_sha256 == hashlib.sha256(SIGNED[1]).hexdigest()
    assert services.access.get(saved.id) == saved == services.access.list()[0]
    assert services.access.undertaking(saved.id) == SIGNED
    (entry,) = services.audit.history("access_holder", saved.id)
    assert entry.action == "create"
    assert {"name", "role", "registers", "undertaking_file"} <= set(entry.fields)
    assert "Maija" not in repr(entry) and "vaitiolo" not in repr(entry)


def test_update_names_the_changed_fields_and_a_new_file_replaces_the_old(services):
    first = services.registers.add(REGISTER)
    second = services.registers.add(replace(REGISTER, name="Uutiskirje"))
    saved = services.access.add(replace(HELPER, register_ids=(first.id,)), SIGNED)
    changed = services.access.update(
        replace(saved, active_to=date(2026, 11, 30), register_ids=(first.id, second.id)),
        ("uusi.pdf", b"new copy"),
    )
    assert changed.register_ids == (first.id, second.id) and changed.active_to == date(2026, 11, 30)
    assert services.access.undertaking(saved.id) == ("uusi.pdf", b"new copy")
    newest = services.audit.history("access_holder", saved.id)[0]
    assert newest.action == "update"
    assert set(newest.fields) == {"active_to", "registers", "undertaking_file"}
    assert services.access.update(changed) == changed  # nothing changed: nothing audited
    assert len(services.audit.history("access_holder", saved.id)) == 2


def test_bad_input_is_refused_whole_with_every_problem(services):
    bad = replace(
        HELPER,
        name=" ",
        undertaking_on=date(2027, 1, 1),
        briefed_on=date(1990, 1, 1),
        active_to=date(2026, 2, 1),
    )
    with pytest.raises(ValidationError) as raised:
        services.access.add(bad, SIGNED)
    fields = [p.field for p in raised.value.problems]
    assert fields == ["name", "undertaking_on", "briefed_on", "active_to"]
    assert services.access.list() == []
    assert services.audit.history("access_holder", 1) == []


def test_an_unknown_register_or_holder_is_not_found_and_nothing_is_written(services):
    with pytest.raises(NotFound):
        services.access.add(replace(HELPER, register_ids=(999,)))
    assert services.access.list() == []
    with pytest.raises(NotFound):
        services.access.get(5)
    with pytest.raises(NotFound):
        services.access.undertaking(5)


def test_remove_takes_the_file_with_it_and_is_audited(services):
    saved = services.access.add(HELPER, SIGNED)
    services.access.remove(saved.id)
    assert services.access.list() == []
    with pytest.raises(NotFound):
        services.access.undertaking(saved.id)
    assert services.audit.history("access_holder", saved.id)[0].action == "delete"


def test_missing_undertakings_skip_the_owner_and_those_whose_access_ended(services, clock):
    today = clock.today()
    services.access.add(AccessHolder(name="Omistaja", role=AccessRole.OWNER))
    unsigned = services.access.add(AccessHolder(name="Tilitoimisto Oy", role=AccessRole.ACCOUNTING))
    services.access.add(replace(HELPER, name="Entinen apulainen", active_to=today.replace(day=1)))
    services.access.add(replace(HELPER, undertaking_on=None))
    gone = services.access.add(
        AccessHolder(name="Vanha IT-tuki", role=AccessRole.IT_SUPPORT, active_to=date(2025, 1, 1))
    )
    missing = services.access.missing_undertakings()
    assert [h.name for h in missing] == ["Maija Mallikas", "Tilitoimisto Oy"]
    assert unsigned in missing and gone not in missing
    assert gone not in services.access.list(active_only=True)


def test_a_removed_register_drops_from_the_holder(services):
    register = services.registers.add(REGISTER)
    saved = services.access.add(replace(HELPER, register_ids=(register.id,)))
    services.registers.delete(register.id)
    assert services.access.get(saved.id).register_ids == ()
