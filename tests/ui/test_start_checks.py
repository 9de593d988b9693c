"""The checks left for after the first paint: the register's full check after an unfinished
session (said in the status bar), the backups made at exit (a failed one marked in the backup
list) and a backup on closing that did not fit on the disk (said in a message)."""

from __future__ import annotations

from contextlib import contextmanager

from helpers.registers import damage_deep_pages
from helpers.sample import person

from tietosuoja_desktop.paths import database_path
from tietosuoja_desktop.services import open_services
from tietosuoja_desktop.ui.data.backup_panel import BackupPanel
from tietosuoja_desktop.ui.main_window import MainWindow


@contextmanager
def started(qtbot, data_dir, clock):
    """The register in ``data_dir`` opened as the app's start opens it (its checks left for
    after the first paint) and its main window shown and painted."""
    services = open_services(data_dir, clock, defer_check=True)
    try:
        window = MainWindow(services)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.firstPainted, timeout=10_000):
            window.show()
        yield services, window
        window.close()
    finally:
        services.close()


def test_after_an_unfinished_session_the_window_checks_the_register_and_says_so(
    qtbot, set_up, clock
):
    data_dir = set_up.data_dir
    set_up.close()
    path = database_path(data_dir)
    path.with_name(path.name + "-wal").write_bytes(b"")  # what a killed session leaves
    with started(qtbot, data_dir, clock) as (services, window):
        bar = window.statusBar()
        qtbot.waitUntil(
            lambda: bar.currentMessage() == "The register was checked: it is whole.",
            timeout=10_000,
        )
        assert not services.backups.register_check_pending


def test_a_backup_that_fails_its_later_check_is_marked_in_the_list(qtbot, services):
    services.customers.add(person(first_name="Aino"))
    made = services.backups.on_exit()
    panel = BackupPanel(services)
    qtbot.addWidget(panel)
    assert panel.model.index(0, 1).data() == "on closing, not checked yet"
    damage_deep_pages(made)
    failed = services.backups.check_pending()
    if services.db.key is None:  # (an encrypted copy's damage is refused by SQLCipher alike)
        assert failed == [made]
    panel.refresh()
    expected = "on closing, DAMAGED: failed its check" if failed else "on closing"
    assert panel.model.index(0, 1).data() == expected


def test_a_backup_on_closing_that_did_not_fit_is_told_at_the_next_start(
    qtbot, set_up, clock, monkeypatch
):
    """The quit's copy found too little room (the system's free space told small here; the
    real full disk is in test_backup_space.py): the next start tries again after the first
    paint and, still without room, says so in a message that leaves the window usable."""
    from PySide6.QtWidgets import QMessageBox

    from tietosuoja_desktop.storage import backup

    data_dir = set_up.data_dir
    monkeypatch.setattr(backup, "free_bytes", lambda folder: 3 * 1024 * 1024)
    set_up.backups.mark_exit()
    assert set_up.backups.finish_exit() is None
    set_up.close()
    with started(qtbot, data_dir, clock) as (services, window):
        qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox)), timeout=10_000)
        [box] = window.findChildren(QMessageBox)
        assert box.isVisible() and box.icon() == QMessageBox.Icon.Warning
        said = "The backup on closing was not made: there is not enough disk space."
        assert box.text() == said and window.statusBar().currentMessage() == said
        assert "3 MB is free" in box.informativeText()
        assert str(services.backups.folder) in box.informativeText()
        assert window.isEnabled()  # the message does not stop the window behind it
        box.accept()
        qtbot.waitUntil(lambda: not window.findChildren(QMessageBox), timeout=5_000)
