"""What the register keeps about its own work with one person, gathered for the access report's
copy (Art 15(3)) and the erasure letter: the audit entries about them, the documents archived
about them, the backups that may still hold them, and the register texts a report in another
language prints as written.

Every query is bounded: the audit trail and the archive are read newest first through their
indexes (``ix_audit_log_entity``; ``document_archive.customer_id`` and ``request_id``)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from ..domain.enums import Language
from ..domain.records import AuditEntry, RegisterDescription
from ..domain.register_languages import in_language, untranslated
from ..storage.backup import AUTOMATIC

AUDIT_LIMIT = 500  # the newest entries about a person; the report says when more exist
DOCUMENT_LIMIT = 500


def audit_about(services, customer_id: int) -> tuple[AuditEntry, ...]:
    """The audit entries about the person, newest first, at most ``AUDIT_LIMIT``."""
    return tuple(services.audit.history("customer", customer_id, limit=AUDIT_LIMIT))


def first_recorded(entries: tuple[AuditEntry, ...]) -> datetime | None:
    """When the person was added to the register, if the entries reach back that far (an
    imported person or a cut-off list gives None: every backup may then hold them)."""
    if len(entries) >= AUDIT_LIMIT:
        return None
    created = [entry.at for entry in entries if entry.action == "create"]
    return min(created) if created else None


def backup_holding(services, since: datetime | None = None):
    """The backups in the register's backup folder that may hold a person recorded at
    ``since`` (all of them when None), and the rotation setting."""
    # the documents package (reportlab) only when a document is built
    from ..documents.model import BackupHolding

    held = [info for info in services.backups.list() if since is None or info.taken_at >= since]
    if not held:
        return BackupHolding(keep_last=services.backups.keep_last)
    automatic = sum(1 for info in held if info.kind in AUTOMATIC)
    taken = [info.taken_at for info in held]
    return BackupHolding(
        automatic=automatic,
        on_request=len(held) - automatic,
        oldest=min(taken),
        newest=max(taken),
        keep_last=services.backups.keep_last,
    )


def untranslated_texts(registers: Iterable[RegisterDescription], language: Language) -> tuple:
    """For each register, the texts a document in ``language`` prints in their original
    language (none for a register written in ``language``)."""
    # the documents package (reportlab) only when a document is built
    from ..documents.model import Untranslated

    found = []
    for register in registers:
        fields = untranslated(register, language)
        if fields:
            name = in_language(register, language).name
            found.append(Untranslated(name, register.text_language, tuple(fields)))
    return tuple(found)
