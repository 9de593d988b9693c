"""Filling a demo register before the main window opens, off the GUI thread, with a progress
dialog that speaks the interface language."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEventLoop, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from .. import APP_NAME

log = logging.getLogger(__name__)


class _DemoThread(QThread):
    progressed = Signal(int, int)
    failed = Signal(str)

    def __init__(self, services, customers: int) -> None:
        super().__init__()
        self.services = services
        self.customers = customers

    def run(self) -> None:
        from ..services.demo import generate_demo

        try:
            generate_demo(self.services, self.customers, progress=self.progressed.emit)
        except Exception as error:  # reported to the GUI thread, which logs and tells
            log.exception("generating the demo register failed")
            self.failed.emit(str(error))


def fill_demo(services, customers: int) -> bool:
    """Generate ``customers`` demo customers (and the demo business); False on failure."""
    try:
        import tietosuoja_desktop.services.demo  # noqa: F401 - only checking it is there
    except ImportError:
        log.exception("the demo generator is missing")
        return False
    translate = QCoreApplication.translate
    dialog = QProgressDialog(
        translate("Demo", "Creating a demo register with %1 customers…").replace(
            "%1", str(customers)
        ),
        "",
        0,
        max(customers, 1),
    )
    dialog.setWindowTitle(APP_NAME)
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(300)
    thread = _DemoThread(services, customers)
    errors: list[str] = []
    thread.progressed.connect(lambda done, _total: dialog.setValue(done))
    thread.failed.connect(errors.append)
    loop = QEventLoop()
    thread.finished.connect(loop.quit)
    thread.start()
    loop.exec()
    thread.wait()
    dialog.close()
    if errors:
        QMessageBox.critical(
            None,
            APP_NAME,
            translate("Demo", "The demo register could not be created: %1").replace(
                "%1", errors[0]
            ),
        )
        return False
    return True
