"""The checks start-up leaves for after the first paint, run off the GUI thread: the register's
full integrity check when the last session did not end cleanly (writes wait for it), the
backup on closing that the last session left to make (one killed before its copy was whole),
and its check. What they find is said in the status bar; a damaged register is told in a
message, and the app closes so that the next start offers the latest good backup; a backup on
closing that did not fit on the disk is told in a message too."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox

from .. import APP_NAME
from ..services.errors import NotEnoughSpace, RegisterDamaged
from ..translation import render
from .workers import Worker

if TYPE_CHECKING:
    # the service's module loads the ORM's tables: only after the first paint (issue 18)
    from ..services.backups import StartCheck

log = logging.getLogger(__name__)
SHOWN_MS = 15_000


class StartChecks(QObject):
    """``StartChecks(window, services).start()`` after the first paint."""

    def __init__(self, window: QMainWindow, services) -> None:
        super().__init__(window)
        self._window = window
        self._backups = services.backups
        self.worker = Worker(self)
        self.worker.succeeded.connect(self._done)
        self.worker.failed.connect(self._failed)

    def start(self) -> None:
        if self._backups.register_check_pending:
            log.info("checking the register in the background (the last session did not end)")
            self._window.statusBar().showMessage(
                self.tr("Checking the register after an unfinished session…")
            )
        self.worker.start(self._backups.check_at_start)

    def _done(self, report: StartCheck) -> None:
        bar = self._window.statusBar()
        if report.failed_backups:
            names = ", ".join(path.name for path in report.failed_backups)
            bar.showMessage(
                self.tr(
                    "A backup made on closing failed its check: %1. The register will be "
                    "checked in full at the next start."
                ).replace("%1", names)
            )
        elif report.register_checked:
            log.info("the register passed its background check")
            bar.showMessage(self.tr("The register was checked: it is whole."), SHOWN_MS)
        else:
            bar.clearMessage()
        if report.no_space is not None:
            self._tell_no_space(report.no_space, in_status_bar=not report.failed_backups)

    def _tell_no_space(self, shortage: NotEnoughSpace, *, in_status_bar: bool) -> None:
        """The backup on closing did not fit on the disk: said in a message the person closes,
        without stopping the window behind it, and kept in the status bar (unless a damaged
        backup is said there)."""
        text = self.tr("The backup on closing was not made: there is not enough disk space.")
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, parent=self._window)
        box.setInformativeText(render(shortage.message))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        if in_status_bar:
            self._window.statusBar().showMessage(text)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, RegisterDamaged):
            self._window.statusBar().clearMessage()
            return  # logged by the worker; the next start checks again
        log.error("the register failed its background check")
        QMessageBox.critical(
            self._window,
            APP_NAME,
            self.tr(
                "The register file is damaged. Nothing has been saved since the app started. "
                "Tietosuoja Desktop closes now; at the next start it offers to restore the "
                "latest good backup."
            ),
        )
        self._window.close()
