"""Running one long task off the GUI thread: the task gets a progress callback and a cancel
event, and its outcome comes back to the GUI thread as a signal."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QThread, Signal

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised by a task that stopped because it was asked to."""


class TaskThread(QThread):
    """``task(progress, cancel)`` on its own thread. Exactly one of ``succeeded(result)``,
    ``cancelled()`` or ``failed(error)`` is emitted, then QThread's ``finished``."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(
        self,
        task: Callable[[Callable[[int, int], None], threading.Event], object],
        cancelled_by: tuple[type[BaseException], ...] = (),
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._task = task
        self._cancelled_by = (Cancelled, *cancelled_by)
        self.cancel_event = threading.Event()

    def cancel(self) -> None:
        self.cancel_event.set()

    def run(self) -> None:
        try:
            result = self._task(self.progressed.emit, self.cancel_event)
        except self._cancelled_by:
            self.cancelled.emit()
        except Exception as error:  # reported to the GUI thread, which tells the user
            log.exception("a background task failed")
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
