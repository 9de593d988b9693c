"""What making a document gives back (services/documents.py and record_documents.py)."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.policy import PolicyVersion
from ..domain.records import ArchivedDocument
from ..domain.statement_versions import StatementVersion


@dataclass(frozen=True)
class Exported:
    """A document just made: its archive entry, its bytes, and the characters it printed as
    "�" because its fonts cannot draw them (``unprintable.UnprintableCharacter``)."""

    document: ArchivedDocument
    pdf: bytes
    unprintable: tuple = ()
    version: StatementVersion | PolicyVersion | None = None  # the version it printed
