"""The legal clock: when a data subject's request must be answered.

GDPR Art 12(3) gives one month from receipt (three when extended); Regulation 1182/71 Art 3 says
how to count it: the day of receipt is not counted, a month ends on the same date of the month
after (or that month's last day), and a period ending on a Saturday, Sunday or public holiday
runs to the end of the next working day. Pure functions over ``datetime.date`` so the register
can call them for every row without a database or Qt.
"""

from __future__ import annotations

import calendar
import functools
from dataclasses import dataclass
from datetime import date, timedelta

from .enums import StrEnum
from .i18n import QT_TRANSLATE_NOOP, Message

SOON_DAYS = 10
"""Fewer calendar days left than this makes a request "soon"."""
URGENT_DAYS = 5
"""Fewer calendar days left than this makes a request "urgent"."""


def add_months(start: date, months: int) -> date:
    """The same day of the month ``months`` later, clamped to the last day of a shorter month.

    This is the Regulation 1182/71 month, not "+30 days": 31 Jan + 1 is 28 (or 29) Feb.
    """
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def easter_sunday(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous algorithm of 1876)."""
    a, b, c = year % 19, year // 100, year % 100
    h = (19 * a + b - b // 4 - (b - (b + 8) // 25 + 1) // 3 + 15) % 30
    i, k = c // 4, c % 4
    weekday_shift = (32 + 2 * (b % 4) + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday_shift) // 451
    month, day = divmod(h + weekday_shift - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _saturday_from(day: date) -> date:
    return day + timedelta(days=(calendar.SATURDAY - day.weekday()) % 7)


@functools.lru_cache(maxsize=256)
def _public_holidays(year: int) -> frozenset[date]:
    """The year's official public holidays, by the rules of the Finnish calendar (the Church
    Act's holy days and the days set by law): thirteen days, never one of the Eves.

    Computed here rather than taken from a holiday package: the rules are short and fixed,
    and the package costs a tenth of a second of start-up. The tests check every year from
    2000 to 2100 against the ``holidays`` package. Cached because the clock runs for every row.
    """
    easter = easter_sunday(year)
    return frozenset(
        {
            date(year, 1, 1),  # Uudenvuodenpäivä, New Year's Day
            date(year, 1, 6),  # Loppiainen, Epiphany
            easter - timedelta(days=2),  # Pitkäperjantai, Good Friday
            easter,  # Pääsiäispäivä, Easter Sunday
            easter + timedelta(days=1),  # Toinen pääsiäispäivä, Easter Monday
            date(year, 5, 1),  # Vappu, May Day
            easter + timedelta(days=39),  # Helatorstai, Ascension Day
            easter + timedelta(days=49),  # Helluntaipäivä, Whit Sunday
            _saturday_from(date(year, 6, 20)),  # Juhannuspäivä, Midsummer Day
            _saturday_from(date(year, 10, 31)),  # Pyhäinpäivä, All Saints' Day
            date(year, 12, 6),  # Itsenäisyyspäivä, Independence Day
            date(year, 12, 25),  # Joulupäivä, Christmas Day
            date(year, 12, 26),  # Tapaninpäivä, St Stephen's Day
        }
    )


def is_public_holiday(day: date) -> bool:
    """Whether ``day`` is an official Finnish public holiday (never one of the Eves)."""
    return day in _public_holidays(day.year)


def is_midsummer_eve(day: date) -> bool:
    """The Friday between 19 and 25 June: a day off in practice, not in law."""
    return day.month == 6 and 19 <= day.day <= 25 and day.weekday() == calendar.FRIDAY


def is_christmas_eve(day: date) -> bool:
    """24 December: a day off in practice, not in law."""
    return day.month == 12 and day.day == 24


def de_facto_day_off(day: date) -> Message | None:
    """A warning when ``day`` is a de facto day off that does not move a deadline."""
    if is_midsummer_eve(day):
        source = QT_TRANSLATE_NOOP(
            "Clock",
            "%1 is Midsummer Eve: not a public holiday, so the deadline does not move, "
            "but offices and the post may be closed. Answer a day early.",
        )
    elif is_christmas_eve(day):
        source = QT_TRANSLATE_NOOP(
            "Clock",
            "%1 is Christmas Eve: not a public holiday, so the deadline does not move, "
            "but offices and the post may be closed. Answer a day early.",
        )
    else:
        return None
    return Message("Clock", source, (format_date(day),))


def is_working_day(day: date) -> bool:
    """Monday to Friday and not a public holiday."""
    return day.weekday() < calendar.SATURDAY and not is_public_holiday(day)


def next_working_day_on_or_after(day: date) -> date:
    """``day`` itself if it is a working day, else the first working day after it."""
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def response_due(received: date) -> date:
    """The last day to answer a request received on ``received`` (Art 12(3), one month)."""
    return next_working_day_on_or_after(add_months(received, 1))


def extended_due(received: date) -> date:
    """The last day to answer when the period is extended (three months from receipt)."""
    return next_working_day_on_or_after(add_months(received, 3))


def extension_notice_by(received: date) -> date:
    """The last day to tell the person of an extension and why: within the first month."""
    return response_due(received)


def no_action_notice_by(received: date) -> date:
    """The last day to tell the person that no action will be taken (Art 12(4)): one month."""
    return response_due(received)


def format_date(day: date) -> str:
    """A date as Finnish and Swedish readers write it: 3.10.2026."""
    return f"{day.day}.{day.month}.{day.year}"


class Urgency(StrEnum):
    """How close a request is to its deadline, for colouring and sorting lists."""

    OK = "ok"
    SOON = "soon"
    URGENT = "urgent"
    OVERDUE = "overdue"
    CLOSED = "closed"


def days_left(due: date, today: date) -> int:
    """Calendar days until ``due``: 0 on the due day itself, negative once it has passed."""
    return (due - today).days


def urgency(due: date, today: date, *, closed: bool = False) -> Urgency:
    """The urgency of a request due on ``due``; a request due today is not yet overdue,
    because the period runs to the end of the day."""
    if closed:
        return Urgency.CLOSED
    left = days_left(due, today)
    if left < 0:
        return Urgency.OVERDUE
    if left < URGENT_DAYS:
        return Urgency.URGENT
    if left < SOON_DAYS:
        return Urgency.SOON
    return Urgency.OK


@dataclass(frozen=True)
class Deadline:
    """A computed deadline with the reasoning a user may want to see."""

    due: date
    """The last day to answer, after moving over weekends and public holidays."""
    nominal: date
    """The day the month (or three months) ends, before moving."""
    moved_over: tuple[date, ...] = ()
    """The days skipped, from ``nominal`` up to but not including ``due``."""
    warning: Message | None = None
    """Set when ``due`` is a de facto day off (Midsummer Eve, Christmas Eve)."""


def deadline(received: date, extended: bool = False) -> Deadline:
    """The deadline for a request received on ``received``, with how it was reached.

    The warning looks only at the due day: when the nominal day is an Eve on a weekend, the
    deadline has moved anyway and "the deadline does not move" would contradict it.
    """
    nominal = add_months(received, 3 if extended else 1)
    due = next_working_day_on_or_after(nominal)
    moved_over = tuple(nominal + timedelta(days=n) for n in range((due - nominal).days))
    return Deadline(due, nominal, moved_over, de_facto_day_off(due))


# One whole sentence per case, so translators never glue fragments together.
_EXPLANATIONS = {
    (False, None): QT_TRANSLATE_NOOP("Clock", "Received %1: one month ends on %2, the deadline."),
    (False, "saturday"): QT_TRANSLATE_NOOP(
        "Clock",
        "Received %1: one month ends on %2, a Saturday, so the deadline moves to the next "
        "working day, %3.",
    ),
    (False, "sunday"): QT_TRANSLATE_NOOP(
        "Clock",
        "Received %1: one month ends on %2, a Sunday, so the deadline moves to the next "
        "working day, %3.",
    ),
    (False, "holiday"): QT_TRANSLATE_NOOP(
        "Clock",
        "Received %1: one month ends on %2, a public holiday, so the deadline moves to the next "
        "working day, %3.",
    ),
    (True, None): QT_TRANSLATE_NOOP(
        "Clock", "Received %1: the extended period of three months ends on %2, the deadline."
    ),
    (True, "saturday"): QT_TRANSLATE_NOOP(
        "Clock",
        "Received %1: the extended period of three months ends on %2, a Saturday, so the "
        "deadline moves to the next working day, %3.",
    ),
    (True, "sunday"): QT_TRANSLATE_NOOP(
        "Clock",
        "Received %1: the extended period of three months ends on %2, a Sunday, so the "
        "deadline moves to the next working day, %3.",
    ),
    (True, "holiday"): QT_TRANSLATE_NOOP(
        "Clock",
        "Received %1: the extended period of three months ends on %2, a public holiday, so the "
        "deadline moves to the next working day, %3.",
    ),
}


def explain(received: date, extended: bool = False) -> Message:
    """One line telling the user how the deadline was counted: %1 receipt, %2 end, %3 due."""
    result = deadline(received, extended)
    reason = None
    if result.moved_over:
        # A holiday on a weekend (Midsummer Day is always a Saturday) is named as the holiday.
        if is_public_holiday(result.nominal):
            reason = "holiday"
        else:
            reason = "saturday" if result.nominal.weekday() == calendar.SATURDAY else "sunday"
    args = (format_date(received), format_date(result.nominal), format_date(result.due))
    return Message("Clock", _EXPLANATIONS[(extended, reason)], args)
