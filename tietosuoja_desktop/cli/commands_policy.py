"""``policy export|versions|set|show``: the data protection policy, generated from the register
and versioned like the statements, and the business's own additions to its sections."""

from __future__ import annotations

from ..domain.clock import format_date
from ..domain.i18n import QT_TRANSLATE_NOOP, Message
from ..domain.policy import SECTION_CONTEXT, SECTION_LABELS, PolicySection
from .commands_documents import _run_signed, _save, document_language
from .context import opened
from .output import Output


def export_(args, out: Output) -> int:
    with opened(args, out) as services:
        language = document_language(args, services)
        exported = _run_signed(
            out,
            lambda secret: services.documents.policy(
                language, passphrase=secret, dated=args.dated, note=args.note
            ),
            args.sign,
        )
    name = f"tietosuojapolitiikka-{exported.version.number}-{language.value}.pdf"
    return _save(args, out, exported, name)


def versions_(args, out: Output) -> int:
    with opened(args, out) as services:
        versions = services.policy.versions()
    headers = [
        out.tr(QT_TRANSLATE_NOOP("Cli", "Version")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Date")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Document")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Change")),
    ]
    rows = [
        [str(v.number), format_date(v.dated), str(v.document_id or ""), v.note] for v in versions
    ]
    empty = out.tr(QT_TRANSLATE_NOOP("Cli", "The policy has not been exported yet."))
    out.emit(versions, out.table(headers, rows) or empty)
    return 0


def set_(args, out: Output) -> int:
    """Replace one section's addition (an empty text removes it)."""
    section = PolicySection.from_cli(args.section)
    with opened(args, out) as services:
        saved = services.policy.save_additions({section: args.text})
    label = out.render(Message(SECTION_CONTEXT, SECTION_LABELS[section]))
    out.emit(
        {s.value: t for s, t in saved.items()},
        out.tr(QT_TRANSLATE_NOOP("Cli", "Policy section saved: %1."), label),
    )
    return 0


def show_(args, out: Output) -> int:
    """The additions by section."""
    with opened(args, out) as services:
        additions = services.policy.additions()
    if out.json_mode:
        out.emit({s.value: t for s, t in additions.items()})
        return 0
    for section in PolicySection:
        label = out.render(Message(SECTION_CONTEXT, SECTION_LABELS[section]))
        print(f"{section.cli_name} ({label}):")
        print(f"  {additions.get(section, '–')}")
    return 0
