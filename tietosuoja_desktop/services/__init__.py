"""Services: the use cases a person performs, one transaction each, audited. No Qt."""

from .app import Services, open_services
from .clock import Clock, FixedClock, SystemClock
from .errors import NotFound, RuleViolation

__all__ = [
    "Clock",
    "FixedClock",
    "NotFound",
    "RuleViolation",
    "Services",
    "SystemClock",
    "open_services",
]
