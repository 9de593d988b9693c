"""The one background-work helper: progress, cancel, and exactly one outcome on the GUI thread;
a failure is logged with its traceback but not with its text."""

from __future__ import annotations

import logging
import threading

from tietosuoja_desktop.ui.workers import Cancelled, Worker


def test_progress_then_the_result_arrive_on_the_gui_thread(qtbot):
    worker = Worker()
    seen, threads = [], []
    worker.progressed.connect(lambda done, total: seen.append((done, total)))
    results = []
    worker.succeeded.connect(results.append)
    worker.succeeded.connect(lambda _result: threads.append(threading.current_thread()))

    def task(progress, _cancel):
        for done in range(1, 4):
            progress(done, 3)
        return "made"

    with qtbot.waitSignals([worker.succeeded, worker.finished]):
        assert worker.start_task(task)
        assert worker.busy and not worker.start(lambda: None)  # one task at a time
    assert results == ["made"]
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert threads == [threading.main_thread()] and not worker.busy


def test_run_to_end_returns_when_the_outcome_is_handled_and_the_thread_gone(qtbot):
    worker = Worker()
    seen, threads = [], []
    worker.progressed.connect(lambda done, total: seen.append((done, total)))
    worker.succeeded.connect(seen.append)

    def task(progress, _cancel):
        threads.append(threading.current_thread())
        progress(1, 1)
        return "made"

    worker.run_to_end(task)
    assert seen == [(1, 1), "made"]  # both delivered before it returned
    assert threads != [threading.main_thread()] and not worker.isRunning() and not worker.busy


def test_cancel_ends_the_task_with_cancelled(qtbot):
    worker = Worker(cancelled_by=(KeyError,))
    started = threading.Event()

    def task(_progress, cancel):
        started.set()
        cancel.wait(5)
        raise Cancelled

    with qtbot.waitSignal(worker.cancelled):
        worker.start_task(task)
        started.wait(5)
        worker.cancel()
    with qtbot.waitSignal(worker.cancelled):  # a task's own exception can mean "stopped", too
        worker.start(lambda: {}["gone"])


def test_a_failure_is_logged_with_its_traceback_and_without_its_text(qtbot, caplog):
    worker = Worker()
    typed = ["Päivi Mäkelä", "paivi@example.fi"]  # what a person typed, not in the source line

    def task():
        raise ValueError(", ".join(typed))

    with caplog.at_level(logging.ERROR), qtbot.waitSignal(worker.failed) as failed:
        worker.start(task)
    assert isinstance(failed.args[0], ValueError)
    logged = caplog.text
    assert "ValueError" in logged and "in task" in logged
    assert "Päivi" not in logged and "example.fi" not in logged
