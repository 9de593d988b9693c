"""One piece of work off the GUI thread (building or signing a PDF, checking a signature): the
outcome comes back to the GUI thread as a signal, so only that thread touches widgets."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..background import executor

log = logging.getLogger(__name__)


class Job(QObject):
    """``start(work)`` runs ``work()`` in a worker thread; exactly one of ``succeeded(result)``
    or ``failed(error)`` follows on the GUI thread. One job at a time: ``busy`` says whether
    one is running, and a second ``start`` meanwhile is refused."""

    succeeded = Signal(object)
    failed = Signal(object)
    busyChanged = Signal(bool)  # noqa: N815 - Qt spelling
    _done = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._busy = False
        self._done.connect(self._deliver)

    @property
    def busy(self) -> bool:
        return self._busy

    def start(self, work: Callable[[], Any]) -> bool:
        if self._busy:
            return False
        self._set_busy(True)

        def run() -> None:
            try:
                result, error = work(), None
            except Exception as caught:  # handed to the GUI thread, which tells the user
                result, error = None, caught
            try:
                self._done.emit(result, error)
            except RuntimeError:  # the window that asked is gone
                log.debug("background result dropped: its window is gone")

        executor().submit(run)
        return True

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busyChanged.emit(busy)

    def _deliver(self, result: object, error: object) -> None:
        self._set_busy(False)
        if error is not None:
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
