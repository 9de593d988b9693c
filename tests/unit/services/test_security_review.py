"""The yearly security review (Art 32): kept as made with every risk gone through, refused with
every problem named, the register's encryption read as it is, due after a year; audited
without values."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from helpers.sample import REGISTER
from helpers.security import review

from tietosuoja_desktop.domain.dpia import Level
from tietosuoja_desktop.domain.security_review import (
    RISKS,
    Measure,
    RiskReview,
    SecurityRisk,
    months_later,
)
from tietosuoja_desktop.domain.validation import ValidationError

TODAY = date(2026, 11, 22)


def fields_of(refused) -> list[str]:
    return [p.field for p in refused.value.problems]


def test_a_review_is_kept_read_back_and_makes_the_next_one_due_a_year_on(services, clock):
    register = services.registers.add(REGISTER)
    assert services.security.latest() is None and services.security.due()
    blank = services.security.blank()
    assert blank.next_review == date(2027, 11, 22) and blank.register_ids == (register.id,)
    assert blank.app_encrypted is services.encryption.encrypted
    saved = services.security.record(review((register.id,), TODAY, reviewer=" Aino Esimerkki "))
    assert saved.reviewer == "Aino Esimerkki" and saved.id is not None
    assert [r.risk for r in saved.risks] == list(RISKS)
    assert services.security.latest() == saved == services.security.get(saved.id)
    assert saved.highest_residual is Level.MEDIUM
    assert not services.security.due()
    clock.set(date(2027, 11, 22))
    assert services.security.due()
    (entry,) = services.audit.history("security_review", saved.id)
    assert entry.action == "create" and "risks" in entry.fields
    assert "Ulkoinen" not in repr(entry)


def test_every_review_is_kept_and_the_newest_counts(services):
    register = services.registers.add(REGISTER)
    first = services.security.record(review((register.id,), date(2025, 12, 1)))
    second = services.security.record(review((register.id,), TODAY, backups="Pilvi"))
    assert services.security.history() == [second, first]
    assert services.security.latest().backups == "Pilvi"


def test_every_risk_must_be_gone_through_with_a_measure_or_a_reason(services):
    register = services.registers.add(REGISTER)
    made = review((register.id,), TODAY)
    bare = RiskReview(SecurityRisk.RANSOMWARE, (), "  ")
    risks = (bare, *made.risks[2:])
    with pytest.raises(ValidationError) as refused:
        services.security.record(replace(made, risks=risks))
    assert fields_of(refused) == ["risks.lost_laptop", "risks.ransomware"]
    assert refused.value.problems[0].render() == "Go through this risk too."
    assert services.security.latest() is None


def test_the_apps_encryption_counts_only_when_the_register_is_encrypted(services):
    register = services.registers.add(REGISTER)
    made = review((register.id,), TODAY)
    claimed = replace(made.risks[0], measures=(Measure.APP_ENCRYPTION,))
    attempt = replace(made, risks=(claimed, *made.risks[1:]), app_encrypted=True)
    if services.encryption.encrypted:
        assert services.security.record(attempt).app_encrypted
    else:
        with pytest.raises(ValidationError) as refused:
            services.security.record(attempt)
        assert fields_of(refused) == ["risks.lost_laptop"]
        assert "not encrypted" in refused.value.problems[0].render()


def test_dates_registers_reviewer_and_backups_are_checked_all_at_once(services):
    register = services.registers.add(REGISTER)
    bad = review(
        (register.id, 999),
        TODAY,
        reviewer="",
        next_review=months_later(TODAY, 13),
        backups="",
    )
    with pytest.raises(ValidationError) as refused:
        services.security.record(bad)
    assert fields_of(refused) == ["reviewer", "next_review", "register_ids", "backups"]
    assert refused.value.problems[1].render() == (
        "Review security at least once a year: the next review is due by 22.11.2027."
    )
    with pytest.raises(ValidationError) as refused:
        services.security.record(review((), date(2026, 12, 1), next_review=date(2026, 11, 30)))
    assert fields_of(refused) == ["reviewed_on", "next_review", "register_ids"]


def test_a_deleted_register_leaves_the_review(services):
    kept = services.registers.add(REGISTER)
    gone = services.registers.add(replace(REGISTER, name="Työnhakijat"))
    saved = services.security.record(review((kept.id, gone.id), TODAY))
    services.registers.delete(gone.id)
    assert services.security.get(saved.id).register_ids == (kept.id,)


def test_months_later_keeps_the_month_end():
    assert months_later(date(2024, 2, 29)) == date(2025, 2, 28)
    assert months_later(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert months_later(date(2026, 12, 7)) == date(2027, 12, 7)
