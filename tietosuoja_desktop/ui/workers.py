"""The one way to run a long task off the GUI thread (building, signing or checking a PDF, a
request's step, a backup, a restore, an encryption change, an import).

A :class:`Worker` runs one task at a time on its own thread and reports back through signals
that arrive on the GUI thread, so only that thread touches widgets: ``progressed(done, total)``
while it runs, then exactly one of ``succeeded(result)``, ``failed(error)`` or ``cancelled()``,
then ``finished()``. The thread is not a daemon: a write under way completes before the program
exits. A failure is logged with its traceback but without the error's text, which may quote
what the person typed. Reading the register for a view is :mod:`.background`'s job."""

from __future__ import annotations

import contextlib
import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Signal

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Task = Callable[[Progress, threading.Event], Any]


class Cancelled(Exception):
    """Raised by a task that stopped because it was asked to."""


class Worker(QObject):
    """``start(work)`` runs ``work()``; ``start_task(task)`` runs ``task(progress, cancel)``,
    where ``cancel`` is a :class:`threading.Event` that :meth:`cancel` sets. Both return False
    (and start nothing) while a task is running. ``cancelled_by`` names the exceptions, besides
    :class:`Cancelled`, by which a task says it stopped on request."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()
    busyChanged = Signal(bool)  # noqa: N815 - Qt spelling
    _done = Signal(str, object)

    def __init__(
        self, parent: QObject | None = None, cancelled_by: tuple[type[BaseException], ...] = ()
    ) -> None:
        super().__init__(parent)
        self._busy = False
        self._cancelled_by = (Cancelled, *cancelled_by)
        self._thread: threading.Thread | None = None
        self.cancel_event = threading.Event()
        self._done.connect(self._deliver)

    @property
    def busy(self) -> bool:
        """From ``start`` until the outcome's signal has been handled on the GUI thread."""
        return self._busy

    def start(self, work: Callable[[], Any]) -> bool:
        return self.start_task(lambda _progress, _cancel: work())

    def start_task(self, task: Task) -> bool:
        if self._busy:
            return False
        self.cancel_event = threading.Event()
        self._set_busy(True)
        self._thread = threading.Thread(
            target=self._run, args=(task, self.cancel_event), name="tietosuoja-worker"
        )
        self._thread.start()
        return True

    def run_to_end(self, task: Task) -> None:
        """``start_task(task)``, then a local event loop until its outcome's signals have been
        handled and its thread has ended: for work at start-up, before the main window's event
        loop runs (a dialog meanwhile stays painted and its timers fire)."""
        loop = QEventLoop()
        self.finished.connect(loop.quit)
        if self.start_task(task):
            loop.exec()
        self.wait()

    def cancel(self) -> None:
        self.cancel_event.set()

    def isRunning(self) -> bool:  # the spelling of QThread, which it replaces
        return self._thread is not None and self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> None:
        """For closing a window or quitting: let a task under way finish its write."""
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self, task: Task, cancel: threading.Event) -> None:
        try:
            outcome, value = "succeeded", task(self._progress, cancel)
        except self._cancelled_by:
            outcome, value = "cancelled", None
        except Exception as error:  # handed to the GUI thread, which tells the person
            log.error(
                "a background task failed: %s\n%s",
                type(error).__name__,
                "".join(traceback.format_tb(error.__traceback__)).rstrip(),
            )
            outcome, value = "failed", error
        try:
            self._done.emit(outcome, value)
        except RuntimeError:  # the window that asked is gone
            log.debug("background outcome dropped: its window is gone")

    def _progress(self, done: int, total: int) -> None:
        with contextlib.suppress(RuntimeError):  # the window is gone; the task runs on
            self.progressed.emit(done, total)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busyChanged.emit(busy)

    def _deliver(self, outcome: str, value: object) -> None:
        self._set_busy(False)
        if outcome == "succeeded":
            self.succeeded.emit(value)
        elif outcome == "failed":
            self.failed.emit(value)
        else:
            self.cancelled.emit()
        self.finished.emit()
