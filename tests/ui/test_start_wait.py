"""Opening the register at start-up off the GUI thread: a long open shows a window that says
why the program is waiting and cannot be closed, an ordinary one shows nothing, the open's
result or error comes back to the GUI thread, and a register from the version before is
updated this way."""

from __future__ import annotations

import threading

import pytest
from helpers.migrations import migrate_to, previous
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from tietosuoja_desktop.storage import migrate
from tietosuoja_desktop.ui import app, start_wait
from tietosuoja_desktop.ui.start_wait import WaitDialog, opened_waiting


def wait_dialogs() -> list[WaitDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, WaitDialog)]


def test_a_long_open_says_why_and_cannot_be_closed(qtbot, monkeypatch):
    monkeypatch.setattr(start_wait, "SHOW_AFTER_MS", 50)
    release, seen = threading.Event(), []

    def slow_open() -> str:
        seen.append(threading.current_thread() is threading.main_thread())
        release.wait(10)
        return "opened"

    def while_waiting() -> None:
        qtbot.waitUntil(lambda: any(d.isVisible() for d in wait_dialogs()))
        (dialog,) = [d for d in wait_dialogs() if d.isVisible()]
        assert "Opening the register" in dialog.labelText()
        assert "a large register can take a few minutes" in dialog.labelText()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        dialog.close()
        assert dialog.isVisible()  # neither Escape nor closing takes it away
        release.set()

    QTimer.singleShot(0, while_waiting)
    assert opened_waiting(slow_open) == "opened"
    assert seen == [False]  # opened on a worker thread
    assert release.is_set()
    assert not any(d.isVisible() for d in wait_dialogs())


def test_an_ordinary_open_shows_nothing(qtbot, monkeypatch):
    monkeypatch.setattr(start_wait, "SHOW_AFTER_MS", 50)
    shown = []

    def quick_open() -> int:
        shown.extend(d for d in wait_dialogs() if d.isVisible())
        return 42

    assert opened_waiting(quick_open) == 42
    qtbot.wait(200)  # past the time it would have shown
    assert shown == [] and not any(d.isVisible() for d in wait_dialogs())


def test_what_the_open_raises_is_raised_on_the_gui_thread(qtbot):
    class Refused(Exception):
        pass

    error = Refused("the folder is in use")

    def refused_open():
        raise error

    with pytest.raises(Refused) as raised:
        opened_waiting(refused_open)
    assert raised.value is error


def test_a_register_from_the_version_before_is_updated_when_the_window_opens_it(data_dir):
    head = migrate.head_revision()
    migrate_to(data_dir, previous(head), up=False)
    opened = app.open_register(data_dir)
    try:
        assert opened is not None
        assert migrate.current_revision(opened.db.engine) == head
    finally:
        opened.close()
