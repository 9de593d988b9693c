"""``inspection pack``: the supervisor's folder from a terminal, with what is still open."""

from __future__ import annotations

import sys

from ..domain.enums import Language
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..services.inspection import open_lines
from .commands_documents import _run_signed
from .context import opened
from .output import Output


def pack(args, out: Output) -> int:
    with opened(args, out) as services:
        language = Language(args.doc_lang) if args.doc_lang else None

        def progress(done: int, total: int) -> None:
            if not out.json_mode and sys.stderr.isatty():
                print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

        try:
            made = _run_signed(
                out,
                lambda secret: services.inspection.pack(
                    args.out,
                    start=args.start,
                    language=language,
                    passphrase=secret,
                    progress=progress,
                ),
                args.sign,
            )
        except OSError as error:
            raise out.not_saved(args.out, error) from None
        if not out.json_mode and sys.stderr.isatty():
            print(file=sys.stderr)
        todo = open_lines(made)
    data = {
        "path": made.path,
        "signed": made.signed,
        "files": list(made.files),
        "items": [
            {
                "item": answer.item.value,
                "open": answer.open,
                "files": list(answer.files),
                "todo": [todo.reason for todo in answer.todos],
            }
            for answer in made.answers
        ],
    }
    lines = [
        out.tr(
            QT_TRANSLATE_NOOP(
                "Cli", "Saved the supervisor's folder to %1: %2 files, %3 items open."
            ),
            made.path,
            len(made.files),
            len(made.open_items),
        )
    ]
    lines += [f"- {title}: {what}" for title, what in todo]
    out.emit(data, "\n".join(lines))
    return 0
