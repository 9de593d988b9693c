"""Services: the use cases a person performs, one transaction each, audited. No Qt.

The names below load on first use (PEP 562), so that importing one small service module (its
errors, a constant) does not import every service, SQLAlchemy and the document builders: the
command line's ``--version`` and ``--help`` need none of them."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .app import Services, open_services
    from .clock import Clock, FixedClock, SystemClock
    from .errors import NotFound, RuleViolation

_WHERE = {
    "Clock": "clock",
    "FixedClock": "clock",
    "NotFound": "errors",
    "RuleViolation": "errors",
    "Services": "app",
    "SystemClock": "clock",
    "open_services": "app",
}

__all__ = [
    "Clock",
    "FixedClock",
    "NotFound",
    "RuleViolation",
    "Services",
    "SystemClock",
    "open_services",
]


def __getattr__(name: str):
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
