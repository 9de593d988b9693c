"""``requests recipients ID``: the Art 19 checklist of a rectification, erasure or restriction
(domain/recipients.py), listed, or one recipient ticked as told (``--told N --via --on``), as
not disclosed to (``--not-disclosed N``) or open again (``--reopen N``); ``--letter FILE``
saves the short letter that gives the person the list of recipients."""

from __future__ import annotations

from ..domain.clock import format_date
from ..domain.i18n import QT_TRANSLATE_NOOP, Message
from ..domain.recipients import STATUS_LABELS, VIA_LABELS, RecipientNotice, ToldVia
from ..domain.serialise import to_json
from .context import opened
from .output import CliError, Output


def notice_json(notice: RecipientNotice) -> dict:
    data = to_json(notice)
    data.update(
        status=notice.status.cli_name,
        source=notice.source.cli_name,
        told_via=notice.told_via.cli_name if notice.told_via else None,
    )
    return data


def _line(out: Output, notice: RecipientNotice) -> str:
    state = out.render(Message("Recipients", STATUS_LABELS[notice.status]))
    if notice.told_via is not None:
        via = out.render(Message("Recipients", VIA_LABELS[notice.told_via]))
        state = f"{state} {format_date(notice.told_on)} ({via})"
    return f"{notice.position:>3}  {notice.name}  [{state}]"


def recipients(args, out: Output) -> int:
    chosen = [n for n in (args.told, args.not_disclosed, args.reopen) if n is not None]
    if len(chosen) > 1:
        raise CliError(
            out.tr(
                QT_TRANSLATE_NOOP("Cli", "Give only one of --told, --not-disclosed and --reopen.")
            )
        )
    if (args.via or args.on) and args.told is None:
        raise CliError(out.tr(QT_TRANSLATE_NOOP("Cli", "--via and --on go with --told.")))
    if args.told is not None and not args.via:
        raise CliError(out.tr(QT_TRANSLATE_NOOP("Cli", "--told needs --via.")))
    with opened(args, out) as services:
        service = services.recipients
        if args.told is not None:
            service.tell(args.id, args.told, ToldVia.from_cli(args.via), args.on)
        elif args.not_disclosed is not None:
            service.not_disclosed(args.id, args.not_disclosed)
        elif args.reopen is not None:
            service.reopen(args.id, args.reopen)
        elif args.make:
            service.make(args.id)
        checklist = service.checklist(args.id)
        letter = None
        if args.letter is not None:
            letter = services.fulfilment.recipient_letter(args.id, language=args.doc_lang)
    if not checklist:
        text = out.tr(QT_TRANSLATE_NOOP("Cli", "Request %1 has no recipients to tell."), args.id)
    else:
        still_open = sum(1 for notice in checklist if notice.is_open)
        head = out.tr(
            QT_TRANSLATE_NOOP("Cli", "Request %1: %2 recipient(s), %3 not yet told."),
            args.id,
            len(checklist),
            still_open,
        )
        text = "\n".join([head, *(_line(out, notice) for notice in checklist)])
    data: dict = {"recipients": [notice_json(notice) for notice in checklist]}
    if letter is not None:
        data["document"] = to_json(letter.document)
        data["document_path"] = out.save(args.letter, letter.pdf)
        text += "\n" + out.tr(QT_TRANSLATE_NOOP("Cli", "Saved %1."), args.letter)
    out.emit(data, text)
    return 0
