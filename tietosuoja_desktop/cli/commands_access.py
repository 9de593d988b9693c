"""``access add|update|list|show|remove|form|file``: who has access to personal data, the
registers each reaches, their confidentiality undertaking (the form to sign; the signed copy
archived) and their data protection briefing."""

from __future__ import annotations

from ..domain.access_list import ROLE_CONTEXT, ROLE_LABELS, AccessHolder, AccessRole
from ..domain.i18n import QT_TRANSLATE_NOOP, Message
from ..domain.serialise import to_json
from .commands_documents import _save, document_language, slug
from .context import given, merged, opened
from .output import CliError, Output, day

DATES = ("undertaking_on", "briefed_on", "active_from", "active_to")
TEXTS = ("name", "reach", *DATES)


def holder_json(holder: AccessHolder) -> dict:
    data = to_json(holder)
    data["role"] = holder.role.cli_name
    return data


def _values(args) -> dict:
    values = given(args, TEXTS)
    if args.role:
        values["role"] = AccessRole.from_cli(args.role)
    if args.registers is not None:
        values["register_ids"] = tuple(args.registers)
    return values


def _role(out: Output, holder: AccessHolder) -> str:
    return out.render(Message(ROLE_CONTEXT, ROLE_LABELS[holder.role]))


def _saved(services, holder: AccessHolder, args, out: Output) -> AccessHolder:
    """Add or update ``holder`` with the signed copy named by ``--file``; an unreadable file
    is told and nothing is written."""
    try:
        return services.access.with_file(holder, args.file)
    except OSError as error:
        raise CliError(
            out.tr(QT_TRANSLATE_NOOP("Cli", "Could not read %1: %2"), args.file, error.strerror)
        ) from None


def add_(args, out: Output) -> int:
    with opened(args, out) as services:
        saved = _saved(services, merged(AccessHolder(), _values(args)), args, out)
    out.emit(
        holder_json(saved),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Added %1 to the access list: %2."), saved.id, saved.name),
    )
    return 0


def update_(args, out: Output) -> int:
    with opened(args, out) as services:
        current = services.access.get(args.id)
        saved = _saved(services, merged(current, _values(args)), args, out)
    out.emit(
        holder_json(saved),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Access list entry %1 saved: %2."), saved.id, saved.name),
    )
    return 0


def list_(args, out: Output) -> int:
    with opened(args, out) as services:
        found = services.access.list(active_only=args.active)
    if out.json_mode:
        out.emit([holder_json(h) for h in found])
        return 0
    headers = [
        out.tr(QT_TRANSLATE_NOOP("Cli", "Id")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Name")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Role")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Undertaking")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Briefing")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Until")),
    ]
    rows = [
        [
            str(h.id),
            h.name,
            _role(out, h),
            day(h.undertaking_on),
            day(h.briefed_on),
            day(h.active_to),
        ]
        for h in found
    ]
    print(
        out.table(headers, rows)
        or out.tr(QT_TRANSLATE_NOOP("Cli", "No one is on the access list."))
    )
    return 0


def show_(args, out: Output) -> int:
    with opened(args, out) as services:
        holder = services.access.get(args.id)
        names = {r.id: r.name for r in services.registers.list()}
    if out.json_mode:
        out.emit(holder_json(holder))
        return 0
    registers = ", ".join(f"{i} {names.get(i, '')}".strip() for i in holder.register_ids)
    signed = f"{holder.undertaking_file} (SHA-256 {holder.undertaking_sha256[:12]}…)"
    rows = [
        (QT_TRANSLATE_NOOP("Cli", "Role"), _role(out, holder)),
        (QT_TRANSLATE_NOOP("Cli", "Registers"), registers),
        (QT_TRANSLATE_NOOP("Cli", "Other access"), holder.reach),
        (QT_TRANSLATE_NOOP("Cli", "Undertaking"), day(holder.undertaking_on)),
        (QT_TRANSLATE_NOOP("Cli", "Signed copy"), signed if holder.undertaking_file else ""),
        (QT_TRANSLATE_NOOP("Cli", "Briefing"), day(holder.briefed_on)),
        (QT_TRANSLATE_NOOP("Cli", "From"), day(holder.active_from)),
        (QT_TRANSLATE_NOOP("Cli", "Until"), day(holder.active_to)),
    ]
    print(f"{holder.id}: {holder.name}")
    for label, value in rows:
        print(f"  {out.tr(label)}: {value}")
    return 0


def remove_(args, out: Output) -> int:
    with opened(args, out) as services:
        services.access.remove(args.id)
    out.emit(
        {"id": args.id, "removed": True},
        out.tr(QT_TRANSLATE_NOOP("Cli", "Access list entry %1 removed."), args.id),
    )
    return 0


def form_(args, out: Output) -> int:
    """The confidentiality undertaking to print and sign, for one on the list or blank."""
    with opened(args, out) as services:
        language = document_language(args, services)
        exported = services.documents.undertaking(args.id, language)
    holder_name = exported.document.title.partition(": ")[2]
    name = f"vaitiolositoumus-{slug(holder_name) if holder_name else 'lomake'}-{language.value}.pdf"
    return _save(args, out, exported, name)


def file_(args, out: Output) -> int:
    """Write the archived signed undertaking to ``--out``."""
    with opened(args, out) as services:
        name, data = services.access.undertaking(args.id)
    out.save(args.out, data)
    out.emit(
        {"id": args.id, "file": name, "path": str(args.out.resolve())},
        out.tr(QT_TRANSLATE_NOOP("Cli", "Saved %1 (%2)."), args.out.resolve(), name),
    )
    return 0
