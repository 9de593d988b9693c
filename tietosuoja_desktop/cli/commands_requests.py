"""``requests ...``, ``retention due`` and ``demo``."""

from __future__ import annotations

import sys
from pathlib import Path

from ..domain.clock import format_date
from ..domain.enums import (
    Channel,
    IdentityCheck,
    Language,
    RequestStatus,
    RequestType,
    SentVia,
)
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.records import DataRequest
from ..domain.request_types import Step, spec
from ..services.requests import RequestView
from .commands_customers import confirm
from .context import opened, passphrase
from .output import CliError, Output, customer_json, day, to_json


def request_json(view: RequestView) -> dict:
    """A request for scripts: CLI spellings of type and status, ISO dates, the whole clock."""
    request = view.request
    data = to_json(request)
    data.update(
        type=request.type.cli_name,
        status=request.status.cli_name,
        channel=request.channel.cli_name,
        identity=request.identity.cli_name,
        sent_via=request.sent_via.cli_name if request.sent_via else None,
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


def _identity(args) -> IdentityCheck:
    if args.identity_requested:
        return IdentityCheck.REQUESTED
    return IdentityCheck.CONFIRMED if args.identity_certain else IdentityCheck.NOT_NEEDED


def add(args, out: Output) -> int:
    with opened(args, out) as services:
        view = services.requests.add(
            DataRequest(
                type=RequestType.from_cli(args.type),
                received=args.received or services.clock.today(),
                customer_id=args.customer,
                requester_name=args.requester or "",
                requester_contact=args.contact,
                channel=Channel.from_cli(args.channel),
                description=args.description,
                identity=_identity(args),
            ),
            args.identity_certain or "",
        )
    _one(out, view, QT_TRANSLATE_NOOP("Cli", "Request %1 logged."))
    if view.request.identity is IdentityCheck.UNCONFIRMED:
        text = QT_TRANSLATE_NOOP(
            "Cli",
            "Identity not confirmed: the contact given is not the e-mail or phone the register "
            "holds. Ask for proof: requests identity %1 requested.",
        )
        print(out.tr(text, view.request.id), file=sys.stderr)
    return 0


def list_(args, out: Output) -> int:
    with opened(args, out) as services:
        views = services.requests.list(
            statuses=tuple(RequestStatus.from_cli(s) for s in args.status or ()) or None,
            types=tuple(RequestType.from_cli(t) for t in args.type or ()) or None,
            open_only=args.open,
            due_within=args.due_within,
            overdue=args.overdue,
            customer_id=args.customer,
        )
    out.emit(
        [request_json(v) for v in views],
        lambda: _table(out, views) or out.tr(QT_TRANSLATE_NOOP("Cli", "No requests.")),
    )
    return 0


def show(args, out: Output) -> int:
    with opened(args, out) as services:
        view = services.requests.get(args.id)
    _one(out, view, QT_TRANSLATE_NOOP("Cli", "Request %1"))
    return 0


def complete(args, out: Output) -> int:
    with opened(args, out) as services:
        view = services.requests.complete(
            args.id, args.outcome, recipients_reason=args.recipients_reason
        )
    _one(out, view, QT_TRANSLATE_NOOP("Cli", "Request %1 completed."))
    return 0


def sent(args, out: Output) -> int:
    with opened(args, out) as services:
        view = services.requests.mark_sent(
            args.id,
            SentVia.from_cli(args.via),
            args.on,
            args.reference,
            recipients_reason=args.recipients_reason,
        )
    _one(out, view, QT_TRANSLATE_NOOP("Cli", "Request %1 sent and completed."))
    return 0


def email_draft(args, out: Output) -> int:
    with opened(args, out) as services:
        draft = services.email_drafts.draft(args.id)
    path = out.save(args.out or Path(draft.file_name), draft.data)
    source = QT_TRANSLATE_NOOP(
        "Cli",
        "E-mail draft for %1 saved as %2: open it in your mail program, send it, then record "
        "it with requests sent.",
    )
    data = {"request_id": args.id, "to": draft.to, "path": path, "document": draft.document}
    out.emit(data, out.tr(source, draft.to, path))
    return 0


def withdraw(args, out: Output) -> int:
    with opened(args, out) as services:
        view = services.requests.withdraw(args.id)
    _one(out, view, QT_TRANSLATE_NOOP("Cli", "Request %1 withdrawn."))
    return 0


def retention_due(args, out: Output) -> int:
    with opened(args, out) as services:
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
    from ..services.demo import generate_demo  # faker (about 0.3 s) only for the demo

    def progress(done: int, total: int) -> None:
        if not out.json_mode and sys.stderr.isatty():
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    with opened(args, out) as services:
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


# -- the workflow: letters and answers ---------------------------------------------------------


def _lang(args) -> Language | None:
    return Language(args.doc_lang) if getattr(args, "doc_lang", None) else None


def _secret(args, out: Output) -> str | None:
    if not getattr(args, "sign", False):
        return None

    return passphrase(out)


def _respond(args, out: Output, response, source: str, default_letter: Path | None = None) -> int:
    """Print the request and save what the response produced."""
    data = request_json(response.request)
    text = out.tr(source, response.request.request.id) + "\n" + _table(out, [response.request])
    letter_path = getattr(args, "letter", None) or getattr(args, "out", None) or default_letter
    paper = response.report or response.letter
    if paper is not None:
        data["document"] = to_json(paper.document)
        if letter_path is not None:
            data["document_path"] = out.save(letter_path, paper.pdf)
            text += "\n" + out.tr(QT_TRANSLATE_NOOP("Cli", "Saved %1."), letter_path)
    if response.portability_zip is not None:
        target = args.zip or Path(f"siirto-{response.request.request.id}.zip")
        data["zip_path"] = out.save(target, response.portability_zip)
        text += "\n" + out.tr(QT_TRANSLATE_NOOP("Cli", "Saved %1."), target)
    if response.erasure is not None:
        data["erasure"] = to_json(response.erasure)
    if response.recipients_to_tell:
        data["recipients_to_tell"] = list(response.recipients_to_tell)
        text += "\n" + out.tr(
            QT_TRANSLATE_NOOP(
                "Cli", "Recipients to tell (Art 19; tick them with: requests recipients %1): %2"
            ),
            response.request.request.id,
            "; ".join(response.recipients_to_tell),
        )
    out.emit(data, text)
    return 0


def _signed(out: Output, make):
    from ..services.signatures import SigningError  # loads cryptography: only when signing

    try:
        return make()
    except SigningError as error:
        raise CliError(out.tr(QT_TRANSLATE_NOOP("Cli", "Signing failed: %1"), error), 2) from None


def extend(args, out: Output) -> int:
    secret = _secret(args, out)
    with opened(args, out) as services:
        response = _signed(
            out,
            lambda: services.fulfilment.extend(
                args.id, args.reason, language=_lang(args), passphrase=secret
            ),
        )
    return _respond(args, out, response, QT_TRANSLATE_NOOP("Cli", "Request %1 extended."))


def refuse(args, out: Output) -> int:
    secret = _secret(args, out)
    with opened(args, out) as services:
        response = _signed(
            out,
            lambda: services.fulfilment.refuse(
                args.id, args.reason, language=_lang(args), passphrase=secret
            ),
        )
    return _respond(args, out, response, QT_TRANSLATE_NOOP("Cli", "Request %1 refused."))


def acknowledge(args, out: Output) -> int:
    secret = _secret(args, out)
    with opened(args, out) as services:
        response = _signed(
            out,
            lambda: services.fulfilment.acknowledge(
                args.id, language=_lang(args), passphrase=secret
            ),
        )
    return _respond(
        args, out, response, QT_TRANSLATE_NOOP("Cli", "Receipt of request %1 acknowledged.")
    )


def identity(args, out: Output) -> int:
    state = IdentityCheck(args.state)
    if state is IdentityCheck.REQUESTED:
        secret = _secret(args, out)
        with opened(args, out) as services:
            response = _signed(
                out,
                lambda: services.fulfilment.request_identity(
                    args.id, args.reason, language=_lang(args), passphrase=secret
                ),
            )
        return _respond(
            args, out, response, QT_TRANSLATE_NOOP("Cli", "Proof of identity asked for request %1.")
        )
    with opened(args, out) as services:
        view = services.requests.mark_identity(args.id, state)
    _one(out, view, QT_TRANSLATE_NOOP("Cli", "Identity check of request %1 recorded."))
    return 0


def fulfil(args, out: Output) -> int:
    secret = _secret(args, out)
    with opened(args, out) as services:
        view = services.requests.get(args.id)
        erases = spec(view.request.type).step is Step.ERASE
        if erases and view.request.customer_id is not None:
            preview = services.erasure.preview(view.request.customer_id)
            if not args.yes:
                question = out.tr(
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "Erase customer %1 (%2 orders kept anonymised for bookkeeping)? [y/N]",
                    ),
                    view.request.customer_id,
                    len(preview.anonymised_orders),
                )
                if not confirm(out, question):
                    out.emit(
                        {"erased": False}, out.tr(QT_TRANSLATE_NOOP("Cli", "Nothing was erased."))
                    )
                    return 1
        response = _signed(
            out,
            lambda: services.fulfilment.fulfil(
                args.id,
                language=_lang(args),
                passphrase=secret,
                purposes=tuple(args.purposes) if args.purposes else None,
                changed_fields=tuple(args.changed_fields) if args.changed_fields else None,
                note=args.note,
            ),
        )
    default = Path(f"vastaus-{args.id}.pdf")
    source = QT_TRANSLATE_NOOP(
        "Cli", "Request %1 prepared: once the answer has gone, record it with requests sent."
    )
    return _respond(args, out, response, source, default)


def attach(args, out: Output) -> int:
    try:
        data = args.file.read_bytes()
    except OSError as error:
        raise CliError(
            out.tr(QT_TRANSLATE_NOOP("Cli", "Could not read %1: %2"), args.file, error.strerror)
        ) from None
    with opened(args, out) as services:
        attachment = services.requests.attach(args.id, args.file.name, data)
    out.emit(
        attachment,
        out.tr(
            QT_TRANSLATE_NOOP("Cli", "Attached %1 to request %2."), attachment.filename, args.id
        ),
    )
    return 0


def timeline(args, out: Output) -> int:
    with opened(args, out) as services:
        events = services.requests.timeline(args.id)
    erased = QT_TRANSLATE_NOOP("Cli", "removed when the person's data was erased on %1")
    lines = [
        f"{format_date(e.at.date())}  {e.action}  {e.note}".rstrip()
        + (
            f"  ({out.tr(erased, format_date(e.document_erased_on))})"
            if e.document_erased_on
            else ""
        )
        for e in events
    ]
    out.emit(events, "\n".join(lines))
    return 0


def report(args, out: Output) -> int:
    if args.end < args.start:
        raise CliError(out.tr(QT_TRANSLATE_NOOP("Cli", "--to must not be before --from.")))
    with opened(args, out) as services:
        controller = services.controller.get()
        language = _lang(args) or (controller.document_language if controller else Language.FI)
        pdf, csv_text = services.fulfilment.request_log(args.start, args.end, language)
    pdf_path = args.pdf or Path(f"pyyntoloki-{args.start}-{args.end}.pdf")
    csv_path = args.csv or Path(f"pyyntoloki-{args.start}-{args.end}.csv")
    data = {
        "pdf": out.save(pdf_path, pdf),
        "csv": out.save(csv_path, csv_text.encode("utf-8-sig")),
    }
    out.emit(data, out.tr(QT_TRANSLATE_NOOP("Cli", "Saved %1 and %2."), pdf_path, csv_path))
    return 0
