"""The claims a statement makes only when answered: declared once, each a field of the register
description, each unanswered until the user answers it."""

from __future__ import annotations

from dataclasses import fields, replace

from helpers.sample import REGISTER

from tietosuoja_desktop.domain.claims import CLAIM_FIELDS, CLAIMS, unanswered
from tietosuoja_desktop.domain.enums import Answer
from tietosuoja_desktop.domain.records import RegisterDescription


def test_every_claim_is_a_field_of_the_register_description_and_takes_unanswered():
    names = {field.name for field in fields(RegisterDescription)}
    assert set(CLAIM_FIELDS) <= names
    assert all(Answer.UNANSWERED in claim.answers and claim.unanswered for claim in CLAIMS)


def test_a_claim_is_unanswered_until_the_user_answers_it():
    fresh = replace(REGISTER, **{name: Answer.UNANSWERED for name in CLAIM_FIELDS})
    assert [claim.field for claim in unanswered(fresh)] == list(CLAIM_FIELDS)
    answered = replace(fresh, **{name: Answer.NO for name in CLAIM_FIELDS})
    assert unanswered(answered) == []
    only_profiling = replace(answered, profiling=Answer.UNANSWERED)
    assert [claim.field for claim in unanswered(only_profiling)] == ["profiling"]
