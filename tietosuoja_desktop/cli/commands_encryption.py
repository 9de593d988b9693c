"""``encrypt``, ``decrypt``, ``change-passphrase`` and ``init --encrypt``: the register's
encryption at rest."""

from __future__ import annotations

import getpass
import os
import sys

from ..domain.i18n import QT_TRANSLATE_NOOP
from ..paths import NEW_PASSPHRASE_ENV, PASSPHRASE_ENV, database_path, resolve_data_dir
from ..services import open_services
from ..services.encryption import ConversionReport, check_passphrase, is_encrypted
from .context import ask_passphrase, opened
from .output import CliError, Output

NEW_PROMPT = QT_TRANSLATE_NOOP("Cli", "New passphrase for the register: ")
REPEAT_PROMPT = QT_TRANSLATE_NOOP("Cli", "The same passphrase again: ")


def new_passphrase(out: Output, variable: str = PASSPHRASE_ENV) -> str:
    """A new passphrase: from the environment ``variable``, or typed twice on a terminal."""
    if os.environ.get(variable) or not sys.stdin.isatty():
        passphrase = ask_passphrase(out, NEW_PROMPT, variable)
    else:
        passphrase = getpass.getpass(out.tr(NEW_PROMPT))
        if getpass.getpass(out.tr(REPEAT_PROMPT)) != passphrase:
            raise CliError(out.tr(QT_TRANSLATE_NOOP("Cli", "The passphrases differ.")), 2)
    check_passphrase(passphrase)  # RuleViolation: exit status 2 with the reason
    return passphrase


def _report(out: Output, report: ConversionReport, deleted: int = 0) -> None:
    data = {
        "encrypted": report.encrypted,
        "tables": report.tables,
        "rows": report.rows,
        "plain_backups": [str(p) for p in report.plain_backups],
        "deleted_plain_backups": deleted,
    }
    if report.encrypted:
        text = out.tr(
            QT_TRANSLATE_NOOP("Cli", "The register is now encrypted (%1 rows in %2 tables)."),
            report.rows,
            report.tables,
        )
    else:
        text = out.tr(
            QT_TRANSLATE_NOOP("Cli", "The register is no longer encrypted (%1 rows in %2 tables)."),
            report.rows,
            report.tables,
        )
    if report.plain_backups:
        text += "\n" + out.tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "%1 older backups are not encrypted and still reveal what they hold; delete "
                "them with 'tietosuoja encrypt --delete-plain-backups' (or by hand).",
            ),
            len(report.plain_backups),
        )
    if deleted:
        text += "\n" + out.tr(
            QT_TRANSLATE_NOOP("Cli", "%1 unencrypted backups were deleted."), deleted
        )
    out.emit(data, text)


def encrypt_register(args, out: Output) -> int:
    with opened(args, out) as services:
        if services.encryption.encrypted:
            report = ConversionReport(True, 0, 0, services.backups.plain_backups())
        else:
            report = services.encryption.encrypt(new_passphrase(out), remember=args.remember)
        deleted = 0
        if args.delete_plain_backups:
            deleted = services.backups.delete_plain_backups()
            report = ConversionReport(report.encrypted, report.tables, report.rows, [])
    _report(out, report, deleted)
    return 0


def confirm(out: Output, question: str) -> bool:
    if not sys.stdin.isatty():
        raise CliError(
            out.tr(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "Removing the encryption needs confirmation: run it on a terminal or add "
                    "--yes.",
                )
            )
        )
    answer = input(question + " ")
    return answer.strip().casefold() in {"y", "yes", "k", "kyllä", "kylla", "j", "ja"}


def decrypt_register(args, out: Output) -> int:
    question = out.tr(
        QT_TRANSLATE_NOOP(
            "Cli",
            "Remove the encryption? Anyone who gets the file can then read it. [y/N]",
        )
    )
    if not args.yes and not confirm(out, question):
        out.emit({"decrypted": False}, out.tr(QT_TRANSLATE_NOOP("Cli", "Nothing was changed.")))
        return 1
    with opened(args, out) as services:
        if not services.encryption.encrypted:
            report = ConversionReport(False, 0, 0)
        else:
            report = services.encryption.decrypt()
    _report(out, report)
    return 0


def create_encrypted(args, out: Output) -> None:
    """``init --encrypt``: a new register is created encrypted; a plain one is encrypted."""
    data_dir = resolve_data_dir(args.data_dir)
    path = database_path(data_dir)
    if is_encrypted(path):
        return
    passphrase = new_passphrase(out)
    if not path.exists():
        with open_services(data_dir, args.clock, passphrase=passphrase) as services:
            services.encryption.remember_key(args.remember)
        return
    with opened(args, out) as services:
        services.encryption.encrypt(passphrase, remember=args.remember)


def change_passphrase(args, out: Output) -> int:
    with opened(args, out) as services:
        if not services.encryption.encrypted:
            raise CliError(
                out.tr(
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "The register is not encrypted; encrypt it with 'tietosuoja encrypt'.",
                    )
                ),
                2,
            )
        report = services.encryption.change_passphrase(new_passphrase(out, NEW_PASSPHRASE_ENV))
    text = out.tr(
        QT_TRANSLATE_NOOP(
            "Cli",
            "The register has a new passphrase (%1 rows in %2 tables). Backups made earlier "
            "still use the old one.",
        ),
        report.rows,
        report.tables,
    )
    out.emit({"encrypted": True, "tables": report.tables, "rows": report.rows}, text)
    return 0
