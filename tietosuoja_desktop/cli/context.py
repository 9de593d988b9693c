"""Opening the register for one command (an encrypted one too: its key from the key store, the
``TIETOSUOJA_DB_PASSPHRASE`` environment variable or a prompt on the terminal)."""

from __future__ import annotations

import getpass
import os
import sys
from contextlib import contextmanager
from dataclasses import fields, replace
from pathlib import Path

from ..domain.i18n import QT_TRANSLATE_NOOP
from ..paths import database_path, resolve_data_dir
from ..services import Services, encryption, open_services
from ..services.encryption import (
    PASSPHRASE_ENV,
    PassphraseRequired,
    RegisterKey,
    WrongPassphrase,
)
from ..services.errors import RegisterMissing
from .output import CliError, Output

MSG_NEEDS_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Cli",
    "The register is encrypted: give its passphrase in the environment variable %1 or run the "
    "command on a terminal.",
)
MSG_WRONG = QT_TRANSLATE_NOOP("Cli", "The passphrase does not open the register %1.")
MSG_KEY_STORE_MISSED = QT_TRANSLATE_NOOP(
    "Cli",
    "The register's key was to be kept in the operating system's key store, but the key store "
    "did not give it (there is none on this computer, it is locked, or the key is not there): "
    "the passphrase is needed.",
)
PROMPT = QT_TRANSLATE_NOOP("Cli", "Passphrase of the register: ")
TRIES = 3


def _tr(out, source: str, *args) -> str:
    return out.tr(source, *args) if out is not None else source


def ask_passphrase(out, prompt: str, variable: str = PASSPHRASE_ENV) -> str:
    """The passphrase from the environment ``variable`` or, on a terminal, typed without echo."""
    given = os.environ.get(variable)
    if given:
        return given
    if not sys.stdin.isatty():
        raise CliError(_tr(out, MSG_NEEDS_PASSPHRASE, variable), 1)

    return getpass.getpass(_tr(out, prompt))


SIGN_PASSPHRASE_ENV = "TIETOSUOJA_SIGN_PASSPHRASE"


def passphrase(out: Output, *, confirm: bool = False) -> str:
    """The signing passphrase: from TIETOSUOJA_SIGN_PASSPHRASE, else asked on the terminal
    (here, not with the documents' commands: a request's commands need it without them)."""
    value = os.environ.get(SIGN_PASSPHRASE_ENV)
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


def _say_if_key_store_missed(data_dir, out) -> None:
    """On stderr (``--json`` output stays one value): why a passphrase is asked for after all."""
    if encryption.key_store_expected(data_dir):
        print(_tr(out, MSG_KEY_STORE_MISSED), file=sys.stderr)


def _open(args, out) -> Services:
    data_dir = resolve_data_dir(args.data_dir)
    path = database_path(data_dir)
    try:
        return open_services(data_dir, args.clock)
    except PassphraseRequired:
        _say_if_key_store_missed(data_dir, out)
    from_env = bool(os.environ.get(PASSPHRASE_ENV))
    for _attempt in range(1 if from_env or not sys.stdin.isatty() else TRIES):
        passphrase = ask_passphrase(out, PROMPT)
        try:
            return open_services(data_dir, args.clock, passphrase=passphrase)
        except WrongPassphrase:
            if from_env or not sys.stdin.isatty():
                break
            print(_tr(out, MSG_WRONG, path), file=sys.stderr)
    raise CliError(_tr(out, MSG_WRONG, path), 1)


@contextmanager
def opened(args, out=None):
    services: Services = _open(args, out)
    try:
        yield services
    finally:
        services.close()


def closed_register_key(args, out=None, backup: Path | None = None) -> RegisterKey | None:
    """The key of the register when it is encrypted, for commands that work on the closed
    file (check, backup list, restore); None for a plain one. When the register file is
    missing, empty or not encrypted although the folder records it so, the key is checked
    against ``backup`` (the one to restore: it carries the register's salt), if given."""
    data_dir = resolve_data_dir(args.data_dir)

    def passphrase() -> str:
        _say_if_key_store_missed(data_dir, out)
        return ask_passphrase(out, PROMPT)

    try:
        return encryption.closed_register_key(data_dir, passphrase, backup)
    except WrongPassphrase as error:
        raise CliError(_tr(out, MSG_WRONG, error.path), 1) from None


MSG_RESTORE_NEWEST = QT_TRANSLATE_NOOP(
    "Cli", "Restore the newest backup, %1, with: tietosuoja backup restore %2"
)
MSG_NO_BACKUP = QT_TRANSLATE_NOOP(
    "Cli",
    "There is no backup to restore. To start a new, empty register instead, move the files "
    "out of %1 (keep them) and run 'tietosuoja init'.",
)


def missing_text(out, error: RegisterMissing) -> str:
    """What happened to the register file, and the way out."""
    lines = [out.render(message) for message in error.explanation()]
    backup = error.latest_backup
    if backup is not None:
        lines.append(out.tr(MSG_RESTORE_NEWEST, backup.name, backup))
    else:
        lines.append(out.tr(MSG_NO_BACKUP, error.path.parent))
    return "\n".join(lines)


def given(args, names) -> dict:
    """The options the user actually gave, by record field name (``first-name`` -> first_name)."""
    values = {}
    for name in names:
        value = getattr(args, name, None)
        if value is not None:
            values[name] = value
    return values


def merged(record, values: dict):
    """``record`` with ``values`` applied, ignoring names the record does not have."""
    known = {f.name for f in fields(record)}
    return replace(record, **{k: v for k, v in values.items() if k in known})
