"""The command groups whose handlers live in their own modules (audit, breaches, data,
documents, encryption): their arguments, with each handler named, not imported.

A handler is ``"module:function"`` (:class:`Handlers` writes it), imported by :func:`resolve` only
once the command line is parsed: ``--version`` and ``--help`` then load no service, SQLAlchemy or
document builder, and a command loads only its own module."""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from ..domain.breaches import BreachNature, BreachRisk, InformExemption, to_local
from ..domain.enums import Language, OnDuplicate
from ..domain.marketing import MarketingChannel
from ..domain.processors import TransferMechanism
from ..paths import NEW_PASSPHRASE_ENV, PASSPHRASE_ENV


class Handlers:
    """The handlers of one command module by name: ``Handlers("commands_data").backup_list`` is
    ``"commands_data:backup_list"``. A test resolves every handler the parser names."""

    def __init__(self, module: str) -> None:
        self._module = module

    def __getattr__(self, name: str) -> str:
        return f"{self._module}:{name}"


def resolve(handler: str | Callable) -> Callable:
    """The function a ``"module:function"`` handler names (a module of this package)."""
    if callable(handler):
        return handler
    module, name = handler.split(":")
    return getattr(importlib.import_module(f".{module}", __package__), name)


audit = Handlers("commands_audit")
breaches = Handlers("commands_breaches")
data = Handlers("commands_data")
document_handlers = Handlers("commands_documents")
encryption = Handlers("commands_encryption")
processors = Handlers("commands_processors")
suppression = Handlers("commands_suppression")


def _add_suppress_commands(marketing) -> None:
    suppress = marketing.add_parser(
        "suppress", help="addresses and numbers never to be sent marketing (kept as hashes)"
    ).add_subparsers(dest="suppress_action", required=True, metavar="ACTION")
    add = suppress.add_parser("add", help="put an e-mail, phone number or address on the list")
    add.add_argument("--email")
    add.add_argument("--phone")
    add.add_argument("--address", help="the street address (with --postal-code)")
    add.add_argument("--postal-code")
    add.set_defaults(handler=suppression.suppress_add)
    imports = suppress.add_parser(
        "import", help="a CSV file with columns email, phone, street_address, postal_code"
    )
    imports.add_argument("file", type=Path)
    imports.set_defaults(handler=suppression.suppress_import)
    suppress.add_parser("count", help="how many are on the list").set_defaults(
        handler=suppression.suppress_count
    )
    clear = suppress.add_parser("clear", help="empty the list")
    clear.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    clear.set_defaults(handler=suppression.suppress_clear)


def add_audit_commands(commands) -> None:
    group = commands.add_parser(
        "audit", help="the tamper-evident audit trail (hash chain)"
    ).add_subparsers(dest="action", required=True, metavar="ACTION")

    def json_option(parser) -> None:
        # Also accepted after the action; the global --json (before the command) works too.
        parser.add_argument(
            "--json", action="store_true", default=argparse.SUPPRESS, help="JSON output"
        )

    verify = group.add_parser("verify", help="check the chain; exit 1 at the first broken link")
    verify.add_argument(
        "--head",
        metavar="COUNT:HASH",
        help="a head noted earlier: checks that it is still in the chain (shows entries "
        "removed from the end)",
    )
    json_option(verify)
    verify.set_defaults(handler=audit.verify_chain)

    export = group.add_parser("export", help="save the audit log as CSV or PDF")
    target = export.add_mutually_exclusive_group(required=True)
    target.add_argument("--csv", type=Path, metavar="FILE")
    target.add_argument("--pdf", type=Path, metavar="FILE")
    export.add_argument(
        "--lang",
        dest="doc_lang",
        choices=[lang.value for lang in Language],
        help="PDF language (default: the business's document language)",
    )
    export.add_argument("--sign", action="store_true", help="sign the PDF digitally (PAdES)")
    json_option(export)
    export.set_defaults(handler=audit.export_log)

    listing = group.add_parser("list", help="the newest entries first")
    listing.add_argument("--limit", type=int, default=50)
    json_option(listing)
    listing.set_defaults(handler=audit.list_entries)


def local_time(text: str) -> datetime:
    """``2026-11-20 09:30`` (Finnish local time) or an ISO time with an offset."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a time in the form YYYY-MM-DD HH:MM: {text!r}"
        ) from None
    return to_local(moment) if moment.tzinfo else moment.replace(microsecond=0)


def _choices(enum) -> list[str]:
    return [member.cli_name for member in enum]


def add_breach_commands(commands) -> None:
    group = commands.add_parser("breaches", help="the breach log (Art 33-34)").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    add = group.add_parser("add", help="log a breach; the 72-hour clock starts at discovery")
    add.add_argument("--discovered", type=local_time, help="when you became aware (default now)")
    add.add_argument("--description", required=True, help="what happened")
    add.add_argument(
        "--nature", dest="natures", action="append", choices=_choices(BreachNature), default=[]
    )
    add.add_argument("--data-categories", default="")
    add.add_argument("--people", type=int, help="approximate number of people affected")
    add.add_argument("--records", type=int, help="approximate number of records affected")
    add.add_argument("--consequences", default="")
    add.add_argument("--measures-taken", default="")
    add.add_argument("--measures-proposed", default="")
    add.add_argument("--risk", choices=_choices(BreachRisk), default="risk")
    add.add_argument("--risk-reasoning", default="")
    add.add_argument(
        "--customer", dest="customers", type=int, action="append", default=[],
        help="an affected customer's id (repeat)",
    )  # fmt: skip
    add.set_defaults(handler=breaches.add_)

    listing = group.add_parser("list", help="breaches, open first, soonest due first")
    listing.add_argument("--open", action="store_true", help="only open breaches")
    listing.set_defaults(handler=breaches.list_)

    show = group.add_parser("show", help="one breach")
    show.add_argument("id", type=int)
    show.add_argument("--pdf", type=Path, help="also save the one-page breach report here")
    show.add_argument("--lang", dest="doc_lang", choices=[lang.value for lang in Language])
    show.set_defaults(handler=breaches.show_)

    notify = group.add_parser("notify", help="record the notification to the authority")
    notify.add_argument("id", type=int)
    notify.add_argument("--at", type=local_time, help="when notified (default now)")
    notify.add_argument("--reference", default="", help="the authority's case number")
    notify.add_argument("--delay-reasons", default="", help="required after 72 hours")
    notify.add_argument("--phases", action="store_true", help="more information will follow")
    notify.set_defaults(handler=breaches.notify_)

    inform = group.add_parser("inform", help="record that the people affected were told")
    inform.add_argument("id", type=int)
    inform.add_argument("--at", type=local_time, help="when told (default now)")
    inform.add_argument("--how", default="", help="by letter, e-mail...")
    inform.add_argument("--count", type=int, help="how many people were told")
    inform.add_argument("--exemption", choices=_choices(InformExemption)[1:])
    inform.add_argument("--exemption-reason", default="")
    inform.add_argument(
        "--letters", type=Path, metavar="FOLDER",
        help="write a letter to each linked customer into this folder",
    )  # fmt: skip
    inform.add_argument(
        "--sign", action="store_true",
        help="sign the letters digitally (PAdES; passphrase from TIETOSUOJA_SIGN_PASSPHRASE)",
    )  # fmt: skip
    inform.set_defaults(handler=breaches.inform_)

    close = group.add_parser("close", help="close a breach whose duties are met")
    close.add_argument("id", type=int)
    close.set_defaults(handler=breaches.close_)


def add_data_commands(commands, customers_group) -> None:
    """Register the commands of this module on the top-level ``commands`` and on the
    ``customers`` group."""
    imports = customers_group.add_parser(
        "import", help="import customers (and orders) from a CSV file"
    )
    imports.add_argument("file", type=Path)
    imports.add_argument(
        "--mapping",
        help='column mapping as JSON or a JSON file: {"Sähköposti": "email", "Lisätieto": ""}',
    )
    imports.add_argument("--dry-run", action="store_true", help="check only, import nothing")
    imports.add_argument("--orders", action="store_true", help="also import the order columns")
    imports.add_argument(
        "--marketing-purpose",
        default="",
        metavar="PURPOSE",
        help="import the marketing permission columns as consents for this purpose",
    )
    imports.add_argument("--on-duplicate", choices=[o.value for o in OnDuplicate], default="skip")
    imports.add_argument("--rejected", type=Path, metavar="OUT.csv", help="save refused rows")
    imports.add_argument(
        "--register",
        dest="registers",
        type=int,
        action="append",
        help="register id for the imported customers (repeat; default: the first register)",
    )
    imports.add_argument(
        "--encoding", help="e.g. utf-8, utf-16 or cp1252 (default: decided from the bytes)"
    )
    imports.add_argument("--delimiter", choices=[";", ",", "tab"], help="default: detected")
    imports.set_defaults(handler=data.import_customers)

    export = customers_group.add_parser("export", help="export the customer list")
    export.add_argument("file", type=Path)
    export.add_argument("--format", choices=["csv", "xlsx"], help="default: from the file name")
    export.set_defaults(handler=data.export_customers)

    marketing = commands.add_parser("marketing", help="marketing lists").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    listing = marketing.add_parser(
        "export", help="who may be sent marketing on one channel for one purpose today"
    )
    listing.add_argument("--channel", required=True, choices=[c.cli_name for c in MarketingChannel])
    listing.add_argument(
        "--purpose", required=True, help="the purpose's number (marketing purposes) or text"
    )
    listing.add_argument("--out", type=Path, required=True, metavar="FILE")
    listing.add_argument("--xlsx", action="store_true", help="an Excel file (default: CSV)")
    listing.add_argument(
        "--own-products",
        action="store_true",
        help="the business's own products similar to those sold (the existing-customer rule)",
    )
    listing.add_argument(
        "--business-role",
        action="store_true",
        help="it concerns people in their role at a company (business contacts)",
    )
    listing.set_defaults(handler=data.export_marketing)
    marketing.add_parser(
        "purposes", help="what marketing may be for, numbered for --purpose"
    ).set_defaults(handler=data.marketing_purposes)
    _add_suppress_commands(marketing)

    backups = commands.add_parser("backup", help="backups of the register").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    create = backups.add_parser("create", help="back up now")
    create.add_argument("--out", type=Path, help="the backup file (default: the backup folder)")
    create.set_defaults(handler=data.backup_create)
    backups.add_parser("list", help="the backups in the backup folder").set_defaults(
        handler=data.backup_list
    )
    restore = backups.add_parser("restore", help="put a backup in place of the register")
    restore.add_argument("file", type=Path)
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.set_defaults(handler=data.backup_restore)
    prune = backups.add_parser("prune", help="delete all but the newest backups now")
    prune.add_argument("--keep", type=int, required=True, help="how many of the newest to keep")
    prune.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    prune.set_defaults(handler=data.backup_prune)

    check = commands.add_parser("check", help="check that the register file is intact")
    check.add_argument("--full", action="store_true", help="also check every index (slower)")
    check.set_defaults(handler=data.check_register)


def document_options(parser, *, language_default=None) -> None:
    """The options of every command that makes a PDF: its language, signing, where to save."""
    parser.add_argument(
        "--lang",
        dest="doc_lang",
        choices=[lang.value for lang in Language],
        default=language_default,
        help="document language (default: the business's document language)",
    )
    parser.add_argument("--sign", action="store_true", help="sign digitally (PAdES)")
    parser.add_argument(
        "--out", type=Path, help="where to save the PDF (default: your documents folder)"
    )


def add_document_commands(commands, date_option: dict) -> None:
    common = document_options

    statement = commands.add_parser("statement", help="privacy statements").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    export = statement.add_parser("export", help="export a register's privacy statement")
    export.add_argument("--register", type=int, required=True)
    export.add_argument("--note", default="", help="what changed in this version (optional)")
    export.add_argument(
        "--dated",
        **date_option,
        help="the version's date when recording an earlier paper statement (default: today)",
    )
    export.add_argument(
        "--allow-untranslated",
        action="store_true",
        help="print texts with no translation into the language as written, with a note on "
        "the first page naming their sections (default: refuse and name them)",
    )
    common(export)
    export.set_defaults(handler=document_handlers.statement_export)
    versions = statement.add_parser("versions", help="a register's statement versions")
    versions.add_argument("--register", type=int, required=True)
    versions.add_argument("--on", **date_option, help="show the version in force on this day")
    versions.set_defaults(handler=document_handlers.statement_versions)

    report = commands.add_parser("report", help="reports about a person").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    access = report.add_parser("access", help="the access report (Art 15) of a customer")
    access.add_argument("customer", type=int)
    access.add_argument(
        "--show-personal-id", action="store_true", help="print the henkilötunnus unmasked"
    )
    common(access)
    access.set_defaults(handler=document_handlers.access_report)
    consents = report.add_parser(
        "consents", help="a customer's consents and withdrawals with their proof (one page)"
    )
    consents.add_argument("customer", type=int)
    common(consents)
    consents.set_defaults(handler=Handlers("commands_consents").consent_record)

    record = commands.add_parser("record", help="record of processing activities (Art 30)")
    record_actions = record.add_subparsers(dest="action", required=True, metavar="ACTION")
    record_export = record_actions.add_parser("export", help="export the record")
    common(record_export)
    record_export.set_defaults(handler=document_handlers.record_export_)

    lia = commands.add_parser("lia", help="legitimate-interest assessments (Art 6(1)(f))")
    lia_actions = lia.add_subparsers(dest="action", required=True, metavar="ACTION")
    lia_export = lia_actions.add_parser("export", help="export a purpose's assessment (one page)")
    lia_export.add_argument("--register", type=int, required=True)
    lia_export.add_argument("--purpose", type=int, required=True, metavar="N", help="from 1")
    common(lia_export)
    lia_export.set_defaults(handler=Handlers("commands_assessments").lia_export)

    dpia = commands.add_parser("dpia", help="DPIA screenings and impact assessments (Art 35)")
    dpia_actions = dpia.add_subparsers(dest="action", required=True, metavar="ACTION")
    dpia_export = dpia_actions.add_parser("export", help="export a register's screening and DPIA")
    dpia_export.add_argument("--register", type=int, required=True)
    common(dpia_export)
    dpia_export.set_defaults(handler=Handlers("commands_dpia").dpia_export)

    signing = commands.add_parser("signing", help="the digital signing identity").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    create = signing.add_parser("create", help="create a signing key and certificate")
    create.add_argument("--replace", action="store_true")
    create.set_defaults(handler=document_handlers.signing_create)
    imported = signing.add_parser("import", help="use a PKCS#12 (.p12/.pfx) file")
    imported.add_argument("file", type=Path)
    imported.set_defaults(handler=document_handlers.signing_import)
    signing.add_parser("show", help="show the signing identity").set_defaults(
        handler=document_handlers.signing_show
    )

    verify = commands.add_parser("verify", help="check a PDF's digital signature")
    verify.add_argument("file", type=Path)
    verify.set_defaults(handler=document_handlers.verify_file)

    documents = commands.add_parser("documents", help="archived documents").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    listing = documents.add_parser("list", help="documents exported so far")
    listing.add_argument("--kind")
    listing.set_defaults(handler=document_handlers.documents_list)
    get = documents.add_parser("get", help="save an archived document")
    get.add_argument("id", type=int)
    get.add_argument("--out", type=Path, required=True)
    get.set_defaults(handler=document_handlers.documents_get)


def add_encryption_commands(commands) -> None:
    encrypt = commands.add_parser(
        "encrypt", help=f"encrypt the register (new passphrase from a prompt or {PASSPHRASE_ENV})"
    )
    encrypt.add_argument(
        "--remember", action="store_true", help="keep the key in this computer's key store"
    )
    encrypt.add_argument(
        "--delete-plain-backups",
        action="store_true",
        help="delete the older, unencrypted backups too",
    )
    encrypt.set_defaults(handler=encryption.encrypt_register)
    decrypt = commands.add_parser("decrypt", help="remove the register's encryption")
    decrypt.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    decrypt.set_defaults(handler=encryption.decrypt_register)
    change = commands.add_parser(
        "change-passphrase",
        help="give the encrypted register a new passphrase (the current one opens it; the new "
        f"one from a prompt or {NEW_PASSPHRASE_ENV})",
    )
    change.set_defaults(handler=encryption.change_passphrase)


def add_processor_commands(commands, date_option: dict) -> None:
    """``processors``: the processors and other recipients and the registers each serves;
    ``date_option`` is the parser's typed-date argument (read in the user's language)."""
    group = commands.add_parser(
        "processors", help="processors and other recipients (Art 28) and their contracts"
    ).add_subparsers(dest="action", required=True, metavar="ACTION")

    def fields(parser, *, required: bool) -> None:
        parser.add_argument("--name", required=required, help="the company or person")
        parser.add_argument("--service", help="what it does for you: web shop, payments...")
        parser.add_argument("--data", help="what data it handles")
        parser.add_argument("--country", help="where the data is processed")
        parser.add_argument("--transfer", choices=_choices(TransferMechanism))
        parser.add_argument(
            "--contract", dest="contract_on", **date_option, help="contract date, 31.1.2026"
        )
        parser.add_argument(
            "--review", dest="review_on", **date_option, help="next review date, 31.1.2027"
        )

    add = group.add_parser("add", help="record a processor or recipient")
    fields(add, required=True)
    add.add_argument(
        "--register", dest="registers", type=int, action="append", default=[],
        help="a register it serves (repeat)",
    )  # fmt: skip
    add.set_defaults(handler=processors.add_)
    update = group.add_parser("update", help="change a processor's details")
    update.add_argument("id", type=int)
    fields(update, required=False)
    update.set_defaults(handler=processors.update_)
    listing = group.add_parser("list", help="processors by name")
    listing.add_argument("--register", type=int, help="only those serving this register")
    listing.set_defaults(handler=processors.list_)
    show = group.add_parser("show", help="one processor and its registers")
    show.add_argument("id", type=int)
    show.set_defaults(handler=processors.show_)
    attach = group.add_parser("attach", help="keep a copy of the contract (replaces any)")
    attach.add_argument("id", type=int)
    attach.add_argument("file", type=Path, help="the signed contract: a PDF or a scan")
    attach.set_defaults(handler=processors.attach_)
    contract = group.add_parser("contract", help="save the attached copy of the contract")
    contract.add_argument("id", type=int)
    contract.add_argument("--out", type=Path, required=True, metavar="FILE")
    contract.set_defaults(handler=processors.contract_)
    for action, handler, help_text in (
        ("link", processors.link_, "the processor serves a register"),
        ("unlink", processors.unlink_, "the processor no longer serves a register"),
    ):
        parser = group.add_parser(action, help=help_text)
        parser.add_argument("id", type=int)
        parser.add_argument("--register", type=int, required=True)
        parser.set_defaults(handler=handler)
