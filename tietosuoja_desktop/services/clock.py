"""Today, injected: the services ask a clock, so tests control the date."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Protocol


class Clock(Protocol):
    def today(self) -> date: ...

    def now(self) -> datetime: ...


class SystemClock:
    def today(self) -> date:
        return date.today()

    def now(self) -> datetime:
        return datetime.now().replace(microsecond=0)


class FixedClock:
    """A clock that says what a test tells it; ``advance`` moves it on."""

    def __init__(self, today: date, at: time = time(12)) -> None:
        self._today = today
        self._time = at

    def today(self) -> date:
        return self._today

    def now(self) -> datetime:
        return datetime.combine(self._today, self._time)

    def set(self, today: date, at: time | None = None) -> None:
        """Move to ``today`` (and the time of day ``at``, when given; noon by default)."""
        self._today = today
        if at is not None:
            self._time = at
