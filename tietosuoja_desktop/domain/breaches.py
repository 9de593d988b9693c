"""Personal data breaches (GDPR Art 33-34): the record, the 72-hour clock and the checks.

Every breach is logged (Art 33(5)). The supervisory authority must be told within 72 hours of the
business becoming aware of it, unless the breach is unlikely to result in a risk (Art 33(1)); the
people affected must be told without undue delay when the risk is high (Art 34(1)), unless one
of the exceptions of Art 34(3) applies.

Times: like every other timestamp in the register (``SystemClock.now()``, the audit log) the
times here are *naive local wall-clock times*, meaning Finnish time (Europe/Helsinki), because
that is what the user reads off their watch and types in. The 72 hours are real elapsed hours,
not wall-clock hours and not business days: the clock converts to UTC to count them, so a period
across the spring change ends at 11:00 where it began at 10:00, and across the autumn change at
09:00. A time that occurs twice in the autumn (03:00-04:00) is read as its first occurrence,
which can only make the deadline earlier; a time skipped in spring is read as if the clocks had
not yet changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from .clock import Urgency
from .enums import StrEnum

LOCAL_ZONE = ZoneInfo("Europe/Helsinki")
NOTIFY_WITHIN = timedelta(hours=72)
"""Art 33(1): the authority is told within 72 hours of becoming aware."""
URGENT_HOURS = 24
"""Fewer hours left than this makes the notification "urgent"."""
SOON_HOURS = 48
"""Fewer hours left than this makes the notification "soon"."""


class BreachNature(StrEnum):
    """What the breach did to the data; several may apply."""

    CONFIDENTIALITY = "confidentiality"  # disclosed to or accessed by someone not entitled
    INTEGRITY = "integrity"  # altered without authority
    AVAILABILITY = "availability"  # lost or destroyed, even temporarily


class BreachRisk(StrEnum):
    """The assessed risk to people's rights and freedoms."""

    UNLIKELY = "unlikely"  # logged, the authority need not be told
    RISK = "risk"  # the authority is told within 72 hours
    HIGH = "high"  # the people affected are told too (Art 34)

    @property
    def authority_notification_required(self) -> bool:
        return self is not BreachRisk.UNLIKELY

    @property
    def people_must_be_informed(self) -> bool:
        return self is BreachRisk.HIGH


class BreachStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class InformExemption(StrEnum):
    """Why people affected by a high-risk breach were not told one by one (Art 34(3))."""

    NONE = "none"
    UNINTELLIGIBLE = "unintelligible"  # (a) the data was encrypted or otherwise unintelligible
    RISK_REMOVED = "risk_removed"  # (b) later measures mean the high risk is no longer likely
    PUBLIC_COMMUNICATION = "public_communication"  # (c) disproportionate effort: public notice

    @property
    def article(self) -> str:
        return {"none": "", "unintelligible": "34(3)(a)", "risk_removed": "34(3)(b)"}.get(
            self.value, "34(3)(c)"
        )


@dataclass(frozen=True)
class Breach:
    """One personal data breach and what was done about it."""

    discovered_at: datetime  # when the business became aware (naive local time)
    description: str  # what happened
    id: int | None = None
    recorded_at: datetime | None = None  # set by the service when the breach is logged
    natures: tuple[BreachNature, ...] = ()
    data_categories: str = ""  # which personal data (names, addresses, henkilötunnus...)
    people_affected: int | None = None  # approximate; None when not yet known
    records_affected: int | None = None  # approximate
    consequences: str = ""  # likely consequences for the people
    measures_taken: str = ""  # taken to address the breach and mitigate its effects
    measures_proposed: str = ""
    risk: BreachRisk = BreachRisk.RISK
    risk_reasoning: str = ""
    # Art 33: the notification to the supervisory authority.
    authority_notified_at: datetime | None = None
    authority_reference: str = ""  # the authority's case number
    delay_reasons: str = ""  # required when notified more than 72 hours after discovery
    notified_in_phases: bool = False  # Art 33(4): further information follows
    # Art 34: telling the people affected.
    people_informed_at: datetime | None = None
    people_informed_how: str = ""  # letter, e-mail, phone...
    people_informed_count: int | None = None
    inform_exemption: InformExemption = InformExemption.NONE
    inform_exemption_reason: str = ""
    status: BreachStatus = BreachStatus.OPEN
    closed_at: datetime | None = None
    customer_ids: tuple[int, ...] = ()  # people affected who are in the customer register

    @property
    def notification_due(self) -> datetime:
        return notification_due(self.discovered_at)

    @property
    def notification_required(self) -> bool:
        return self.risk.authority_notification_required

    @property
    def notified(self) -> bool:
        return self.authority_notified_at is not None

    @property
    def notified_late(self) -> bool:
        return self.notified and hours_between(self.discovered_at, self.authority_notified_at) > 72

    @property
    def clock_running(self) -> bool:
        """Whether the 72-hour clock still matters: required, not yet done, breach open."""
        return self.notification_required and not self.notified and self.status is BreachStatus.OPEN


# --- the 72-hour clock -----------------------------------------------------------------------


def to_utc(local: datetime) -> datetime:
    """A naive local (Helsinki) time as an aware UTC time; fold=0 picks the earlier instant of
    an hour that occurs twice."""
    if local.tzinfo is not None:
        return local.astimezone(UTC)
    return local.replace(tzinfo=LOCAL_ZONE, fold=0).astimezone(UTC)


def to_local(instant: datetime) -> datetime:
    """An aware instant as naive Helsinki wall-clock time."""
    return instant.astimezone(LOCAL_ZONE).replace(tzinfo=None)


def notification_due(discovered_at: datetime) -> datetime:
    """The moment 72 real hours after ``discovered_at``, as naive local time."""
    return to_local(to_utc(discovered_at) + NOTIFY_WITHIN)


def hours_between(start: datetime, end: datetime) -> float:
    """Real elapsed hours from ``start`` to ``end`` (negative when ``end`` is earlier)."""
    return (to_utc(end) - to_utc(start)).total_seconds() / 3600


def hours_left(discovered_at: datetime, now: datetime) -> float:
    """Real hours left to notify; 0 at the due moment itself, negative once it has passed."""
    return hours_between(now, notification_due(discovered_at))


def notification_urgency(breach: Breach, now: datetime) -> Urgency:
    """The colour of the breach's clock, on the request clock's scale. ``CLOSED`` once the
    authority has been told, when it need not be, or when the breach is closed. At exactly 72
    hours the notification is still in time ("within 72 hours"); a second later it is late."""
    if not breach.clock_running:
        return Urgency.CLOSED
    left = hours_left(breach.discovered_at, now)
    if left < 0:
        return Urgency.OVERDUE
    if left < URGENT_HOURS:
        return Urgency.URGENT
    if left < SOON_HOURS:
        return Urgency.SOON
    return Urgency.OK


def format_hours_left(hours: float) -> tuple[int, int]:
    """Whole hours and minutes of ``abs(hours)``, rounded down to the minute."""
    minutes = int(abs(hours) * 60)
    return divmod(minutes, 60)


def format_time(moment: datetime) -> str:
    """A time as Finnish and Swedish readers write it: 3.10.2026 14.05."""
    return f"{moment.day}.{moment.month}.{moment.year} {moment.hour}.{moment.minute:02d}"
