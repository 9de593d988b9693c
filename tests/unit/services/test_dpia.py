"""A register's DPIA screening and light DPIA: recorded and replaced in one transaction each,
refused with every problem named when incomplete or contrary to the checklist, removed with the
register, audited without values."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from helpers.dpia import light_dpia, screening
from helpers.sample import REGISTER

from tietosuoja_desktop.domain.dpia import DpiaDecision, DpiaRisk, DpiaStatus, Level
from tietosuoja_desktop.domain.dpia_checklist import CHECKLIST
from tietosuoja_desktop.domain.validation import ValidationError
from tietosuoja_desktop.services.errors import NotFound


def fields_of(refused) -> list[str]:
    return [p.field for p in refused.value.problems]


def test_a_screening_and_its_dpia_are_recorded_and_read_back(services):
    register = services.registers.add(REGISTER)
    assert services.dpia.get(register.id).status is DpiaStatus.UNSCREENED
    saved = services.dpia.save_screening(screening(register.id, reviewer="  Aino Esimerkki "))
    assert saved.reviewer == "Aino Esimerkki"
    assert [a.item for a in saved.answers] == [item.id for item in CHECKLIST]
    assert services.dpia.get(register.id).status is DpiaStatus.MISSING
    kept = services.dpia.save_dpia(light_dpia(register.id))
    assert kept == light_dpia(register.id)
    found = services.dpia.get(register.id)
    assert (found.screening, found.dpia, found.status) == (saved, kept, DpiaStatus.DONE)
    (entry,) = services.audit.history("dpia", register.id)
    assert entry.action == "create" and "risks" in entry.fields
    assert "allergia" not in repr(services.audit.history("dpia_screening", register.id))


def test_saving_again_updates_only_what_changed(services):
    register = services.registers.add(REGISTER)
    services.dpia.save_screening(screening(register.id))
    services.dpia.save_dpia(light_dpia(register.id))
    fewer = (DpiaRisk("Terveystieto paljastuu", Level.LOW, Level.HIGH),)
    services.dpia.save_dpia(light_dpia(register.id, risks=fewer))
    services.dpia.save_dpia(light_dpia(register.id, risks=fewer))  # nothing changed: no entry
    assert services.dpia.get(register.id).dpia.risks == fewer
    entries = services.audit.history("dpia", register.id)
    assert [e.action for e in entries].count("update") == 1
    assert any(list(e.fields) == ["risks"] for e in entries)


def test_every_item_must_be_answered_and_every_yes_reasoned(services):
    register = services.registers.add(REGISTER)
    partial = screening(register.id)
    partial = replace(partial, answers=partial.answers[1:])
    with pytest.raises(ValidationError) as refused:
        services.dpia.save_screening(partial)
    assert fields_of(refused) == ["answers.profiling_decisions"]
    assert refused.value.problems[0].render() == "Answer this question: yes or no."
    unreasoned = screening(register.id, yes={"whistleblowing"})
    with pytest.raises(ValidationError) as refused:
        services.dpia.save_screening(replace(unreasoned, reviewer="", screened_on=None))
    assert fields_of(refused) == ["answers.whistleblowing", "reviewer", "screened_on"]
    assert services.dpia.get(register.id).screening is None


def test_not_needed_is_refused_where_the_checklist_says_needed(services):
    register = services.registers.add(REGISTER)
    with pytest.raises(ValidationError) as refused:
        services.dpia.save_screening(screening(register.id, needed=False))
    assert fields_of(refused) == ["needed"]
    voluntary = services.dpia.save_screening(screening(register.id, yes=(), needed=True))
    assert voluntary.needed  # a DPIA by choice is allowed


def test_a_dpia_needs_a_screening_that_found_it_needed(services):
    register = services.registers.add(REGISTER)
    with pytest.raises(ValidationError) as refused:
        services.dpia.save_dpia(light_dpia(register.id))
    assert fields_of(refused) == ["screening"]
    services.dpia.save_screening(screening(register.id, yes=(), needed=False))
    with pytest.raises(ValidationError):
        services.dpia.save_dpia(light_dpia(register.id))
    assert services.dpia.get(register.id).status is DpiaStatus.NOT_NEEDED


def test_an_incomplete_dpia_is_refused_with_every_problem(services):
    register = services.registers.add(REGISTER)
    services.dpia.save_screening(screening(register.id))
    bad = light_dpia(
        register.id,
        description=" ",
        risks=(DpiaRisk("  "),),
        residual_risk=Level.HIGH,
        decision=DpiaDecision.PROCEED,
        next_review=date(2026, 10, 15),
    )
    with pytest.raises(ValidationError) as refused:
        services.dpia.save_dpia(bad)
    assert fields_of(refused) == [
        "description",
        "risks[0].description",
        "decision",
        "next_review",
    ]
    with pytest.raises(ValidationError) as refused:
        services.dpia.save_dpia(light_dpia(register.id, risks=(), assessed_on=date(2027, 1, 1)))
    assert fields_of(refused) == ["risks", "assessed_on"]
    consult = light_dpia(register.id, residual_risk=Level.HIGH, decision=DpiaDecision.CONSULT)
    assert services.dpia.save_dpia(consult).decision is DpiaDecision.CONSULT


def test_statuses_and_removal(services):
    first = services.registers.add(REGISTER)
    second = services.registers.add(replace(REGISTER, name="Toinen"))
    services.dpia.save_screening(screening(first.id))
    services.dpia.save_dpia(light_dpia(first.id))
    assert services.dpia.statuses() == {
        first.id: DpiaStatus.DONE,
        second.id: DpiaStatus.UNSCREENED,
    }
    services.dpia.delete(first.id)
    assert services.dpia.get(first.id).status is DpiaStatus.UNSCREENED
    with pytest.raises(NotFound):
        services.dpia.delete(first.id)
    services.dpia.save_screening(screening(second.id))
    services.registers.delete(second.id)
    with pytest.raises(NotFound):
        services.dpia.get(second.id)


def test_screening_and_dpia_are_saved_together_or_not_at_all(services):
    register = services.registers.add(REGISTER)
    with pytest.raises(ValidationError) as refused:
        services.dpia.save(screening(register.id, reviewer=""), light_dpia(register.id, risks=()))
    assert fields_of(refused) == ["reviewer", "risks"]
    assert services.dpia.get(register.id).screening is None
    saved, kept = services.dpia.save(screening(register.id), light_dpia(register.id))
    assert services.dpia.get(register.id).status is DpiaStatus.DONE
    assert (saved.needed, kept.decision) == (True, DpiaDecision.PROCEED)
