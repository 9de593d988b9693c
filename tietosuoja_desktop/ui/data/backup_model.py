"""The list of backups in the backup panel: when taken, which kind, how big, which file."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from ...services.backups import BackupInfo
from ..format import format_size
from ..view_list_model import ViewListModel

CONTEXT = "BackupTableModel"
COL_TAKEN, COL_KIND, COL_SIZE, COL_FILE = range(4)
HEADERS = (
    QT_TRANSLATE_NOOP("BackupTableModel", "Taken"),
    QT_TRANSLATE_NOOP("BackupTableModel", "Kind"),
    QT_TRANSLATE_NOOP("BackupTableModel", "Size"),
    QT_TRANSLATE_NOOP("BackupTableModel", "File"),
)
KINDS = {
    "backup": QT_TRANSLATE_NOOP("BackupTableModel", "made by you"),
    "exit": QT_TRANSLATE_NOOP("BackupTableModel", "on closing"),
    "pre-migration": QT_TRANSLATE_NOOP("BackupTableModel", "before an update"),
    "pre-restore": QT_TRANSLATE_NOOP("BackupTableModel", "before a restore"),
    "": QT_TRANSLATE_NOOP("BackupTableModel", "other"),
}
# A backup made at exit is checked at the next start (services/backups.py): until then, or
# when it failed, the list says so beside its kind.
CHECKS = {
    "pending": QT_TRANSLATE_NOOP("BackupTableModel", "%1, not checked yet"),
    "failed": QT_TRANSLATE_NOOP("BackupTableModel", "%1, DAMAGED: failed its check"),
}
PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class BackupTableModel(ViewListModel[BackupInfo]):
    """Each cell's tooltip repeats it; the file's shows its whole path."""

    CONTEXT = CONTEXT
    HEADERS = HEADERS

    def display(self, info: BackupInfo, column: int) -> str:
        if column == COL_TAKEN:
            taken = info.taken_at
            return f"{taken.day}.{taken.month}.{taken.year} {taken:%H:%M}"
        if column == COL_KIND:
            kind = QCoreApplication.translate(CONTEXT, KINDS.get(info.kind, KINDS[""]))
            if info.check in CHECKS:
                return QCoreApplication.translate(CONTEXT, CHECKS[info.check]).replace("%1", kind)
            return kind
        if column == COL_SIZE:
            return format_size(info.size)
        return info.path.name

    def tooltip(self, info: BackupInfo, column: int) -> str:
        return str(info.path) if column == COL_FILE else self.display(info, column)

    def role_data(self, info: BackupInfo, column: int, role: int):
        return str(info.path) if role == PATH_ROLE else None
