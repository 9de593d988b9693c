"""At start, before any window: the register file is missing, empty or not what the folder
records (``storage/presence.py``). The person is told so, offered the newest backup, or may
quit; a new empty register is never made in its place."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ..domain.i18n import QT_TRANSLATE_NOOP
from ..services.backups import backup_needs_passphrase, restore_closed
from ..services.encryption import RegisterKey, WrongPassphrase, key_for
from ..services.register_check import RegisterMissing
from ..translation import render
from .errors import user_error_text

log = logging.getLogger(__name__)


TITLE = QT_TRANSLATE_NOOP("Register", "The register cannot be opened")
NO_BACKUP = QT_TRANSLATE_NOOP(
    "Register",
    "There is no backup to restore. To start a new, empty register instead, move the files out "
    "of %1 (keep them) and start the program again.",
)
OFFER = QT_TRANSLATE_NOOP(
    "Register",
    "The newest backup is %1. Restore it? People erased after it was taken are erased again. "
    "(On the command line: tietosuoja backup restore %2)",
)
RESTORE = QT_TRANSLATE_NOOP("Register", "Restore the backup")
QUIT = QT_TRANSLATE_NOOP("Register", "Quit")


def _tr(source: str) -> str:
    return QCoreApplication.translate("Register", source)


def missing_register_box(parent: QWidget | None, error: RegisterMissing):
    """The message box, and its restore button (None when there is no backup)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(_tr(TITLE))
    box.setText("\n".join(render(message) for message in error.explanation()))
    backup = error.latest_backup
    if backup is None:
        box.setInformativeText(_tr(NO_BACKUP).replace("%1", str(error.path.parent)))
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        return box, None
    box.setInformativeText(_tr(OFFER).replace("%1", backup.name).replace("%2", str(backup)))
    restore = box.addButton(_tr(RESTORE), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr(QUIT), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    return box, restore


def _backup_key(parent: QWidget | None, backup: Path, data_dir: Path) -> RegisterKey | None:
    """The key of an encrypted register whose key is not at hand: its passphrase, checked
    against the backup (which carries the register's salt). None when the person gives up."""
    from .encryption.unlock_dialog import PassphraseDialog  # only when the register is encrypted

    def try_key(passphrase: str) -> RegisterKey:
        key = key_for(backup, passphrase)
        if backup_needs_passphrase(backup, key):
            raise WrongPassphrase(backup)
        return key

    dialog = PassphraseDialog(try_key, data_dir, parent)
    dialog.remember.hide()  # the register is opened (and asked for) again after the restore
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.result_value


def offer_newest_backup(
    parent: QWidget | None, error: RegisterMissing, data_dir: Path, clock
) -> bool:
    """Tell the person and offer the newest backup. True when it was restored (open the
    register again), False when they chose to quit."""
    box, restore = missing_register_box(parent, error)
    box.exec()
    if restore is None or box.clickedButton() is not restore:
        return False
    backup = error.latest_backup
    key = error.key
    if key is None and error.encrypted:
        key = _backup_key(parent, backup, data_dir)
        if key is None:
            return False
    try:
        restore_closed(data_dir, backup, clock, key)
    except Exception as failure:
        log.exception("restoring the newest backup failed")
        text = user_error_text(failure) or str(failure)
        QMessageBox.critical(parent, _tr(TITLE), text)
        return False
    log.info("restored %s in place of a lost register", backup.name)
    return True
