"""Ending the program the way the system ends it (SIGTERM at logout or shutdown, the session
manager's commit-data request on Windows and macOS) goes the way Quit goes: the window closes,
the event loop ends, and the backup on closing is made after every window is gone, before the
process ends (left for the next start when the process is killed first)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import SIGNAL

from tietosuoja_desktop.paths import backup_dir
from tietosuoja_desktop.storage.backup import exit_due
from tietosuoja_desktop.storage.integrity import quick_check
from tietosuoja_desktop.ui.app import ExitBackup
from tietosuoja_desktop.ui.main_window import MainWindow
from tietosuoja_desktop.ui.shutdown import Shutdown

FIRST_PAINT = "set aside from garbage collection"


def _exit_backups(data_dir) -> list[str]:
    folder = backup_dir(data_dir)
    return sorted(p.name for p in folder.glob("exit-*.sqlite")) if folder.is_dir() else []


def _wait_for_log(log_file, text: str, process: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log_file.exists() and text in log_file.read_text(encoding="utf-8"):
            return
        assert process.poll() is None, process.communicate()[1]
        time.sleep(0.05)
    raise AssertionError(f"no {text!r} in the log within {timeout} s")


@pytest.mark.skipif(os.name != "posix", reason="SIGTERM is how POSIX systems end a session")
def test_sigterm_after_first_paint_quits_cleanly_with_the_backup_on_exit(tmp_path):
    folder = tmp_path / "demo"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "tietosuoja_desktop", "--demo", "20"]
    process = subprocess.Popen(
        [*command, "--data-dir", str(folder), "--lang", "fi"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _wait_for_log(folder / "logs" / "tietosuoja.log", FIRST_PAINT, process, timeout=240)
        assert _exit_backups(folder) == []
        sent = time.monotonic()
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=30)
        took = time.monotonic() - sent
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert took < 10
    assert len(_exit_backups(folder)) == 1 and not exit_due(backup_dir(folder))
    assert "ending on SIGTERM" in (folder / "logs" / "tietosuoja.log").read_text(encoding="utf-8")


def test_quitting_hides_the_window_then_backs_up_before_the_process_ends(tmp_path):
    """Issue 18: the window goes at once; the copy follows in the same process, which then
    ends; the copy is whole and the mark gone, so a session never reopened is backed up too."""
    folder = tmp_path / "demo"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "tietosuoja_desktop", "--demo", "20", "--lang", "fi"]
    result = subprocess.run(
        [*command, "--data-dir", str(folder), "--quit-after-first-paint"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,  # generous: CI machines can be slow and busy
    )
    ended = time.time()
    assert result.returncode == 0, result.stderr
    gone = float(result.stdout.split("windows-gone-at ")[1].split()[0])
    painted = float(result.stdout.split("first-paint-at ")[1].split()[0])
    quit_at = float(result.stdout.split("quit-at ")[1].split()[0])
    assert painted <= quit_at <= gone <= ended
    [made] = _exit_backups(folder)
    assert not exit_due(backup_dir(folder))
    assert quick_check(backup_dir(folder) / made) == []
    assert "the backup on closing is made" in (folder / "logs" / "tietosuoja.log").read_text(
        encoding="utf-8"
    )


@pytest.fixture
def shutdown(qtbot, qapp, set_up):
    window = MainWindow(set_up)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    shutdown = Shutdown(qapp, window, ExitBackup(set_up))
    shutdown.install()
    yield shutdown
    shutdown.uninstall()


def test_the_session_ending_closes_the_window_as_quit_does(qapp, shutdown, monkeypatch):
    # The signal cannot be emitted here (it carries a QSessionManager only Qt can make):
    # check the slot is connected, then run it.
    request = SIGNAL("commitDataRequest(QSessionManager&)")
    shutdown.uninstall()
    before = qapp.receivers(request)
    shutdown.install()
    assert qapp.receivers(request) == before + 1
    quits = []
    monkeypatch.setattr(qapp, "quit", lambda: quits.append(True))  # the test's loop stays
    window = shutdown.window
    assert window.isVisible()
    shutdown.session_ending(None)
    assert not window.isVisible() and quits == [True]


def test_the_end_of_the_event_loop_leaves_one_backup_on_closing_for_the_next_start(
    qapp, shutdown, set_up
):
    """Issue 18: quitting waits for no copy; the next start's checks make it, once."""
    folder = backup_dir(set_up.data_dir)
    assert _exit_backups(set_up.data_dir) == [] and not exit_due(folder)
    qapp.aboutToQuit.emit()
    qapp.aboutToQuit.emit()  # and main's own call after the loop
    assert _exit_backups(set_up.data_dir) == [] and exit_due(folder)
    set_up.backups.check_at_start()
    assert len(_exit_backups(set_up.data_dir)) == 1 and not exit_due(folder)
    set_up.backups.check_at_start()  # made once
    assert len(_exit_backups(set_up.data_dir)) == 1
