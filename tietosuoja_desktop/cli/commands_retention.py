"""``customers hold``: keep a person out of bulk retention erasure; ``retention due|erase``:
who is past their register's retention rule, and erasing them all in one run."""

from __future__ import annotations

import sys

from ..domain.enums import Language
from ..domain.i18n import QT_TRANSLATE_NOOP, Message
from ..domain.retention_run import CONTEXT, RetentionPlan, RetentionRunResult, SkipReason
from .context import opened
from .output import CliError, Output, day


def hold_(args, out: Output) -> int:
    if args.release:
        if args.reason or args.until:
            raise CliError(
                out.tr(QT_TRANSLATE_NOOP("Cli", "Give either --release or --reason and --until."))
            )
        with opened(args, out) as services:
            released = services.holds.release(args.id)
        text = (
            QT_TRANSLATE_NOOP("Cli", "The legal hold on customer %1 was released.")
            if released
            else QT_TRANSLATE_NOOP("Cli", "Customer %1 was not on legal hold.")
        )
        out.emit({"customer_id": args.id, "released": released}, out.tr(text, args.id))
        return 0
    if not args.reason or args.until is None:
        raise CliError(
            out.tr(
                QT_TRANSLATE_NOOP(
                    "Cli", "A legal hold needs --reason and --until (or --release to end one)."
                )
            )
        )
    with opened(args, out) as services:
        hold = services.holds.place(args.id, args.reason, args.until)
    out.emit(
        hold,
        out.tr(
            QT_TRANSLATE_NOOP(
                "Cli", "Customer %1 is on legal hold until %2: bulk retention erasure skips them."
            ),
            args.id,
            day(hold.until),
        ),
    )
    return 0


def plan_json(plan: RetentionPlan) -> dict:
    return {
        "on": plan.on.isoformat(),
        "people": plan.people,
        "orders_anonymised": plan.orders_anonymised,
        "orders_deleted": plan.orders_deleted,
        "documents_deleted": plan.documents_deleted,
        "skipped": {reason.value: plan.skipped.get(reason, 0) for reason in SkipReason},
        "rules": [
            {
                "register_id": rule.register_id,
                "register": rule.register_name,
                "years": rule.years,
                "anchor": rule.anchor.cli_name,
                "people": rule.people,
            }
            for rule in plan.rules
        ],
    }


def plan_text(out: Output, plan: RetentionPlan) -> str:
    lines = [
        out.tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Past retention on %1: %2 people to erase; %3 orders are kept anonymised for "
                "bookkeeping, %4 orders and %5 archived documents are deleted.",
            ),
            day(plan.on),
            plan.people,
            plan.orders_anonymised,
            plan.orders_deleted,
            plan.documents_deleted,
        )
    ]
    for rule in plan.rules:
        lines.append(
            out.tr(
                QT_TRANSLATE_NOOP("Cli", "  %1: %2 years from %3, %4 people"),
                rule.register_name,
                rule.years,
                rule.anchor.cli_name,
                rule.people,
            )
        )
    lines.append(out.tr(QT_TRANSLATE_NOOP("Cli", "Skipped: %1 people."), plan.skipped_total))
    for reason in SkipReason:
        if plan.skipped.get(reason):
            label = out.render(Message(CONTEXT, reason.label))
            lines.append(f"  {label}: {plan.skipped[reason]}")
    return "\n".join(lines)


def _result_text(out: Output, result: RetentionRunResult) -> str:
    return out.tr(
        QT_TRANSLATE_NOOP(
            "Cli",
            "%1 people erased; %2 orders kept anonymised, %3 orders and %4 documents deleted.",
        ),
        result.erased,
        result.orders_anonymised,
        result.orders_deleted,
        result.documents_deleted,
    )


def erase_(args, out: Output) -> int:
    if args.dry_run == args.yes:
        raise CliError(
            out.tr(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "Erasing everyone past retention cannot be undone: see the plan with "
                    "--dry-run, then run it with --yes.",
                )
            )
        )
    with opened(args, out) as services:
        plan = services.retention_run.plan()
        if args.dry_run:
            out.emit(plan_json(plan), plan_text(out, plan))
            return 0
        controller = services.controller.get()
        if controller is None:
            raise CliError(
                out.tr(
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "Fill in the business's details first (tietosuoja init): the run's "
                        "report names the business. Nothing was erased.",
                    )
                )
            )
        language = Language(args.doc_lang or controller.document_language)

        def progress(done: int, total: int) -> None:
            if not out.json_mode and sys.stderr.isatty():
                print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

        result = services.retention_run.run(plan, progress=progress)
        if not out.json_mode and sys.stderr.isatty() and plan.people:
            print(file=sys.stderr)
        report = services.documents.retention_report(result, language)
    text = (
        _result_text(out, result)
        + "\n"
        + out.tr(
            QT_TRANSLATE_NOOP("Cli", "The report was archived as document %1."), report.document.id
        )
    )
    data = {
        "plan": plan_json(plan),
        "erased": result.erased,
        "orders_anonymised": result.orders_anonymised,
        "orders_deleted": result.orders_deleted,
        "documents_deleted": result.documents_deleted,
        "report_document_id": report.document.id,
    }
    out.emit(data, text)
    return 0
