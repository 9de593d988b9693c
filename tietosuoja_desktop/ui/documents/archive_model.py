"""The archive of documents made, newest first: one row per version, the PDF itself stays in
the register until the user opens or saves it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ...domain.document_kinds import NAME_CONTEXT, kind_of, spec
from ...domain.enums import Language
from ...domain.records import ArchivedDocument
from ..format import format_date
from ..labels import LANGUAGE_NAMES
from ..preferences import current_language

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
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


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


class ArchiveTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._documents: list[ArchivedDocument] = []

    def set_documents(self, documents: list[ArchivedDocument]) -> None:
        self.beginResetModel()
        self._documents = list(documents)
        self.endResetModel()

    def document_at(self, row: int) -> ArchivedDocument | None:
        return self._documents[row] if 0 <= row < len(self._documents) else None

    def row_of(self, document_id: int) -> int:
        for row, document in enumerate(self._documents):
            if document.id == document_id:
                return row
        return -1

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        if self._documents:
            last = self.index(len(self._documents) - 1, len(HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.DisplayRole])

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._documents)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return _tr(HEADERS[section]) if 0 <= section < len(HEADERS) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        document = self._documents[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(document, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_SHA256:
                return document.sha256
            if column == COL_TITLE:
                return document.title
            return None
        if role == DOCUMENT_ROLE:
            return document.id
        if role == SORT_ROLE:
            if column == COL_DATE:  # made in the same second: the later id is newer
                return f"{document.created_at.isoformat()} {document.id:012d}"
            return self._display(document, column)
        return None

    def _display(self, document: ArchivedDocument, column: int) -> str:
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
