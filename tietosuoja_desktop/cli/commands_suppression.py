"""``marketing suppress add|import|count|clear``: the suppression list of addresses and numbers
never to be sent marketing, kept as keyed hashes (services/suppression.py)."""

from __future__ import annotations

from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.suppression import SuppressionKind
from .commands_data import _confirm, _services, csv_refusals
from .output import CliError, Output

KIND_NAMES = {
    SuppressionKind.EMAIL: QT_TRANSLATE_NOOP("Cli", "E-mail addresses"),
    SuppressionKind.PHONE: QT_TRANSLATE_NOOP("Cli", "Phone numbers"),
    SuppressionKind.ADDRESS: QT_TRANSLATE_NOOP("Cli", "Postal addresses"),
}
CLEAR_NEEDS_CONFIRMATION = QT_TRANSLATE_NOOP(
    "Cli", "Clearing the suppression list needs confirmation: run it on a terminal or add --yes."
)


def suppress_add(args, out: Output) -> int:
    given = [
        (SuppressionKind.EMAIL, args.email, ""),
        (SuppressionKind.PHONE, args.phone, ""),
        (SuppressionKind.ADDRESS, args.address, args.postal_code or ""),
    ]
    given = [entry for entry in given if entry[1] is not None]
    if not given:
        raise CliError(out.tr(QT_TRANSLATE_NOOP("Cli", "Give --email, --phone or --address.")))
    with _services(args, out) as services:
        added = [services.marketing.suppression.add(*entry) for entry in given]
    text = [
        out.tr(QT_TRANSLATE_NOOP("Cli", "Added to the suppression list."))
        if new
        else out.tr(QT_TRANSLATE_NOOP("Cli", "Already on the suppression list."))
        for new in added
    ]
    out.emit({"added": sum(added), "already": len(added) - sum(added)}, "\n".join(text))
    return 0


def suppress_import(args, out: Output) -> int:
    with _services(args, out) as services, csv_refusals(out, args.file):
        report = services.marketing.suppression.import_csv(args.file)
    text = out.tr(
        QT_TRANSLATE_NOOP("Cli", "%1 added to the suppression list, %2 were on it already."),
        report.added,
        report.already,
    )
    if report.rejected_lines:
        lines = ", ".join(str(line) for line in report.rejected_lines[:20])
        text += "\n" + out.tr(
            QT_TRANSLATE_NOOP(
                "Cli", "%1 rows had no valid e-mail address, phone number or address (lines %2)."
            ),
            len(report.rejected_lines),
            lines + (", ..." if len(report.rejected_lines) > 20 else ""),
        )
    out.emit(report, text)
    return 0


def suppress_count(args, out: Output) -> int:
    with _services(args, out) as services:
        counts = services.marketing.suppression.count()
    rows = [[out.tr(KIND_NAMES[kind]), str(number)] for kind, number in counts.items()]
    headers = [
        out.tr(QT_TRANSLATE_NOOP("Cli", "On the list")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Number")),
    ]
    out.emit({kind.value: number for kind, number in counts.items()}, out.table(headers, rows))
    return 0


def suppress_clear(args, out: Output) -> int:
    question = out.tr(QT_TRANSLATE_NOOP("Cli", "Remove everything from the suppression list?"))
    if not args.yes and not _confirm(out, question, CLEAR_NEEDS_CONFIRMATION):
        return 1
    with _services(args, out) as services:
        removed = services.marketing.suppression.clear()
    text = out.tr(QT_TRANSLATE_NOOP("Cli", "%1 removed from the suppression list."), removed)
    out.emit({"removed": removed}, text)
    return 0
