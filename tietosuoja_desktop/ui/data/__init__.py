"""Moving data in and out of the register, and keeping copies of it: the CSV import dialog and
the backup panel (the main window places them)."""

from .backup_panel import BackupPanel, offer_restore
from .import_dialog import ImportDialog

__all__ = ["BackupPanel", "ImportDialog", "offer_restore"]
