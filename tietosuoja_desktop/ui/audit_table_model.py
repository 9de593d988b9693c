"""The audit log as a table, newest first, read a page at a time: 100,000 entries cost one count
and the pages the view actually shows."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ..domain.audit_chain import ChainEntry
from .customers import names
from .documents.archive_model import format_timestamp
from .view_list_model import CellsModel

CONTEXT = "AuditTableModel"
COL_ID, COL_AT, COL_ACTION, COL_ENTITY, COL_FIELDS, COL_HASH = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("AuditTableModel", "No."),
    QT_TRANSLATE_NOOP("AuditTableModel", "Time"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Action"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Object"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Fields"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Hash"),
)
ENTITIES = {
    "customer": QT_TRANSLATE_NOOP("AuditTableModel", "Customer"),
    "register": QT_TRANSLATE_NOOP("AuditTableModel", "Register"),
    "request": QT_TRANSLATE_NOOP("AuditTableModel", "Request"),
    "order": QT_TRANSLATE_NOOP("AuditTableModel", "Order"),
    "contact": QT_TRANSLATE_NOOP("AuditTableModel", "Contact"),
    "controller": QT_TRANSLATE_NOOP("AuditTableModel", "Business profile"),
    "setting": QT_TRANSLATE_NOOP("AuditTableModel", "Setting"),
    "document": QT_TRANSLATE_NOOP("AuditTableModel", "Document"),
    "signing_identity": QT_TRANSLATE_NOOP("AuditTableModel", "Signing identity"),
    "audit_log": QT_TRANSLATE_NOOP("AuditTableModel", "Audit log"),
    "breach": QT_TRANSLATE_NOOP("AuditTableModel", "Breach"),
    "marketing_suppression": QT_TRANSLATE_NOOP("AuditTableModel", "Suppression list"),
    "inspection_pack": QT_TRANSLATE_NOOP("AuditTableModel", "Supervisor's folder"),
}
EXTRA_ACTIONS = {
    "delete": QT_TRANSLATE_NOOP("AuditTableModel", "Deleted"),
    "export": QT_TRANSLATE_NOOP("AuditTableModel", "Exported"),
    "import": QT_TRANSLATE_NOOP("AuditTableModel", "Imported"),
    "restore": QT_TRANSLATE_NOOP("AuditTableModel", "Restored from a backup"),
    "demo": QT_TRANSLATE_NOOP("AuditTableModel", "Demo data added"),
    "scrub": QT_TRANSLATE_NOOP("AuditTableModel", "Personal details removed"),
    "attach": QT_TRANSLATE_NOOP("AuditTableModel", "Attachment added"),
    "notify_authority": QT_TRANSLATE_NOOP("AuditTableModel", "Authority notified"),
    "inform_people": QT_TRANSLATE_NOOP("AuditTableModel", "People informed"),
    "close": QT_TRANSLATE_NOOP("AuditTableModel", "Closed"),
    "suppress": QT_TRANSLATE_NOOP("AuditTableModel", "Added to the suppression list"),
}
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole
PAGE = 200
KEPT_PAGES = 20
SHORT_HASH = 12
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def action_name(action: str) -> str:
    extra = EXTRA_ACTIONS.get(action)
    return _tr(extra) if extra else names.audit_action(action)


def entity_name(entry: ChainEntry) -> str:
    source = ENTITIES.get(entry.entity)
    name = _tr(source) if source else entry.entity
    return name if entry.entity_id is None else f"{name} {entry.entity_id}"


class AuditTableModel(CellsModel[ChainEntry]):
    """``fetch(limit, offset)`` reads entries newest first; ``count()`` how many there are.
    Pages are read when first shown and the newest ``KEPT_PAGES`` of them kept."""

    CONTEXT = CONTEXT
    HEADERS = HEADERS
    RIGHT_ALIGNED = (COL_ID,)
    ID_ROLE = ENTRY_ID_ROLE

    def __init__(
        self,
        fetch: Callable[[int, int], list[ChainEntry]],
        count: Callable[[], int],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._count_source = count
        self._count = 0
        self._pages: OrderedDict[int, list[ChainEntry]] = OrderedDict()
        self.pages_read = 0  # for tests and benchmarks: how lazy the model is

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._count = self._count_source()
        self.endResetModel()

    def view_at(self, row: int) -> ChainEntry | None:
        if not 0 <= row < self._count:
            return None
        number, within = divmod(row, PAGE)
        page = self._pages.get(number)
        if page is None:
            page = self._fetch(PAGE, number * PAGE)
            self.pages_read += 1
            self._pages[number] = page
            while len(self._pages) > KEPT_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[within] if within < len(page) else None

    @staticmethod
    def view_id(entry: ChainEntry) -> int:
        return entry.id

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else self._count

    def tooltip(self, entry: ChainEntry, column: int) -> str | None:
        if column == COL_HASH:
            return entry.hash
        if column == COL_FIELDS:
            return entry.fields.replace(",", ", ")
        return None

    def display(self, entry: ChainEntry, column: int) -> str:
        if column == COL_ID:
            return str(entry.id)
        if column == COL_AT:
            return format_timestamp(entry.at)
        if column == COL_ACTION:
            return action_name(entry.action)
        if column == COL_ENTITY:
            return entity_name(entry)
        if column == COL_FIELDS:
            stored = [f for f in entry.fields.split(",") if f]
            if entry.entity == "document":  # what was exported: the document's kind
                # ui.documents only once a document kind is shown
                from .documents.archive_model import kind_name

                return ", ".join(kind_name(kind) for kind in stored)
            return names.fields(stored)
        return entry.hash[:SHORT_HASH]
