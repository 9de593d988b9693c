"""``requests ...``, ``retention due`` and ``demo``."""

from __future__ import annotations

import sys

from ..domain.enums import Channel, IdentityCheck, RequestStatus, RequestType
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.records import DataRequest
from ..services.requests import RequestView
from .context import opened
from .output import Output, customer_json, day, to_json


def request_json(view: RequestView) -> dict:
    """A request for scripts: CLI spellings of type and status, ISO dates, the whole clock."""
    request = view.request
    data = to_json(request)
    data.update(
        type=request.type.cli_name,
        status=request.status.cli_name,
        channel=request.channel.cli_name,
        identity=request.identity.cli_name,
        subject=view.subject,
        due=view.deadlines.due.isoformat(),
        extended_due=view.deadlines.extended_due.isoformat() if request.is_extended else None,
        effective_due=view.deadlines.effective_due.isoformat(),
        extension_notice_by=view.deadlines.extension_notice_by.isoformat(),
        days_left=view.days_left,
        urgency=view.urgency.value,
    )
    return data


def _table(out: Output, views: list[RequestView]) -> str:
    headers = [
        out.tr(QT_TRANSLATE_NOOP("Cli", "Id")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Type")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Subject")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Received")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Due")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Days left")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Status")),
    ]
    rows = [
        [
            str(v.request.id),
            v.request.type.cli_name,
            v.subject,
            day(v.request.received),
            day(v.deadlines.effective_due),
            "" if v.days_left is None else str(v.days_left),
            v.request.status.cli_name,
        ]
        for v in views
    ]
    return out.table(headers, rows)


def _one(out: Output, view: RequestView, source: str) -> None:
    text = out.tr(source, view.request.id) + "\n" + _table(out, [view])
    out.emit(request_json(view), text)


def add(args, out: Output) -> int:
    with opened(args) as services:
        view = services.requests.add(
            DataRequest(
                type=RequestType.from_cli(args.type),
                received=args.received or services.clock.today(),
                customer_id=args.customer,
                requester_name=args.requester or "",
                requester_contact=args.contact,
                channel=Channel.from_cli(args.channel),
                description=args.description,
                identity=IdentityCheck.REQUESTED
                if args.identity_requested
                else IdentityCheck.NOT_NEEDED,
            )
        )
    _one(out, view, QT_TRANSLATE_NOOP("Cli", "Request %1 logged."))
    return 0


def list_(args, out: Output) -> int:
    with opened(args) as services:
        views = services.requests.list(
            statuses=tuple(RequestStatus.from_cli(s) for s in args.status or ()) or None,
            types=tuple(RequestType.from_cli(t) for t in args.type or ()) or None,
            open_only=args.open,
            due_within=args.due_within,
            overdue=args.overdue,
            customer_id=args.customer,
        )
    text = _table(out, views) or out.tr(QT_TRANSLATE_NOOP("Cli", "No requests."))
    out.emit([request_json(v) for v in views], text)
    return 0


def show(args, out: Output) -> int:
    with opened(args) as services:
        view = services.requests.get(args.id)
    _one(out, view, QT_TRANSLATE_NOOP("Cli", "Request %1"))
    return 0


def extend(args, out: Output) -> int:
    with opened(args) as services:
        view = services.requests.extend(args.id, args.reason)
    _one(out, view, QT_TRANSLATE_NOOP("Cli", "Request %1 extended."))
    return 0


def complete(args, out: Output) -> int:
    with opened(args) as services:
        view = services.requests.complete(args.id, args.outcome)
    _one(out, view, QT_TRANSLATE_NOOP("Cli", "Request %1 completed."))
    return 0


def refuse(args, out: Output) -> int:
    with opened(args) as services:
        view = services.requests.refuse(args.id, args.reason)
    _one(out, view, QT_TRANSLATE_NOOP("Cli", "Request %1 refused."))
    return 0


def withdraw(args, out: Output) -> int:
    with opened(args) as services:
        view = services.requests.withdraw(args.id)
    _one(out, view, QT_TRANSLATE_NOOP("Cli", "Request %1 withdrawn."))
    return 0


def identity(args, out: Output) -> int:
    with opened(args) as services:
        view = services.requests.mark_identity(args.id, IdentityCheck(args.state))
    _one(out, view, QT_TRANSLATE_NOOP("Cli", "Identity check of request %1 recorded."))
    return 0


def retention_due(args, out: Output) -> int:
    with opened(args) as services:
        due = services.retention.due(args.limit)
    data = [
        {
            "customer": customer_json(item.customer),
            "register_id": item.register_id,
            "register": item.register_name,
            "anchor": item.anchor.isoformat(),
            "expired_on": item.expired_on.isoformat(),
        }
        for item in due
    ]
    headers = [
        out.tr(QT_TRANSLATE_NOOP("Cli", "Id")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Name")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Register")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Expired on")),
    ]
    rows = [
        [str(i.customer.id), i.customer.display_name, i.register_name, day(i.expired_on)]
        for i in due
    ]
    out.emit(
        data,
        out.table(headers, rows)
        or out.tr(QT_TRANSLATE_NOOP("Cli", "Nobody is past their retention period.")),
    )
    return 0


def demo(args, out: Output) -> int:
    from ..services.demo import generate_demo

    def progress(done: int, total: int) -> None:
        if not out.json_mode and sys.stderr.isatty():
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    with opened(args) as services:
        summary = generate_demo(services, args.customers, seed=args.seed, progress=progress)
    if not out.json_mode and sys.stderr.isatty():
        print(file=sys.stderr)
    out.emit(
        summary,
        out.tr(
            QT_TRANSLATE_NOOP("Cli", "Demo register ready in %1: %2 customers."),
            services.data_dir,
            args.customers,
        ),
    )
    return 0
