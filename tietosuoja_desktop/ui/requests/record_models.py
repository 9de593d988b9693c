"""The two tables on a request's card: its timeline (when, what was done, which document went
out) and the originals attached to it (file name, type, size, when added)."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ...domain.records import Attachment, RequestEvent
from ..format import format_count, format_date
from ..view_list_model import ViewListModel
from . import names

_Index = QModelIndex | QPersistentModelIndex
DOCUMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ATTACHMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 2

TL_WHEN, TL_WHAT, TL_DOCUMENT = range(3)
TIMELINE_HEADERS = (
    QT_TRANSLATE_NOOP("TimelineModel", "Date"),
    QT_TRANSLATE_NOOP("TimelineModel", "What was done"),
    QT_TRANSLATE_NOOP("TimelineModel", "Document"),
)
AT_NAME, AT_TYPE, AT_SIZE, AT_ADDED = range(4)
ATTACHMENT_HEADERS = (
    QT_TRANSLATE_NOOP("AttachmentsModel", "File"),
    QT_TRANSLATE_NOOP("AttachmentsModel", "Type"),
    QT_TRANSLATE_NOOP("AttachmentsModel", "Size"),
    QT_TRANSLATE_NOOP("AttachmentsModel", "Added"),
)


def format_time(moment) -> str:
    return f"{format_date(moment.date())} {moment.hour}.{moment.minute:02d}"


def format_size(size: int) -> str:
    if size < 1024:
        return QCoreApplication.translate("AttachmentsModel", "%1 B").replace("%1", str(size))
    kib = -(-size // 1024)
    return QCoreApplication.translate("AttachmentsModel", "%1 KB").replace("%1", format_count(kib))


class _ListModel(ViewListModel):
    """A request's own lists (timeline, originals): rows set as a whole."""

    def set_items(self, items: list) -> None:
        self.beginResetModel()
        self._views = list(items)
        self.endResetModel()

    def item_at(self, row: int):
        return self.view_at(row)


class TimelineModel(_ListModel):
    CONTEXT = "TimelineModel"
    HEADERS = TIMELINE_HEADERS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        event: RequestEvent = self._views[index.row()]
        column = index.column()
        if role == DOCUMENT_ID_ROLE:
            return event.document_id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TL_WHEN:
                return format_time(event.at)
            if column == TL_WHAT:
                what, note = names.action(event.action), names.note(event.action, event.note)
                return f"{what}: {note}" if note else what
            return names.document(event.action)
        if role == Qt.ItemDataRole.ToolTipRole and column == TL_DOCUMENT:
            return self._document_tip(event)
        return None

    def _document_tip(self, event: RequestEvent) -> str | None:
        if event.document_id:
            return QCoreApplication.translate(
                "TimelineModel", "Kept in the register: double-click to open it."
            )
        if event.document_sha256:
            return QCoreApplication.translate(
                "TimelineModel", "Not kept in the register; its SHA-256 fingerprint is %1."
            ).replace("%1", event.document_sha256)
        return None


class AttachmentsModel(_ListModel):
    CONTEXT = "AttachmentsModel"
    HEADERS = ATTACHMENT_HEADERS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        attachment: Attachment = self._views[index.row()]
        column = index.column()
        if role == ATTACHMENT_ID_ROLE:
            return attachment.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == AT_NAME:
                return attachment.filename
            if column == AT_TYPE:
                return attachment.media_type
            if column == AT_SIZE:
                return format_size(attachment.size)
            return format_time(attachment.added_at)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == AT_SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
