"""``breaches add|list|show|notify|inform|close``: the breach log (Art 33-34) and its clock."""

from __future__ import annotations

from ..domain.breaches import (
    Breach,
    BreachNature,
    BreachRisk,
    InformExemption,
    format_hours_left,
    format_time,
)
from ..domain.clock import Urgency
from ..domain.enums import Language
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.serialise import to_json
from ..services.breaches import BreachView
from ..services.documents import breach_letter_name
from .commands_documents import _signing_error
from .context import opened, passphrase
from .output import CliError, Output


def breach_json(view: BreachView) -> dict:
    data = to_json(view.breach)
    data.update(
        natures=[n.cli_name for n in view.breach.natures],
        risk=view.breach.risk.cli_name,
        inform_exemption=view.breach.inform_exemption.cli_name,
        status=view.breach.status.cli_name,
        notification_required=view.breach.notification_required,
        notification_due=view.due.isoformat(timespec="seconds"),
        hours_left=None if view.hours_left is None else round(view.hours_left, 2),
        urgency=view.urgency.value,
    )
    return data


def clock_text(out: Output, view: BreachView) -> str:
    breach = view.breach
    if breach.notified:
        notified = format_time(breach.authority_notified_at)
        return out.tr(QT_TRANSLATE_NOOP("Cli", "notified %1"), notified)
    if not breach.notification_required:
        return out.tr(QT_TRANSLATE_NOOP("Cli", "not required"))
    if view.hours_left is None:
        return ""
    hours, minutes = format_hours_left(view.hours_left)
    if view.urgency is Urgency.OVERDUE:
        return out.tr(QT_TRANSLATE_NOOP("Cli", "overdue by %1 h %2 min"), hours, minutes)
    return out.tr(QT_TRANSLATE_NOOP("Cli", "%1 h %2 min left"), hours, minutes)


def _table(out: Output, views: list[BreachView]) -> str:
    headers = [
        out.tr(QT_TRANSLATE_NOOP("Cli", "Id")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Discovered")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Risk")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Notify by")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "72-hour clock")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Status")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Description")),
    ]
    rows = []
    for v in views:
        summary = v.breach.description.splitlines()[0] if v.breach.description else ""
        rows.append(
            [
                str(v.breach.id),
                format_time(v.breach.discovered_at),
                v.breach.risk.cli_name,
                format_time(v.due) if v.breach.notification_required else "",
                clock_text(out, v),
                v.breach.status.cli_name,
                summary[:40] + ("…" if len(summary) > 40 else ""),
            ]
        )
    return out.table(headers, rows)


def _one(out: Output, view: BreachView, source: str, extra: dict | None = None) -> None:
    text = out.tr(source, view.breach.id) + "\n" + _table(out, [view])
    out.emit({**breach_json(view), **(extra or {})}, text)


def add_(args, out: Output) -> int:
    with opened(args) as services:
        view = services.breaches.add(
            Breach(
                discovered_at=args.discovered or services.clock.now(),
                description=args.description,
                natures=tuple(BreachNature.from_cli(n) for n in args.natures),
                data_categories=args.data_categories,
                people_affected=args.people,
                records_affected=args.records,
                consequences=args.consequences,
                measures_taken=args.measures_taken,
                measures_proposed=args.measures_proposed,
                risk=BreachRisk.from_cli(args.risk),
                risk_reasoning=args.risk_reasoning,
                customer_ids=tuple(args.customers),
            )
        )
    _one(out, view, QT_TRANSLATE_NOOP("Cli", "Breach %1 logged."))
    return 0


def list_(args, out: Output) -> int:
    with opened(args) as services:
        views = services.breaches.list(open_only=args.open)
    text = _table(out, views) or out.tr(QT_TRANSLATE_NOOP("Cli", "No breaches."))
    out.emit([breach_json(v) for v in views], text)
    return 0


def show_(args, out: Output) -> int:
    extra = {}
    with opened(args) as services:
        view = services.breaches.get(args.id)
        if args.pdf:
            controller = services.controller.get()
            language = Language(
                args.doc_lang or (controller.document_language if controller else "fi")
            )
            exported = services.documents.breach_report(args.id, language)
            out.save(args.pdf, exported.pdf, make_folder=True)
            extra["path"] = str(args.pdf.resolve())
    _one(out, view, QT_TRANSLATE_NOOP("Cli", "Breach %1"), extra)
    return 0


def notify_(args, out: Output) -> int:
    with opened(args) as services:
        view = services.breaches.record_notification(
            args.id,
            args.at or services.clock.now(),
            reference=args.reference,
            delay_reasons=args.delay_reasons,
            in_phases=args.phases,
        )
    _one(out, view, QT_TRANSLATE_NOOP("Cli", "Notification of breach %1 recorded."))
    return 0


def inform_(args, out: Output) -> int:
    from ..services.signatures import SigningError  # loads cryptography: only when signing

    if args.sign and not args.letters:
        needs = QT_TRANSLATE_NOOP("Cli", "--sign signs the letters: give --letters FOLDER too.")
        raise CliError(out.tr(needs), 2)
    letters = []
    with opened(args) as services:
        exemption = InformExemption.from_cli(args.exemption) if args.exemption else None
        people = services.breaches.affected_customers(args.id)
        count = args.count
        if count is None and args.letters and people:
            count = len(people)
        secret = passphrase(out) if args.sign else None
        try:
            if secret is not None:  # a typo stops here, before anything is recorded
                services.documents.check_passphrase(secret)
            view = services.breaches.record_people_informed(
                args.id,
                None if exemption and args.at is None else (args.at or services.clock.now()),
                how=args.how,
                count=count,
                exemption=exemption or InformExemption.NONE,
                exemption_reason=args.exemption_reason,
            )
            if args.letters:
                made = services.documents.breach_letters(args.id, passphrase=secret)
                for customer, exported in made:
                    target = args.letters / breach_letter_name(args.id, customer.id)
                    out.save(target, exported.pdf, make_folder=True)
                    letters.append(str(target.resolve()))
        except SigningError as error:
            raise _signing_error(out, error) from None
    source = QT_TRANSLATE_NOOP("Cli", "People informed of breach %1 recorded.")
    _one(out, view, source, {"letters": letters, "signed": secret is not None})
    if letters and not out.json_mode:
        written = QT_TRANSLATE_NOOP("Cli", "%1 letters written to %2.")
        print(out.tr(written, len(letters), args.letters))
    return 0


def close_(args, out: Output) -> int:
    with opened(args) as services:
        view = services.breaches.close(args.id)
    _one(out, view, QT_TRANSLATE_NOOP("Cli", "Breach %1 closed."))
    return 0
