"""``customers hold``: keep a person out of bulk retention erasure; ``retention due|erase``:
who is past their register's retention rule, and erasing them all in one run."""

from __future__ import annotations

from ..domain.i18n import QT_TRANSLATE_NOOP
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
