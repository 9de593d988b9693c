"""Filling a demo register before the main window opens, off the GUI thread, with a progress
dialog that speaks the interface language."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from .. import APP_NAME
from .workers import Worker

log = logging.getLogger(__name__)


def fill_demo(services, customers: int) -> bool:
    """Generate ``customers`` demo customers (and the demo business); False on failure."""
    try:  # imported only here: the generator's word pools are not needed for an ordinary start
        from ..services.demo import generate_demo  # faker (about 0.3 s) only for the demo
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
    worker = Worker()
    errors: list[str] = []
    worker.progressed.connect(lambda done, _total: dialog.setValue(done))
    worker.failed.connect(lambda error: errors.append(str(error)))
    worker.run_to_end(
        lambda progress, _cancel: generate_demo(services, customers, progress=progress)
    )
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
