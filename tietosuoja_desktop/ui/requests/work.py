"""One step of a request off the GUI thread: making a letter, signing it and erasing a person
take long enough to freeze the window. The step runs on its own thread; its result or error
comes back to the GUI thread as a signal, and only the GUI thread touches widgets."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class StepRunner(QObject):
    """``start(work)`` runs ``work()`` on a thread; then exactly one of ``succeeded(result)`` or
    ``failed(error)`` is emitted on the GUI thread. One step at a time."""

    succeeded = Signal(object)
    failed = Signal(object)
    _done = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.running = False
        self._thread: threading.Thread | None = None
        self._done.connect(self._deliver)

    def start(self, work: Callable[[], Any]) -> None:
        if self.running:
            raise RuntimeError("a step is already running")
        self.running = True
        # Not a daemon: a write under way finishes before the program exits.
        self._thread = threading.Thread(
            target=self._run, args=(work,), name="tietosuoja-request-step"
        )
        self._thread.start()

    def _run(self, work: Callable[[], Any]) -> None:
        try:
            result, error = work(), None
        except Exception as caught:  # handed to the GUI thread below
            result, error = None, caught
        try:
            self._done.emit(result, error)
        except RuntimeError:  # the window was closed meanwhile
            log.debug("request step finished after its window closed")

    def _deliver(self, result: object, error: object) -> None:
        self.running = False
        if error is None:
            self.succeeded.emit(result)
        else:
            self.failed.emit(error)

    def wait(self, timeout: float | None = None) -> None:
        """For shutting down: let a running step finish its write."""
        if self._thread is not None:
            self._thread.join(timeout)
