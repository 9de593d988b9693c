"""At start: the register's folder inside a cloud-synchronised one (OneDrive, Dropbox, iCloud
Drive, Google Drive; ``domain.cloud_folders``) is logged every time and, once per folder, the
user is told why that is risky and chooses to keep going or to quit and move it."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import APP_NAME
from ..domain.cloud_folders import warning
from ..paths import synced_data_folder
from .preferences import qsettings

log = logging.getLogger(__name__)
ACKNOWLEDGED_KEY = "cloudWarning/acknowledged"


def _acknowledged() -> list[str]:
    value = qsettings().value(ACKNOWLEDGED_KEY, [])
    return [value] if isinstance(value, str) else list(value or [])


def ask(text: str, parent: QWidget | None) -> bool:
    """The question itself: True to keep going (tests answer it through this function)."""
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, parent=parent)
    keep = box.addButton(
        QCoreApplication.translate("CloudFolder", "Keep going"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(
        QCoreApplication.translate("CloudFolder", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is keep


def warn_if_synced(data_dir: Path, parent: QWidget | None = None) -> bool:
    """False when the user chose to quit; True otherwise (also when there is nothing to say,
    or they were told about this folder before and kept going)."""
    found = synced_data_folder(data_dir)
    if found is None:
        return True
    log.warning("the data folder is inside a folder synchronised by %s", found.service)
    key = str(Path(data_dir))
    if key in _acknowledged():
        return True
    text = warning(data_dir, found).render(QCoreApplication.translate)
    if not ask(text, parent):
        log.info("the user quit to move the data folder out of %s", found.service)
        return False
    qsettings().setValue(ACKNOWLEDGED_KEY, [*_acknowledged(), key])
    return True
