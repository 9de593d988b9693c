"""``customers import``, ``customers export``, ``marketing export``, ``backup ...`` and
``check``: moving data in and out, keeping copies and checking the register file."""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path

from ..domain.csv_encoding import UndecodableFile
from ..domain.csv_mapping import ColumnMapping, Target
from ..domain.i18n import QT_TRANSLATE_NOOP, Message
from ..domain.marketing import MarketingChannel
from ..paths import database_path, resolve_data_dir
from ..services.backups import (
    RegisterDamaged,
    backup_needs_passphrase,
    list_backups,
    restore_closed,
)
from ..services.clock import SystemClock
from ..services.exporting import left_out_message
from ..services.importing import Importer, ImportOptions, OnDuplicate, RowStatus
from ..services.marketing import UnknownPurpose
from ..services.register_check import (
    RegisterMissing,
    RegisterTooNew,
    check_closed,
    rebuild_search_counts,
)
from .context import ask_passphrase, closed_register_key, missing_text, opened
from .output import CliError, Output, to_json


@contextmanager
def _services(args, out: Output):
    """The register, or a clear message when its file is damaged."""
    try:
        with opened(args, out) as services:
            yield services
    except RegisterMissing:
        raise  # its own message (cli/__init__.py)
    except RegisterDamaged as error:
        raise CliError(_damaged_text(out, error), 1) from None


def _damaged_text(out: Output, error: RegisterDamaged) -> str:
    text = out.tr(
        QT_TRANSLATE_NOOP("Cli", "The register file %1 is damaged (%2)."),
        error.path,
        "; ".join(problem.splitlines()[0] for problem in error.problems[:2] if problem),
    )
    if error.latest_backup is not None:
        text += "\n" + out.tr(
            QT_TRANSLATE_NOOP(
                "Cli", "Restore the latest good backup with: tietosuoja backup restore %1"
            ),
            error.latest_backup,
        )
    else:
        text += "\n" + out.tr(QT_TRANSLATE_NOOP("Cli", "There is no intact backup to restore."))
    return text


def _jsonable(value):
    """:func:`to_json`, with paths as text."""
    value = to_json(value)
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    return value


def _translate(out: Output):
    return lambda context, source: out.render(Message(context, source))


def _mapping_overrides(text: str | None, out: Output) -> dict[str, str]:
    if not text:
        return {}
    source = Path(text)
    try:
        raw = source.read_text(encoding="utf-8") if source.is_file() else text
        data = json.loads(raw)
    except (OSError, ValueError) as error:
        raise CliError(
            out.tr(QT_TRANSLATE_NOOP("Cli", "The mapping is not valid JSON: %1"), error)
        ) from None
    if not isinstance(data, dict):
        raise CliError(out.tr(QT_TRANSLATE_NOOP("Cli", "The mapping must be a JSON object.")))
    return {str(k): "" if v is None else str(v) for k, v in data.items()}


def _read(importer: Importer, args, out: Output):
    delimiter = "\t" if args.delimiter == "tab" else args.delimiter
    with csv_refusals(out, args.file):
        return importer.read(args.file, encoding=args.encoding, delimiter=delimiter)


@contextmanager
def csv_refusals(out: Output, path: Path):
    """A CSV file that cannot be opened or whose bytes do not decode, told as the command's
    refusal (every command that reads a CSV file)."""
    try:
        yield
    except (OSError, LookupError) as error:
        raise CliError(
            out.tr(QT_TRANSLATE_NOOP("Cli", "Cannot read %1: %2"), path, error), 1
        ) from None
    except UndecodableFile as error:
        raise CliError(_undecodable_text(out, path, error)) from None


def _undecodable_text(out: Output, path: Path, error: UndecodableFile) -> str:
    """Why the file was refused, where (the first few lines and bytes) and the ways out."""
    lines = [f"{path}: {out.render(error.message)}"]
    lines += ["  " + out.render(place) for place in error.places()]
    lines.append(out.tr(QT_TRANSLATE_NOOP("Cli", "Nothing was imported.")))
    if error.report.encoding == "utf-8":
        lines.append(
            out.tr(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "Fix those bytes in the file (save it again as UTF-8), or, if it really is "
                    "Windows-1252, read it so with --encoding cp1252 (check the result with "
                    "--dry-run first).",
                )
            )
        )
    return "\n".join(lines)


def import_customers(args, out: Output) -> int:
    translate = _translate(out)
    with _services(args, out) as services:
        importer = services.importer
        table = _read(importer, args, out)
        mapping = ColumnMapping.guess(table.headers)
        try:
            mapping = mapping.with_overrides(table.headers, _mapping_overrides(args.mapping, out))
        except KeyError as error:
            raise CliError(
                out.tr(QT_TRANSLATE_NOOP("Cli", "The file has no column %1."), error.args[0])
            ) from None
        except ValueError as error:
            raise CliError(
                out.tr(QT_TRANSLATE_NOOP("Cli", "Unknown field in the mapping: %1"), error)
            ) from None
        registers = tuple(args.registers or ()) or importer.default_register_ids()
        options = ImportOptions(
            OnDuplicate(args.on_duplicate), args.orders, registers, args.marketing_purpose
        )
        preview = importer.preview(table, mapping, options)
        for warning in preview.warnings:
            print(out.render(warning), file=sys.stderr)
        if preview.problems:
            for problem in preview.problems:
                print(out.render(problem.message), file=sys.stderr)
            return 2
        result = None
        if not args.dry_run and preview.can_import:
            result = importer.run(preview)
        if args.rejected is not None:
            importer.write_rejected(preview, args.rejected, translate)
    summary = _summary(args, table, preview, result, translate)
    out.emit(summary, _summary_text(out, summary))
    return 0


def _summary(args, table, preview, result, translate) -> dict:
    counts = preview.counts
    rejected = [
        {
            "line": row.line,
            "reasons": [{"field": p.field, "message": p.render(translate)} for p in row.problems],
        }
        for row in preview.rejected()
    ]
    return {
        "file": str(args.file),
        "encoding": table.encoding,
        "delimiter": table.delimiter,
        "rows": len(table.rows),
        "mapping": {
            header: target.value
            for header, target in zip(table.headers, preview.mapping.targets, strict=True)
            if target is not Target.IGNORE
        },
        "valid": counts[RowStatus.NEW.value],
        "duplicates": counts[RowStatus.DUPLICATE.value],
        "invalid": counts[RowStatus.INVALID.value],
        "on_duplicate": preview.options.on_duplicate.value,
        "register_ids": list(preview.options.register_ids),
        "dry_run": args.dry_run,
        "imported": to_json(result) if result is not None else None,
        "rejected_file": str(args.rejected) if args.rejected else None,
        "warnings": [warning.render(translate) for warning in preview.warnings],
        "rejected": rejected,
    }


def _summary_text(out: Output, summary: dict) -> str:
    lines = [
        out.tr(
            QT_TRANSLATE_NOOP("Cli", "%1: %2 rows (%3, separated by %4)."),
            summary["file"],
            summary["rows"],
            summary["encoding"],
            {"\t": "tab"}.get(summary["delimiter"], summary["delimiter"]),
        ),
        out.tr(
            QT_TRANSLATE_NOOP("Cli", "Columns used: %1"),
            ", ".join(f"{h} → {t}" for h, t in summary["mapping"].items()),
        ),
        out.tr(
            QT_TRANSLATE_NOOP("Cli", "New: %1, duplicates: %2, refused: %3."),
            summary["valid"],
            summary["duplicates"],
            summary["invalid"],
        ),
    ]
    for row in summary["rejected"][:20]:
        reasons = "; ".join(r["message"] for r in row["reasons"])
        lines.append(out.tr(QT_TRANSLATE_NOOP("Cli", "  line %1: %2"), row["line"], reasons))
    if len(summary["rejected"]) > 20:
        lines.append(
            out.tr(QT_TRANSLATE_NOOP("Cli", "  … and %1 more"), len(summary["rejected"]) - 20)
        )
    result = summary["imported"]
    if summary["dry_run"]:
        lines.append(out.tr(QT_TRANSLATE_NOOP("Cli", "Dry run: nothing was imported.")))
    elif result is not None:
        lines.append(
            out.tr(
                QT_TRANSLATE_NOOP(
                    "Cli", "Imported %1 new customers, merged %2 rows, skipped %3; %4 orders."
                ),
                result["created"],
                result["merged"],
                result["skipped"],
                result["orders"],
            )
        )
    if summary["rejected_file"]:
        lines.append(
            out.tr(QT_TRANSLATE_NOOP("Cli", "Refused rows saved in %1"), summary["rejected_file"])
        )
    return "\n".join(lines)


def _export_text(out: Output, report) -> str:
    text = out.tr(
        QT_TRANSLATE_NOOP("Cli", "%1 people exported to %2."), report.exported, report.path
    )
    for reason, count in sorted(report.left_out.items()):
        label = out.render(left_out_message(reason))
        text += "\n" + out.tr(QT_TRANSLATE_NOOP("Cli", "Left out: %1 (%2)"), count, label)
    return text


def export_customers(args, out: Output) -> int:
    with _services(args, out) as services:
        report = services.exporter.customers(args.file, args.format, _translate(out))
    out.emit(_jsonable(report), _export_text(out, report))
    return 0


def export_marketing(args, out: Output) -> int:
    with _services(args, out) as services:
        try:
            purpose = services.marketing.purpose(
                args.purpose,
                own_similar_products=args.own_products,
                business_role=args.business_role,
            )
        except UnknownPurpose as error:
            known = ", ".join(f'"{p}"' for p in error.known) or "-"
            raise CliError(
                out.tr(
                    QT_TRANSLATE_NOOP(
                        "Cli", "No register purpose or consent has this purpose. Purposes: %1"
                    ),
                    known,
                )
            ) from None
        channel = MarketingChannel.from_cli(args.channel)
        fmt = "xlsx" if args.xlsx else None
        report = services.exporter.marketing(args.out, purpose, channel, fmt, _translate(out))
    out.emit(_jsonable(report), _export_text(out, report))
    return 0


def marketing_purposes(args, out: Output) -> int:
    with _services(args, out) as services:
        purposes = services.marketing.purposes()
    rows = [[str(number), text] for number, text in enumerate(purposes, start=1)]
    headers = [
        out.tr(QT_TRANSLATE_NOOP("Cli", "Number")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Purpose")),
    ]
    empty = out.tr(QT_TRANSLATE_NOOP("Cli", "No marketing purposes yet."))
    out.emit(purposes, out.table(headers, rows) or empty)
    return 0


def backup_create(args, out: Output) -> int:
    with _services(args, out) as services:
        path = services.backups.create(args.out)
    out.emit({"path": str(path)}, out.tr(QT_TRANSLATE_NOOP("Cli", "Backup saved: %1"), path))
    return 0


def backup_list(args, out: Output) -> int:
    infos = list_backups(resolve_data_dir(args.data_dir), closed_register_key(args, out))
    rows = [
        [i.taken_at.strftime("%Y-%m-%d %H:%M:%S"), i.kind, f"{i.size / 1e6:.1f} MB", i.path.name]
        for i in infos
    ]
    headers = [
        out.tr(QT_TRANSLATE_NOOP("Cli", "Taken")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Kind")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Size")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "File")),
    ]
    empty = out.tr(QT_TRANSLATE_NOOP("Cli", "No backups yet."))
    out.emit(_jsonable(infos), out.table(headers, rows) or empty)
    return 0


NEEDS_CONFIRMATION = QT_TRANSLATE_NOOP(
    "Cli", "Restoring needs confirmation: run it on a terminal or add --yes."
)


def _confirm(out: Output, question: str, refusal: str = NEEDS_CONFIRMATION) -> bool:
    if not sys.stdin.isatty():
        raise CliError(out.tr(refusal))
    answer = input(question + " ")
    return answer.strip().casefold() in {"y", "yes", "k", "kyllä", "kylla", "j", "ja"}


BACKUP_PASSPHRASE_ENV = "TIETOSUOJA_BACKUP_PASSPHRASE"


def _backup_passphrase(out: Output, source: Path, key) -> str | None:
    """The passphrase of a backup made before the passphrase was changed (or before the
    encryption was removed): typed on a terminal, or from TIETOSUOJA_BACKUP_PASSPHRASE."""
    if not backup_needs_passphrase(Path(source), key):
        return None
    prompt = QT_TRANSLATE_NOOP("Cli", "The backup's own (earlier) passphrase: ")
    return ask_passphrase(out, prompt, BACKUP_PASSPHRASE_ENV)


def backup_restore(args, out: Output) -> int:
    question = out.tr(
        QT_TRANSLATE_NOOP(
            "Cli",
            "Replace the register with the backup %1? The register as it is now is kept as a "
            "backup. [y/N]",
        ),
        args.file,
    )
    if not args.yes and not _confirm(out, question):
        out.emit({"restored": False}, out.tr(QT_TRANSLATE_NOOP("Cli", "Nothing was restored.")))
        return 1
    clock = args.clock or SystemClock()
    try:
        with opened(args, out) as services:
            backups = services.backups
            passphrase = _backup_passphrase(out, args.file, services.db.key)
            report = backups.restore(args.file, passphrase)
    except RegisterDamaged:
        key = closed_register_key(args, out, Path(args.file))
        passphrase = _backup_passphrase(out, args.file, key)
        report = restore_closed(resolve_data_dir(args.data_dir), args.file, clock, key, passphrase)
    text = out.tr(QT_TRANSLATE_NOOP("Cli", "Restored %1."), report.backup)
    if report.erased_again:
        text += "\n" + out.tr(
            QT_TRANSLATE_NOOP(
                "Cli", "%1 people erased after the backup was taken were erased again."
            ),
            report.erased_again,
        )
    if report.kept_copy:
        text += "\n" + out.tr(
            QT_TRANSLATE_NOOP("Cli", "The register as it was is kept in %1"), report.kept_copy
        )
    out.emit(_jsonable(report), text)
    return 0


def backup_prune(args, out: Output) -> int:
    if args.keep < 1:
        raise CliError(out.tr(QT_TRANSLATE_NOOP("Cli", "Keep at least one backup.")))
    question = out.tr(
        QT_TRANSLATE_NOOP(
            "Cli",
            "Delete all backups but the newest %1? They are overwritten and cannot be "
            "recovered. [y/N]",
        ),
        args.keep,
    )
    refusal = QT_TRANSLATE_NOOP(
        "Cli", "Deleting backups needs confirmation: run it on a terminal or add --yes."
    )
    if not args.yes and not _confirm(out, question, refusal):
        out.emit({"deleted": []}, out.tr(QT_TRANSLATE_NOOP("Cli", "Nothing was deleted.")))
        return 1
    with _services(args, out) as services:
        removed = services.backups.prune(args.keep)
    text = out.tr(
        QT_TRANSLATE_NOOP("Cli", "Deleted %1 older backups; the newest %2 are kept."),
        len(removed),
        args.keep,
    )
    out.emit({"deleted": [str(p) for p in removed], "kept": args.keep}, text)
    return 0


def check_register(args, out: Output) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    path = database_path(data_dir)
    key = None
    try:
        key = closed_register_key(args, out)
        problems, latest = check_closed(data_dir, full=args.full, key=key)
        text = _damaged_text(out, RegisterDamaged(path, problems, latest)) if problems else None
    except RegisterMissing as error:
        problems, latest, text = error.problems, error.latest_backup, missing_text(out, error)
    except RegisterTooNew as error:  # whole, but this version cannot tell more
        problems, latest, text = [str(error)], None, out.render(error.message)
    data = {
        "path": str(path),
        "ok": not problems,
        "problems": problems,
        "latest_good_backup": str(latest) if latest else None,
    }
    if problems:
        out.emit(data, text)
        return 1
    text = out.tr(QT_TRANSLATE_NOOP("Cli", "The register %1 is intact."), path)
    # Like an index, the short searches' counts are checked by --full (a million lines: ~15 s).
    data["search_counts_rebuilt"] = args.full and rebuild_search_counts(data_dir, key)
    if data["search_counts_rebuilt"]:
        rebuilt = QT_TRANSLATE_NOOP(
            "Cli",
            "The counts shown for short searches did not match the customers' details; "
            "they were rebuilt.",
        )
        text += "\n" + out.tr(rebuilt)
    out.emit(data, text)
    return 0
