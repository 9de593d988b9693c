"""Reading the register off the GUI thread: a worker runs a service call, the result comes back
to the GUI thread through a signal, and only the newest request of each loader is applied.

This is not :class:`.workers.Worker`, which runs one task at a time to its end and refuses a
second while it runs: a view asks again on every keystroke, overtaking an older read that may
still run, and what it needs is that read's answer dropped (or the read skipped), not waited for.

A window with a :class:`FirstPaintGate` (its ``read_gate``) holds the reads its loaders ask for
until it has been painted once: at start-up they would take the CPU the first paint needs
(0.06-0.1 s of it on a 100,000-customer register)."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)
_executor: ThreadPoolExecutor | None = None


def executor() -> ThreadPoolExecutor:
    global _executor
    if _executor is None:
        _executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="tietosuoja-read")
    return _executor


class FirstPaintGate:
    """Reads held until :meth:`open` (the window's first paint), then run in the order asked."""

    def __init__(self) -> None:
        self.is_open = False
        self._waiting: list[Callable[[], None]] = []

    def submit(self, task: Callable[[], None]) -> None:
        if self.is_open:
            executor().submit(task)
        else:
            self._waiting.append(task)

    def open(self) -> None:
        if self.is_open:
            return
        self.is_open = True
        waiting, self._waiting = self._waiting, []
        for task in waiting:
            executor().submit(task)


def _gate_of(obj: QObject) -> FirstPaintGate | None:
    """The read gate of the nearest ancestor that has one (a loader's window)."""
    while obj is not None:
        gate = getattr(obj, "read_gate", None)
        if gate is not None:
            return gate
        obj = obj.parent()
    return None


class BackgroundLoader(QObject):
    """``load(work)`` runs ``work()`` in a worker thread and emits ``loaded(result)`` in the GUI
    thread; a result overtaken by a newer ``load`` is dropped. A failure is logged and shown
    through ``sys.excepthook`` (the crash dialog) on the GUI thread."""

    loaded = Signal(object)
    _finished = Signal(int, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = [0]  # a list, so a worker reads it without touching the QObject
        self._finished.connect(self._deliver)

    def load(self, work: Callable[[], Any]) -> None:
        latest = self._generation
        latest[0] += 1
        generation = latest[0]

        def run() -> None:
            if generation != latest[0]:
                return  # overtaken before it began: its result would be dropped
            try:
                result, error = work(), None
            except Exception as caught:  # handed to the GUI thread below
                result, error = None, caught
            try:
                self._finished.emit(generation, result, error)
            except RuntimeError:  # the loader was deleted meanwhile
                log.debug("background result dropped: its window is gone")

        gate = _gate_of(self)
        if gate is None:
            executor().submit(run)
        else:
            gate.submit(run)

    def drop_pending(self) -> None:
        """Drop the result of a ``load`` under way (its question is no longer asked)."""
        self._generation[0] += 1

    def _deliver(self, generation: int, result: object, error: object) -> None:
        if generation != self._generation[0]:
            return
        if error is not None:
            sys.excepthook(type(error), error, error.__traceback__)
            return
        self.loaded.emit(result)
