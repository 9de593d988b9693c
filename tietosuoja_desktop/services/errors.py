"""Errors a person can cause, each with a translatable message (shown in their language).

The register's own errors (the folder in use, a damaged or missing register file, a missing or
wrong passphrase, a register a newer version migrated, a copy of it that does not fit on the
disk) are raised in storage; they are named here too, so that the windows and the command
line, which use services only, can catch them.
The signing errors are in ``signatures.py`` (they load the signing libraries)."""

from __future__ import annotations

from collections.abc import Sequence

from ..domain.csv_encoding import UndecodableFile
from ..domain.enums import Language
from ..domain.i18n import QT_TRANSLATE_NOOP, Message
from ..domain.validation import Problem, ValidationError
from ..storage.backup import NotEnoughSpace
from ..storage.encryption import EncryptionError, PassphraseRequired, WrongPassphrase
from ..storage.integrity import RegisterDamaged
from ..storage.lock import DataFolderInUse, OpenOnAnotherComputer
from ..storage.migrate import RegisterTooNew
from ..storage.presence import RegisterMissing

__all__ = [
    "DataFolderInUse",
    "EncryptionError",
    "NotEnoughSpace",
    "NotFound",
    "OpenOnAnotherComputer",
    "PassphraseRequired",
    "Problem",
    "RegisterDamaged",
    "RegisterMissing",
    "RegisterTooNew",
    "RuleViolation",
    "UndecodableFile",
    "ValidationError",
    "WrongPassphrase",
]


class RuleViolation(ValueError):
    """A request the register's rules do not allow (e.g. an extension after its deadline)."""

    def __init__(self, message: Message, field: str = "") -> None:
        super().__init__(message.render())
        self.message = message
        self.field = field


class UntranslatedStatement(RuleViolation):
    """A privacy statement asked for in a language some of the register's texts have no
    translation into, without allowing them to print as written (noted on its first page)."""

    def __init__(self, sections: Sequence[int], language: Language) -> None:
        message = Message(
            "Errors",
            QT_TRANSLATE_NOOP(
                "Errors",
                "Sections %1 of the statement have texts with no translation into %2. "
                "Translate them (Registers, Translations…) or allow them to print in the "
                "original language with a note on the first page.",
            ),
            (", ".join(str(number) for number in sections), Language(language).value),
        )
        super().__init__(message, "translations")
        self.sections = tuple(sections)
        self.language = Language(language)


class NotFound(LookupError):
    def __init__(self, entity: str, entity_id: int) -> None:
        self.entity = entity
        self.entity_id = entity_id
        self.message = Message(
            "Errors",
            QT_TRANSLATE_NOOP("Errors", "No %1 with id %2."),
            (entity, str(entity_id)),
        )
        super().__init__(self.message.render())
