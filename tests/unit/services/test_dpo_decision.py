"""The Art 37 decision on a data protection officer: each Art 37(1) question answered with its
reasoning, a conclusion that agrees with the answers and with the DPO named in the business
details, the contact kept once (in the business details); audited without values."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.sample import CONTROLLER
from helpers.security import decision

from tietosuoja_desktop.domain.dpo_decision import QUESTIONS, DpoAnswer, DpoConclusion, DpoContact
from tietosuoja_desktop.domain.validation import ValidationError
from tietosuoja_desktop.services.errors import NotFound

TODAY = date(2026, 11, 22)


def fields_of(refused) -> list[str]:
    return [p.field for p in refused.value.problems]


def test_not_required_is_recorded_with_the_reasons_and_read_back(services):
    services.controller.save(CONTROLLER)
    assert services.dpo.get() is None
    saved = services.dpo.save(decision(TODAY))
    assert saved == decision(TODAY) and services.dpo.get() == saved
    assert [a.question for a in saved.answers] == list(QUESTIONS)
    assert not saved.appointed
    services.dpo.save(decision(TODAY))  # nothing changed: no second entry
    (entry,) = services.audit.history("dpo_decision", 1)
    assert entry.action == "create" and "Yksityinen" not in repr(entry)


def test_a_yes_makes_one_required_and_the_contact_is_kept_in_the_business_details(services):
    services.controller.save(CONTROLLER)
    required = decision(TODAY, yes=frozenset({"special_categories"}))
    with pytest.raises(ValidationError) as refused:
        services.dpo.save(required)
    assert fields_of(refused) == ["dpo"]
    contact = DpoContact("  Tietosuojapalvelu Oy ", "dpo@example.fi", "")
    saved = services.dpo.save(required, contact)
    assert saved.conclusion is DpoConclusion.REQUIRED
    assert services.controller.get().dpo_name == "Tietosuojapalvelu Oy"
    assert services.dpo.contact() == DpoContact("Tietosuojapalvelu Oy", "dpo@example.fi", "")
    updates = [e for e in services.audit.history("controller", 1) if e.action == "update"]
    assert [list(e.fields) for e in updates] == [["dpo_name", "dpo_email"]]


def test_the_conclusion_must_agree_with_the_answers_and_the_named_dpo(services):
    services.controller.save(CONTROLLER)
    with pytest.raises(ValidationError) as refused:
        services.dpo.save(decision(TODAY, conclusion=DpoConclusion.REQUIRED))
    assert fields_of(refused) == ["conclusion", "dpo"]
    yes = decision(TODAY, yes=frozenset({"monitoring"}), conclusion=DpoConclusion.VOLUNTARY)
    with pytest.raises(ValidationError) as refused:
        services.dpo.save(yes, DpoContact("Eero", "eero@example.fi"))
    assert fields_of(refused) == ["conclusion"]
    assert services.controller.get().dpo_name == ""  # nothing kept of a refused save
    services.dpo.save(
        decision(TODAY, conclusion=DpoConclusion.VOLUNTARY), DpoContact("Eero", "", "040 1234567")
    )
    with pytest.raises(ValidationError) as refused:
        services.dpo.save(decision(TODAY))
    assert "voluntarily" in refused.value.problems[0].render()


def test_every_question_needs_its_reasoning_and_a_bad_contact_is_named(services):
    services.controller.save(CONTROLLER)
    made = decision(TODAY, conclusion=DpoConclusion.VOLUNTARY)
    blank = DpoAnswer(made.answers[1].question, False, " ")
    partial = made.__class__((blank,), made.conclusion, date(2016, 1, 1))
    with pytest.raises(ValidationError) as refused:
        services.dpo.save(partial, DpoContact("Eero", "not an address"))
    assert fields_of(refused) == [
        "answers.public_body",
        "answers.special_categories",
        "answers.monitoring",
        "decided_on",
        "dpo_email",
    ]
    assert refused.value.problems[0].render() == "Say why the answer is yes or no."


def test_a_decision_needs_the_business_details_first(services):
    with pytest.raises(NotFound):
        services.dpo.save(decision(TODAY))
