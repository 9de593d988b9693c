"""``processors add|update|list|show|link|unlink|attach|contract``: the processors and other
recipients (Art 28), the registers each serves and the attached copy of each one's contract."""

from __future__ import annotations

from ..domain.i18n import QT_TRANSLATE_NOOP, Message
from ..domain.processors import MECHANISM_LABELS, Processor, TransferMechanism
from ..domain.serialise import to_json
from .context import given, merged, opened
from .output import CliError, Output, day

TEXTS = ("name", "service", "data", "country", "contract_on", "review_on")


def processor_json(processor: Processor) -> dict:
    data = to_json(processor)
    data["mechanism"] = processor.mechanism.cli_name
    return data


def _values(args) -> dict:
    values = given(args, TEXTS)
    if args.transfer:
        values["mechanism"] = TransferMechanism.from_cli(args.transfer)
    return values


def _mechanism(out: Output, processor: Processor) -> str:
    return out.render(Message("Processor", MECHANISM_LABELS[processor.mechanism]))


def add_(args, out: Output) -> int:
    with opened(args, out) as services:
        new = merged(Processor(register_ids=tuple(args.registers)), _values(args))
        saved = services.processors.add(new)
    out.emit(
        processor_json(saved),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Processor %1 added: %2."), saved.id, saved.name),
    )
    return 0


def update_(args, out: Output) -> int:
    with opened(args, out) as services:
        current = services.processors.get(args.id)
        saved = services.processors.update(merged(current, _values(args)))
    out.emit(
        processor_json(saved),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Processor %1 saved: %2."), saved.id, saved.name),
    )
    return 0


def list_(args, out: Output) -> int:
    with opened(args, out) as services:
        found = services.processors.list(args.register)
    if out.json_mode:
        out.emit([processor_json(p) for p in found])
        return 0
    headers = [
        out.tr(QT_TRANSLATE_NOOP("Cli", "Id")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Name")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Service")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Country")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Transfer")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Review")),
    ]
    rows = [
        [str(p.id), p.name, p.service, p.country, _mechanism(out, p), day(p.review_on)]
        for p in found
    ]
    print(out.table(headers, rows) or out.tr(QT_TRANSLATE_NOOP("Cli", "No processors.")))
    return 0


def show_(args, out: Output) -> int:
    with opened(args, out) as services:
        processor = services.processors.get(args.id)
        names = {r.id: r.name for r in services.registers.list()}
    if out.json_mode:
        out.emit(processor_json(processor))
        return 0
    registers = ", ".join(f"{i} {names.get(i, '')}".strip() for i in processor.register_ids)
    rows = [
        (QT_TRANSLATE_NOOP("Cli", "Service"), processor.service),
        (QT_TRANSLATE_NOOP("Cli", "Data"), processor.data),
        (QT_TRANSLATE_NOOP("Cli", "Country"), processor.country),
        (QT_TRANSLATE_NOOP("Cli", "Transfer"), _mechanism(out, processor)),
        (QT_TRANSLATE_NOOP("Cli", "Contract"), day(processor.contract_on)),
        (QT_TRANSLATE_NOOP("Cli", "Review"), day(processor.review_on)),
        (QT_TRANSLATE_NOOP("Cli", "Registers"), registers),
    ]
    print(f"{processor.id}: {processor.name}")
    for label, value in rows:
        print(f"  {out.tr(label)}: {value}")
    return 0


def link_(args, out: Output) -> int:
    with opened(args, out) as services:
        saved = services.processors.link(args.id, args.register)
    out.emit(
        processor_json(saved),
        out.tr(
            QT_TRANSLATE_NOOP("Cli", "Processor %1 serves register %2."), saved.id, args.register
        ),
    )
    return 0


def unlink_(args, out: Output) -> int:
    with opened(args, out) as services:
        saved = services.processors.unlink(args.id, args.register)
    out.emit(
        processor_json(saved),
        out.tr(
            QT_TRANSLATE_NOOP("Cli", "Processor %1 no longer serves register %2."),
            saved.id,
            args.register,
        ),
    )
    return 0


def attach_(args, out: Output) -> int:
    try:
        data = args.file.read_bytes()
    except OSError as error:
        raise CliError(
            out.tr(QT_TRANSLATE_NOOP("Cli", "Could not read %1: %2"), args.file, error.strerror),
            1,
        ) from None
    with opened(args, out) as services:
        copy = services.processors.attach_contract(args.id, args.file.name, data)
    out.emit(
        to_json(copy),
        out.tr(
            QT_TRANSLATE_NOOP("Cli", "Contract of processor %1 kept: %2 (SHA-256 %3)."),
            args.id,
            copy.filename,
            copy.sha256,
        ),
    )
    return 0


def contract_(args, out: Output) -> int:
    with opened(args, out) as services:
        copy, data = services.processors.contract_data(args.id)
    out.save(args.out, data)
    out.emit(
        {**to_json(copy), "path": str(args.out.resolve())},
        out.tr(QT_TRANSLATE_NOOP("Cli", "Saved %1."), args.out),
    )
    return 0
