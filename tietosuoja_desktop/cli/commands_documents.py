"""``statement``, ``report``, ``record``, ``signing``, ``verify`` and ``documents``: the papers."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from ..domain.claims import unanswered
from ..domain.clock import format_date
from ..domain.enums import Language
from ..domain.file_names import safe_file_name
from ..domain.i18n import QT_TRANSLATE_NOOP, Message
from ..domain.register_languages import untranslated, untranslated_sections
from ..paths import documents_dir
from ..services.documents import DocumentService
from ..services.errors import UntranslatedStatement
from ..services.unprintable import warning
from .context import opened, passphrase
from .output import CliError, Output, to_json


def slug(text: str) -> str:
    folded = text.casefold().translate(str.maketrans("äöåé", "aoae"))
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")[:60] or "document"


def _language(args, services) -> Language | None:
    if args.doc_lang:
        return Language(args.doc_lang)
    return None


def document_language(args, services) -> Language:
    """``--lang``, else the business's document language (Finnish before a profile exists)."""
    controller = services.controller.get()
    return _language(args, services) or (
        controller.document_language if controller else Language.FI
    )


def _save(args, out: Output, exported, default_name: str) -> int:
    """Write the PDF to ``--out``, else into the user's documents folder, and say where."""
    if exported.unprintable:  # on stderr: --json stays one value
        print(out.render(warning(exported.unprintable)), file=sys.stderr)
    folder = documents_dir()
    target: Path = args.out or folder / safe_file_name(default_name, folder=folder)
    out.save(target, exported.pdf, make_folder=True)
    data = {**vars_of(exported.document), "path": str(target.resolve())}
    if exported.version is not None:
        data["version"] = to_json(exported.version)
    out.emit(
        data,
        out.tr(
            QT_TRANSLATE_NOOP("Cli", "Saved %1 (%2)."), target.resolve(), exported.document.title
        ),
    )
    return 0


def vars_of(document) -> dict:
    return to_json(document)


def _signing_error(out: Output, error) -> CliError:
    return CliError(out.tr(QT_TRANSLATE_NOOP("Cli", "Signing failed: %1"), error), 2)


def _run_signed(out: Output, make, sign: bool):
    from ..services.signatures import SigningError  # loads cryptography: only when signing

    secret = passphrase(out) if sign else None
    try:
        return make(secret)
    except SigningError as error:
        raise _signing_error(out, error) from None


def statement_export(args, out: Output) -> int:
    with opened(args, out) as services:
        register = services.registers.get(args.register)
        language = document_language(args, services)
        sections = untranslated_sections(register, language)
        if sections and not args.allow_untranslated:  # refused before the passphrase is asked
            refusal = UntranslatedStatement(sections, language)
            print(out.render(refusal.message), file=sys.stderr)
            hint = QT_TRANSLATE_NOOP(
                "Cli", "Give --allow-untranslated to print them so, or translate them first."
            )
            print(out.tr(hint), file=sys.stderr)
            return 2
        exported = _run_signed(
            out,
            lambda secret: services.documents.privacy_statement(
                args.register,
                language,
                passphrase=secret,
                dated=args.dated,
                note=args.note,
                allow_untranslated=args.allow_untranslated,
            ),
            args.sign,
        )
    if missing := untranslated(register, language):  # on stderr: --json stays one value
        note = QT_TRANSLATE_NOOP(
            "Cli",
            "Note: %1 texts of the register have no translation into %2 and are printed as "
            "written in %3 (register translate).",
        )
        print(
            out.tr(note, len(missing), language.value, register.text_language.value),
            file=sys.stderr,
        )
    for claim in unanswered(register):  # silence prints nothing, so say what is missing
        warning = out.render(Message("Validation", claim.unanswered))
        print(out.tr(QT_TRANSLATE_NOOP("Cli", "Warning: %1"), warning), file=sys.stderr)
    name = f"tietosuojaseloste-{slug(register.name)}-{language.value}.pdf"
    return _save(args, out, exported, name)


def statement_versions(args, out: Output) -> int:
    """A register's statement versions, or with ``--on`` the one in force that day."""
    with opened(args, out) as services:
        if args.on is not None:
            version = services.statement_versions.in_force(args.register, args.on)
            chosen = [version] if version else []
        else:
            chosen = services.statement_versions.list(args.register)
    headers = [
        out.tr(QT_TRANSLATE_NOOP("Cli", "Version")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Date")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Document")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Change")),
    ]
    rows = [[str(v.number), format_date(v.dated), str(v.document_id or ""), v.note] for v in chosen]
    if args.on is not None:
        empty = out.tr(
            QT_TRANSLATE_NOOP("Cli", "No version of the statement was in force on %1."),
            format_date(args.on),
        )
        out.emit(chosen[0] if chosen else None, out.table(headers, rows) or empty)
        return 0
    empty = out.tr(QT_TRANSLATE_NOOP("Cli", "No statement of this register has been exported yet."))
    out.emit(chosen, out.table(headers, rows) or empty)
    return 0


def access_report(args, out: Output) -> int:
    with opened(args, out) as services:
        language = _language(args, services)
        exported = _run_signed(
            out,
            lambda secret: services.documents.access_report(
                args.customer,
                language,
                mask_personal_id=not args.show_personal_id,
                passphrase=secret,
            ),
            args.sign,
        )
    return _save(
        args,
        out,
        exported,
        f"tarkastusraportti-{args.customer}-{exported.document.language.value}.pdf",
    )


def record_export_(args, out: Output) -> int:
    with opened(args, out) as services:
        language = document_language(args, services)
        exported = _run_signed(
            out,
            lambda secret: services.documents.processing_record(language, passphrase=secret),
            args.sign,
        )
    return _save(args, out, exported, f"seloste-kasittelytoimista-{language.value}.pdf")


def _identity_json(identity) -> dict:
    data = to_json(identity)
    data["path"] = str(identity.path)
    return data


def signing_create(args, out: Output) -> int:
    from ..services.signatures import SigningError  # loads cryptography: only when signing

    with opened(args, out) as services:
        secret = passphrase(out, confirm=True)
        try:
            identity = services.documents.create_identity(secret, replace=args.replace)
        except (SigningError, FileExistsError) as error:
            raise _signing_error(out, error) from None
    out.emit(
        _identity_json(identity),
        out.tr(
            QT_TRANSLATE_NOOP("Cli", "Signing identity created for %1, valid until %2."),
            identity.common_name,
            identity.valid_to.date().isoformat(),
        ),
    )
    return 0


def signing_import(args, out: Output) -> int:
    from ..services.signatures import SigningError  # loads cryptography: only when signing

    with opened(args, out) as services:
        secret = passphrase(out)
        try:
            identity = services.documents.import_identity(args.file, secret)
        except (SigningError, OSError) as error:
            raise _signing_error(out, error) from None
    out.emit(
        _identity_json(identity),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Signing identity imported: %1."), identity.common_name),
    )
    return 0


def signing_show(args, out: Output) -> int:
    with opened(args, out) as services:
        identity = services.documents.identity()
    if identity is None:
        out.emit(
            None,
            out.tr(
                QT_TRANSLATE_NOOP(
                    "Cli", "No signing identity yet: create one with 'tietosuoja signing create'."
                )
            ),
        )
        return 1
    out.emit(_identity_json(identity), f"{identity.subject}\n{identity.fingerprint_sha256}")
    return 0


def verify_file(args, out: Output) -> int:
    """Exit 0 only for a valid signature that vouches for the whole file (further signatures
    and validation data appended after it are named); 1 for anything else."""
    from ..services import signatures  # loads the documents room only for this command

    try:
        data = args.file.read_bytes()
    except OSError as error:
        raise CliError(
            out.tr(QT_TRANSLATE_NOOP("Cli", "Could not read %1: %2"), args.file, error.strerror)
        ) from None
    result = DocumentService.verify(data)
    if result.ok:
        text = out.tr(
            QT_TRANSLATE_NOOP(
                "Cli", "Valid signature by %1 (%2), signed %3; not changed after signing."
            ),
            result.signer,
            result.business_id or "-",
            result.signed_at.isoformat(timespec="minutes") if result.signed_at else "?",
        )
    else:
        text = out.render(signatures.headline_message(result.outcome))
    lines = [out.render(signatures.addition_message(a)) for a in result.additions]
    lines += [out.render(signatures.problem_message(p)) for p in result.problems]
    text += "".join(f"\n- {line}" for line in lines)
    out.emit({**to_json(result), "ok": result.ok}, text)
    return 0 if result.ok else 1


def documents_list(args, out: Output) -> int:
    with opened(args, out) as services:
        documents = services.documents.archive(args.kind)
    rows = [
        [
            str(d.id),
            format_date(d.created_at.date()),
            d.kind,
            d.language.value,
            "x" if d.signed else "",
            d.title,
        ]
        for d in documents
    ]
    headers = [
        out.tr(QT_TRANSLATE_NOOP("Cli", "Id")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Date")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Kind")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Language")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Signed")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Title")),
    ]
    out.emit(
        documents, out.table(headers, rows) or out.tr(QT_TRANSLATE_NOOP("Cli", "No documents yet."))
    )
    return 0


def documents_get(args, out: Output) -> int:
    with opened(args, out) as services:
        pdf = services.documents.pdf(args.id)
    out.save(args.out, pdf)
    out.emit(
        {"id": args.id, "path": str(args.out.resolve())},
        out.tr(QT_TRANSLATE_NOOP("Cli", "Saved %1."), args.out),
    )
    return 0
