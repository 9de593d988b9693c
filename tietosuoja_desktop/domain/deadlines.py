"""A request's clock: its due dates derived from the record and the legal clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from . import clock
from .records import DataRequest


@dataclass(frozen=True)
class RequestDeadlines:
    due: date  # one month (Art 12(3))
    extended_due: date  # three months, if extended
    extension_notice_by: date  # last day to tell the person of an extension or of no action
    effective_due: date  # the one that applies now

    def days_left(self, today: date) -> int:
        return clock.days_left(self.effective_due, today)


def request_deadlines(request: DataRequest) -> RequestDeadlines:
    due = clock.response_due(request.received)
    extended = clock.extended_due(request.received)
    return RequestDeadlines(
        due=due,
        extended_due=extended,
        extension_notice_by=clock.extension_notice_by(request.received),
        effective_due=extended if request.is_extended else due,
    )


def request_urgency(request: DataRequest, today: date) -> clock.Urgency:
    """The colour of the request's clock; closed requests no longer run one."""
    deadlines = request_deadlines(request)
    return clock.urgency(deadlines.effective_due, today, closed=request.status.is_closed)
