"""Legitimate-interest assessments: recorded per purpose on Art 6(1)(f), refused for any other
purpose, out of date once the purpose changes, gone with the register, audited without values."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from helpers.sample import REGISTER

from tietosuoja_desktop.domain.enums import LegalBasis
from tietosuoja_desktop.domain.interest_assessments import (
    AssessmentOutcome,
    InterestAssessment,
    needing_assessment,
)
from tietosuoja_desktop.domain.records import Purpose
from tietosuoja_desktop.domain.validation import ValidationError
from tietosuoja_desktop.services.errors import NotFound


def assessment(register_id: int, position: int = 1, **overrides) -> InterestAssessment:
    values = dict(
        interest="  Asiakassuhteen ylläpito ja palvelun kehittäminen ",
        necessity="Ilman yhteystietoja asiakkaille ei voi kertoa muutoksista.",
        balancing="Asiakas odottaa kuulevansa palvelusta; viestejä on harvoin.",
        safeguards="Jokaisessa viestissä kielto-linkki.",
        outcome=AssessmentOutcome.MAY_PROCEED,
        assessed_on=date(2026, 5, 4),
        reviewer="Aino Esimerkki",
    )
    values.update(overrides)
    return InterestAssessment(register_id, position, **values)


def test_an_assessment_is_recorded_for_its_purpose(services):
    register = services.registers.add(REGISTER)
    saved = services.assessments.save(assessment(register.id))
    assert saved.interest == "Asiakassuhteen ylläpito ja palvelun kehittäminen"
    assert saved.purpose == REGISTER.purposes[1].description
    (view,) = services.assessments.list(register.id)
    assert view.current and view.assessment == saved
    assert services.assessments.get(register.id, 1).assessment == saved
    assert services.assessments.get(register.id, 0) is None
    (entry,) = services.audit.history("interest_assessment", register.id)
    assert entry.action == "create" and "purposes[1]" in entry.fields
    assert "Asiakassuhteen" not in repr(entry)


def test_only_a_purpose_on_legitimate_interests_is_assessed(services):
    register = services.registers.add(REGISTER)
    with pytest.raises(ValidationError) as refused:
        services.assessments.save(assessment(register.id, position=0))
    assert [p.field for p in refused.value.problems] == ["position"]
    with pytest.raises(ValidationError) as refused:
        services.assessments.save(assessment(register.id, position=5))
    assert [p.field for p in refused.value.problems] == ["position"]
    assert services.assessments.list(register.id) == []


def test_every_missing_part_is_named_at_once(services, clock):
    register = services.registers.add(REGISTER)
    empty = assessment(
        register.id, interest=" ", necessity="", balancing="", reviewer="", assessed_on=None
    )
    with pytest.raises(ValidationError) as refused:
        services.assessments.save(empty)
    fields = {p.field for p in refused.value.problems}
    assert fields == {"interest", "necessity", "balancing", "reviewer", "assessed_on"}
    future = assessment(register.id, assessed_on=date(2100, 1, 1))
    with pytest.raises(ValidationError):
        services.assessments.save(future)


def test_a_changed_purpose_leaves_the_assessment_out_of_date(services):
    register = services.registers.add(REGISTER)
    services.assessments.save(assessment(register.id))
    assert needing_assessment(register, ()) == [1]
    changed = replace(
        register,
        purposes=(
            register.purposes[0],
            Purpose("Uutiskirje", LegalBasis.LEGITIMATE_INTERESTS, "Markkinointi"),
        ),
    )
    changed = services.registers.update(changed)
    (view,) = services.assessments.list(register.id)
    assert not view.current
    assert needing_assessment(changed, (view.assessment,)) == [1]
    renewed = services.assessments.save(assessment(register.id, interest="Markkinointi"))
    assert services.assessments.get(register.id, 1).current
    assert renewed.purpose == "Uutiskirje"


def test_saving_again_replaces_and_delete_removes(services):
    register = services.registers.add(REGISTER)
    services.assessments.save(assessment(register.id))
    services.assessments.save(
        assessment(register.id, outcome=AssessmentOutcome.MAY_NOT_PROCEED, safeguards="")
    )
    (view,) = services.assessments.list(register.id)
    assert view.assessment.outcome is AssessmentOutcome.MAY_NOT_PROCEED
    assert view.assessment.safeguards == ""
    services.assessments.delete(register.id, 1)
    assert services.assessments.list(register.id) == []
    with pytest.raises(NotFound):
        services.assessments.delete(register.id, 1)


def test_the_assessment_goes_with_its_register(services):
    register = services.registers.add(REGISTER)
    services.assessments.save(assessment(register.id))
    services.registers.delete(register.id)
    with pytest.raises(NotFound):
        services.assessments.list(register.id)
    again = services.registers.add(REGISTER)
    assert services.assessments.list(again.id) == []
