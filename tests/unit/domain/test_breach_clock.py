"""The breach clock (72 real hours, Helsinki local time) and the breach checks."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from tietosuoja_desktop.domain.breach_validation import clean_breach, closing_problems
from tietosuoja_desktop.domain.breaches import (
    Breach,
    BreachNature,
    BreachRisk,
    BreachStatus,
    InformExemption,
    format_hours_left,
    format_time,
    hours_between,
    hours_left,
    notification_due,
    notification_urgency,
)
from tietosuoja_desktop.domain.clock import Urgency

DISCOVERED = datetime(2026, 11, 20, 9, 30)


def breach(**changes) -> Breach:
    base = Breach(
        discovered_at=DISCOVERED,
        description="Laptop stolen from a car",
        natures=(BreachNature.CONFIDENTIALITY,),
    )
    return replace(base, **changes)


# --- the clock -------------------------------------------------------------------------------


def test_due_is_72_calendar_hours_even_over_a_weekend():
    # Friday morning: due Monday morning, no business days counted.
    assert notification_due(datetime(2026, 11, 20, 9, 30)) == datetime(2026, 11, 23, 9, 30)


def test_due_over_christmas_holidays_does_not_move():
    assert notification_due(datetime(2026, 12, 24, 16, 0)) == datetime(2026, 12, 27, 16, 0)


def test_exactly_72_hours_is_still_in_time_and_a_second_later_is_late():
    due = notification_due(DISCOVERED)
    assert hours_left(DISCOVERED, due) == 0
    assert notification_urgency(breach(), due) is Urgency.URGENT
    assert notification_urgency(breach(), due + timedelta(seconds=1)) is Urgency.OVERDUE


def test_notified_at_exactly_72_hours_is_not_late():
    assert not breach(authority_notified_at=DISCOVERED + timedelta(hours=72)).notified_late
    assert breach(authority_notified_at=DISCOVERED + timedelta(hours=72, minutes=1)).notified_late


def test_spring_dst_change_makes_the_wall_clock_due_one_hour_later():
    # Clocks go forward 29.3.2026 at 03:00 -> 04:00: 72 real hours end at 11:00 local.
    assert notification_due(datetime(2026, 3, 28, 10, 0)) == datetime(2026, 3, 31, 11, 0)
    assert hours_between(datetime(2026, 3, 28, 10, 0), datetime(2026, 3, 31, 11, 0)) == 72


def test_autumn_dst_change_makes_the_wall_clock_due_one_hour_earlier():
    # Clocks go back 25.10.2026 at 04:00 -> 03:00: 72 real hours end at 09:00 local.
    assert notification_due(datetime(2026, 10, 24, 10, 0)) == datetime(2026, 10, 27, 9, 0)


def test_ambiguous_autumn_hour_reads_as_its_first_occurrence_which_errs_early():
    # 03:30 on 25.10.2026 happens twice; the first (summer time) gives the earlier deadline.
    assert notification_due(datetime(2026, 10, 25, 3, 30)) == datetime(2026, 10, 28, 2, 30)


def test_urgency_levels_by_hours_left():
    assert notification_urgency(breach(), DISCOVERED) is Urgency.OK
    assert notification_urgency(breach(), DISCOVERED + timedelta(hours=24, minutes=1)) is (
        Urgency.SOON
    )
    assert notification_urgency(breach(), DISCOVERED + timedelta(hours=48, minutes=1)) is (
        Urgency.URGENT
    )


@pytest.mark.parametrize(
    "changes",
    [
        {"risk": BreachRisk.UNLIKELY},
        {"authority_notified_at": DISCOVERED + timedelta(hours=5)},
        {"status": BreachStatus.CLOSED},
    ],
)
def test_clock_stops_when_not_required_notified_or_closed(changes):
    later = DISCOVERED + timedelta(days=10)
    assert notification_urgency(breach(**changes), later) is Urgency.CLOSED


def test_hours_left_formatting():
    assert format_hours_left(5.5) == (5, 30)
    assert format_hours_left(-1.25) == (1, 15)
    assert format_time(datetime(2026, 3, 1, 8, 5)) == "1.3.2026 8.05"


# --- the checks ------------------------------------------------------------------------------

NOW = datetime(2026, 11, 22, 12, 0)


def fields(problems) -> list[str]:
    return [p.field for p in problems]


def test_a_complete_breach_has_no_problems_and_is_trimmed():
    cleaned, problems = clean_breach(breach(description="  Stolen \r\n laptop  "), NOW)
    assert problems == []
    assert cleaned.description == "Stolen \n laptop"


def test_every_problem_at_once():
    bad = Breach(
        discovered_at=NOW + timedelta(hours=1),
        description=" ",
        natures=(),
        people_affected=-1,
        risk=BreachRisk.UNLIKELY,
        people_informed_at=NOW,
        inform_exemption=InformExemption.UNINTELLIGIBLE,
    )
    _, problems = clean_breach(bad, NOW)
    assert fields(problems) == [
        "description",
        "natures",
        "discovered_at",
        "people_affected",
        "risk_reasoning",
        "people_informed_at",
        "people_informed_how",
        "inform_exemption_reason",
    ]
    assert all(p.message.context == "Validation" for p in problems)


def test_late_notification_needs_reasons_for_the_delay():
    late = breach(authority_notified_at=DISCOVERED + timedelta(hours=73))
    week_later = DISCOVERED + timedelta(days=7)
    assert fields(clean_breach(late, week_later)[1]) == ["delay_reasons"]
    assert clean_breach(replace(late, delay_reasons="Weekend"), week_later)[1] == []


def test_notification_before_discovery_or_in_the_future_is_refused():
    early = breach(authority_notified_at=DISCOVERED - timedelta(1))
    assert fields(clean_breach(early, NOW)[1]) == ["authority_notified_at"]
    assert fields(clean_breach(breach(authority_notified_at=NOW + timedelta(1)), NOW)[1]) == [
        "authority_notified_at"
    ]


def test_closing_requires_the_duties_met():
    assert fields(closing_problems(breach(risk=BreachRisk.HIGH))) == [
        "authority_notified_at",
        "people_informed_at",
    ]
    assert closing_problems(breach(risk=BreachRisk.UNLIKELY)) == []
    exempt = breach(
        risk=BreachRisk.HIGH,
        authority_notified_at=NOW,
        inform_exemption=InformExemption.UNINTELLIGIBLE,
    )
    assert closing_problems(exempt) == []
