"""Every kind of document the app makes, declared once.

A :class:`DocumentKindSpec` says how the services archive a kind, which builder of
``documents/`` makes it and which key of ``documents/texts_*.py`` titles it, and what the
interface calls it: its name in the archive (context ``ArchiveTableModel``) for kinds the
archive can be filtered by, the filter's plural (context ``ArchivePanel``), and for kinds made on
the Documents page what it says while making one (context ``DocumentsPage``). Letters are one kind
stored as ``letter_<letter>`` (``letter_completion``, ``letter_breach``).

``DOCUMENT_KINDS`` must name every :class:`DocumentKind`: a kind without its spec stops the
import, and ``tests/ui/test_every_kind.py`` walks each through every layer.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from .enums import StrEnum
from .i18n import QT_TRANSLATE_NOOP

NAME_CONTEXT = "ArchiveTableModel"
FILTER_CONTEXT = "ArchivePanel"
MAKING_CONTEXT = "DocumentsPage"
LETTER_PREFIX = "letter_"


class DocumentKind(StrEnum):
    """The stored ``kind`` of an archived document (letters add their own name to it)."""

    STATEMENT = "statement"
    PROCESSING_RECORD = "processing_record"
    ACCESS_REPORT = "access_report"
    LETTER = "letter"
    REQUEST_LOG = "request_log"
    BREACH_REPORT = "breach_report"
    INTEREST_ASSESSMENT = "interest_assessment"
    DPIA = "dpia"
    RETENTION_RUN = "retention_run"
    CONSENT_RECORD = "consent_record"
    SECURITY_REVIEW = "security_review"
    UNDERTAKING = "confidentiality_undertaking"
    POLICY = "data_protection_policy"
    INSPECTION_COVER = "inspection_cover"


class Archive(enum.Enum):
    """What the archive keeps of a kind."""

    KEPT = "kept"  # every version, until deleted with the register
    WITH_PERSON = "with_person"  # kept, and erased with the person it is about
    NOT_KEPT = "not_kept"  # handed out only (the request log is made again from the requests)


@dataclass(frozen=True)
class DocumentKindSpec:
    kind: DocumentKind
    title_key: str  # documents/texts_*.py; a letter's title is letter.<letter>.title
    template: str  # the builder in documents/ that makes it
    archive: Archive
    name: str  # NAME_CONTEXT
    filter_name: str = ""  # FILTER_CONTEXT; "" when the archive is not filtered by it
    making: str = ""  # MAKING_CONTEXT, while the Documents page makes it; "" if made elsewhere

    def stored(self, letter: str = "") -> str:
        """The ``kind`` stored in the archive: ``letter_<letter>`` for a letter."""
        return f"{LETTER_PREFIX}{letter}" if self.kind is DocumentKind.LETTER else self.kind.value


# In the order the archive's filter offers them.
_SPECS = (
    DocumentKindSpec(
        DocumentKind.STATEMENT,
        "statement.title",
        "build_privacy_statement",
        Archive.KEPT,
        QT_TRANSLATE_NOOP("ArchiveTableModel", "Privacy statement"),
        QT_TRANSLATE_NOOP("ArchivePanel", "Privacy statements"),
        QT_TRANSLATE_NOOP("DocumentsPage", "Making the privacy statement…"),
    ),
    DocumentKindSpec(
        DocumentKind.PROCESSING_RECORD,
        "record.title",
        "build_processing_record",
        Archive.KEPT,
        QT_TRANSLATE_NOOP("ArchiveTableModel", "Record of processing"),
        QT_TRANSLATE_NOOP("ArchivePanel", "Records of processing"),
        QT_TRANSLATE_NOOP("DocumentsPage", "Making the record of processing activities…"),
    ),
    DocumentKindSpec(
        DocumentKind.ACCESS_REPORT,
        "access.title",
        "build_access_report",
        Archive.WITH_PERSON,
        QT_TRANSLATE_NOOP("ArchiveTableModel", "Access report"),
        QT_TRANSLATE_NOOP("ArchivePanel", "Access reports"),
    ),
    DocumentKindSpec(
        DocumentKind.LETTER,
        "letter.{letter}.title",
        "build_letter",
        Archive.WITH_PERSON,
        QT_TRANSLATE_NOOP("ArchiveTableModel", "Letter"),
        QT_TRANSLATE_NOOP("ArchivePanel", "Letters"),
    ),
    DocumentKindSpec(
        DocumentKind.REQUEST_LOG,
        "log.title",
        "build_request_log",
        Archive.NOT_KEPT,
        QT_TRANSLATE_NOOP("ArchiveTableModel", "Request log"),
        QT_TRANSLATE_NOOP("ArchivePanel", "Request logs"),
    ),
    DocumentKindSpec(
        DocumentKind.BREACH_REPORT,
        "breach.report.title",
        "build_breach_report",
        Archive.KEPT,
        QT_TRANSLATE_NOOP("ArchiveTableModel", "Breach report"),
    ),
    DocumentKindSpec(
        DocumentKind.INTEREST_ASSESSMENT,
        "lia.title",
        "build_interest_assessment",
        Archive.KEPT,
        QT_TRANSLATE_NOOP("ArchiveTableModel", "Legitimate interest assessment"),
        QT_TRANSLATE_NOOP("ArchivePanel", "Legitimate interest assessments"),
    ),
    DocumentKindSpec(
        DocumentKind.DPIA,
        "dpia.title",
        "build_dpia",
        Archive.KEPT,
        QT_TRANSLATE_NOOP("ArchiveTableModel", "Data protection impact assessment"),
        QT_TRANSLATE_NOOP("ArchivePanel", "Data protection impact assessments"),
    ),
    DocumentKindSpec(
        DocumentKind.SECURITY_REVIEW,
        "security.title",
        "build_security_review",
        Archive.KEPT,
        QT_TRANSLATE_NOOP("ArchiveTableModel", "Security review"),
        QT_TRANSLATE_NOOP("ArchivePanel", "Security reviews"),
    ),
    DocumentKindSpec(
        DocumentKind.RETENTION_RUN,
        "retention_run.title",
        "build_retention_report",
        Archive.KEPT,
        QT_TRANSLATE_NOOP("ArchiveTableModel", "Retention erasure run"),
        QT_TRANSLATE_NOOP("ArchivePanel", "Retention erasure runs"),
    ),
    DocumentKindSpec(
        DocumentKind.CONSENT_RECORD,
        "consents.title",
        "build_consent_record",
        Archive.WITH_PERSON,
        QT_TRANSLATE_NOOP("ArchiveTableModel", "Consent record"),
    ),
    DocumentKindSpec(
        DocumentKind.UNDERTAKING,
        "undertaking.title",
        "build_undertaking",
        Archive.NOT_KEPT,  # a form to sign; the signed copy is archived on the access list
        QT_TRANSLATE_NOOP("ArchiveTableModel", "Confidentiality undertaking"),
    ),
    DocumentKindSpec(
        DocumentKind.POLICY,
        "policy.title",
        "build_policy",
        Archive.KEPT,
        QT_TRANSLATE_NOOP("ArchiveTableModel", "Data protection policy"),
        QT_TRANSLATE_NOOP("ArchivePanel", "Data protection policies"),
        QT_TRANSLATE_NOOP("DocumentsPage", "Making the data protection policy…"),
    ),
    DocumentKindSpec(
        DocumentKind.INSPECTION_COVER,
        "inspection.title",
        "build_inspection_cover",
        Archive.KEPT,
        QT_TRANSLATE_NOOP("ArchiveTableModel", "Supervisor's folder cover page"),
        QT_TRANSLATE_NOOP("ArchivePanel", "Supervisor's folder cover pages"),
    ),
)

DOCUMENT_KINDS: dict[DocumentKind, DocumentKindSpec] = {spec.kind: spec for spec in _SPECS}
# The archive's filter: the kinds it offers, in order.
FILTERED_KINDS: tuple[DocumentKind, ...] = tuple(s.kind for s in _SPECS if s.filter_name)


def spec(kind: DocumentKind) -> DocumentKindSpec:
    return DOCUMENT_KINDS[DocumentKind(kind)]


def kind_of(stored: str) -> DocumentKind | None:
    """The kind of a stored ``kind`` (``letter_refusal`` is a LETTER); None for one this
    version does not know (made by a later version)."""
    if stored.startswith(LETTER_PREFIX):
        return DocumentKind.LETTER
    try:
        return DocumentKind(stored)
    except ValueError:
        return None


def _check() -> None:
    missing = [kind.value for kind in DocumentKind if kind not in DOCUMENT_KINDS]
    if missing or len(DOCUMENT_KINDS) != len(_SPECS):
        raise RuntimeError(f"document kinds declared incompletely or twice: {missing}")


_check()
