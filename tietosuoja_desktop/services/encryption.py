"""Encrypting the register, removing its encryption and changing its passphrase.

Each conversion writes a complete new file beside the register with SQLCipher's
``sqlcipher_export``, checks that every table has as many rows as before, swaps it in with one
atomic rename and overwrites the old file before deleting it (see ``storage/encryption.py``).
A crash at any point leaves either the old register or the new one, never half of each.

Older backups are not touched: after encrypting, the plain backups made before still reveal
what they hold, and the user is offered to delete them (``storage.backup.plain_backups``);
after a passphrase change, older encrypted backups open with the old passphrase."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.i18n import QT_TRANSLATE_NOOP, Message
from ..paths import PASSPHRASE_ENV, backup_dir, database_path
from ..storage import backup, encryption, keystore
from ..storage.encryption import (
    EncryptionError,
    PassphraseRequired,
    RegisterKey,
    WrongPassphrase,
)
from ..storage.keystore import KeyStoreUnavailable
from .errors import RuleViolation

log = logging.getLogger(__name__)

MIN_PASSPHRASE = 8

MSG_SHORT = QT_TRANSLATE_NOOP("Encryption", "The passphrase must be at least %1 characters long.")
MSG_ALREADY = QT_TRANSLATE_NOOP("Encryption", "The register is already encrypted.")
MSG_NOT_ENCRYPTED = QT_TRANSLATE_NOOP("Encryption", "The register is not encrypted.")
MSG_KEY_STORE = QT_TRANSLATE_NOOP(
    "Encryption", "This computer's key store could not keep the key: %1"
)

__all__ = [
    "PASSPHRASE_ENV",
    "ConversionReport",
    "EncryptionError",
    "EncryptionService",
    "KeyStoreUnavailable",
    "PassphraseRequired",
    "RegisterKey",
    "WrongPassphrase",
    "check_passphrase",
    "closed_register_key",
    "is_encrypted",
    "key_for",
]


def check_passphrase(passphrase: str) -> None:
    """Raise :class:`RuleViolation` for a passphrase too weak to set."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise RuleViolation(Message("Encryption", MSG_SHORT, (str(MIN_PASSPHRASE),)))


def is_encrypted(path: Path) -> bool:
    """Whether the register file at ``path`` is an encrypted one (its first bytes tell)."""
    return encryption.is_encrypted(Path(path))


def closed_register_key(
    data_dir: Path, passphrase: Callable[[], str], backup: Path | None = None
) -> RegisterKey | None:
    """The key of the closed register in ``data_dir`` when it is encrypted, for work on the
    closed file (check, backup list, restore); None for a plain one. The key store's key if
    it keeps one, else the key ``passphrase()`` gives, checked against the file (raises
    :class:`WrongPassphrase`). When the register file is missing, empty or not encrypted
    although the folder records it so, the key is checked against ``backup`` (the one to
    restore: it carries the register's salt), if given."""
    path = database_path(data_dir)
    if not keystore.marked_encrypted(data_dir):
        return None
    if not encryption.is_encrypted(path):
        if backup is None or not encryption.is_encrypted(Path(backup)):
            return None
        path = Path(backup)
    stored = keystore.remembered_key(data_dir)
    if stored is not None:
        return stored
    key = RegisterKey.for_file(path, passphrase())
    try:
        encryption.check_key(path, key)
    except encryption.database_errors():
        pass  # damaged past its first page: the check reports it
    return key


def key_store_expected(data_dir: Path) -> bool:
    """Whether the user chose to keep the register's key in the operating system's key store
    (so a question for the passphrase needs a word of why)."""
    return keystore.remembers(data_dir)


def key_for(path: Path, passphrase: str) -> RegisterKey:
    """The key ``passphrase`` gives for the register at ``path``: for its salt when it is
    encrypted, a new one when there is no register yet."""
    path = Path(path)
    if encryption.is_encrypted(path):
        return RegisterKey.for_file(path, passphrase)
    return RegisterKey.new(passphrase)


@dataclass(frozen=True)
class ConversionReport:
    encrypted: bool  # what the register is now
    tables: int
    rows: int  # rows in all tables, the same before and after
    plain_backups: list[Path] = field(default_factory=list)  # still unencrypted


class EncryptionService:
    """The open register's encryption."""

    def __init__(self, services) -> None:
        self._services = services
        self._db = services.db
        self._clock = services.clock

    @property
    def encrypted(self) -> bool:
        return self._db.key is not None

    @property
    def key_in_key_store(self) -> bool:
        return self.encrypted and keystore.remembers(self._db.data_dir)

    def matches(self, passphrase: str) -> bool:
        """Whether ``passphrase`` opens the register (e.g. to unlock the idle lock)."""
        return self._db.key is not None and self._db.key.matches(passphrase)

    def encrypt(self, passphrase: str, *, remember: bool = False) -> ConversionReport:
        if self.encrypted:
            raise RuleViolation(Message("Encryption", MSG_ALREADY))
        check_passphrase(passphrase)
        report = self._convert(RegisterKey.new(passphrase), "encrypt")
        self.remember_key(remember)
        return report

    def decrypt(self) -> ConversionReport:
        if not self.encrypted:
            raise RuleViolation(Message("Encryption", MSG_NOT_ENCRYPTED))
        return self._convert(None, "decrypt")

    def change_passphrase(self, passphrase: str) -> ConversionReport:
        """A new passphrase (and a new salt): the register is re-encrypted into a new file."""
        if not self.encrypted:
            raise RuleViolation(Message("Encryption", MSG_NOT_ENCRYPTED))
        check_passphrase(passphrase)
        remembered = self.key_in_key_store
        report = self._convert(RegisterKey.new(passphrase), "change_passphrase")
        self.remember_key(remembered)
        return report

    def remember_key(self, remember: bool) -> None:
        """Keep the key in (or remove it from) the operating system's key store. Raises
        :class:`RuleViolation` when the key store refuses."""
        data_dir = self._db.data_dir
        if remember and self._db.key is not None:
            try:
                keystore.remember(data_dir, self._db.key)
            except KeyStoreUnavailable as error:
                raise RuleViolation(Message("Encryption", MSG_KEY_STORE, (str(error),))) from error
        else:
            keystore.forget(data_dir)

    def _convert(self, new_key: RegisterKey | None, what: str) -> ConversionReport:
        db = self._db
        path = db.path
        converted = path.with_name(f".{path.name}.converting")
        encryption.remove_securely(converted)  # a leftover of an interrupted attempt
        db.checkpoint()
        db.engine.dispose()  # nothing may hold the file while another library reads it
        try:
            counts = encryption.export(path, db.key, converted, new_key)
            # A kill between the swap and ``mark`` below is completed by the next opening.
            keystore.begin_conversion(db.data_dir, encrypted=new_key is not None)
            encryption.swap_in(path, converted)
        except BaseException:
            encryption.remove_securely(converted)
            keystore.settle_conversion(db.data_dir)  # not swapped: the record as it was
            db.reconnect(db.key)
            raise
        db.reconnect(new_key)
        keystore.mark(db.data_dir, encrypted=new_key is not None)
        # the audit trail's mapped table only now: the window asks whether the register is
        # encrypted before its first paint (issue 18)
        from . import audit

        with db.transaction() as session:
            audit.record(session, self._clock.now(), "update", "register", None, [what])
        log.info("register %s: %d tables", what, len(counts))
        plain = backup.plain_backups(backup_dir(db.data_dir), new_key)
        return ConversionReport(new_key is not None, len(counts), sum(counts.values()), plain)
