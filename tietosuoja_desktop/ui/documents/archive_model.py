"""The archive of documents made, newest first: one row per version, the PDF itself stays in
the register until the user opens or saves it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from ...domain.document_kinds import NAME_CONTEXT, kind_of, spec
from ...domain.enums import Language
from ...domain.records import ArchivedDocument
from ..format import format_date
from ..labels import LANGUAGE_NAMES
from ..preferences import current_language
from ..view_list_model import ViewListModel

CONTEXT = "ArchiveTableModel"
COL_DATE, COL_KIND, COL_TITLE, COL_LANGUAGE, COL_SIGNED, COL_SHA256 = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("ArchiveTableModel", "Made"),
    QT_TRANSLATE_NOOP("ArchiveTableModel", "Kind"),
    QT_TRANSLATE_NOOP("ArchiveTableModel", "Title"),
    QT_TRANSLATE_NOOP("ArchiveTableModel", "Language"),
    QT_TRANSLATE_NOOP("ArchiveTableModel", "Signed"),
    QT_TRANSLATE_NOOP("ArchiveTableModel", "SHA-256"),
)
YES = QT_TRANSLATE_NOOP("ArchiveTableModel", "Yes")
NO = QT_TRANSLATE_NOOP("ArchiveTableModel", "No")
DOCUMENT_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SHORT_HASH = 12


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def kind_name(kind: str) -> str:
    """``statement`` -> "Privacy statement"; every ``letter_*`` is a "Letter"; a kind this
    version does not know is shown as stored."""
    known = kind_of(kind)
    return QCoreApplication.translate(NAME_CONTEXT, spec(known).name) if known else kind


def format_timestamp(moment: datetime) -> str:
    """``22.11.2026 14.05`` (``14:05`` in English): the documents' date, the local clock."""
    separator = ":" if current_language() is Language.EN else "."
    return f"{format_date(moment.date())} {moment:%H}{separator}{moment:%M}"


class ArchiveTableModel(ViewListModel[ArchivedDocument]):
    CONTEXT = CONTEXT
    HEADERS = HEADERS
    ID_ROLE = DOCUMENT_ROLE

    @staticmethod
    def view_id(document: ArchivedDocument) -> int:
        return document.id

    def tooltip(self, document: ArchivedDocument, column: int) -> str | None:
        if column == COL_SHA256:
            return document.sha256
        if column == COL_TITLE:
            return document.title
        return None

    def role_data(self, document: ArchivedDocument, column: int, role: int):
        if role != SORT_ROLE:
            return None
        if column == COL_DATE:  # made in the same second: the later id is newer
            return f"{document.created_at.isoformat()} {document.id:012d}"
        return self.display(document, column)

    def display(self, document: ArchivedDocument, column: int) -> str:
        if column == COL_DATE:
            return format_timestamp(document.created_at)
        if column == COL_KIND:
            return kind_name(document.kind)
        if column == COL_TITLE:
            return document.title
        if column == COL_LANGUAGE:
            return LANGUAGE_NAMES[document.language]
        if column == COL_SIGNED:
            answer = YES if document.signed else NO
            return _tr(answer)
        return document.sha256[:SHORT_HASH]
