"""``statement``, ``report``, ``record``, ``signing``, ``verify`` and ``documents``: the papers."""

from __future__ import annotations

import getpass
import os
import re
import sys
from pathlib import Path

from ..domain.enums import Language
from ..domain.file_names import safe_file_name
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.register_languages import untranslated
from ..paths import documents_dir
from .context import opened
from .output import CliError, Output

PASSPHRASE_ENV = "TIETOSUOJA_SIGN_PASSPHRASE"


def add_document_commands(commands) -> None:
    languages = [lang.value for lang in Language]

    def common(parser, *, language_default=None) -> None:
        parser.add_argument(
            "--lang",
            dest="doc_lang",
            choices=languages,
            default=language_default,
            help="document language (default: the business's document language)",
        )
        parser.add_argument("--sign", action="store_true", help="sign digitally (PAdES)")
        parser.add_argument(
            "--out", type=Path, help="where to save the PDF (default: your documents folder)"
        )

    statement = commands.add_parser("statement", help="privacy statements").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    export = statement.add_parser("export", help="export a register's privacy statement")
    export.add_argument("--register", type=int, required=True)
    common(export)
    export.set_defaults(handler=statement_export)

    report = commands.add_parser("report", help="reports about a person").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    access = report.add_parser("access", help="the access report (Art 15) of a customer")
    access.add_argument("customer", type=int)
    access.add_argument(
        "--show-personal-id", action="store_true", help="print the henkilötunnus unmasked"
    )
    common(access)
    access.set_defaults(handler=access_report)

    record = commands.add_parser("record", help="record of processing activities (Art 30)")
    record_actions = record.add_subparsers(dest="action", required=True, metavar="ACTION")
    record_export = record_actions.add_parser("export", help="export the record")
    common(record_export)
    record_export.set_defaults(handler=record_export_)

    signing = commands.add_parser("signing", help="the digital signing identity").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    create = signing.add_parser("create", help="create a signing key and certificate")
    create.add_argument("--replace", action="store_true")
    create.set_defaults(handler=signing_create)
    imported = signing.add_parser("import", help="use a PKCS#12 (.p12/.pfx) file")
    imported.add_argument("file", type=Path)
    imported.set_defaults(handler=signing_import)
    signing.add_parser("show", help="show the signing identity").set_defaults(handler=signing_show)

    verify = commands.add_parser("verify", help="check a PDF's digital signature")
    verify.add_argument("file", type=Path)
    verify.set_defaults(handler=verify_file)

    documents = commands.add_parser("documents", help="archived documents").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    listing = documents.add_parser("list", help="documents exported so far")
    listing.add_argument("--kind")
    listing.set_defaults(handler=documents_list)
    get = documents.add_parser("get", help="save an archived document")
    get.add_argument("id", type=int)
    get.add_argument("--out", type=Path, required=True)
    get.set_defaults(handler=documents_get)


def passphrase(out: Output, *, confirm: bool = False) -> str:
    """From TIETOSUOJA_SIGN_PASSPHRASE, else asked on the terminal."""
    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    if not sys.stdin.isatty():
        raise CliError(
            out.tr(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "A passphrase is needed: run on a terminal or set TIETOSUOJA_SIGN_PASSPHRASE.",
                )
            )
        )
    value = getpass.getpass(out.tr(QT_TRANSLATE_NOOP("Cli", "Passphrase: ")))
    if confirm and value != getpass.getpass(out.tr(QT_TRANSLATE_NOOP("Cli", "Again: "))):
        raise CliError(out.tr(QT_TRANSLATE_NOOP("Cli", "The passphrases differ.")))
    if not value:
        raise CliError(out.tr(QT_TRANSLATE_NOOP("Cli", "The passphrase cannot be empty.")))
    return value


def slug(text: str) -> str:
    folded = text.casefold().translate(str.maketrans("äöåé", "aoae"))
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")[:60] or "document"


def _language(args, services) -> Language | None:
    if args.doc_lang:
        return Language(args.doc_lang)
    return None


def _save(args, out: Output, exported, default_name: str) -> int:
    """Write the PDF to ``--out``, else into the user's documents folder, and say where."""
    if exported.unprintable:  # on stderr: --json stays one value
        from ..services.unprintable import warning

        print(out.render(warning(exported.unprintable)), file=sys.stderr)
    folder = documents_dir()
    target: Path = args.out or folder / safe_file_name(default_name, folder=folder)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(exported.pdf)
    except OSError as error:
        raise CliError(
            out.tr(QT_TRANSLATE_NOOP("Cli", "Could not save %1: %2"), target, error.strerror), 1
        ) from None
    data = {**vars_of(exported.document), "path": str(target.resolve())}
    out.emit(
        data,
        out.tr(
            QT_TRANSLATE_NOOP("Cli", "Saved %1 (%2)."), target.resolve(), exported.document.title
        ),
    )
    return 0


def vars_of(document) -> dict:
    from .output import to_json

    return to_json(document)


def _signing_error(out: Output, error) -> CliError:
    return CliError(out.tr(QT_TRANSLATE_NOOP("Cli", "Signing failed: %1"), error), 2)


def _run_signed(out: Output, make, sign: bool):
    from ..documents.identity import SigningError

    secret = passphrase(out) if sign else None
    try:
        return make(secret)
    except SigningError as error:
        raise _signing_error(out, error) from None


def statement_export(args, out: Output) -> int:
    with opened(args, out) as services:
        register = services.registers.get(args.register)
        controller = services.controller.get()
        language = _language(args, services) or (
            controller.document_language if controller else Language.FI
        )
        exported = _run_signed(
            out,
            lambda secret: services.documents.privacy_statement(
                args.register, language, passphrase=secret
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
    name = f"tietosuojaseloste-{slug(register.name)}-{language.value}.pdf"
    return _save(args, out, exported, name)


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
        controller = services.controller.get()
        language = _language(args, services) or (
            controller.document_language if controller else Language.FI
        )
        exported = _run_signed(
            out,
            lambda secret: services.documents.processing_record(language, passphrase=secret),
            args.sign,
        )
    return _save(args, out, exported, f"seloste-kasittelytoimista-{language.value}.pdf")


def _identity_json(identity) -> dict:
    from .output import to_json

    data = to_json(identity)
    data["path"] = str(identity.path)
    return data


def signing_create(args, out: Output) -> int:
    from ..documents.identity import SigningError

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
    from ..documents.identity import SigningError

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
    from ..documents import verification
    from ..services.documents import DocumentService
    from .output import to_json

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
        text = out.render(verification.headline_message(result.outcome))
    lines = [out.render(verification.addition_message(a)) for a in result.additions]
    lines += [out.render(verification.problem_message(p)) for p in result.problems]
    text += "".join(f"\n- {line}" for line in lines)
    out.emit({**to_json(result), "ok": result.ok}, text)
    return 0 if result.ok else 1


def documents_list(args, out: Output) -> int:
    from ..domain.clock import format_date

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
    try:
        args.out.write_bytes(pdf)
    except OSError as error:
        raise CliError(
            out.tr(QT_TRANSLATE_NOOP("Cli", "Could not save %1: %2"), args.out, error.strerror), 1
        ) from None
    out.emit(
        {"id": args.id, "path": str(args.out.resolve())},
        out.tr(QT_TRANSLATE_NOOP("Cli", "Saved %1."), args.out),
    )
    return 0
