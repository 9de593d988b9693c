"""The legal clock against hand-computed dates, an independent holiday rule and properties."""

from __future__ import annotations

import ast
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tietosuoja_desktop.domain import clock
from tietosuoja_desktop.domain.clock import (
    Deadline,
    Urgency,
    add_months,
    days_left,
    de_facto_day_off,
    deadline,
    explain,
    extended_due,
    extension_notice_by,
    format_date,
    is_public_holiday,
    is_working_day,
    next_working_day_on_or_after,
    no_action_notice_by,
    response_due,
    urgency,
)
from tietosuoja_desktop.domain.i18n import Message

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))


def d(text: str) -> date:
    return date.fromisoformat(text)


def weekday(day: date) -> str:
    return WEEKDAYS[day.weekday()]


# --- The documented examples -------------------------------------------------------------------


def test_received_on_thursday_ending_on_saturday_moves_to_monday():
    assert response_due(d("2026-09-03")) == d("2026-10-05")
    assert weekday(d("2026-10-05")) == "Mon"


def test_received_31_january_ends_on_last_day_of_february():
    assert response_due(d("2025-01-31")) == d("2025-02-28")
    assert weekday(d("2025-02-28")) == "Fri"


def test_received_30_november_and_extended_over_a_sunday():
    assert response_due(d("2026-11-30")) == d("2026-12-30")
    assert weekday(d("2026-12-30")) == "Wed"
    assert weekday(d("2027-02-28")) == "Sun"
    assert extended_due(d("2026-11-30")) == d("2027-03-01")


def test_received_31_january_in_a_leap_year_ends_on_29_february():
    assert response_due(d("2028-01-31")) == d("2028-02-29")
    assert weekday(d("2028-02-29")) == "Tue"


@pytest.mark.parametrize(
    ("received", "due"),
    [("2025-01-31", "2025-02-28"), ("2027-01-31", "2027-03-01"), ("2029-01-31", "2029-02-28")],
)
def test_plain_thirty_days_is_wrong(received, due):
    assert response_due(d(received)) == d(due)
    assert d(received) + timedelta(days=30) != d(due)


# --- add_months ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        ("2026-01-15", 1, "2026-02-15"),
        ("2025-01-31", 1, "2025-02-28"),
        ("2024-01-31", 1, "2024-02-29"),
        ("2100-01-31", 1, "2100-02-28"),  # not a leap year
        ("2000-01-31", 1, "2000-02-29"),  # a leap year
        ("2026-03-31", 1, "2026-04-30"),
        ("2026-05-31", 1, "2026-06-30"),
        ("2026-08-31", 1, "2026-09-30"),
        ("2026-10-31", 1, "2026-11-30"),
        ("2026-12-31", 1, "2027-01-31"),
        ("2026-12-15", 1, "2027-01-15"),
        ("2026-11-30", 3, "2027-02-28"),
        ("2027-11-30", 3, "2028-02-29"),
        ("2026-10-31", 3, "2027-01-31"),
        ("2026-12-31", 3, "2027-03-31"),
        ("2026-01-31", 12, "2027-01-31"),
        ("2026-01-31", 13, "2027-02-28"),
        ("2026-01-31", 25, "2028-02-29"),
        ("2026-03-31", -1, "2026-02-28"),
        ("2026-01-15", -1, "2025-12-15"),
        ("2026-01-15", 0, "2026-01-15"),
    ],
)
def test_add_months(start, months, expected):
    assert add_months(d(start), months) == d(expected)


@given(dates, st.integers(min_value=-24, max_value=24))
def test_add_months_keeps_the_day_or_clamps_to_month_end(start, months):
    result = add_months(start, months)
    assert (result.year * 12 + result.month) - (start.year * 12 + start.month) == months
    if result.day != start.day:
        assert result.day < start.day
        assert (result + timedelta(days=1)).day == 1


# --- Public holidays -----------------------------------------------------------------------------

# Hand-computed from the rules (Easter 31.3.2024, 20.4.2025, 5.4.2026, 28.3.2027, 16.4.2028).
HOLIDAYS = {
    2024: "01-01 01-06 03-29 03-31 04-01 05-01 05-09 05-19 06-22 11-02 12-06 12-25 12-26",
    2025: "01-01 01-06 04-18 04-20 04-21 05-01 05-29 06-08 06-21 11-01 12-06 12-25 12-26",
    2026: "01-01 01-06 04-03 04-05 04-06 05-01 05-14 05-24 06-20 10-31 12-06 12-25 12-26",
    2027: "01-01 01-06 03-26 03-28 03-29 05-01 05-06 05-16 06-26 11-06 12-06 12-25 12-26",
    2028: "01-01 01-06 04-14 04-16 04-17 05-01 05-25 06-04 06-24 11-04 12-06 12-25 12-26",
}
HOLIDAYS_2008 = "01-01 01-06 03-21 03-23 03-24 05-01 05-11 06-21 11-01 12-06 12-25 12-26"
EVES = {2024: "06-21", 2025: "06-20", 2026: "06-19", 2027: "06-25", 2028: "06-23"}


def holidays_in(year: int) -> set[date]:
    day, found = date(year, 1, 1), set()
    while day.year == year:
        if is_public_holiday(day):
            found.add(day)
        day += timedelta(days=1)
    return found


@pytest.mark.parametrize("year", sorted(HOLIDAYS))
def test_exactly_the_thirteen_public_holidays(year):
    expected = {d(f"{year}-{md}") for md in HOLIDAYS[year].split()}
    assert len(expected) == 13
    assert holidays_in(year) == expected


@pytest.mark.parametrize("year", sorted(EVES))
def test_the_eves_are_not_public_holidays_but_are_days_off_in_practice(year):
    for eve in (d(f"{year}-{EVES[year]}"), date(year, 12, 24)):
        assert not is_public_holiday(eve)
        assert de_facto_day_off(eve) is not None
    assert weekday(d(f"{year}-{EVES[year]}")) == "Fri"
    assert not is_public_holiday(date(year, 12, 31))  # New Year's Eve


def test_ascension_day_coinciding_with_may_day_is_still_a_holiday():
    assert is_public_holiday(d("2008-05-01"))  # Easter 23.3.2008: both on Thursday 1 May
    assert holidays_in(2008) == {d(f"2008-{md}") for md in HOLIDAYS_2008.split()}


# The Finnish names the ``holidays`` package gives the official public holidays. It also files
# Midsummer Eve and Christmas Eve under "public", so the comparison keeps to these names.
OFFICIAL_NAMES = frozenset(
    {
        "Uudenvuodenpäivä",
        "Loppiainen",
        "Pitkäperjantai",
        "Pääsiäispäivä",
        "Toinen pääsiäispäivä",
        "Vappu",
        "Helatorstai",
        "Helluntaipäivä",
        "Juhannuspäivä",
        "Pyhäinpäivä",
        "Itsenäisyyspäivä",
        "Joulupäivä",
        "Tapaninpäivä",
    }
)


def package_holidays(year: int) -> set[date]:
    """The same days from the ``holidays`` package: an independent source."""
    import holidays

    calendar_ = holidays.country_holidays(
        "FI", years=year, language="fi", categories=(holidays.PUBLIC,)
    )
    # get_list: Ascension Day and May Day coincide in some years (2008).
    return {day for day in calendar_ if OFFICIAL_NAMES & set(calendar_.get_list(day))}


def test_holidays_match_the_holidays_package_for_every_year_2000_to_2100():
    for year in range(2000, 2101):
        assert holidays_in(year) == package_holidays(year), year


def test_easter_sunday_on_known_dates():
    known = ("2000-04-23", "2008-03-23", "2019-04-21", "2024-03-31", "2038-04-25", "2285-03-22")
    for text in known:
        day = d(text)
        assert clock.easter_sunday(day.year) == day


def test_holidays_are_cached_per_year():
    is_public_holiday(d("2031-03-03"))
    before = clock._public_holidays.cache_info()
    for day in range(1, 29):
        is_public_holiday(date(2031, 2, day))
    after = clock._public_holidays.cache_info()
    assert after.misses == before.misses
    assert after.hits == before.hits + 28


@pytest.mark.parametrize(
    ("day", "working"),
    [
        ("2026-10-02", True),  # Friday
        ("2026-10-03", False),  # Saturday
        ("2026-10-04", False),  # Sunday
        ("2026-12-24", True),  # Christmas Eve, Thursday
        ("2026-06-19", True),  # Midsummer Eve
        ("2026-04-03", False),  # Good Friday
        ("2026-04-06", False),  # Easter Monday
        ("2026-04-07", True),
    ],
)
def test_is_working_day(day, working):
    assert is_working_day(d(day)) is working


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2026-10-05", "2026-10-05"),
        ("2026-10-03", "2026-10-05"),
        ("2026-04-03", "2026-04-07"),
        ("2025-12-25", "2025-12-29"),
        ("2026-12-31", "2026-12-31"),
        ("2027-01-01", "2027-01-04"),
    ],
)
def test_next_working_day_on_or_after(day, expected):
    assert next_working_day_on_or_after(d(day)) == d(expected)


# --- Due dates across holidays and year ends -----------------------------------------------------

# (received, due, weekday of due, why)
ONE_MONTH = [
    ("2026-03-03", "2026-04-07", "Tue", "Good Friday, Easter weekend, Easter Monday"),
    ("2025-03-18", "2025-04-22", "Tue", "Good Friday 18.4.2025"),
    ("2026-03-05", "2026-04-07", "Tue", "Easter Sunday"),
    ("2026-03-06", "2026-04-07", "Tue", "Easter Monday"),
    ("2026-04-01", "2026-05-04", "Mon", "May Day on Friday"),
    ("2025-04-01", "2025-05-02", "Fri", "May Day on Thursday"),
    ("2026-04-14", "2026-05-15", "Fri", "Ascension Day"),
    ("2025-04-29", "2025-05-30", "Fri", "Ascension Day 2025"),
    ("2026-04-24", "2026-05-25", "Mon", "Whit Sunday"),
    ("2026-05-19", "2026-06-19", "Fri", "Midsummer Eve: does not move"),
    ("2026-05-20", "2026-06-22", "Mon", "Midsummer Day, Saturday"),
    ("2026-11-24", "2026-12-24", "Thu", "Christmas Eve: does not move"),
    ("2026-11-25", "2026-12-28", "Mon", "Christmas Day Fri, St Stephen's Sat"),
    ("2025-11-25", "2025-12-29", "Mon", "Christmas Day Thu, St Stephen's Fri"),
    ("2027-11-25", "2027-12-27", "Mon", "Christmas Day Saturday"),
    ("2028-11-24", "2028-12-27", "Wed", "Christmas Eve Sunday, then both Christmas holidays"),
    ("2022-11-24", "2022-12-27", "Tue", "Christmas Eve Saturday"),
    ("2029-11-22", "2029-12-24", "Mon", "moved over a weekend onto Christmas Eve"),
    ("2024-11-06", "2024-12-09", "Mon", "Independence Day Friday"),
    ("2027-11-06", "2027-12-07", "Tue", "Independence Day Monday"),
    ("2026-12-01", "2027-01-04", "Mon", "New Year's Day Friday"),
    ("2025-12-01", "2026-01-02", "Fri", "New Year's Day Thursday"),
    ("2026-12-06", "2027-01-07", "Thu", "Epiphany Wednesday"),
    ("2025-12-06", "2026-01-07", "Wed", "Epiphany Tuesday"),
    ("2026-12-15", "2027-01-15", "Fri", "year boundary, no move"),
    ("2026-12-31", "2027-02-01", "Mon", "31.1.2027 is a Sunday"),
    ("2025-12-31", "2026-02-02", "Mon", "31.1.2026 is a Saturday"),
    ("2026-10-03", "2026-11-03", "Tue", "received on a Saturday: still counted from it"),
    ("2026-03-31", "2026-04-30", "Thu", "clamped to 30 April"),
    ("2026-05-31", "2026-06-30", "Tue", "clamped to 30 June"),
    ("2026-01-30", "2026-03-02", "Mon", "28 February clamped, a Saturday"),
    ("2028-01-29", "2028-02-29", "Tue", "leap day, exact"),
]


@pytest.mark.parametrize(("received", "due", "day_name", "why"), ONE_MONTH)
def test_response_due(received, due, day_name, why):
    assert response_due(d(received)) == d(due), why
    assert weekday(d(due)) == day_name
    assert extension_notice_by(d(received)) == d(due)
    assert no_action_notice_by(d(received)) == d(due)


THREE_MONTHS = [
    ("2026-11-30", "2027-03-01", "Mon", "28.2.2027 is a Sunday"),
    ("2027-11-30", "2028-02-29", "Tue", "leap day"),
    ("2026-07-31", "2026-11-02", "Mon", "All Saints' Day, Saturday 31.10.2026"),
    ("2026-10-31", "2027-02-01", "Mon", "31.1.2027 is a Sunday"),
    ("2025-12-31", "2026-03-31", "Tue", "year boundary, no move"),
    ("2026-01-03", "2026-04-07", "Tue", "Good Friday"),
    ("2026-09-24", "2026-12-24", "Thu", "Christmas Eve: does not move"),
    ("2026-09-25", "2026-12-28", "Mon", "Christmas Day"),
    ("2026-10-01", "2027-01-04", "Mon", "New Year's Day"),
    ("2026-03-20", "2026-06-22", "Mon", "Midsummer Day"),
]


@pytest.mark.parametrize(("received", "due", "day_name", "why"), THREE_MONTHS)
def test_extended_due(received, due, day_name, why):
    assert extended_due(d(received)) == d(due), why
    assert weekday(d(due)) == day_name
    assert deadline(d(received), extended=True).due == d(due)


# --- Deadline and its warnings -------------------------------------------------------------------


def test_deadline_records_the_nominal_day_and_the_days_moved_over():
    assert deadline(d("2026-09-03")) == Deadline(
        due=d("2026-10-05"),
        nominal=d("2026-10-03"),
        moved_over=(d("2026-10-03"), d("2026-10-04")),
        warning=None,
    )


def test_deadline_over_easter_moves_four_days():
    result = deadline(d("2026-03-03"))
    assert result.nominal == d("2026-04-03")
    assert result.moved_over == tuple(d(f"2026-04-0{n}") for n in range(3, 7))
    assert result.due == d("2026-04-07")


def test_deadline_without_a_move():
    result = deadline(d("2025-01-31"))
    assert result.nominal == result.due == d("2025-02-28")
    assert result.moved_over == ()
    assert result.warning is None


def test_midsummer_eve_due_date_stays_with_a_warning():
    result = deadline(d("2026-05-19"))
    assert result.due == result.nominal == d("2026-06-19")
    assert result.moved_over == ()
    assert result.warning == Message(
        "Clock",
        "%1 is Midsummer Eve: not a public holiday, so the deadline does not move, "
        "but offices and the post may be closed. Answer a day early.",
        ("19.6.2026",),
    )


def test_christmas_eve_due_date_stays_with_a_warning():
    result = deadline(d("2026-11-24"))
    assert result.due == d("2026-12-24")
    assert result.warning is not None
    assert result.warning.render().startswith("24.12.2026 is Christmas Eve: not a public holiday")


def test_moving_onto_christmas_eve_warns():
    result = deadline(d("2029-11-22"))
    assert result.nominal == d("2029-12-22")
    assert result.due == d("2029-12-24")
    assert result.warning is not None
    assert "Christmas Eve" in result.warning.source


def test_an_eve_on_a_weekend_only_as_the_nominal_day_gives_no_warning():
    result = deadline(d("2028-11-24"))  # 24.12.2028 is a Sunday
    assert result.nominal == d("2028-12-24")
    assert result.due == d("2028-12-27")
    assert result.warning is None


@pytest.mark.parametrize("day", ["2026-06-18", "2026-06-20", "2026-12-23", "2026-12-25"])
def test_other_days_are_not_de_facto_days_off(day):
    assert de_facto_day_off(d(day)) is None


def test_a_friday_near_midsummer_in_another_week_is_not_midsummer_eve():
    assert de_facto_day_off(d("2026-06-26")) is None
    assert de_facto_day_off(d("2026-06-12")) is None


# --- explain -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("received", "extended", "text"),
    [
        ("2025-01-31", False, "Received 31.1.2025: one month ends on 28.2.2025, the deadline."),
        (
            "2026-09-03",
            False,
            "Received 3.9.2026: one month ends on 3.10.2026, a Saturday, so the deadline moves "
            "to the next working day, 5.10.2026.",
        ),
        (
            "2026-12-31",
            False,
            "Received 31.12.2026: one month ends on 31.1.2027, a Sunday, so the deadline moves "
            "to the next working day, 1.2.2027.",
        ),
        (
            "2026-03-03",
            False,
            "Received 3.3.2026: one month ends on 3.4.2026, a public holiday, so the deadline "
            "moves to the next working day, 7.4.2026.",
        ),
        (
            "2026-05-20",
            False,
            "Received 20.5.2026: one month ends on 20.6.2026, a public holiday, so the deadline "
            "moves to the next working day, 22.6.2026.",
        ),
        (
            "2028-11-24",
            False,
            "Received 24.11.2028: one month ends on 24.12.2028, a Sunday, so the deadline moves "
            "to the next working day, 27.12.2028.",
        ),
        (
            "2025-12-31",
            True,
            "Received 31.12.2025: the extended period of three months ends on 31.3.2026, "
            "the deadline.",
        ),
        (
            "2027-10-30",
            True,
            "Received 30.10.2027: the extended period of three months ends on 30.1.2028, "
            "a Sunday, so the deadline moves to the next working day, 31.1.2028.",
        ),
        (
            "2027-08-28",
            True,
            "Received 28.8.2027: the extended period of three months ends on 28.11.2027, "
            "a Sunday, so the deadline moves to the next working day, 29.11.2027.",
        ),
        (
            "2026-11-30",
            True,
            "Received 30.11.2026: the extended period of three months ends on 28.2.2027, "
            "a Sunday, so the deadline moves to the next working day, 1.3.2027.",
        ),
        (
            "2026-08-31",
            True,
            "Received 31.8.2026: the extended period of three months ends on 30.11.2026, "
            "the deadline.",
        ),
        (
            "2026-07-31",
            True,
            "Received 31.7.2026: the extended period of three months ends on 31.10.2026, "
            "a public holiday, so the deadline moves to the next working day, 2.11.2026.",
        ),
        (
            "2026-02-03",
            True,
            "Received 3.2.2026: the extended period of three months ends on 3.5.2026, "
            "a Sunday, so the deadline moves to the next working day, 4.5.2026.",
        ),
        (
            "2026-08-05",
            True,
            "Received 5.8.2026: the extended period of three months ends on 5.11.2026, "
            "the deadline.",
        ),
    ],
)
def test_explain(received, extended, text):
    message = explain(d(received), extended)
    assert message.context == "Clock"
    assert message.render() == text


def test_explain_saturday_when_extended():
    message = explain(d("2026-07-03"), extended=True)  # 3.10.2026 is a Saturday
    assert "a Saturday" in message.source
    assert message.args == ("3.7.2026", "3.10.2026", "5.10.2026")


def test_format_date_has_no_leading_zeros():
    assert format_date(d("2026-01-05")) == "5.1.2026"
    assert format_date(d("2026-12-31")) == "31.12.2026"


# --- Urgency -------------------------------------------------------------------------------------

DUE = d("2026-10-05")


@pytest.mark.parametrize(
    ("left", "expected"),
    [
        (30, Urgency.OK),
        (10, Urgency.OK),
        (9, Urgency.SOON),
        (5, Urgency.SOON),
        (4, Urgency.URGENT),
        (1, Urgency.URGENT),
        (0, Urgency.URGENT),
        (-1, Urgency.OVERDUE),
        (-400, Urgency.OVERDUE),
    ],
)
def test_urgency_thresholds(left, expected):
    today = DUE - timedelta(days=left)
    assert days_left(DUE, today) == left
    assert urgency(DUE, today) is expected


def test_due_today_is_not_overdue():
    assert days_left(DUE, DUE) == 0
    assert urgency(DUE, DUE) is not Urgency.OVERDUE


@pytest.mark.parametrize("left", [30, 0, -5])
def test_closed_requests_are_closed_whatever_the_date(left):
    assert urgency(DUE, DUE - timedelta(days=left), closed=True) is Urgency.CLOSED


def test_urgency_values_are_stable_storage_strings():
    assert [u.value for u in Urgency] == ["ok", "soon", "urgent", "overdue", "closed"]
    assert Urgency("soon") is Urgency.SOON
    assert str(Urgency.OVERDUE) == "overdue"


# --- Properties ----------------------------------------------------------------------------------


@given(dates)
def test_due_is_a_working_day_after_receipt(received):
    due = response_due(received)
    assert due.weekday() < 5
    assert not is_public_holiday(due)
    assert due > received


@given(dates)
def test_due_is_at_most_four_days_after_the_month_ends(received):
    nominal = add_months(received, 1)
    due = response_due(received)
    assert nominal <= due
    assert (due - nominal).days <= 4


@given(dates)
def test_extended_due_is_a_working_day_at_most_four_days_after_three_months(received):
    nominal = add_months(received, 3)
    due = extended_due(received)
    assert nominal <= due
    assert (due - nominal).days <= 4
    assert is_working_day(due)
    assert due > response_due(received)


@given(dates, st.booleans())
def test_deadline_is_consistent(received, extended):
    result = deadline(received, extended)
    assert result.due == (extended_due if extended else response_due)(received)
    assert result.nominal == add_months(received, 3 if extended else 1)
    assert len(result.moved_over) == (result.due - result.nominal).days
    assert all(not is_working_day(day) for day in result.moved_over)
    assert (result.warning is None) == (de_facto_day_off(result.due) is None)
    assert explain(received, extended).args[2] == format_date(result.due)


@given(dates)
def test_response_due_is_monotonic(received):
    assert response_due(received) <= response_due(received + timedelta(days=1))


@given(dates, dates)
def test_urgency_agrees_with_days_left(due, today):
    left = days_left(due, today)
    level = urgency(due, today)
    assert (level is Urgency.OVERDUE) == (left < 0)
    assert (level is Urgency.URGENT) == (0 <= left < 5)
    assert (level is Urgency.SOON) == (5 <= left < 10)
    assert (level is Urgency.OK) == (left >= 10)


# --- The module's own rules ----------------------------------------------------------------------

SOURCE = Path(clock.__file__).read_text(encoding="utf-8")


def test_every_translatable_string_is_a_literal_in_the_clock_context():
    tree = ast.parse(SOURCE)
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TRANSLATE_NOOP"
    ]
    assert len(calls) == 10
    for call in calls:
        assert [type(arg) for arg in call.args] == [ast.Constant, ast.Constant]
        assert call.args[0].value == "Clock"
    marked = {call.args[1].value for call in calls}
    assert set(clock._EXPLANATIONS.values()) <= marked


def test_the_clock_imports_no_qt_or_database():
    imported = set()
    for node in ast.walk(ast.parse(SOURCE)):
        if isinstance(node, ast.Import):
            imported |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            imported.add("." * node.level + (node.module or ""))
    allowed = {"__future__", "calendar", "functools", "dataclasses", "datetime", "holidays"}
    assert imported <= allowed | {".enums", ".i18n"}
