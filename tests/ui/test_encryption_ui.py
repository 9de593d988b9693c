"""The register's encryption in the window: the passphrase at start (a wrong one: three more
tries, then quit with the file unchanged), the settings section (encrypt, change, remove, the
key store) and the idle lock."""

from __future__ import annotations

import hashlib

import pytest
from helpers.lost_register import snapshot
from helpers.registers import TEST_PASSPHRASE, stamp_revision
from helpers.sample import person
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox

from tietosuoja_desktop.paths import database_path
from tietosuoja_desktop.services import open_services
from tietosuoja_desktop.storage import keystore
from tietosuoja_desktop.ui import app as app_module
from tietosuoja_desktop.ui.encryption.settings_section import EncryptionSection
from tietosuoja_desktop.ui.encryption.unlock_dialog import PassphraseDialog
from tietosuoja_desktop.ui.main_window import MainWindow

pytestmark = [
    pytest.mark.usefixtures("english"),
    pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)"),
]
encrypted_only = pytest.mark.parametrize("register_kind", ["encrypted"])
plain_only = pytest.mark.parametrize("register_kind", ["plain"])


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _answer_dialog(qtbot, answers: list[str], found: list) -> None:
    """Type each answer into the passphrase dialog when it opens (it runs its own loop)."""

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog):
            QTimer.singleShot(20, step)
            return
        found.append(dialog)
        for answer in answers:
            dialog.passphrase.setText(answer)
            dialog.open_button.click()
            if not dialog.isVisible():
                return
        dialog.reject()

    QTimer.singleShot(0, step)


@encrypted_only
def test_start_asks_the_passphrase_and_gives_three_more_tries(qtbot, data_dir, monkeypatch):
    with open_services(data_dir) as services:
        services.customers.add(person())
    keystore.forget(data_dir)
    before = _digest(database_path(data_dir))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    dialogs: list = []
    _answer_dialog(qtbot, ["väärä 1", "väärä 2", "väärä 3", "väärä 4"], dialogs)
    assert app_module.open_register(data_dir) is None
    (dialog,) = dialogs
    assert dialog.failures == 4 and "unchanged" in shown[0]
    assert _digest(database_path(data_dir)) == before

    dialogs.clear()
    _answer_dialog(qtbot, ["väärä", TEST_PASSPHRASE], dialogs)
    services = app_module.open_register(data_dir)
    try:
        assert services is not None and services.customers.count() == 1
        assert dialogs[0].failures == 1
        assert "Tries left: 3" in dialogs[0].error.text()
    finally:
        services.close()


@encrypted_only
def test_the_right_passphrase_for_a_newer_register_is_told_so(qtbot, data_dir, monkeypatch):
    """The passphrase opens it, but a newer version migrated it: one message, nothing written."""
    stamp_revision(data_dir, "9999")
    keystore.forget(data_dir)
    before = snapshot(data_dir)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    dialogs: list = []
    _answer_dialog(qtbot, [TEST_PASSPHRASE], dialogs)
    assert app_module.open_register(data_dir) is None
    assert dialogs[0].failures == 0
    (text,) = shown
    assert "newer version" in text and "9999" in text and "nothing was changed" in text
    assert snapshot(data_dir) == before


@encrypted_only
def test_the_start_dialog_can_keep_the_key(qtbot, data_dir):
    keystore.forget(data_dir)
    dialog = PassphraseDialog(lambda text: open_services(data_dir, passphrase=text), data_dir)
    qtbot.addWidget(dialog)
    dialog.remember.setChecked(True)
    dialog.passphrase.setText(TEST_PASSPHRASE)
    dialog.open_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    dialog.result_value.close()


@pytest.fixture
def section(qtbot, services):
    widget = EncryptionSection(services)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _run_dialog(fill) -> None:
    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, step)
            return
        fill(dialog)

    QTimer.singleShot(0, step)


@plain_only
def test_the_settings_section_encrypts_and_removes_the_encryption(
    qtbot, section, services, monkeypatch
):
    services.customers.add(person(last_name="Plaintextinen"))

    services.backups.create()
    assert section.encrypt_button.isVisible() and not section.decrypt_button.isVisible()
    assert "not encrypted" in section.status.text()

    def fill(dialog) -> None:
        dialog.form.passphrase_edit.setText("uusi salasana 123")
        dialog.form.repeat_edit.setText("uusi salasana 123")
        dialog.form.remember.setChecked(True)
        dialog.ok_button.click()

    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *_a: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    _run_dialog(fill)
    section.encrypt()
    qtbot.waitUntil(lambda: services.encryption.encrypted and not section.busy(), timeout=20_000)
    qtbot.waitUntil(lambda: bool(asked), timeout=5_000)
    assert "1 backups" in asked[0]
    assert services.backups.plain_backups() == []
    assert section.change_button.isVisible() and section.remember.isChecked()
    assert "key store" in section.status.text()
    assert b"Plaintextinen" not in services.db.path.read_bytes()

    section.remember.setChecked(False)
    assert not services.encryption.key_in_key_store

    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a: ("uusi salasana 123", True))
    section.decrypt()
    qtbot.waitUntil(
        lambda: not services.encryption.encrypted and not section.busy(), timeout=20_000
    )
    # the thread has ended; its result reaches the page through the event loop a moment later
    qtbot.waitUntil(section.encrypt_button.isVisible, timeout=5_000)
    assert services.customers.count() == 1


@encrypted_only
def test_changing_the_passphrase_needs_the_current_one(qtbot, section, services, monkeypatch):
    warned: list = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args))
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a: ("väärä", True))
    section.change_passphrase()
    assert warned and services.encryption.matches(TEST_PASSPHRASE)

    monkeypatch.setattr(QInputDialog, "getText", lambda *_a: (TEST_PASSPHRASE, True))

    def fill(dialog) -> None:
        assert not dialog.form.remember.isVisible()
        dialog.form.passphrase_edit.setText("toinen salasana 456")
        dialog.form.repeat_edit.setText("toinen salasana 456")
        dialog.ok_button.click()

    _run_dialog(fill)
    section.change_passphrase()
    qtbot.waitUntil(
        lambda: services.encryption.matches("toinen salasana 456") and not section.busy(),
        timeout=20_000,
    )


def test_the_idle_lock_hides_the_window_and_unlocks(qtbot, set_up, register_kind):
    window = MainWindow(set_up)
    qtbot.addWidget(window)
    window.show()
    lock = window.idle_lock
    assert lock.watcher.minutes == 10 and lock.watcher.timer.isActive()
    settings = window.show_page("settings")
    settings.encryption.idle_minutes.setValue(1)
    assert lock.watcher.minutes == 1 and set_up.settings.get("idle_lock_minutes") == "1"
    lock.watcher.timer.setInterval(50)  # a minute is long for a test
    lock.watcher.restart()
    qtbot.waitUntil(lambda: lock.locked, timeout=5_000)
    assert not window.centralWidget().isEnabled()
    screen = lock.screen
    assert screen.geometry() == window.rect()
    if register_kind == "encrypted":
        keystore.forget(set_up.data_dir)
        lock.lock()
        assert screen.passphrase.isVisible()
        screen.passphrase.setText("väärä")
        screen.unlock_button.click()
        assert lock.locked and screen.error.isVisible()
        screen.passphrase.setText(TEST_PASSPHRASE)
    else:
        assert not screen.passphrase.isVisible()  # a privacy screen: one click
    screen.unlock_button.click()
    assert not lock.locked and window.centralWidget().isEnabled()
    settings.encryption.idle_minutes.setValue(0)
    assert not lock.watcher.timer.isActive()
    window.close()


def test_the_idle_lock_covers_open_dialogs_and_keeps_what_was_typed(qtbot, set_up, register_kind):
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    window = MainWindow(set_up)
    qtbot.addWidget(window)
    window.show()
    dialog = QDialog(window)
    edit = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(edit)
    edit.setText("Matti Meikäläinen")
    dialog.setWindowTitle("Matti Meikäläinen – asiakas")
    dialog.setModal(True)  # blocks the main window's input, as a customer's dialog does
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog, timeout=2_000)
    if register_kind == "encrypted":
        keystore.forget(set_up.data_dir)
    lock = window.idle_lock
    lock.lock()
    assert lock.locked and len(lock.screens) == 2
    cover = next(screen for screen in lock.screens if screen.parentWidget() is dialog)
    assert cover.isVisible() and cover.geometry() == dialog.rect()
    assert not edit.isEnabled() and dialog.isVisible()
    assert "Matti" not in dialog.windowTitle()
    if register_kind == "encrypted":
        assert cover.passphrase.isVisible()
        cover.passphrase.setText(TEST_PASSPHRASE)
    cover.unlock_button.click()  # from the dialog: the main window cannot take input now
    assert not lock.locked and not lock.screen.isVisible()
    assert dialog.isVisible() and edit.isEnabled() and edit.text() == "Matti Meikäläinen"
    assert dialog.windowTitle() == "Matti Meikäläinen – asiakas"
    assert window.centralWidget().isEnabled()
    dialog.close()
    window.close()
