"""A processor's links set as a whole, its removal, and the attached copy of its contract:
archived with its SHA-256, replaced by a new copy, read back byte for byte, gone with the
processor; each step one audit entry that never names the file."""

from __future__ import annotations

import hashlib
from dataclasses import replace

import pytest
from helpers.sample import REGISTER

from tietosuoja_desktop.domain.processors import Processor
from tietosuoja_desktop.services.errors import NotFound

PDF = b"%PDF-1.4\n% allekirjoitettu sopimus\n%%EOF\n"
SCAN = bytes(range(256)) * 40


def _two_registers(services) -> tuple[int, int]:
    first = services.registers.add(REGISTER)
    second = services.registers.add(replace(REGISTER, name="Uutiskirje"))
    return first.id, second.id


def test_relinking_sets_exactly_the_registers_given_and_audits_each(services):
    first, second = _two_registers(services)
    saved = services.processors.add(Processor(name="Tilitoimisto Oy", register_ids=(first,)))
    changed = services.processors.update(
        replace(saved, service="Kirjanpito", register_ids=(second,)), relink=True
    )
    assert changed.register_ids == (second,) and changed.service == "Kirjanpito"
    actions = [(e.action, e.fields) for e in services.audit.history("processor", saved.id)]
    assert ("link", (f"registers[{second}]",)) in [(a, tuple(f)) for a, f in actions]
    assert ("unlink", (f"registers[{first}]",)) in [(a, tuple(f)) for a, f in actions]
    kept = services.processors.update(replace(changed, register_ids=()))
    assert kept.register_ids == (second,)  # without relink the links stay


def test_relinking_to_a_missing_register_changes_nothing(services):
    first, _second = _two_registers(services)
    saved = services.processors.add(Processor(name="Tilitoimisto Oy", register_ids=(first,)))
    with pytest.raises(NotFound):
        services.processors.update(
            replace(saved, name="Uusi nimi", register_ids=(999,)), relink=True
        )
    assert services.processors.get(saved.id) == saved


def test_a_contract_copy_is_archived_with_its_hash_and_replaced(services, clock):
    saved = services.processors.add(Processor(name="Verkkokauppa Oy"))
    assert services.processors.contract(saved.id) is None
    copy = services.processors.attach_contract(saved.id, "sopimus.pdf", PDF)
    assert copy.filename == "sopimus.pdf" and copy.size == len(PDF)
    assert copy.sha256 == hashlib.sha256(PDF).hexdigest() and copy.added_at == clock.now()
    assert services.processors.contract(saved.id) == copy
    assert services.processors.contract_data(saved.id) == (copy, PDF)
    newer = services.processors.attach_contract(saved.id, "skannaus.png", SCAN)
    assert services.processors.contract_data(saved.id) == (newer, SCAN)
    assert newer.sha256 == hashlib.sha256(SCAN).hexdigest()
    entries = services.audit.history("processor", saved.id)
    assert [e.action for e in entries][:2] == ["replace", "attach"]  # newest first
    assert all("sopimus" not in repr(e) and "skannaus" not in repr(e) for e in entries)


def test_a_contract_for_a_missing_processor_is_refused(services):
    with pytest.raises(NotFound):
        services.processors.attach_contract(41, "sopimus.pdf", PDF)
    with pytest.raises(NotFound):
        services.processors.contract_data(41)


def test_removing_a_processor_takes_its_links_and_contract_with_it(services):
    first, second = _two_registers(services)
    saved = services.processors.add(Processor(name="Mailer Inc.", register_ids=(first, second)))
    other = services.processors.add(Processor(name="Tilitoimisto Oy", register_ids=(first,)))
    services.processors.attach_contract(saved.id, "sopimus.pdf", PDF)
    services.processors.remove(saved.id)
    assert services.processors.list() == [other]
    assert services.processors.list(second) == []
    with pytest.raises(NotFound):
        services.processors.contract(saved.id)
    with pytest.raises(NotFound):
        services.processors.remove(saved.id)
    assert services.audit.history("processor", saved.id)[0].action == "delete"
