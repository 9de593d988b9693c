"""A request's clock: its due dates derived from the record and the legal clock."""

from __future__ import annotations

import functools
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
    return _deadlines(request.received, request.is_extended)


@functools.lru_cache(maxsize=4096)
def _deadlines(received: date, extended: bool) -> RequestDeadlines:
    """Pure in its two arguments, and asked for thousands of times by a list of requests."""
    due = clock.response_due(received)
    three_months = clock.extended_due(received)
    return RequestDeadlines(
        due=due,
        extended_due=three_months,
        extension_notice_by=clock.extension_notice_by(received),
        effective_due=three_months if extended else due,
    )


def request_urgency(request: DataRequest, today: date) -> clock.Urgency:
    """The colour of the request's clock; closed requests no longer run one."""
    deadlines = request_deadlines(request)
    return clock.urgency(deadlines.effective_due, today, closed=request.status.is_closed)
