"""Opening the register at start-up off the GUI thread, so that a long open says what it is
waiting for instead of showing nothing at all. Most opens take a fraction of a second and never
show the window; what can take longer is updating a large register to this version of the
program (a million customers: about half a minute) or waiting for the previous session to finish
its backup on closing."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

from .. import APP_NAME
from .workers import Worker

Opened = TypeVar("Opened")

SHOW_AFTER_MS = 800


class WaitDialog(QProgressDialog):
    """A busy bar with the reason, which the person cannot close: the open goes on whatever
    they do, and a window that vanished would leave them with nothing again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        label = QLabel(
            QCoreApplication.translate(
                "Start",
                "Opening the register…\n\nAfter an update of the program, a large register "
                "can take a few minutes to open. Please wait.",
            )
        )
        label.setWordWrap(True)
        label.setMinimumWidth(label.fontMetrics().averageCharWidth() * 45)
        self.setLabel(label)
        self.setCancelButton(None)
        self.setRange(0, 0)  # busy: how long it takes is not known beforehand

    def reject(self) -> None:  # Escape
        """Stays open until the register is."""

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()


def opened_waiting(open_register: Callable[[], Opened], parent: QWidget | None = None) -> Opened:
    """``open_register()`` run on a worker thread while the event loop runs, with a
    :class:`WaitDialog` once it has taken SHOW_AFTER_MS (made only then: an ordinary start
    does not pay for it before its first paint); returns what it returned or raises what it
    raised, here on the GUI thread."""
    outcome: list[tuple[Opened | None, Exception | None]] = []

    def guarded() -> tuple[Opened | None, Exception | None]:
        try:
            return open_register(), None
        except Exception as error:  # raised again on the GUI thread below
            return None, error

    shown: list[WaitDialog] = []

    def show() -> None:
        shown.append(WaitDialog(parent))
        shown[0].show()

    timer = QTimer(singleShot=True, interval=SHOW_AFTER_MS)
    timer.timeout.connect(show)
    timer.start()
    worker = Worker()
    worker.succeeded.connect(outcome.append)
    worker.run_to_end(lambda _progress, _cancel: guarded())
    timer.stop()
    for dialog in shown:
        dialog.cancel()  # hidden, and Qt's own timer for showing it stopped
        dialog.deleteLater()
    value, error = outcome[0]
    if error is not None:
        raise error
    return value
