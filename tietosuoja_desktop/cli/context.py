"""Opening the register for one command."""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import fields, replace

from ..paths import resolve_data_dir
from ..services import Services, open_services


@contextmanager
def opened(args):
    services: Services = open_services(resolve_data_dir(args.data_dir), args.clock)
    try:
        yield services
    finally:
        services.close()


def given(args, names) -> dict:
    """The options the user actually gave, by record field name (``first-name`` -> first_name)."""
    values = {}
    for name in names:
        value = getattr(args, name, None)
        if value is not None:
            values[name] = value
    return values


def merged(record, values: dict):
    """``record`` with ``values`` applied, ignoring names the record does not have."""
    known = {f.name for f in fields(record)}
    return replace(record, **{k: v for k, v in values.items() if k in known})
