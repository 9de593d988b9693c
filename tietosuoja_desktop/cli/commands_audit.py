"""``audit verify | export | list``: the tamper-evident audit trail from a terminal."""

from __future__ import annotations

from pathlib import Path

from ..domain.audit_chain import ChainCheck, ChainEntry, LinkProblem
from ..domain.enums import Language
from ..domain.i18n import QT_TRANSLATE_NOOP
from .commands_documents import _run_signed
from .context import opened
from .output import CliError, Output

PROBLEMS = {
    LinkProblem.EDITED: QT_TRANSLATE_NOOP("Cli", "the entry was changed after it was written"),
    LinkProblem.LINK_CHANGED: QT_TRANSLATE_NOOP(
        "Cli", "the previous entry's hash recorded in it was changed"
    ),
    LinkProblem.MISSING: QT_TRANSLATE_NOOP(
        "Cli", "an entry before it is missing (removed or replaced)"
    ),
    LinkProblem.REORDERED: QT_TRANSLATE_NOOP("Cli", "entries were moved out of their order"),
}


def check_json(check: ChainCheck) -> dict:
    broken = check.broken
    return {
        "ok": check.ok,
        "checked": check.checked,
        "head": {"count": check.head.count, "last_id": check.head.last_id, "hash": check.head.hash},
        "head_text": check.head.text,
        "broken": None
        if broken is None
        else {
            "entry_id": broken.entry_id,
            "at": broken.at.isoformat(timespec="seconds"),
            "problem": broken.problem.value,
        },
        "expected_head_found": check.expected_head_found,
    }


def check_text(out: Output, check: ChainCheck) -> str:
    head = check.head
    if check.broken is not None:
        broken = check.broken
        return out.tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "The audit log has been tampered with: the chain breaks at entry %1 (%2): %3. "
                "The %4 entries before it are intact.",
            ),
            broken.entry_id,
            broken.at.isoformat(sep=" ", timespec="seconds"),
            out.tr(PROBLEMS[broken.problem]),
            head.count,
        )
    lines = [
        out.tr(
            QT_TRANSLATE_NOOP("Cli", "The audit log is intact: %1 entries checked."), check.checked
        ),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Head (note it down to check later): %1"), head.text),
    ]
    if check.expected_head_found is False:
        lines.append(
            out.tr(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "The head given is not in the chain: entries were removed from the end "
                    "or rewritten.",
                )
            )
        )
    elif check.expected_head_found:
        lines.append(out.tr(QT_TRANSLATE_NOOP("Cli", "The head given is still in the chain.")))
    return "\n".join(lines)


def _bad_head(out: Output) -> CliError:
    return CliError(
        out.tr(
            QT_TRANSLATE_NOOP(
                "Cli", "--head: give COUNT:HASH as printed by 'audit verify' (HASH: 64 hex digits)."
            )
        )
    )


def verify_chain(args, out: Output) -> int:
    with opened(args) as services:
        try:
            check = services.audit.verify(expected_head=args.head)
        except ValueError:
            raise _bad_head(out) from None
    out.emit(check_json(check), check_text(out, check))
    return 0 if check.ok else 1


def export_log(args, out: Output) -> int:
    target: Path = args.csv or args.pdf
    with opened(args) as services:
        try:
            if args.csv:
                check = services.audit.export_csv(target)
            else:
                controller = services.controller.get()
                language = Language(args.doc_lang) if args.doc_lang else None
                language = language or (controller.document_language if controller else None)
                check = _run_signed(
                    out,
                    lambda secret: services.audit.export_pdf(
                        target, language or Language.FI, passphrase=secret
                    ),
                    args.sign,
                )
        except OSError as error:
            raise out.not_saved(target, error) from None
    data = {**check_json(check), "path": str(target.resolve())}
    out.emit(
        data,
        out.tr(QT_TRANSLATE_NOOP("Cli", "Saved %1 (%2 entries)."), target, check.checked)
        + "\n"
        + check_text(out, check),
    )
    return 0


def _entry_json(entry: ChainEntry) -> dict:
    return {
        "id": entry.id,
        "at": entry.at.isoformat(timespec="seconds"),
        "action": entry.action,
        "entity": entry.entity,
        "entity_id": entry.entity_id,
        "fields": [f for f in entry.fields.split(",") if f],
        "prev_hash": entry.prev_hash,
        "hash": entry.hash,
    }


def list_entries(args, out: Output) -> int:
    if args.limit < 1:
        raise CliError(out.tr(QT_TRANSLATE_NOOP("Cli", "--limit must be at least 1.")))
    with opened(args) as services:
        entries = services.audit.entries(limit=args.limit)
    headers = [
        out.tr(QT_TRANSLATE_NOOP("Cli", "id")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "when")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "action")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "entity")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "fields")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "hash")),
    ]
    rows = [
        [
            str(e.id),
            e.at.isoformat(sep=" ", timespec="seconds"),
            e.action,
            e.entity + (f" {e.entity_id}" if e.entity_id is not None else ""),
            e.fields.replace(",", ", "),
            e.hash[:12],
        ]
        for e in entries
    ]
    text = out.table(headers, rows) or out.tr(QT_TRANSLATE_NOOP("Cli", "No audit entries yet."))
    out.emit([_entry_json(e) for e in entries], text)
    return 0
